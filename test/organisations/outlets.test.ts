/** Organisations: news outlets — cited as sources, in the dateline, in sign-offs, captions and credits. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import { parseArticle } from '../../src/index.js';
import type { SupportedLanguage } from '../../src/types.js';
import { LANGUAGES } from '../../src/lang/index.js';
import { findOrganisationsStage } from '../../src/stages/10-organisations.js';
import { scanBlocks } from '../../src/segment.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

/** Each organisation found in `text` as its mention texts, as written. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations cited: outlets and English bodies named in Indonesian text', () => {
  it('organisations cited: the name after `diberitakan` is an outlet, not a person', () => {
    expect(mentions('Harga kopi naik, seperti diberitakan Lentera Pagi, Senin (3/2).')).toEqual(['Lentera Pagi']);
    expect(mentions('Seperti diberitakan sebelumnya, harga kopi naik.')).toEqual([]);
    // The text writes the surname alone: a person.
    expect(mentions('Harga naik, seperti diberitakan Rina Sulastri di blognya. Menurut Sulastri, stok aman.')).toEqual([]);
  });

  it('organisations cited: after bare `dikutip` one word or a brand word names an outlet, two plain words a person', () => {
    expect(mentions('Harga naik, kata Dirga seperti dikutip Lenteranet.')).toEqual(['Lenteranet']);
    expect(mentions('Harga naik, kata Dirga seperti dikutip Lentera Daily, Senin.')).toEqual(['Lentera Daily']);
    expect(mentions('Harga naik, tulis Dirga seperti dikutip Rina Sulastri dalam bukunya.')).toEqual([]);
    expect(mentions('Harga naik, kata Dirga seperti dikutip Senin (3/2).')).toEqual([]);
  });

  it('organisations cited: a newsroom that reached the speaker (`dihubungi`) or keeps records (`catatan`)', () => {
    expect(mentions('Harga naik, kata Dirga saat dihubungi KWP, Selasa.')).toEqual(['KWP']);
    expect(mentions('Dirga tidak menjawab saat dihubungi, Selasa.')).toEqual([]);
    const text =
      'Kabarnusa.com, JAKARTA — Harga beras di pasar induk naik pekan ini karena pasokan dari sentra produksi berkurang.\n\n' +
      'Kenaikan itu terasa di banyak kota, kata Tarno Wiryo saat dihubungi Kabarnusa, Selasa (3/2/2026). Ia meminta pemerintah menambah stok.';
    const found = parseArticle(text).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
    expect(found).toEqual(['Kabarnusa']);
    const records =
      'Kabarnusa.com, JAKARTA — Harga beras di pasar induk naik pekan ini karena pasokan dari sentra produksi berkurang.\n\n' +
      'Berdasarkan catatan Kabarnusa, kenaikan serupa terjadi tahun lalu. Catatan keuangan pedagang pun memburuk.';
    expect(parseArticle(records).organisations.flatMap((o) => o.mentions.map((m) => records.slice(m.start, m.end)))).toEqual(['Kabarnusa']);
  });

  it('organisations cited: an English `… Organization` in Indonesian text', () => {
    expect(mentions('Lembah Hijau Tourism Organization menyiapkan promosi.')).toEqual(['Lembah Hijau Tourism Organization']);
    // Indonesian puts its own word first, and a lower-case borrowing names nothing.
    expect(mentions('Lembah Hijau Tourism Organisasi menyiapkan promosi.')).toEqual([]);
    expect(mentions('Kelompok itu bukan organization resmi.')).toEqual([]);
  });

  it('the cited outlet goes on with `of` and its place', () => {
    expect(groups('Dikutip dari Times of Tarsenia, tren itu naik pekan ini.')).toEqual([['Times of Tarsenia']]);
    expect(groups('Seperti dilansir Voice of Quillby, Senin, harga naik.')).toEqual([['Voice of Quillby']]);
  });

  it('a cited person stays out, `of` or not', () => {
    expect(groups('Seperti dikutip Rina Wulan of Tarsenia, harga naik.')).toEqual([]);
    expect(groups('Dikutip dari Tarsen Times, tren itu naik.')).toEqual([['Tarsen Times']]);
  });
});

describe('organisations: a Malay party under the spelling Malay outlets give it', () => {
  it('organisations cut names: `Pas` in Malay text is the party, as `Umno` is', () => {
    const text = 'Ahli Pas di negeri itu diminta bersabar, kata ketua cawangan Rahim Contoh. Pas akan bertanding di semua kerusi.';
    expect(groups(text, 'zlm')).toEqual([['Pas', 'Pas']]);
  });

  it('organisations cut names: `Pas` that a noun makes a permit, or `pas` as `when`, is no party', () => {
    expect(groups('Pas lawatan pelancong dari seberang itu tamat tempoh minggu lalu, kata pegawai imigresen.', 'zlm')).toEqual([]);
    expect(groups('Setiap pemandu lori perlu menunjukkan Pas keluar kepada pengawal di pintu kilang.', 'zlm')).toEqual([]);
    expect(groups('Pas Lawatan Kerja Sementara miliknya diperbaharui tahun lalu.', 'zlm')).toEqual([]);
    expect(groups('Pas saya datang ke balai desa, antreannya sudah mengular sampai parkiran.', 'zlm')).toEqual([]);
    expect(groups('Pas saya datang ke balai desa, antreannya sudah mengular sampai parkiran.', 'ind')).toEqual([]);
    // The party still goes on with lower-case words of its own sentence.
    expect(groups('Ketua cawangan berkata Pas akan menamakan calon minggu depan.', 'zlm')).toEqual([['Pas']]);
  });

  it('organisations cut names: a village or river named like the party is the place', () => {
    expect(groups('Penduduk Kampung Sungai Pas dipindahkan ke dewan orang ramai semalam.', 'zlm')).toEqual([]);
  });
});

describe('organisations on new outlets: heads and names', () => {
  it('organisations new outlets: `Departemen` heads a ministry or a division', () => {
    const found = groups('Pekan lalu, Departemen Luar Negeri dan Departemen Energi menolak putusan itu. Laporan disusun oleh Departemen Kebijakan Ekonomi.').flat();
    expect(found).toEqual(['Departemen Luar Negeri', 'Departemen Energi', 'Departemen Kebijakan Ekonomi']);
    // A department of a named body is that body, a country after it is no body (`… AS`).
    const units = groups('Kepala Departemen Riset Universitas Contoh Raya, Rina Wulandari, hadir. Departemen Kehakiman AS ikut menyelidiki.').flat();
    expect(units).toEqual(['Universitas Contoh Raya', 'Departemen Kehakiman AS']);
  });

  it('organisations new outlets: a company named with its legal form goes by its name without it later', () => {
    const text = 'Harga saham Kilau Tenang Networks Inc naik tajam. Pengarah Kilau Tenang Networks menjelaskan pelan syarikat itu.';
    const group = groups(text, 'zlm').find((g) => g.includes('Kilau Tenang Networks Inc'));
    expect(group).toContain('Kilau Tenang Networks');
  });

  it('organisations new outlets: a ministry named by a list of portfolios keeps the whole list', () => {
    const ms = groups('Sejak Mac lalu, geran nelayan pesisir diurus Kementerian Perikanan, Pelancongan dan Sukan. Pegawainya enggan mengulas.', 'zlm').flat();
    expect(ms).toContain('Kementerian Perikanan, Pelancongan dan Sukan');
    const id = groups('Dua saksi dari Dinas Pertanian, Perikanan dan Ketahanan Pangan Contohrejo dipanggil ulang Senin depan.').flat();
    expect(id).toContain('Dinas Pertanian, Perikanan dan Ketahanan Pangan Contohrejo');
    // A list of bodies, a place or a person after the comma is no portfolio.
    const list = groups('Acara itu didukung Kementerian Sosial, Kementerian Keuangan dan Bank Contoh.').flat();
    expect(list).toContain('Kementerian Sosial');
    expect(list).toContain('Kementerian Keuangan');
    expect(groups('Rapat digelar di Kementerian Keuangan, Jakarta Pusat dan Bandung.').flat()).toContain('Kementerian Keuangan');
  });

  it('organisations new outlets: `Satuan` and `Biro` head a unit, and a unit of a named body is that body', () => {
    const found = groups('Sejak Maret dermaga dijaga Satuan Pengamanan Pelabuhan Nelayan (SPPN). Angka itu dihimpun Biro Statistik Perikanan Tirtania.');
    expect(found).toContainEqual(['Satuan Pengamanan Pelabuhan Nelayan', 'SPPN']);
    expect(found).toContainEqual(['Biro Statistik Perikanan Tirtania']);
    // A bureau or a unit inside a named body: the body is the organisation.
    const parent = groups('Jadwal tanam disusun Biro Perencanaan Kementerian Pertanian. Laporan itu diperiksa Satuan Pengawasan Mutu Baznas.').flat();
    expect(parent).toEqual(['Kementerian Pertanian', 'Baznas']);
    // A unit named by its task alone is no name; lower-case `satuan` is a plain word.
    expect(groups('Satuan Tugas itu dibentuk bulan lalu. Harga satuan Contoh Jaya naik.').flat()).not.toContain('Satuan Tugas');
  });

  it('organisations new outlets: English `Ministry of`, `Department of` names inside Indonesian text', () => {
    const found = groups('Menurut Ministry of Ocean Affairs Tirtania, kuota itu dipangkas. Delegasi Tirtania Bureau of Fisheries ikut hadir bersama delegasi lain.').flat();
    expect(found).toContain('Ministry of Ocean Affairs Tirtania');
    expect(found).toContain('Tirtania Bureau of Fisheries');
    // A word the text also writes in lower case is its own language's, not the name's.
    expect(groups('Data Department of Fisheries menunjukkan tangkapan turun, data lama tidak.').flat()).toEqual(['Department of Fisheries']);
    // The head alone, with no name word after it, names nothing.
    expect(groups('Ia bekerja di sebuah ministry of nothing.').flat()).toEqual([]);
  });

  it('organisations new outlets: a sentence opener with the enclitic `-nya` is no part of the name after it', () => {
    const found = groups('Gudang di pelabuhan itu kebanjiran sejak Senin. Akibatnya Larasmaya Group menunda pengiriman kopi.').flat();
    expect(found).toEqual(['Larasmaya Group']);
    // A country ending in the same letters stays a name's first word.
    expect(groups('Kenya Airways menambah rute ke Jakarta.').flat()).toEqual(['Kenya Airways']);
  });

  it('organisations new outlets: after a title, a common given name before a speech verb starts the speaker, not the name', () => {
    const found = groups('Panen udang turun tahun ini. Kepala Pusat Studi Tambak Lestari Muhammad Yunarso menyebut cuaca sebagai sebab.').flat();
    expect(found).toEqual(['Pusat Studi Tambak Lestari']);
    // With no title before it, the body may be named after the person (`Universitas Contoh Ahmad Sulaiman`).
    expect(groups('Yayasan Pendidikan Pesisir Ahmad Yunarso mengatakan beasiswa dibuka.').flat()).toEqual(['Yayasan Pendidikan Pesisir Ahmad Yunarso']);
  });

  it('organisations new outlets: `Depository` ends an English name; a network service’s acronym is no body', () => {
    const found = groups('The Tirtania Central Securities Depository opened a new office. The outage hit its DNS servers last week.', 'eng').flat();
    expect(found).toContain('Tirtania Central Securities Depository');
    expect(found).not.toContain('DNS');
  });

  it('organisations new outlets: an English name’s `on` phrase that its acronym in brackets spells belongs to it', () => {
    const found = groups('Aturan itu mengikuti standar Contoh Committee on Harbour Safety (CCHS) yang berlaku sejak tahun lalu.');
    expect(found).toContainEqual(['Contoh Committee on Harbour Safety', 'CCHS']);
  });

  it('organisations new outlets: a known name that ends in ’s keeps it, a possessive after another name does not', () => {
    const found = groups('PT Contoh Indonesia’s bonds slipped on Tuesday after Moody’s lowered the firm’s rating.', 'eng').flat();
    expect(found).toContain('Moody’s');
    expect(found).toContain('PT Contoh Indonesia');
  });
});

describe('organisations shapes: outlets named as sources', () => {
  it('organisations shapes: an outlet the dateline list knows, also in capitals', () => {
    expect(mentions('Passengers were moved by bus.- BERNAMA', 'eng')).toContain('BERNAMA');
  });

  it('organisations shapes: an outlet named by its brand word', () => {
    expect(mentions('Pasar baharu siap dibina. – WARTADAILY 3/4/2019', 'zlm')).toContain('WARTADAILY');
  });

  it('organisations shapes: an outlet glued to its preposition, or written in lower case', () => {
    expect(mentions('"Anggaran dikembalikan," ujarnya, dikutip dariAntara, Selasa (21/10).')).toContain('Antara');
    expect(mentions('Hal itu disampaikan Budi kepada contohwarta.co.id baru-baru ini.')).toContain('contohwarta.co.id');
    expect(mentions('Lihat https://contohwarta.co.id/berita untuk rinciannya.')).toEqual([]);
  });

  it('organisations shapes: a known outlet with its brand word', () => {
    expect(mentions('Laporan itu disiarkan BBC News pada Senin.')).toContain('BBC News');
  });
});

describe('organisations shapes: an acronym after a profession or a broadcaster noun', () => {
  it('organisations shapes: the body a nurse, lecturer or commentator works for', () => {
    expect(mentions('Sari Lestari, perawat RSHB Kementerian Kesehatan, ikut bertugas.')).toContain('RSHB');
    expect(mentions('Menurut komentator TVKN, laga itu berat.')).toContain('TVKN');
    expect(mentions('Denda dijatuhkan kepada stasiun televisi KTV9 pekan lalu.')).toContain('KTV9');
  });
});

/** The names of the organisations `text` reports, each with the texts of its mentions. */
function reported(text: string): { name: string; kind: string | null; mentions: string[] }[] {
  return parseArticle(text).organisations.map((o) => ({ name: o.name, kind: o.kind, mentions: o.mentions.map((m) => text.slice(m.start, m.end)) }));
}

describe('organisations: the dateline’s outlet named again in the body', () => {
  const body = 'Harga cabai rawit di pasar induk Sukamaju turun hampir separuh dalam sepekan.';

  it('organisations: an outlet in capitals (`CONTOHKINI, Sukamaju -`) named again (`diperoleh CONTOHKINI`) → a media organisation', () => {
    const text = `CONTOHKINI, Sukamaju - ${body}\n\nPenurunan itu dijelaskan Darmawan Saputra dalam keterangan tertulis yang diperoleh CONTOHKINI, Selasa (14/3/2023).`;
    expect(reported(text)).toEqual([{ name: 'CONTOHKINI', kind: 'media', mentions: ['CONTOHKINI'] }]);
  });

  it('organisations: the same word in capitals with no dateline naming it stays unreported (near-miss)', () => {
    const text = `${body}\n\nPenurunan itu dijelaskan Darmawan Saputra dalam keterangan tertulis yang diperoleh CONTOHKINI, Selasa (14/3/2023).`;
    expect(reported(text)).toEqual([]);
  });

  it('organisations: an outlet of two words (`Jakarta, KBW Indonesia --`) written glued in the body (`ditemui KBWIndonesia`) → that outlet', () => {
    const text = `Jakarta, KBW Indonesia -- ${body}\n\nPenurunan itu diakui Darmawan Saputra ketika ditemui KBWIndonesia di los sayur, Kamis (2/11).`;
    expect(reported(text)).toEqual([{ name: 'KBWIndonesia', kind: 'media', mentions: ['KBWIndonesia'] }]);
  });

  it('organisations: the glued words with another outlet in the dateline stay unreported (near-miss)', () => {
    const text = `Jakarta, Contoh Warta -- ${body}\n\nPenurunan itu diakui Darmawan Saputra ketika ditemui KBWIndonesia di los sayur, Kamis (2/11).`;
    expect(reported(text)).toEqual([]);
  });

  it('organisations shapes: the dateline outlet named again in the body', () => {
    const text = 'Contohwarta.com, JAKARTA — Harga beras naik lagi pekan ini.\n\nKetua Koperasi Tani Makmur, Budi Santoso, mengatakan kepada Contohwarta bahwa stok menipis.';
    const article = parseArticle(text);
    const forms = article.organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
    expect(forms).toContain('Contohwarta');
  });
});

describe('an outlet named by a word of the language', () => {
  it('is the word where nothing cites it, the outlet where something does', () => {
    expect(mentions('Antara 2019 hingga 2021 produksi Koperasi Contoh turun. Antara lain karena cuaca.')).not.toContain('Antara');
    expect(mentions('Harga naik, dikutip dari Antara, Selasa. Kata Rina kepada Antara di Jakarta, stok aman.')).toEqual(['Antara', 'Antara']);
    // A sign-off after a dash stays the agency, though the text writes `bernama` (named) in lower case.
    const malay = 'Seorang lelaki bernama Ahmad Contoh ditahan semalam, kata polis. - Bernama';
    expect(mentions(malay, 'zlm')).toContain('Bernama');
  });
});

describe('organisations: the dateline outlet named again in a photo credit', () => {
  const names = (text: string) => parseArticle(text, { language: 'ind' }).organisations.map((o) => o.name);

  it('organisations: a caption credit that writes the outlet with its site suffix or a slash names it', () => {
    const text =
      'Warga menanam bibit jagung di lereng bukit, Kamis (12/5). (Foto: Contohwarta.com/ Rina Marlina)\n\nContohwarta - Pemerintah Kabupaten Sukamaju menyalurkan bibit jagung kepada empat puluh kelompok tani di lereng bukit itu, Kamis pagi.\n\nBibit dibagikan di balai desa setempat.';
    expect(names(text)).toContain('Contohwarta');
  });

  it('organisations: the outlet named only by the dateline, or as a word of a caption, is not listed', () => {
    const text =
      'Perahu ditambatkan di dermaga kayu dekat muara, Senin (3/2).\n\nDermaga.com - Nelayan Desa Sukamaju menunda melaut selama tiga hari karena ombak tinggi, Senin pagi.\n\nPerahu ditambatkan di tepi sungai.';
    expect(names(text)).not.toContain('Dermaga.com');
    // The same caption with the outlet's credit names it.
    expect(names(text.replace('dermaga kayu dekat muara, Senin (3/2).', 'tepi sungai, Senin (3/2). (Foto: Dermaga.com/ Yusuf)'))).toContain('Dermaga.com');
  });
});

describe('organisations stage: the outlet in captions and the credit', () => {
  it('organisations stage: the stage itself reads the outlet in the captions and credit it is given', () => {
    const caption = 'Perahu ditambatkan di tepi sungai. (Foto: Dermaga.com/ Yusuf)';
    const text = `${caption}\n\nNelayan menunda melaut selama tiga hari.`;
    const paragraphs = scanBlocks(text, [{ start: caption.length + 2, end: text.length }]);
    const input = { text, paragraphs, data: LANGUAGES.ind, outlet: 'Dermaga.com' };
    const names = (credited: { start: number; end: number }[]) => findOrganisationsStage({ ...input, credited }).organisations.map((o) => o.name);
    expect(names([{ start: 0, end: caption.length }])).toContain('Dermaga.com');
    // Near miss: no caption or credit given, nothing but the paragraphs is read.
    expect(names([])).not.toContain('Dermaga.com');
  });
});

describe('organisations: an outlet channel the lexicon lacks', () => {
  const orgsOf = (s: string) => parseArticle(s).organisations.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => s.slice(m.start, m.end)) }));

  it('reads a listed outlet stem with a channel glued on as that outlet', () => {
    const s = 'Paragraf pertama berita ini cukup panjang.\nHal itu disampaikan Kapolres Sukamaju kepada detikMaluku, Senin (3/2/2025), di kantornya.';
    const detik = orgsOf(s).find((o) => o.mentions.includes('detikMaluku'));
    expect(detik?.name).toBe('detikcom');
  });

  it('leaves a listed channel glued to the next word, a word that only starts like the stem, and a programme in a headline', () => {
    const s =
      'Paragraf pertama berita ini cukup panjang.\nPada artikel ini,detikNewsmerangkum jadwal kereta. Warga menghitung detikan jam dinding.\n' +
      'Tonton Kembali detikMalam Spesial Akhir Tahun Bersama Contoh:';
    expect(orgsOf(s).flatMap((o) => o.mentions)).toEqual([]);
  });
});
