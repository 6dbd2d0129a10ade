/** Speaker titles that name no holder. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { directQuotes } from '../support/speaker-lines.js';

/**
 * A title whose holder's name the page lost (`Menteri Contoh , meminta …`) is the title of the first person quoted
 * after it with neither role nor organisation (`nameless-title.ts`): invented people and bodies.
 */

/** The direct quotes of an Indonesian `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
}

describe('nameless title: a title running into a comma where a name was lost', () => {
  it('nameless title: a space left before the comma', () => {
    const text =
      'Menteri Pariwisata , memastikan dermaga wisata baru di Pantai Sukamaju siap dipakai pada Sabtu pagi.\n\n' +
      '"Kapal pesiar kecil sudah bisa bersandar di sini mulai bulan depan," kata Rini Handayani di tepi dermaga.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Rini Handayani');
    expect(q?.speaker?.role).toBe('Menteri Pariwisata');
  });

  it('nameless title: a lower-case verb right after the comma', () => {
    const text =
      'Menteri Kelautan dan Perikanan, menyebut nelayan di Sukamaju kini bisa menjual tangkapan langsung ke pabrik.\n\n' +
      '"Harga ikan di tingkat nelayan naik hampir dua kali lipat," ujar Darto di pelabuhan.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Darto');
    expect(q?.speaker?.role).toBe('Menteri Kelautan dan Perikanan');
  });

  it('nameless title: near-miss, a title written with its name gives nothing to another speaker', () => {
    const text =
      'Menteri Pariwisata Rini Handayani, meresmikan dermaga wisata baru di Pantai Sukamaju pada Sabtu pagi.\n\n' +
      '"Kami siap melayani penumpang dari dermaga ini," kata Darto Wibisono di kantornya.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Darto Wibisono');
    expect(q?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, the first person quoted after it already has a title', () => {
    const text =
      'Menteri Pariwisata , memastikan dermaga wisata baru di Pantai Sukamaju siap dipakai pada Sabtu pagi.\n\n' +
      '"Kami siap melayani penumpang dari dermaga ini," kata Direktur Utama Feri Contoh Darto Wibisono.\n\n' +
      '"Pedagang di pantai ini belum diajak bicara," kata Lina Marlina di Sukamaju.';
    const qs = direct(text);
    expect(qs[1]?.speaker?.name).toBe('Lina Marlina');
    expect(qs[1]?.speaker?.role).toBeNull();
  });
  it('nameless title: near-miss, a title before a parenthetical is a generic subject (`Kepala Desa, misalnya, …`)', () => {
    const text =
      'Kepala Desa, misalnya, wajib melaporkan penggunaan dana desa setiap tiga bulan.\n\n' +
      '"Laporan kami selalu tepat waktu," ujar Sutrisno di balai desa.';
    expect(direct(text)[0]?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, `Gubernur, kata para pedagang, …` gives the trader quoted next no title', () => {
    const text =
      'Gubernur, kata para pedagang, belum turun tangan meski pasar sudah sepi dua pekan.\n\n' +
      '"Kami rugi setiap hari," ujar Wartini di lapaknya.';
    expect(direct(text)[0]?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, a spaced comma before a parenthetical (`Menteri Contoh , kata sumber itu, …`)', () => {
    const text =
      'Menteri Dalam Negeri , kata sumber itu, belum memberi jawaban atas surat para kepala desa.\n\n' +
      '"Kami masih menunggu," kata Agus Salim, pengurus koperasi desa.';
    expect(direct(text)[0]?.speaker?.role ?? null).not.toBe('Menteri Dalam Negeri');
  });
});

describe('speaker links: callings, unnamed post holders, a title field that names a region', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  it('speaker links: Malay `Peniaga …, X berkata` → role Peniaga', () => {
    const text = ['Peniaga daging pasar Tanjung, Ahmad Rahim berkata, jualannya merosot separuh.', '“Pelanggan tidak datang,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Rahim', role: 'Peniaga' });
  });

  it('speaker links: Indonesian `Aktor … X mengatakan` → role Aktor', () => {
    const text = ['Aktor sekaligus komedian Budi Santoso mengatakan film itu dekat dengan keluarga.', '"Ceritanya sederhana," ujarnya.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Aktor' });
  });

  it('speaker links: Indonesian unnamed `seorang juru bicara Asosiasi …` → role and organisation', () => {
    const [q] = direct('"Jadwal latihan diumumkan setiap pagi," kata seorang juru bicara Asosiasi Bulu Tangkis Contoh.', 'ind');
    expect(q!.speaker).toMatchObject({ role: 'juru bicara', organisation: 'Asosiasi Bulu Tangkis Contoh' });
  });

  it('speaker links: Malay unnamed `seorang jurucakap Persatuan …` → role and organisation', () => {
    const [q] = direct('“Kami mengatur temu bual secara berasingan,” kata seorang jurucakap Persatuan Bola Sepak Contoh.', 'zlm');
    expect(q!.speaker).toMatchObject({ role: 'jurucakap', organisation: 'Persatuan Bola Sepak Contoh' });
  });

  it('speaker links: English unnamed `a spokeswoman for …` → role and organisation', () => {
    const [q] = direct('“We arranged the interviews separately,” said a spokeswoman for Contoh Airlines.', 'eng');
    expect(q!.speaker).toMatchObject({ role: 'spokeswoman', organisation: 'Contoh Airlines' });
  });

  it('speaker links: an unnamed source with no body keeps no role (`kata seorang warga`)', () => {
    const [q] = direct('"Air naik sejak subuh," kata seorang warga.', 'ind');
    expect(q!.speaker).toMatchObject({ role: null, organisation: null });
  });

  it('speaker links: Indonesian `X, Kepala Analis kawasan Eropa di Y` → the region stays in the role, Y is the organisation', () => {
    const [q] = direct('"Pasar akan pulih," ujar Budi Santoso, Kepala Analis kawasan Eropa di Contoh Riset, dalam risetnya.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Kepala Analis kawasan Eropa', organisation: 'Contoh Riset' });
  });

  it('speaker links: a place after `di` is where the person spoke, not a body (`X, Kepala Dinas Contoh, di Jakarta`)', () => {
    const [q] = direct('"Stok aman," ujar Budi Santoso, Kepala Dinas Pangan Contoh di Jakarta.', 'ind');
    expect(q!.speaker?.organisation ?? '').not.toContain('Jakarta');
  });
});

const speakers = (text: string, language: 'ind' | 'zlm' = 'ind') =>
  directQuotes(text, language).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker titles: a title no holder is named for', () => {
  it('`kata Perdana Menteri` with nobody holding it in the article is the title as written, and so is its `katanya`', () => {
    const text =
      'PUTRAJAYA: Kerajaan menangguhkan projek lebuh raya di utara Semenanjung.\n\n"Kita tidak ada dana untuk membinanya sekarang," kata Perdana Menteri dalam sidang media di Putrajaya, hari ini.\n\n"Projek itu akan disemak semula tahun depan," katanya.';
    expect(speakers(text, 'zlm')).toEqual(['Perdana Menteri | Perdana Menteri | null', 'Perdana Menteri | Perdana Menteri | null']);
  });

  it('`kata Ketua Badan Contoh dalam …` keeps the body beside the role', () => {
    const text = 'JAKARTA - Sidang etik digelar pekan ini.\n\n"Kami menjatuhkan sanksi peringatan," kata Ketua BKEC dalam sidang putusan, Selasa (3/2/2020).';
    expect(speakers(text)).toEqual(['Ketua BKEC | Ketua | BKEC']);
  });

  it('must not fire: a title whose holder the article named is that person', () => {
    const text =
      'PUTRAJAYA: Perdana Menteri Datuk Seri Kamal Fauzi Rahman menangguhkan projek lebuh raya.\n\n"Kita tidak ada dana untuk membinanya sekarang," kata Perdana Menteri dalam sidang media di Putrajaya.';
    expect(speakers(text, 'zlm')).toEqual(['Kamal Fauzi Rahman | Perdana Menteri | null']);
  });

  it('a place linked after a title no one holds keeps the title as the speaker (`kata Perdana Menteri di Putrajaya`)', () => {
    const ms =
      'PUTRAJAYA: Kerajaan akan menambah peruntukan bagi sekolah luar bandar.\n\n"Setiap murid berhak mendapat kemudahan yang sama," kata Perdana Menteri di Putrajaya hari ini.\n\n"Guru juga akan dilatih semula," katanya.';
    expect(speakers(ms, 'zlm')).toEqual(['Perdana Menteri | Perdana Menteri | null', 'Perdana Menteri | Perdana Menteri | null']);
    const id = 'KUPANG - Sebuah bendungan baru diresmikan.\n\n"Bendungan ini akan mengairi sawah warga," ujar Gubernur di Kupang, Kamis.\n\n"Petani tak lagi menunggu hujan," katanya.';
    expect(speakers(id)).toEqual(['Gubernur | Gubernur | null', 'Gubernur | Gubernur | null']);
  });

  it('a title no one holds that runs on through `dari` into a body is the post of that body (`Menteri dari Partai Contoh Raya`)', () => {
    const text = 'KUPANG - Sebuah bendungan baru diresmikan.\n\n"Petani tak lagi menunggu hujan," ujar Menteri dari Partai Contoh Raya saat mendampingi.';
    expect(speakers(text)).toEqual(['Menteri dari Partai Contoh Raya | Menteri | Partai Contoh Raya']);
  });

  it('must not fire: a title cut short of a name past its links (`… dari Bank Contoh di Bandung <Name>`) names nobody', () => {
    const text = 'BANDUNG - Harga beras naik.\n\n"Pasokan menipis," kata Kepala Riset dari Bank Contoh di Bandung Dimas Arya Pratama kepada wartawan.';
    expect(speakers(text)[0] ?? '').not.toMatch(/^Kepala Riset/);
  });

  it('must not fire: a name set off by a comma after the linked place (`… di Kuantan, <Name>`) is not the title', () => {
    const text = 'KUANTAN: Harga minyak sawit jatuh.\n\n"Permintaan dari luar negara masih lemah," kata Ketua Ekonom untuk Bank Contoh di Kuantan, Dimas Arya Pratama.';
    expect(speakers(text, 'zlm')[0] ?? '').not.toMatch(/^Ketua Ekonom/);
  });

  it('a weekday after the comma leaves the title as the speaker (`ujar Gubernur di Kupang, Kamis`)', () => {
    const text = 'KUPANG - Pemerintah provinsi menambah anggaran air bersih.\n\n"Tidak boleh ada desa yang kekurangan air," ujar Gubernur di Kupang, Kamis.';
    expect(speakers(text)[0] ?? '').toMatch(/^Gubernur \|/);
  });
});

describe('speaker titles: a calling that also describes an unnamed source', () => {
  it('`warga setempat, <Name>` gives the role `warga setempat`, not `setempat`', () => {
    const text = 'JAKARTA - Banjir merendam puluhan rumah di Desa Sukamaju.\n\n"Air masuk rumah sejak subuh," kata warga setempat, Suparno, kepada wartawan.';
    expect(speakers(text)).toEqual(['Suparno | warga setempat | null']);
  });

  it('must not fire: a quantifier before a title still goes (`salah satu pendiri`)', () => {
    const text = 'JAKARTA - Komunitas itu berulang tahun.\n\n"Kami mulai dari lima orang," kata salah satu pendiri komunitas, Suparno.';
    expect(speakers(text)[0]).toMatch(/^Suparno \| pendiri/);
  });
});

describe('speaker unseen: a title alone as the subject or naming nobody introduced', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  describe('speaker unseen: a title alone as the subject of a speech verb', () => {
    it('speaker unseen: Malay `Perdana Menteri berkata` is the person the article gave that title earlier', () => {
      const text = [
        'Menteri Kewangan Datuk Rahim Hassan berkata kerajaan tidak akan menaikkan cukai tahun ini.',
        '“Keputusan itu muktamad selepas mesyuarat Kabinet,” katanya.',
        'Dalam perkembangan lain, Perdana Menteri Datuk Seri Ahmad Fauzi Rahman merasmikan jambatan baharu di Pulau Contoh.',
        'Perdana Menteri berkata, jambatan itu akan memendekkan masa perjalanan penduduk.',
        '“Penduduk tidak perlu lagi menunggu feri untuk ke tanah besar,” katanya.',
      ].join('\n\n');
      const quotes = direct(text, 'zlm');
      expect(quotes[1]!.speaker).toMatchObject({ name: 'Ahmad Fauzi Rahman', role: 'Perdana Menteri' });
    });

    it('speaker unseen: a title nobody held before, after a speaker with another title, gives the next `katanya` to nobody', () => {
      const text = [
        'Menteri Kewangan Datuk Rahim Hassan berkata kerajaan tidak akan menaikkan cukai tahun ini.',
        '“Keputusan itu muktamad selepas mesyuarat Kabinet,” katanya.',
        'Sementara itu, Ketua Pengarah Kesihatan berkata pemeriksaan di klinik akan diperketat mulai bulan depan.',
        '“Pegawai kami akan memeriksa setiap premis di seluruh negeri,” katanya.',
      ].join('\n\n');
      const quotes = direct(text, 'zlm');
      expect(quotes[0]!.speaker?.name).toBe('Rahim Hassan');
      expect(quotes[1]!.speaker).toBeNull();
    });

    it('speaker unseen: Indonesian `Mantan Kepala X itu mengatakan` points back to the speaker before', () => {
      const text = [
        'Direktur Utama Perum Contoh Budi Santoso mengatakan utang pemerintah belum dibayar.',
        '“Tagihan kami sudah diajukan sejak tahun lalu,” kata Budi.',
        'Mantan Kepala Badan Contoh Nasional itu mengatakan, pembayaran itu sangat dibutuhkan.',
        '“Tanpa pembayaran itu kami sulit membeli gabah petani,” ujarnya.',
      ].join('\n\n');
      expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Budi Santoso');
    });

    it('speaker unseen: a title that may be the previous speaker’s own (`Menko` after `Menteri Koordinator …`) keeps them', () => {
      const text = [
        'Menteri Koordinator Bidang Perekonomian Budi Santoso menilai tarif baru merugikan eksportir.',
        '“Kami akan bernegosiasi secepatnya,” ujar Budi.',
        'Menko mengatakan, negara itu menganggap Indonesia penyebab defisit dagangnya.',
        '“Sekarang mereka menganggap kita penyebab defisit,” katanya.',
      ].join('\n\n');
      expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Budi Santoso');
    });
  });

  describe('speaker unseen: a title naming nobody the article introduced', () => {
    it('speaker unseen: `kata Kepala Dinas X` with no holder named anywhere gives no speaker, not one named `Kepala`', () => {
      const text = 'Bantuan sosial mulai disalurkan pekan ini.\n\n“Kami sudah menyiapkan data penerima sejak bulan lalu,” kata Kepala Dinas Sosial Kota Contoh.';
      expect(direct(text, 'ind')[0]!.speaker).toBeNull();
    });
  });
});

describe('speaker titles: a title alone stands for a holder at the same body', () => {
  const speakers = (text: string) => directQuotes(text).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

  it('`kata Ketua <acronym>` is not the holder of the same title at another body', () => {
    const text =
      'WANAJAYA - Laporan pelanggaran kode etik diperiksa.\n\n"Kami menunggu hasilnya," kata Ketua Komisi Penyiaran Daerah Wanajaya Sekar Wulandari.\n\n"Laporan itu tidak cukup bukti," kata Ketua DEW dalam rapat pleno, Kamis (6/3).';
    expect(speakers(text)[1] ?? '').not.toContain('Sekar Wulandari');
  });

  it('must not fire: the body written by its short form is the same body', () => {
    const text =
      'JAKARTA - Pemilu disiapkan.\n\n"Kami siap," kata Ketua Komisi Pemilihan Umum Rahmat Santoso.\n\n"Logistik aman," kata Ketua KPU dalam rapat.';
    expect(speakers(text)[1]).toBe('Rahmat Santoso | Ketua | Komisi Pemilihan Umum');
  });

  it('must not fire: a syllable short form of a ministry is the ministry', () => {
    const text =
      'JAKARTA - Pajak naik.\n\n"Kami siap," kata Kepala Biro Humas Kementerian Keuangan Rahmat Santoso.\n\n"Tarif tetap," kata Kepala Biro Humas Kemenkeu dalam rapat.';
    expect(speakers(text)[1]).toContain('Rahmat Santoso');
  });
});
