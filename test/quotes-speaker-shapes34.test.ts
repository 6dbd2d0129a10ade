/**
 * Indonesian and Malay speaker shapes left from round 33's reading of unlabelled articles (issue 9, round 34),
 * written with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

const speakers = (text: string, language: 'ind' | 'zlm' = 'ind') =>
  directQuotes(text, language).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker shapes34: a title no holder is named for', () => {
  it('speaker shapes34: `kata Perdana Menteri` with nobody holding it in the article is the title as written, and so is its `katanya`', () => {
    const text =
      'PUTRAJAYA: Kerajaan menangguhkan projek lebuh raya di utara Semenanjung.\n\n"Kita tidak ada dana untuk membinanya sekarang," kata Perdana Menteri dalam sidang media di Putrajaya, hari ini.\n\n"Projek itu akan disemak semula tahun depan," katanya.';
    expect(speakers(text, 'zlm')).toEqual(['Perdana Menteri | Perdana Menteri | null', 'Perdana Menteri | Perdana Menteri | null']);
  });

  it('speaker shapes34: `kata Ketua Badan Contoh dalam …` keeps the body beside the role', () => {
    const text = 'JAKARTA - Sidang etik digelar pekan ini.\n\n"Kami menjatuhkan sanksi peringatan," kata Ketua BKEC dalam sidang putusan, Selasa (3/2/2020).';
    expect(speakers(text)).toEqual(['Ketua BKEC | Ketua | BKEC']);
  });

  it('speaker shapes34: must not fire: a title whose holder the article named is that person', () => {
    const text =
      'PUTRAJAYA: Perdana Menteri Datuk Seri Kamal Fauzi Rahman menangguhkan projek lebuh raya.\n\n"Kita tidak ada dana untuk membinanya sekarang," kata Perdana Menteri dalam sidang media di Putrajaya.';
    expect(speakers(text, 'zlm')).toEqual(['Kamal Fauzi Rahman | Perdana Menteri | null']);
  });

  it('speaker shapes34: a place linked after a title no one holds keeps the title as the speaker (`kata Perdana Menteri di Putrajaya`)', () => {
    const ms =
      'PUTRAJAYA: Kerajaan akan menambah peruntukan bagi sekolah luar bandar.\n\n"Setiap murid berhak mendapat kemudahan yang sama," kata Perdana Menteri di Putrajaya hari ini.\n\n"Guru juga akan dilatih semula," katanya.';
    expect(speakers(ms, 'zlm')).toEqual(['Perdana Menteri | Perdana Menteri | null', 'Perdana Menteri | Perdana Menteri | null']);
    const id = 'KUPANG - Sebuah bendungan baru diresmikan.\n\n"Bendungan ini akan mengairi sawah warga," ujar Gubernur di Kupang, Kamis.\n\n"Petani tak lagi menunggu hujan," katanya.';
    expect(speakers(id)).toEqual(['Gubernur | Gubernur | null', 'Gubernur | Gubernur | null']);
  });

  it('speaker shapes34: a title no one holds that runs on through `dari` into a body is the post of that body (`Menteri dari Partai Contoh Raya`)', () => {
    const text = 'KUPANG - Sebuah bendungan baru diresmikan.\n\n"Petani tak lagi menunggu hujan," ujar Menteri dari Partai Contoh Raya saat mendampingi.';
    expect(speakers(text)).toEqual(['Menteri dari Partai Contoh Raya | Menteri | Partai Contoh Raya']);
  });

  it('speaker shapes34: must not fire: a title cut short of a name past its links (`… dari Bank Contoh di Bandung <Name>`) names nobody', () => {
    const text = 'BANDUNG - Harga beras naik.\n\n"Pasokan menipis," kata Kepala Riset dari Bank Contoh di Bandung Dimas Arya Pratama kepada wartawan.';
    expect(speakers(text)[0] ?? '').not.toMatch(/^Kepala Riset/);
  });

  it('speaker shapes34: must not fire: a name set off by a comma after the linked place (`… di Kuantan, <Name>`) is not the title', () => {
    const text = 'KUANTAN: Harga minyak sawit jatuh.\n\n"Permintaan dari luar negara masih lemah," kata Ketua Ekonom untuk Bank Contoh di Kuantan, Dimas Arya Pratama.';
    expect(speakers(text, 'zlm')[0] ?? '').not.toMatch(/^Ketua Ekonom/);
  });

  it('speaker shapes34: a weekday after the comma leaves the title as the speaker (`ujar Gubernur di Kupang, Kamis`)', () => {
    const text = 'KUPANG - Pemerintah provinsi menambah anggaran air bersih.\n\n"Tidak boleh ada desa yang kekurangan air," ujar Gubernur di Kupang, Kamis.';
    expect(speakers(text)[0] ?? '').toMatch(/^Gubernur \|/);
  });
});

describe('speaker shapes34: a title held for a client', () => {
  it('speaker shapes34: `kata pengacara <client>, <holder>` is the holder, not the client', () => {
    const text =
      'JAKARTA - Sidang perkara suap dengan terdakwa Rudi Hartawan digelar pekan ini.\n\n"Klien kami akan membuktikan dia tidak bersalah," kata pengacara Rudi Hartawan, Agus Salimin, kepada wartawan, Senin (3/2/2020).';
    expect(speakers(text)).toEqual(['Agus Salimin | pengacara | null']);
  });

  it('speaker shapes34: must not fire: a body as the client after a comma keeps the body (`kuasa hukum PT Contoh, Agus`)', () => {
    const text = 'JAKARTA - Sidang gugatan digelar pekan ini.\n\n"Klien kami tidak bersalah," kata kuasa hukum PT Contoh Jaya, Agus Salimin.';
    expect(speakers(text)).toEqual(['Agus Salimin | kuasa hukum | PT Contoh Jaya']);
  });

  it('speaker shapes34: `kata kuasa hukum <client>, <Place>` has no holder named: the describing phrase stands for the speaker', () => {
    const text = 'BANDUNG - Sidang gugatan ditunda.\n\n"Berkas belum lengkap," kata kuasa hukum Dimas Arya Pratama, Bandung.';
    expect(speakers(text)).toEqual(['kuasa hukum Dimas Arya Pratama | kuasa hukum | null']);
  });

  it('speaker shapes34: must not fire: a weekday after the comma leaves the name after the title as the speaker', () => {
    const text = 'BANDUNG - Sidang gugatan ditunda.\n\n"Berkas belum lengkap," kata kuasa hukum Dimas Arya Pratama, Senin (3/3).';
    expect(speakers(text)).toEqual(['Dimas Arya Pratama | kuasa hukum | null']);
  });
});

describe('speaker shapes34: a calling that also describes an unnamed source', () => {
  it('speaker shapes34: `warga setempat, <Name>` gives the role `warga setempat`, not `setempat`', () => {
    const text = 'JAKARTA - Banjir merendam puluhan rumah di Desa Sukamaju.\n\n"Air masuk rumah sejak subuh," kata warga setempat, Suparno, kepada wartawan.';
    expect(speakers(text)).toEqual(['Suparno | warga setempat | null']);
  });

  it('speaker shapes34: must not fire: a quantifier before a title still goes (`salah satu pendiri`)', () => {
    const text = 'JAKARTA - Komunitas itu berulang tahun.\n\n"Kami mulai dari lima orang," kata salah satu pendiri komunitas, Suparno.';
    expect(speakers(text)[0]).toMatch(/^Suparno \| pendiri/);
  });
});

describe('speaker shapes34: Malay local posts', () => {
  it('speaker shapes34: `Penghulu`, `Pengetua`, `Ketua Kampung` and `Pegawai Daerah` are posts; a mukim, district or village is no body', () => {
    const text = [
      'KOTA BHARU: Banjir melanda Kampung Pulau Contoh sejak semalam.',
      '"Air naik dengan cepat sejak subuh," kata Penghulu Mukim Contoh, Ahmad Salleh, ketika ditemui.',
      '"Kami sudah pindahkan penduduk ke dewan," kata Ketua Kampung Pulau Contoh, Ismail Daud.',
      '"Sekolah ditutup sementara," kata Pengetua Sekolah Menengah Kebangsaan Contoh, Rosnah Ali.',
      '"Bantuan sudah dihantar," kata Pegawai Daerah Pasir Contoh, Zainal Abidin Hassan.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual([
      'Ahmad Salleh | Penghulu Mukim Contoh | null',
      'Ismail Daud | Ketua Kampung Pulau Contoh | null',
      'Rosnah Ali | Pengetua | Sekolah Menengah Kebangsaan Contoh',
      'Zainal Abidin Hassan | Pegawai Daerah Pasir Contoh | null',
    ]);
  });

  it('speaker shapes34: a bare `Penghulu` takes no place: the name after it stays whole', () => {
    const text = 'KUALA LIPIS: Jalan kampung rosak teruk.\n\n"Kami sudah hantar aduan," kata Penghulu Kamarul Hisyam Osman ketika ditemui.';
    expect(speakers(text, 'zlm')).toEqual(['Kamarul Hisyam Osman | Penghulu | null']);
  });

  it('speaker shapes34: must not fire: `Penghulu Mukim <Place>` keeps the mukim in the role, no body', () => {
    const text = 'KUALA LIPIS: Jalan kampung rosak teruk.\n\n"Kami sudah hantar aduan," kata Penghulu Mukim Contoh Hulu, Kamarul Hisyam Osman.';
    expect(speakers(text, 'zlm')).toEqual(['Kamarul Hisyam Osman | Penghulu Mukim Contoh Hulu | null']);
  });

  it('speaker shapes34: must not fire: an officer of a named department keeps the department', () => {
    const text = 'KOTA BHARU: Bantuan banjir diagihkan.\n\n"Kami bersedia," kata Pegawai Perhubungan Awam Jabatan Kebajikan Contoh, Siti Aminah.';
    expect(speakers(text, 'zlm')).toEqual(['Siti Aminah | Pegawai Perhubungan Awam | Jabatan Kebajikan Contoh']);
  });
});

describe('speaker shapes34: a country after a post is no organisation', () => {
  it('speaker shapes34: `Duta Besar Jepang`, `Dubes Jepang untuk Indonesia` keep the country in the role', () => {
    const text =
      'JAKARTA - Bantuan untuk korban gempa tiba.\n\n"Kami siap membantu korban," kata Duta Besar Jepang Kenji Tanaka.\n\n"Kami kirim tim medis," kata Dubes Jepang untuk Indonesia Hiroshi Sato.';
    expect(speakers(text)).toEqual(['Kenji Tanaka | Duta Besar Jepang | null', 'Hiroshi Sato | Dubes Jepang untuk Indonesia | null']);
  });

  it('speaker shapes34: must not fire: a body whose name opens with a country stays the organisation (`Jepang Contoh Motor`)', () => {
    const text = 'JAKARTA - Penjualan mobil naik.\n\n"Permintaan tinggi," kata Presiden Direktur Jepang Contoh Motor, Budi Santoso.';
    expect(speakers(text)).toEqual(['Budi Santoso | Presiden Direktur | Jepang Contoh Motor']);
  });
});

describe('speaker shapes34: an honorific marks the name after a body set off by `di`', () => {
  it('speaker shapes34: `<Title> <Body> di <Body> Prof Datuk Dr <Name> berkata` is the named person, not the word before `di`', () => {
    const text =
      'KUALA LUMPUR: Keputusan itu disambut baik.\n\nFelo Utama Institut Kajian Contoh di Universiti Kebangsaan Sukamaju Prof Datuk Dr Ahmad Salleh berkata keputusan itu tepat.\n\n"Saya sokong keputusan itu," jelasnya.';
    expect(speakers(text, 'zlm')).toEqual(['Ahmad Salleh | Felo Utama | Institut Kajian Contoh']);
  });

  it('speaker shapes34: must not fire: a place after `di` following the name is where the person spoke', () => {
    const text =
      'KUALA LUMPUR: Keputusan itu disambut baik.\n\nPengerusi Persatuan Contoh, Datuk Ahmad Salleh ketika ditemui di Dewan Besar Sukamaju berkata keputusan itu tepat.\n\n"Saya sokong keputusan itu," jelasnya.';
    expect(speakers(text, 'zlm')).toEqual(['Ahmad Salleh | Pengerusi | Persatuan Contoh']);
  });
});

describe('speaker shapes34: `Utama` after a field word ends a body’s name', () => {
  it('speaker shapes34: `analis Niaga Utama Contoh Sekuritas <Name>` is an analyst of `Niaga Utama Contoh Sekuritas`', () => {
    const text = 'JAKARTA - Saham emiten tambang naik.\n\n"Kinerjanya membaik," ujar analis Niaga Utama Contoh Sekuritas Rina Wulandari.';
    expect(speakers(text)).toEqual(['Rina Wulandari | analis | Niaga Utama Contoh Sekuritas']);
  });

  it('speaker shapes34: must not fire: `Utama` right after the post qualifies it (`Direktur Utama`, `Ekonom Utama`)', () => {
    const text =
      'JAKARTA - Laba naik.\n\n"Kinerja kami membaik," kata Direktur Utama Bank Sinar Contoh Budi Haryanto.\n\n"Pertumbuhan stabil," kata Ekonom Utama Bank Contoh Rina Wulandari.';
    expect(speakers(text)).toEqual(['Budi Haryanto | Direktur Utama | Bank Sinar Contoh', 'Rina Wulandari | Ekonom Utama | Bank Contoh']);
  });
});
