/** Speaker titles written after the name, after the quote or further on. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { directQuotes } from '../support/speaker-lines.js';

function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('after-name title', () => {
  it('`Menurut Name, analis Org, …`: a lower-case calling in apposition', () => {
    const text = [
      'Stok karet di gudang pabrik kian menipis. Menurut Dewi Anggraini, analis Mitra Sentosa Komoditas, hujan deras membuat para penyadap tidak turun ke kebun.',
      '"Begitu cuaca cerah, pasokan biasanya pulih dalam dua minggu," ujar Dewi kepada wartawan.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Dewi Anggraini', role: 'analis', organisation: 'Mitra Sentosa Komoditas' });
  });

  it('`Name, salah satu pedagang di Place`: the calling without the place', () => {
    const text = [
      'Yanti Permatasari Lubis, salah satu pedagang ikan di Tanjungsari, terlihat sibuk menimbang pesanan pelanggan.',
      '"Sehari saya bisa menghabiskan lima balok es," kata Yanti.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Yanti Permatasari Lubis', role: 'pedagang ikan', organisation: null });
  });

  it('English `Name, an analyst at the Org`: a lower-case calling after an article', () => {
    const text = [
      '"Most families now buy less rice than a year ago," Wicaksana said on Tuesday.',
      'The survey was compiled by Bayu Wicaksana, an analyst at the Meridian Policy Centre, over six months.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'analyst', organisation: 'Meridian Policy Centre' });
  });

  it('`Name selaku direktur Org`: the title after a role link', () => {
    const text = [
      'Dalam rapat anggota, Bayu Wicaksana selaku direktur Koperasi Nelayan Sejahtera meminta iuran disetor sebelum akhir bulan.',
      '"Uang itu untuk membeli dua perahu baru," tambah Bayu.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'direktur', organisation: 'Koperasi Nelayan Sejahtera' });
  });

  it('a clause after the comma is no title (`Name, penulis diminta supaya …`)', () => {
    const text = [
      'Ketika menemui Faridah Osman Hamzah, penulis diminta supaya tidak menyiarkan gambar tersebut dahulu.',
      '"Gambar itu belum boleh dikongsi dengan orang ramai," kata Faridah.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Faridah Osman Hamzah', role: null });
  });

  it('a speaker with an organisation but no role takes the role of a later title naming that organisation', () => {
    const text = [
      '"Gudang itu rampung sebelum musim hujan tiba," kata Bayu Wicaksana dari Koperasi Nelayan Sejahtera.',
      'Bayu Wicaksana, Direktur Keuangan Koperasi Nelayan Sejahtera, juga menyebut biaya gudang ditanggung bersama.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Direktur Keuangan', organisation: 'Koperasi Nelayan Sejahtera' });
  });
});

describe('context title: an apposition after the name', () => {
  it('context title: `Menurut Name, Kepala Org,` then the person quoted by first name', () => {
    const text = [
      'Menurut Rina Wulandari, Kepala Dinas Pertanian Kabupaten Contoh, harga pupuk akan turun bulan depan.',
      '"Stok pupuk kami cukup sampai akhir tahun," ujar Rina di Contoh.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Kepala', organisation: 'Dinas Pertanian Kabupaten Contoh' });
  });

  it('context title: an apposition ended by a full stop is not read (`Plt.` may be an abbreviation)', () => {
    const text = [
      'Budi Santoso, Plt. Kepala Dinas Pertanian Kabupaten Contoh, mengatakan harga pupuk akan turun.',
      '"Stok pupuk kami cukup sampai akhir tahun," ujar Budi.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker?.role).not.toBe('Plt');
  });
});

/**
 * A describing attribution that names a post (issue 9): `<description> yang menjabat <title> ini` points back to
 * the person quoted before and gives the quote that post. Invented people and organisations only.
 */

describe('described title: the post a describing attribution names', () => {
  const direct = (text: string) => directQuotes(text);

  const INTRO = 'Ketua Asosiasi Pemilik Kapal Tirtamaya (APKT) Bramantyo Wisesa menuturkan hasil tangkapan tuna turun sejak bulan lalu.\n\n';
  const QUOTE = '“Kapal kami harus berlayar dua hari lebih jauh untuk mendapat ikan,” ujar politisi ';

  it('described title: `ujar <description> yang menjabat sebagai <title> ini` speaks as that post', () => {
    const text = INTRO + QUOTE + 'yang menjabat sebagai Bendahara Partai Gerakan Bahari ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Bendahara', organisation: 'Partai Gerakan Bahari' });
  });

  it('described title: a title of role words and its short form in brackets keeps the short form without its bracket', () => {
    const text = INTRO + QUOTE + 'yang kini menjabat Staf Ahli Bupati (SAB) ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Staf Ahli Bupati', organisation: 'SAB' });
  });

  it('described title: a second post (`yang sekaligus menjabat …`) leaves the quote under the title of the introduction', () => {
    const text = INTRO + QUOTE + 'yang sekaligus menjabat Bendahara Partai Gerakan Bahari ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Ketua', organisation: expect.stringContaining('Asosiasi Pemilik Kapal Tirtamaya') });
  });

  it('described title: a description that names no post keeps the title of the introduction', () => {
    const text = INTRO + QUOTE + 'yang biasa dipanggil Bram ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Ketua', organisation: expect.stringContaining('Asosiasi Pemilik Kapal Tirtamaya') });
  });
});

describe('speaker titles: a title after the name held by a verb or written without a comma', () => {
  /** The direct quotes of Indonesian `text`. */
  function direct(text: string): Quote[] {
    return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
  }

  describe('speaker titles: a title held by a verb after the name', () => {
    it('`Name yang saat ini menjabat sebagai Title Org` gives the later `kata Name` its title', () => {
      const text = [
        'Hadi Purnomo yang saat ini menjabat sebagai Direktur Utama PT Sarana Tirta Lestari menargetkan proyek rampung.',
        '"Kami targetkan selesai akhir tahun," kata Hadi dalam rapat di Jakarta, Kamis (9/10/2025).',
      ].join('\n\n');
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Hadi Purnomo', role: 'Direktur Utama', organisation: 'PT Sarana Tirta Lestari' });
    });

    it('`Name merupakan Title Org.` and a one-word name with `yang kini menjabat`', () => {
      const first = ['Yanti Kusuma merupakan Ketua Koperasi Tani Makmur.', '"Kami siap panen bulan depan," kata Yanti.'].join('\n\n');
      expect(direct(first)[0]!.speaker).toMatchObject({ name: 'Yanti Kusuma', role: 'Ketua', organisation: 'Koperasi Tani Makmur' });
      const second = ['Rapat itu dihadiri Wirayuda yang kini menjabat Kepala Desa Sukamaju.', '"Saya hadir sebagai undangan," kata Wirayuda.'].join('\n\n');
      expect(direct(second)[0]!.speaker?.role).toBe('Kepala Desa');
    });

    it('near miss: a holding verb with no title after it gives none (`menjabat dua periode`, `merupakan warga`)', () => {
      const text = [
        'Hadi Purnomo yang menjabat dua periode itu mengaku lelah. Hadi Purnomo merupakan warga Desa Sukamaju.',
        '"Saya ingin istirahat dulu," kata Hadi.',
      ].join('\n\n');
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Hadi Purnomo', role: null, organisation: null });
    });
  });

  describe('speaker titles: a name written before its title with no comma', () => {
    it('`Name Title Org mengatakan, "…"` is the name, the title and its body', () => {
      const text = 'Harga karet diperkirakan naik tahun ini. Rudi Hartono Ketua Umum Gabungan Pengusaha Karet Contoh (GPKC) mengatakan, "Permintaan mulai naik lagi."';
      expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Ketua Umum', organisation: 'Gabungan Pengusaha Karet Contoh (GPKC)' });
    });

    it('`kata Name Title Org.` after the quote, and an English title in Indonesian text', () => {
      const after = '"Permintaan mulai naik lagi," kata Rudi Hartono Ketua Umum Gabungan Pengusaha Karet Contoh.';
      expect(direct(after)[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Ketua Umum' });
      const english = 'Bunga pinjaman naik. Sinta Dewi Lestari Head of Research Contoh Sekuritas mengatakan, "Kami akan selektif."';
      expect(direct(english)[0]!.speaker?.name).toBe('Sinta Dewi Lestari');
    });

    it('near miss: a body before the title keeps the title its name (`Contoh Sekuritas Head of Research Name`, `… Kombes Name`, `… Group Inc`)', () => {
      const body = 'Bunga pinjaman naik. Contoh Sekuritas Head of Research Sinta Dewi mengatakan, "Kami akan selektif."';
      expect(direct(body)[0]!.speaker?.name).toBe('Sinta Dewi');
      const ranked = 'Sidang ditunda. Penahanan Darmo Kepala Bidang Humas Polda Contoh Kombes Sinta Dewi menegaskan, "Belum ada surat panggilan."';
      expect(direct(ranked)[0]!.speaker?.name).toBe('Sinta Dewi');
      const group = 'Bunga pinjaman naik. Menurut Contoh Makmur Group Inc, "Kami akan selektif tahun ini."';
      expect(direct(group)[0]!.speaker?.name ?? '').not.toBe('Contoh Makmur');
    });
  });
});

describe('speaker titles: a describing title between two quotes of one person', () => {
  const opening = [
    'Kelab Kayuhan Contoh akan menaikkan yuran keahlian tahunan mulai bulan depan.',
    '“Kos menyelenggara basikal dan trek sudah naik dua kali ganda,” kata Ahmad Zaki Halim.',
    'Zaki berkata kadar baharu itu masih rendah berbanding kelab jiran di selatan.',
  ];

  it('speaker titles: `Bendahari Kelab Kayuhan Contoh itu menjangka …` before another quote of the same speaker → that title for both', () => {
    const text = [
      ...opening,
      'Bendahari Kelab Kayuhan Contoh itu menjangka kutipan baharu cukup untuk membayar insurans peserta.',
      '“Tanpa pelarasan ini, akaun kelab akan merah menjelang musim perlumbaan,” katanya.',
    ].join('\n\n');
    for (const q of direct(text, 'zlm')) expect(q.speaker).toMatchObject({ name: 'Ahmad Zaki Halim', role: 'Bendahari', organisation: 'Kelab Kayuhan Contoh' });
  });

  it('speaker titles: the quote after the describing title is someone else’s → no title for the first speaker (near-miss)', () => {
    const text = [
      ...opening,
      'Bendahari Kelab Kayuhan Contoh itu menjangka kutipan baharu cukup untuk membayar insurans peserta.',
      '“Tanpa pelarasan ini, akaun kelab akan merah menjelang musim perlumbaan,” kata Norlela Kassim.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Zaki Halim', role: null, organisation: null });
  });
});

describe('speaker links: a quantified title set off after the name (`X, salah seorang anggota Y,`)', () => {
  it('speaker links: Indonesian subject `X, salah seorang anggota APTB, mengatakan` → role and organisation', () => {
    const [q] = direct('Rina Wulandari, salah seorang anggota APTB, mengatakan, "Kami tentu sedih dengan putusan ini."', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'anggota', organisation: 'APTB' });
  });

  it('speaker links: Indonesian `kata X, salah satu pendiri Y` → role without the quantifier', () => {
    const [q] = direct('"Kami tentu sedih dengan putusan ini," kata Rina Wulandari, salah satu pendiri Aliansi Petani Tangguh Bersatu.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'pendiri', organisation: 'Aliansi Petani Tangguh Bersatu' });
  });

  it('speaker links: Malay `X, salah seorang ahli Y, berkata`', () => {
    const [q] = direct('Ahmad Rahim, salah seorang ahli Persatuan Pengguna Contoh, berkata, “Kami sedih dengan keputusan ini.”', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Ahmad Rahim', role: 'ahli', organisation: 'Persatuan Pengguna Contoh' });
  });

  it('speaker links: English `X, a member of the Y, said`', () => {
    const [q] = direct('Rina Wulandari, a member of the Contoh Alliance, said: "We are sad."', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'member', organisation: 'Contoh Alliance' });
  });

  it('speaker links: `kata X, salah satu warga` → role without the quantifier, no organisation', () => {
    const [q] = direct('"Jalan ini langganan banjir," kata Supri Handoko, salah satu warga.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Supri Handoko', role: 'warga', organisation: null });
  });
});

describe('speaker titles: a describing title after the quote or further on', () => {
  describe('speaker titles: a describing title after the quote', () => {
    it('speaker titles: `"…," ucap Budi.` then `Ketua DPC Partai Contoh itu menilai …` → that title for Budi', () => {
      const text = [
        '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar, Kamis (14/3/2024).',
        'Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.',
      ].join('\n\n');
      expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: 'Ketua', organisation: 'DPC Partai Contoh Raya' });
    });

    it('speaker titles: the describing sentence right after the quote’s, in the same paragraph → that title for Budi', () => {
      const text = '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar. Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.';
      expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: 'Ketua', organisation: 'DPC Partai Contoh Raya' });
    });

    it('speaker titles: a former post (`Mantan Direktur Contoh itu …`) is no title for the quote', () => {
      const text = ['"Warga perlu tenang," kata Budi kepada wartawan.', 'Mantan Direktur Bank Contoh itu menambahkan, harga akan turun.'].join('\n\n');
      expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: null, organisation: null });
    });
  });

  describe('speaker titles: a describing title further on', () => {
    it('speaker titles: a describing title inside the next paragraph, after another sentence, is not read as its speaker’s', () => {
      const text = [
        '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar.',
        'Di pasar yang sama hadir pula Andi Pratama. Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.',
      ].join('\n\n');
      expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: null, organisation: null });
    });

    it('speaker titles: a describing title in the quote’s paragraph, after another person is named, is not read as its speaker’s', () => {
      const text =
        '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar. Di pasar yang sama hadir pula Andi Pratama. Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.';
      expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: null, organisation: null });
    });
  });
});

const speakers = (text: string) => directQuotes(text).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker titles: `setempat` closes a title before an apposed name', () => {
  it('`kata Kepala Desa setempat, <Name>` gives the named person', () => {
    const text =
      'WANAJAYA - Jalan penghubung dua dusun rusak sejak musim hujan.\n\n"Kami sudah melapor berkali-kali," kata Kepala Desa setempat, Dimas Prasetyo.\n\nWarga berharap perbaikan dimulai bulan depan.';
    expect(speakers(text).map((s) => s?.split(' | ').slice(0, 2).join(' | '))).toEqual(['Dimas Prasetyo | Kepala Desa setempat']);
  });

  it('must not fire: a title with a place after it keeps its own reading', () => {
    const text =
      'WANAJAYA - Jalan penghubung dua dusun rusak sejak musim hujan.\n\n"Kami sudah melapor berkali-kali," kata Kepala Desa Sukamaju, Dimas Prasetyo.\n\nWarga berharap perbaikan dimulai bulan depan.';
    expect(speakers(text).map((s) => s?.split(' | ')[0])).toEqual(['Dimas Prasetyo']);
  });
});
