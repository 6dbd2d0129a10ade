/** Speaker choice: which person a quote is given to. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { directQuotes } from '../support/speaker-lines.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

describe('quotes (Indonesian speakers): a sentence after a quote that reports a clause of its own does not take the quote', () => {
  it('must not fire: `mengatakan pada Senin ia akan …` after a continued quote leaves it to the speaker before', () => {
    const text = [
      'JAKARTA - Pemerintah akan memangkas subsidi BBM tahun depan.',
      '"Pasar akan menyesuaikan," kata Menteri Energi Bahar Lestari. "Harga akan mengikuti pasar." Ketua Fraksi Contoh Dewi Anggraini mengatakan pada Senin ia akan menolak rencana itu.',
    ].join('\n\n');
    const said = parseArticle(text, { language: 'ind' }).quotes.map((q) => q.speaker?.name ?? null);
    expect(said).toEqual(['Bahar Lestari', 'Bahar Lestari']);
  });
});

const quotes = (text: string) => directQuotes(text);

describe('speaker choice: a person introduced at the start of a sentence gives a later one-word speaker the full name', () => {
  it('`<First> <Last>, yang …` opening a paragraph completes a later `kata <Last>`', () => {
    const text =
      'Para sopir angkot berkumpul di terminal Tegalwiru sejak pagi.\n\nLutgardis Penaweng, yang sudah dua puluh tahun menarik angkot, ikut datang bersama anaknya.\n\n"Setoran kami makin berat sejak harga solar naik," kata Penaweng.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Lutgardis Penaweng']);
  });

  it('an age or a lower-case title after the comma introduces the person too', () => {
    const aged = 'Lutgardis Penaweng, 52, menunggu di terminal.\n\n"Kami sudah antre sejak subuh," ujar Penaweng.';
    const titled = 'Lutgardis Penaweng, ketua paguyuban sopir, menunggu di terminal.\n\n"Kami sudah antre sejak subuh," ujar Penaweng.';
    expect(quotes(aged)[0]?.speaker?.name).toBe('Lutgardis Penaweng');
    expect(quotes(titled)[0]?.speaker?.name).toBe('Lutgardis Penaweng');
  });

  it('must not fire on a common noun opening a sentence before the name (`Sengketa <Last> dengan …`)', () => {
    const text = 'Sengketa Penaweng dengan koperasi sopir masih berlanjut.\n\n"Kami sudah antre sejak subuh," ujar Penaweng.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Penaweng');
  });
});

describe('speaker choice: `demikian <document> …` after a quote gives it to the document, not to the last speaker', () => {
  const before = '"Kapal kami sudah tiga hari tidak melaut," kata Ondrasih Marbunari.\n\nGelombang tinggi diperkirakan bertahan hingga akhir pekan.\n\n';

  it('`demikian keterangan tertulis <Body>` names the body as the source', () => {
    const text = `${before}"Nelayan diminta menunda pelayaran sampai cuaca membaik," demikian keterangan tertulis Dinas Kelautan Kabupaten Welarung.`;
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Ondrasih Marbunari', 'Dinas Kelautan Kabupaten Welarung']);
  });

  it('must not fire on `demikian` before a speech verb (`demikian kata <person>`)', () => {
    const text = `${before}"Nelayan diminta menunda pelayaran sampai cuaca membaik," demikian kata Lutgardis Penaweng.`;
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Ondrasih Marbunari', 'Lutgardis Penaweng']);
  });
});

/**
 * Speaker choice in Indonesian for shapes found by reading every quote carried over to a speaker named before and the
 * speakers named by a cue (issue 9, round 30), written with invented people, places and bodies.
 */

describe('speaker choice: `Menurut <lower-case title>, <Name>, …` names the title holder', () => {
  /** The quotes of an Indonesian `text`, direct or indirect. */
  function quotes(text: string, kind: Quote['kind']): Quote[] {
    return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === kind);
  }

  it('a title with a place link set off before the name gives the reported clause to the name', () => {
    const text = 'Menurut pakar pertanian di Kota Selirang, Wandiraga Soponyono, lahan sempit tetap bisa ditanami sayur.';
    const [q] = quotes(text, 'indirect');
    expect(q?.speaker?.name).toBe('Wandiraga Soponyono');
    expect(q?.speaker?.role).toBe('pakar pertanian');
    expect(q?.text).toBe('lahan sempit tetap bisa ditanami sayur.');
  });

  it('a body the holder comes from, closing the title, is the holder\'s organisation', () => {
    const text = 'Menurut peneliti pangan dari Lembaga Kajian Lembayung, Sutarmi Wirapraja, harga beras akan turun menjelang panen raya.';
    const [q] = quotes(text, 'indirect');
    expect([q?.speaker?.name, q?.speaker?.role, q?.speaker?.organisation]).toEqual(['Sutarmi Wirapraja', 'peneliti pangan', 'Lembaga Kajian Lembayung']);
  });

  it('the holder so named speaks an unattributed quote opening the next paragraph, not the speaker before', () => {
    const text =
      '"Pupuk kompos kami habis dalam sepekan," kata Ruminten Gadingsari, pengurus kelompok tani Sidomekar.\n\nMenurut pakar pertanian di Kota Selirang, Wandiraga Soponyono, lahan sempit tetap bisa ditanami sayur. Pot bekas cat pun cukup.\n\n"Yang penting tanahnya gembur dan kena matahari pagi,"';
    expect(quotes(text, 'direct').map((q) => q.speaker?.name)).toEqual(['Ruminten Gadingsari', 'Wandiraga Soponyono']);
  });

  it('`Menurut <title> <Name>,` with no comma inside also makes the holder the one speaking next', () => {
    const text =
      '"Pupuk kompos kami habis dalam sepekan," kata Ruminten Gadingsari, pengurus kelompok tani Sidomekar.\n\nMenurut pakar pertanian Wandiraga Soponyono, lahan sempit tetap bisa ditanami sayur. Pot bekas cat pun cukup.\n\n"Yang penting tanahnya gembur dan kena matahari pagi,"';
    expect(quotes(text, 'direct').map((q) => q.speaker?.name)).toEqual(['Ruminten Gadingsari', 'Wandiraga Soponyono']);
  });

  it('must not fire on a place set off after the title: the clause keeps it, the title speaks', () => {
    const text = 'Menurut warga di pinggir sungai, Pasir Timur, banjir datang hampir tiap bulan tahun ini.';
    expect(quotes(text, 'indirect').map((q) => [q.speaker?.name, q.text])).toEqual([['warga', 'Pasir Timur, banjir datang hampir tiap bulan tahun ini.']]);
  });

  it('must not fire on a name followed by a relative clause, in the quote nor for the quote carried after it', () => {
    const held = 'Menurut pakar pertanian di Kota Selirang, Wandiraga Soponyono, yang juga petani, lahan sempit tetap bisa ditanami sayur.';
    expect(quotes(held, 'indirect').map((q) => [q.speaker?.name, q.speaker?.role ?? null, q.text])).toEqual([
      ['pakar pertanian', null, 'Wandiraga Soponyono, yang juga petani, lahan sempit tetap bisa ditanami sayur.'],
    ]);
    const text = `"Pupuk kompos kami habis dalam sepekan," kata Ruminten Gadingsari, pengurus kelompok tani Sidomekar.\n\n${held}\n\n"Yang penting tanahnya gembur dan kena matahari pagi,"`;
    expect(quotes(text, 'direct').map((q) => q.speaker?.name)).toEqual(['Ruminten Gadingsari', 'Ruminten Gadingsari']);
  });
});

const names = (text: string) => directQuotes(text).map((q) => q.speaker?.name ?? null);

describe('speaker choice: `Menurut <capitalised title>, <Name>, …` makes the holder the one speaking next', () => {
  it('a title with `dan` and a one-word holder: a pronoun verb after the clause gives the quote to the holder, not to the speaker before', () => {
    const text =
      '"Rumah kami belum diperbaiki," ucap Sulastri.\n\nMenurut Kepala Dinas Perumahan dan Permukiman Wonoreja, Kartomo, perbaikan rumah Sulastri dijadwalkan bulan depan. Bahannya sudah dibeli. "Tukang sudah kami siapkan sejak pekan lalu," katanya.';
    expect(names(text)).toEqual(['Sulastri', 'Kartomo']);
  });

  it('must not fire: a title with no holder after its comma leaves the quote to the named speaker', () => {
    const text =
      '"Rumah kami belum diperbaiki," ucap Sulastri.\n\nMenurut Kepala Dinas Perumahan, perbaikan rumah itu dijadwalkan bulan depan. "Saya akan terus menunggu," katanya.';
    expect(names(text)).toEqual(['Sulastri', 'Sulastri']);
  });
});

describe('speaker choice: `Menurut <Name>, <title>, …` keeps the name\'s own comma', () => {
  it('must not fire: a name first keeps its title and body as read before', () => {
    const text = 'Menurut Kartomo, anggota Dewan Kota Wonoreja Bidang Perumahan, Permukiman, dan Pertamanan, perbaikan rumah dijadwalkan bulan depan.';
    const q = extractQuotes(text, { language: 'ind' }).quotes.find((x) => x.kind === 'indirect');
    expect(q?.speaker?.name).toBe('Kartomo');
    expect(q?.speaker?.organisation ?? '').not.toContain('Pertamanan');
  });
});

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker company: two titled people joined by `dan` are two people', () => {
  it('speaker company: `Kepala Contoh Budi Santoso dan Menteri Perdagangan Rina Wulandari` → Rina is the minister', () => {
    const text = [
      'JAKARTA - Rapat koordinasi dihadiri oleh Kepala Badan Contoh Budi Santoso dan Menteri Perdagangan Rina Wulandari.',
      '"Kami sudah berkomunikasi dengan mitra dagang," ujar Rina.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Rina Wulandari', role: 'Menteri Perdagangan', organisation: 'Kementerian Perdagangan' });
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker parts: a statement signed at its end speaks through its signer', () => {
  it('speaker parts: Malay `saya menyebut "…"` in a signed statement is the signer, with role and organisation', () => {
    const text =
      'Saya ingin menjelaskan satu laporan berita semalam.\n\n' +
      'Jabatan akan menyemak semua permohonan yang tertangguh. Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.\n\n' +
      'Ahmad Faizal Ramli\n\nPengerusi Gabungan Pertubuhan Nelayan Tangguh\n\n3 Mac 2024';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Pengerusi', organisation: 'Gabungan Pertubuhan Nelayan Tangguh', resolved: true });
  });

  it('speaker parts: a second role line under the signature is no signer name', () => {
    const text =
      'Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.\n\n' +
      'Rina Wulandari\n\nKetua Umum Aliansi Petani Tangguh Bersatu\n\nWakil Ketua Aliansi Petani Tangguh Bersatu';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Ketua Umum' });
  });

  it('speaker parts: without a signature the first-person quote keeps no speaker, and a closing headline list is no signature', () => {
    const text =
      'Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.\n\nHarga Ikan Naik Lagi\n\nNelayan Tangguh Terima Bantuan';
    expect(direct(text, 'zlm')[0]!.speaker).toBeNull();
  });
});

describe('speaker choice: a person named inside another’s report', () => {
  it('`Darsono menjelaskan bahwa … arahan Gubernur Budi Santoso …` then `katanya` is Darsono’s', () => {
    const text = [
      'Kepala Dinas Pasar Contoh, Darsono, mengatakan jumlah pedagang bertambah.',
      'Darsono menjelaskan bahwa program itu mengikuti arahan Gubernur Budi Santoso agar pasar dibuka pagi. "Lapak baru tidak boleh lebih mahal," katanya.',
    ].join('\n\n');
    const direct = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Darsono']);
  });

  it('a speech verb inside a quote (`"Kami sudah mengatakan …," kata Rina`) makes no report of the sentence', () => {
    const text = [
      '"Harga pupuk naik," kata Budi Santoso di balai desa.',
      '"Kami sudah mengatakan kepada dinas bahwa panen turun," kata Rina Wulandari, petani Sukamaju. "Harga gabah harus naik," ujarnya.',
    ].join('\n\n');
    const direct = extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.speaker?.name)).toEqual(['Budi Santoso', 'Rina Wulandari', 'Rina Wulandari']);
  });
});

describe('speaker choice: descriptions and attributions read once', () => {
  it('`Pria yang akrab disapa Bud itu mengatakan …` points back to the man just quoted, no speaker `Pria`', () => {
    const text = '"Lapak baru siap dipakai bulan depan," kata Budi Santoso kepada wartawan. Pria yang akrab disapa Bud itu mengatakan, pedagang lama mendapat tempat lebih dulu. "Kami sudah membagi nomor lapak," ujarnya.';
    const names = extractQuotes(text, { language: 'ind' }).quotes.map((q) => q.speaker?.name);
    expect(names).toEqual(['Budi Santoso', 'Budi Santoso', 'Budi Santoso']);
  });

  it('a quote’s own attribution with a place (`kata … di Pasar Induk Contoh, …`) leaves no place as the next speaker', () => {
    const text = '"Lapak baru siap dipakai bulan depan," kata Kepala Dinas Pasar Contoh Rina Wulandari di Pasar Induk Contoh, Sukamaju, Rabu (4/3/2026). Dia menyebut, pedagang lama mendapat tempat lebih dulu. "Kami sudah membagi nomor lapak," ujarnya.';
    const names = extractQuotes(text, { language: 'ind' }).quotes.map((q) => q.speaker?.name);
    expect(names).toEqual(['Rina Wulandari', 'Rina Wulandari', 'Rina Wulandari']);
  });
});

describe('speaker: a ruler’s speech', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string, language: 'ind' | 'zlm') {
    return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('`titah baginda` is the ruler just named speaking, not the speaker before', () => {
    const text = [
      'Sebuah taman orkid liar seluas lima hektar di Bukit Seramba dibuka kepada orang ramai pagi tadi.',
      '"Lebih tiga ratus spesies sudah kami tanam semula di lereng ini," kata Kurator Taman, Nurfadzilah Omarudin.',
      'Sultan Zarminsyah Kaharudin yang merasmikan taman itu berharap lebih ramai pelajar datang belajar di situ.',
      '"Beta ingin anak muda mengenali bunga hutan negeri sendiri," titah baginda.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')[1]).toBe('Sultan Zarminsyah Kaharudin | null | null');
  });

  it('`titah` before a ruler’s name attributes the quote to that ruler', () => {
    const text = [
      'Sebuah taman orkid liar seluas lima hektar di Bukit Seramba dibuka kepada orang ramai pagi tadi.',
      '"Lebih tiga ratus spesies sudah kami tanam semula di lereng ini," kata Kurator Taman, Nurfadzilah Omarudin.',
      '"Beta ingin anak muda mengenali bunga hutan negeri sendiri," titah Sultan Zarminsyah Kaharudin.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')[1]).toMatch(/^Sultan Zarminsyah Kaharudin \|/u);
  });
});

describe('speaker choice: a topic word before the person a paragraph opens with', () => {
  it('`Adapun Budi Santoso mengelola …` then `ujar dia` is Budi, not the earlier speaker', () => {
    const text = [
      '"Panen kami naik dua kali lipat," kata Ketua Kelompok Tani Contoh Makmur, Rina Wulandari.',
      'Adapun Budi Santoso mengelola kas kelompok untuk membeli traktor.',
      '"Kami akan membeli traktor baru bulan depan," ujar dia.',
    ].join('\n\n');
    expect(direct(text, 'ind')[1]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker choice: a person a paragraph opens with by title and name', () => {
  it('Malay `Bagi Pengerusi Persatuan X, Budi Santoso, …` then a quote with `katanya` is Budi, not the speaker before', () => {
    const text = [
      '“Harga benih naik sejak awal tahun,” kata pekebun sayur Rina Wulandari.',
      'Bagi Pengerusi Persatuan Pekebun Contoh, Budi Santoso, persatuan itu masih mampu menampung kos baja ahli.',
      '“Ahli kami kebanyakannya pekebun kecil di lereng bukit.',
      '“Kami menjual hasil terus kepada peraih,” katanya.',
    ].join('\n\n');
    const quotes = direct(text, 'zlm');
    expect(quotes[1]!.speaker?.name).toBe('Budi Santoso');
    expect(quotes[2]!.speaker?.name).toBe('Budi Santoso');
  });
});
