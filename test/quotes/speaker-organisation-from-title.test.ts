/** Speaker organisation: the body a title names (fields, portfolios, `dari`/`di`, bracketed short forms). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import type { SupportedLanguage, Quote } from '../../src/types.js';
import { speakerLines as speakers, directQuotes } from '../support/speaker-lines.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';

describe('speaker organisation: a field before a unit and its ministry', () => {
  it('speaker organisation: the field goes to the role, the unit with its ministry is the body', () => {
    const text = 'BOGOR - Saluran air sawah di tiga desa diperbaiki.\n\n"Saluran sudah kami perbaiki," ujar Direktur Irigasi Ditjen Sumber Tani Kementan Rudi Hartono di Bogor.';
    const speaker = parseArticle(text, { language: 'ind' }).quotes[0]?.speaker;
    expect(speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Direktur Irigasi', organisation: 'Ditjen Sumber Tani Kementan' });
  });
});

describe('speaker organisation: a place after a title that names its body is that body’s place', () => {
  it('`Menteri Perdagangan AS` speaks for `Kementerian Perdagangan AS`, not for the country', () => {
    const text = [
      'Nilai tukar yen melemah tajam terhadap dolar dalam sepekan terakhir.',
      '"Kami siap membuka pasar bila perlu," kata Menteri Perdagangan AS Daniel Whitcombe kepada wartawan, Selasa (4/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Daniel Whitcombe | Menteri Perdagangan | Kementerian Perdagangan AS']);
  });

  it('a short title with its field, its short form and a province (`Kadis … (…) Kaltara`) speaks for the province’s office', () => {
    const text = [
      'Harga gabah kering di tingkat petani turun menjelang panen raya.',
      '"Kami akan menyerap gabah petani dengan harga wajar," ujar Kadis Perkebunan (Disbun) Kaltara Yoga Pranata, Rabu (5/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Yoga Pranata | Kadis Perkebunan | Dinas Perkebunan Kaltara']);
  });

  it('a title that names no body (`Presiden AS`) keeps its place', () => {
    const text = [
      'Kunjungan kenegaraan itu berlangsung selama tiga hari.',
      '"Kerja sama kedua negara akan terus tumbuh," kata Presiden AS Daniel Whitcombe di Istana, Kamis (6/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Daniel Whitcombe | Presiden | AS']);
  });
});

describe('speaker organisation: a portfolio read as the organisation of a title that takes one', () => {
  it('`Menteri PKRT` speaks for `Kementerian PKRT`', () => {
    const text = [
      'Program perbaikan rumah tidak layak huni diperluas ke dua ratus desa tahun ini.',
      '"Anggarannya sudah kami siapkan sejak awal tahun," kata Menteri PKRT Lestari Wandhana di Jakarta, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lestari Wandhana | Menteri | Kementerian PKRT']);
  });

  it('a minister named alone at the quote takes the portfolio written before the full name earlier', () => {
    const text = [
      'Menteri PKRT Lestari Wandhana meresmikan bendungan baru di hulu sungai pada Senin (3/2).',
      'Bendungan itu mampu mengairi ribuan hektare sawah.',
      '"Petani tidak perlu lagi menunggu hujan," kata Lestari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lestari Wandhana | Menteri | Kementerian PKRT']);
  });

  it('the same title and portfolio written at another person do not make this speaker’s body a ministry', () => {
    const text = [
      'Menteri PKRT Lestari Wandhana meresmikan bendungan baru di hulu sungai pada Senin (3/2).',
      '"Petani tidak perlu lagi menunggu hujan," kata Oskar Tandiari, Menteri di PKRT.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Oskar Tandiari | Menteri | PKRT']);
  });

  it('an acronym of the body itself (`Kadis DPKL`, `D` as in `Dinas`) stays as written', () => {
    const text = [
      'Sampah di pasar induk menumpuk sejak pekan lalu.',
      '"Armada tambahan dikerahkan mulai besok pagi," kata Kadis DPKL Sinar Jaya Lestari Wandhana, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lestari Wandhana | Kadis | DPKL Sinar Jaya']);
  });
});

describe('speaker organisation: a title’s bracketed short form of two words before the comma that sets off the name', () => {
  /** The direct quotes' speakers, in order. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker);
  }

  it('organisation: `Ketua Dewan Pimpinan Wilayah … (DPW Iperba), Laras Handayani` → no unclosed bracket', () => {
    const text = [
      'SOLO - Pameran kain tradisional dibuka di Benteng Vastenburg.',
      'Ketua Dewan Pimpinan Wilayah Ikatan Perajin Batik Nusantara (DPW Iperba), Laras Handayani menuturkan, pameran itu membuka pasar baru.',
      '"Pesanan dari luar negeri naik dua kali lipat," ucap Laras.',
    ].join('\n\n');
    const org = speakers(text)[0]?.organisation ?? '';
    expect(org).toContain('Ikatan Perajin Batik Nusantara');
    expect(org.split('(').length).toBe(org.split(')').length);
  });

  it('organisation (near miss): a one-word short form before the comma stays as it was read', () => {
    const text = [
      'SOLO - Pameran kain tradisional dibuka di Benteng Vastenburg.',
      'Ketua Ikatan Perajin Batik Nusantara (Iperba), Laras Handayani menuturkan, pameran itu membuka pasar baru.',
      '"Pesanan dari luar negeri naik dua kali lipat," ucap Laras.',
    ].join('\n\n');
    expect(speakers(text)[0]).toMatchObject({ name: 'Laras Handayani', role: 'Ketua', organisation: 'Ikatan Perajin Batik Nusantara' });
  });
});

/** The quotes of an Indonesian `text`. */
function quotes(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes;
}

describe('speaker organisation: a title, its field word, then `di` and the body before the name', () => {
  it('`Ahli Gempa di <body> <name> mengatakan` names the person, not the field word', () => {
    const text =
      'Getaran terasa sampai ke pesisir.\n\nAhli Gempa di Lembaga Riset Bumi Nusantara Wiryo Tanumiharjo mengatakan, getaran itu berasal dari patahan lama.\n\n“Patahan ini sudah lama tidur,” ujar Wiryo.';
    const found = quotes(text);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Wiryo Tanumiharjo', 'Wiryo Tanumiharjo']);
  });

  it('must not fire when a place follows `di` (`Ahli Gempa di Kota Sukamaju`)', () => {
    const text =
      'Getaran terasa sampai ke pesisir.\n\nAhli Gempa di Kota Sukamaju mengatakan, getaran itu berasal dari patahan lama.\n\n“Patahan ini sudah lama tidur,” ujarnya.';
    for (const q of quotes(text)) expect(q.speaker?.name ?? '').not.toContain('Sukamaju');
  });

  it('must not fire when a name, not a title, opens the subject', () => {
    const text =
      'Getaran terasa sampai ke pesisir.\n\nWiryo Tanumiharjo di Lembaga Riset Bumi Nusantara mengatakan, getaran itu berasal dari patahan lama.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Wiryo Tanumiharjo');
  });
});

describe('speaker organisation: a title, a lower-case field and `dari`/`di` a body before the name (`Pengamat politik dari Universitas X Y`)', () => {
  const quotes = (text: string) => directQuotes(text);

  it('a narrative subject so introduced is the one a later `katanya` quotes, not the speaker before', () => {
    const text =
      '"Stok obat di puskesmas masih aman," kata Ondrasih Marbunari, kepala gudang farmasi kabupaten.\n\nDalam seminar daring Kamis malam, Peneliti kesehatan lingkungan dari Institut Teknologi Welarung (ITW) Lutgardis Penaweng menjelaskan, kabut asap bulan ini lebih pekat daripada tahun lalu. "Anak-anak sebaiknya tidak bermain di luar rumah," katanya.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Ondrasih Marbunari', 'Lutgardis Penaweng']);
  });

  it('after a speech verb, a lower-case title with its field keeps the name (`kata pakar hukum pidana dari …`)', () => {
    const text = '"Pasal itu terlalu lentur," kata pakar hukum pidana dari Universitas Sumbaluri (Unsumba) Lutgardis Penaweng.';
    const sp = quotes(text)[0]?.speaker;
    expect(sp?.name).toBe('Lutgardis Penaweng');
    expect(sp?.organisation).toContain('Universitas Sumbaluri');
  });

  it('must not fire when the words after the link name no body (a place), nor after a verb', () => {
    const place = '"Porsinya sudah pas," kata ahli gizi di Tegalwiru Raya, Lutgardis Penaweng.';
    expect(quotes(place)[0]?.speaker?.name).toBe('Lutgardis Penaweng');
    const verb = '"Jalan sudah dibuka," kata Ondrasih Marbunari. Gubernur tiba dari Universitas Sumbaluri siang itu. "Kami lega," katanya.';
    expect(quotes(verb).map((q) => q.speaker?.name)).toEqual(['Ondrasih Marbunari', 'Ondrasih Marbunari']);
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker fresh: a title holds its organisation after `dari`', () => {
  it('speaker fresh: `Pengamat X dari Universitas Y Budi Santoso mengatakan` gives role, organisation and name', () => {
    const text =
      'Pengamat Ekonomi Politik dari Universitas Contoh Raya Budi Santoso mengatakan harga akan naik.\n\n' +
      '“Harga pangan akan terus naik sampai akhir tahun,” kata Budi di Jakarta.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Pengamat Ekonomi Politik', organisation: 'Universitas Contoh Raya' });
  });

  it('speaker fresh: the same shape after the verb', () => {
    const text = '“Harga pangan akan terus naik,” kata Peneliti Senior dari Lembaga Kajian Pangan (LKP) Sinta Dewi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Sinta Dewi', role: 'Peneliti Senior', organisation: 'Lembaga Kajian Pangan (LKP)' });
  });

  it('speaker fresh: a place after a named person is still no part of the subject', () => {
    const text = 'Kepala Dinas Pertanian Budi Santoso di Surabaya mengatakan harga akan naik.\n\n“Harga pangan akan terus naik,” kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker organisation: derived from a title that names its body regularly', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string, language: 'ind' | 'zlm' | 'eng') {
    return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('speaker organisation: Malay `Menteri Besar X` heads the state government (`Kerajaan Negeri X`), not a place', () => {
    const text = 'IPOH: Menteri Besar Contohjaya, Datuk Ahmad Rahim berkata, jambatan baharu itu dibuka kepada lalu lintas bulan depan. “Penduduk kampung tidak perlu lagi menaiki feri,” katanya.';
    expect(speakers(text, 'zlm')[1]).toBe('Ahmad Rahim | Menteri Besar Contohjaya | Kerajaan Negeri Contohjaya');
  });

  it('speaker organisation: Malay `Ketua Pengarah Kesihatan` is a post of the health ministry', () => {
    const text = 'PUTRAJAYA: Ketua Pengarah Kesihatan, Datuk Dr Ahmad Rahim berkata, klinik bergerak akan ditambah tahun depan. “Penduduk pedalaman tidak perlu lagi menunggu lama,” katanya.';
    expect(speakers(text, 'zlm')[1]).toBe('Ahmad Rahim | Ketua Pengarah Kesihatan | Kementerian Kesihatan');
  });

  it('speaker organisation: a field written before a body the article names goes to the role', () => {
    const text = [
      'Bank Contoh Sejahtera membuka kantor cabang baru di Sukamaju.',
      '"Kami menargetkan seribu nasabah usaha kecil pada kuartal ini," ujar Direktur Kepatuhan dan Hubungan Kelembagaan Bank Contoh Sejahtera, Budi Hartono, di Sukamaju, Kamis (5/3/2026).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Budi Hartono | Direktur Kepatuhan dan Hubungan Kelembagaan | Bank Contoh Sejahtera']);
  });

  it('speaker organisation: a first name read into the organisation goes back to the name written at the quote', () => {
    const text = [
      'Perhimpunan Nelayan Contoh (PNC) mencatat hasil tangkapan membaik pada musim ini.',
      '"Harga ikan di tempat pelelangan ikut naik sejak Maret," tutur Ketua Umum PNC Hendrawan Bima Prasetyo, dalam keterangan tertulis, Sabtu (7/3/2026).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendrawan Bima Prasetyo | Ketua Umum | Perhimpunan Nelayan Contoh']);
  });

  it('speaker organisation: English `Finance Minister` → the ministry as the article names it (`Ministry of Finance`)', () => {
    const text = '"We will keep the deficit below three percent," Finance Minister Rina Wulandari said on Friday. The Ministry of Finance said the budget was balanced.';
    expect(speakers(text, 'eng')).toEqual(['Rina Wulandari | Finance Minister | Ministry of Finance']);
  });

  it('speaker organisation: a name read with the body before it (`kata CEO Tokocontoh X Y`) loses the body to the organisation', () => {
    const text = 'Tokocontoh mencatat penjualan naik. "Kami ingin lebih banyak merek lokal mendunia," kata CEO Tokocontoh Wiryawan Tanujaya.';
    expect(speakers(text, 'ind')).toEqual(['Wiryawan Tanujaya | CEO | Tokocontoh']);
  });
});

describe('speaker parts: a title after a relative names the organisation', () => {
  it('speaker parts: Malay `X yang juga presiden Y berkata` gives X the organisation Y', () => {
    const text =
      'Pengerusi Bersama mesyuarat itu Ahmad Faizal Ramli yang juga presiden Gabungan Pertubuhan Nelayan Tangguh (GPNT) berkata, isu itu memerlukan penyelesaian segera.\n\n' +
      '“Kami akan terus memberi tekanan kepada pihak berkuasa,” katanya kepada pemberita.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Pengerusi Bersama', organisation: expect.stringContaining('Gabungan Pertubuhan Nelayan Tangguh') });
  });

  it('speaker parts: Indonesian `X yang juga Ketua Umum Y mengatakan` gives X the organisation Y', () => {
    const text =
      'Koordinator lapangan Rina Wulandari yang juga Ketua Umum Aliansi Petani Tangguh Bersatu (APTB) mengatakan panen tahun ini turun.\n\n' +
      '“Harga pupuk naik dua kali lipat sejak awal tahun,” kata Rina.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: expect.stringContaining('Aliansi Petani Tangguh Bersatu') });
  });

  it('speaker parts: English `X, who is also chairman of Y, said` gives X the organisation Y', () => {
    const text =
      'Field coordinator Daniel Hartono, who is also chairman of the Harbour Fishers Alliance, said the catch had fallen.\n\n' +
      '“Prices have doubled since January,” Hartono said.';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker?.name).toBe('Daniel Hartono');
    expect(speaker?.organisation ?? '').toContain('Harbour Fishers Alliance');
  });

  it('speaker parts: an organisation already given is kept', () => {
    const text =
      'Direktur Utama PT Sinar Contoh Abadi Budi Santoso yang juga Ketua Umum Asosiasi Pabrik Contoh mengatakan pasar tumbuh.\n\n' +
      '“Permintaan terus naik,” kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker?.organisation).toBe('PT Sinar Contoh Abadi');
  });
});

describe('speaker titles: the field of a post before its body', () => {
  it('speaker titles: `Direktur <field> APTB` → the field in the role, the acronym as the organisation', () => {
    const [q] = direct('"Penyaluran naik," kata Direktur Pembiayaan Rumah APTB Rina Wulandari.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Direktur Pembiayaan Rumah', organisation: 'APTB' });
  });

  it('speaker titles: `Kasat <field> Polres X` → the police unit in the role, the Polres as the organisation', () => {
    const [q] = direct('"Pelaku sudah kami amankan," ujar Kasat Samapta Polres Sukamaju Budi Santoso.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Kasat Samapta', organisation: 'Polres Sukamaju' });
  });

  it('speaker titles: a company name before an organisation word is no field (`Ekonom Contoh Maju Sekuritas`)', () => {
    const [q] = direct('"Pasar masih lesu," kata Ekonom Contoh Maju Sekuritas Budi Santoso.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ekonom', organisation: 'Contoh Maju Sekuritas' });
  });
});

describe('speaker organisation: a centre named inside a title with no body after it', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('`Direktur Pusat Kajian …` is the post `Direktur` at the centre', () => {
    const text = [
      'Harga cabai di pasar induk turun separuh sejak panen raya dimulai.',
      '"Petani justru rugi kalau harga jatuh secepat ini," tutur Direktur Pusat Kajian Pangan dan Gizi, Wirda Halim.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Wirda Halim | Direktur | Pusat Kajian Pangan dan Gizi']);
  });

  it('the centre’s name read partly as the organisation is made whole (`Direktur Utama Pusat` + `…`)', () => {
    const text = '"Pipa ke perumahan baru tersambung bulan depan," ujar Direktur Utama Pusat Layanan Air Tirta Wening, Wirda Halim.';
    expect(speakers(text)).toEqual(['Wirda Halim | Direktur Utama | Pusat Layanan Air Tirta Wening']);
  });

  it('a body after the centre stays the organisation; a board’s level and a place’s part are no centre', () => {
    const body = '"Datanya kami perbarui tiap pekan," ujar Kepala Pusat Pelatihan Kementerian Perhubungan, Wirda Halim.';
    expect(speakers(body)).toEqual(['Wirda Halim | Kepala Pusat Pelatihan | Kementerian Perhubungan']);
    expect(speakers('"Datanya kami perbarui tiap pekan," ujar Ketua Pimpinan Pusat Wirda Halim.')).toEqual(['Wirda Halim | Ketua Pimpinan Pusat | null']);
    expect(speakers('"Datanya kami perbarui tiap pekan," ujar Wali Kota Jakarta Pusat Wirda Halim.')).toEqual(['Wirda Halim | Wali Kota Jakarta Pusat | Kota Jakarta Pusat']);
  });
});

describe('speaker organisation: a body whose name is also a post', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string, language: 'ind' | 'zlm') {
    return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('`Ketua Ombudsman <place>`: the post word after a title is the body', () => {
    const text = [
      'Keluhan soal layanan air bersih di Kota Larangbumi naik dua kali lipat tahun ini.',
      '"Kami minta perusahaan daerah membuka data gangguan," kata Ketua Ombudsman RI Perwakilan Larangbumi Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | Ketua | Ombudsman RI Perwakilan Larangbumi']);
  });

  it('a lower-case member’s title keeps the body it is written before', () => {
    const text = [
      'Keluhan soal layanan air bersih di Kota Larangbumi naik dua kali lipat tahun ini.',
      '"Kami minta perusahaan daerah membuka data gangguan," kata anggota Ombudsman RI Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | anggota | Ombudsman RI']);
  });

  it('the body the article names does not become a paragraph’s speaker', () => {
    const text = [
      'Ombudsman RI menerima tiga ratus laporan soal layanan air bersih di Kota Larangbumi.',
      '"Kami minta perusahaan daerah membuka data gangguan," kata Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Sekar Ayuningrum | null | null']);
  });

  it('a post word before another post word stays in the title (`Group Head`)', () => {
    const text = [
      'Penyaluran kredit rumah di Larangbumi naik tipis pada kuartal ketiga.',
      '"Permintaan masih ditopang pembeli rumah pertama," kata Group Head Riset Bank Sentosa Mulia, Sekar Ayuningrum.',
    ].join('\n\n');
    expect(speakers(text, 'ind')[0]).toMatch(/^Sekar Ayuningrum \| Group Head/u);
  });
});
