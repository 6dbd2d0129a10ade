/** Organisations with English names or English parts (`of` names, legal forms, tails), also inside Malay and Indonesian text. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';
import { parseArticle } from '../../src/parse-article.js';

/** The mention texts of each organisation `extractOrganisations` finds in `text`, read as `language` (Indonesian unless told). */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

// The closing word is looked for before the name's words are tested (a speed step): these pin where it may stand.
describe('organisations: how far a foreign name reaches for its English closing word', () => {
  it('organisations closer reach: up to three name words before the closer, only spaces between', () => {
    expect(groups('Kredit itu datang dari Vellmoor Tarsen Growth Bank pada awal tahun.')).toEqual([['Vellmoor Tarsen Growth Bank']]);
    // Four words before it: no name of this shape.
    expect(groups('Kredit itu datang dari Vellmoor Tarsen Quill Growth Bank pada awal tahun.')).toEqual([]);
    // A comma before the closer, or no closer at all: none either.
    expect(groups('Kredit itu datang dari Vellmoor Growth, Bank pada awal tahun.')).toEqual([]);
    expect(groups('Kredit itu datang dari Vellmoor Growth')).toEqual([]);
  });
});

describe('organisations: Malaysia’s Conference of Rulers under its English name', () => {
  it('organisations cut names: the rulers’ council in English news is the body Malay news calls Majlis Raja-Raja', () => {
    const text = 'The rulers met at a special Conference of Rulers at the palace today, the statement said.';
    const orgs = extractOrganisations(text, { language: 'eng' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Majlis Raja-Raja']);
  });
});

/**
 * Articles in three languages, each using its own language's tables: an officer's title after the
 * company (`Presiden`, `chairman`, `Pengarah`, `Komisaris` open a title in one language only) and an
 * outlet glued to the small word after it (`di`, `bahawa`, `yang` are glued words of some languages only).
 */
const ARTICLES: { language: SupportedLanguage; text: string; names: string[] }[] = [
  {
    language: 'ind',
    text:
      'Dompet digital Kencanapay mencatat lonjakan pengguna sepanjang tahun ini.\n\n' +
      'Pinjaman lewat Kencanapay ikut naik. Kencanapay Presiden Direktur Rina Wulandari menyebut bunga akan turun, seperti dimuat The Jakarta Postdi laman mereka.',
    names: ['Kencanapay', 'The Jakarta Post'],
  },
  {
    language: 'eng',
    text:
      'Shares of Lautmas climbed on Thursday after a quiet week.\n\n' +
      'Lautmas chairman Rina Wulandari said orders from the islands had doubled, she told The Washington Postin a phone call.',
    names: ['Lautmas', 'The Washington Post'],
  },
  {
    language: 'zlm',
    text:
      'Syarikat Telagamas menjual lebih banyak baja pada suku ketiga.\n\n' +
      'Jualan Telagamas meningkat. Telagamas Pengarah Urusan Ahmad Zaki Osman berkata, menurut Malay Mailbahawa harga baja akan turun.',
    names: ['Syarikat Telagamas', 'Telagamas', 'Malay Mail'],
  },
  {
    language: 'ind',
    text:
      'Saham Tokobumi menguat pada perdagangan sore.\n\n' +
      'Investor memburu Tokobumi sejak pekan lalu. Tokobumi Komisaris Utama Budi Santoso mengatakan, laporan Financial Timesyang beredar itu keliru.',
    names: ['Tokobumi', 'Financial Times'],
  },
];

/** Each organisation's name and its mentions as written. */
function organisations(text: string, language: SupportedLanguage): string[][] {
  return parseArticle(text, { language }).organisations.map((o) => [o.name, ...o.mentions.map((m) => text.slice(m.start, m.end))]);
}

describe('organisations in a stream of languages', () => {
  it('organisations stream: ind, eng, zlm and ind articles in turn find what each finds alone', () => {
    // Alone: each article parsed right after itself, so nothing of another language was read last.
    const alone = ARTICLES.map(({ text, language }) => {
      organisations(text, language);
      return organisations(text, language);
    });
    alone.forEach((found, k) => expect(found.map((o) => o[0])).toEqual(ARTICLES[k]!.names));
    const stream = ARTICLES.map(({ text, language }) => organisations(text, language));
    expect(stream).toEqual(alone);
  });
});

const names = (text: string) => extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.name);

describe('organisations: members of a list', () => {
  it('a one-word name between found organisations in a list is one too, and so are its later mentions', () => {
    const text =
      'Pertemuan itu dihadiri perwakilan YLKI, Sekarbumi, Walhi, KontraS dan ICW di Jakarta. ' +
      'Sekarbumi kemudian menjadi tuan rumah diskusi lanjutan bulan depan.';
    const found = extractOrganisations(text, { language: 'ind' }).organisations;
    const member = found.find((o) => o.name === 'Sekarbumi');
    expect(member?.mentions).toHaveLength(2);
    expect(found.map((o) => o.acronym ?? o.name)).toEqual(expect.arrayContaining(['YLKI', 'ICW']));
  });

  it('a person named with two words, a place, or a word outside a list is not listed', () => {
    expect(names('Rapat dihadiri BI, OJK, Budi Santoso dan LPS di Jakarta.')).not.toContain('Budi Santoso');
    expect(names('Kantor OJK, Bandung dan BI menggelar acara bersama.')).not.toContain('Bandung');
    expect(names('OJK bertemu Sekarbumi lalu BI menyusul.')).not.toContain('Sekarbumi');
  });

  it('an amount or a code in a list is no organisation', () => {
    expect(names('Dana dari BI, Rp300 dan OJK sudah cair.')).not.toContain('Rp300');
  });

  it('`atau` names the one before again: acceptance passes forward only', () => {
    // A system's acronym before `atau` and an office after it: the system is no organisation.
    const system = names('Izin tambak bisa diurus lewat SIMTAK atau Dinas Kelautan Wanareja. SIMTAK sering macet.');
    expect(system).not.toContain('SIMTAK');
    expect(system).toContain('Dinas Kelautan Wanareja');
    // A company and its short form after `atau`: the short form is the company.
    const text = 'Direktur PT Wiratama Lintasbahari atau WLBI menambah armada. WLBI kini punya sepuluh kapal.';
    const company = extractOrganisations(text, { language: 'ind' }).organisations;
    expect(company.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)))).toEqual(['PT Wiratama Lintasbahari', 'WLBI', 'WLBI']);
  });
});

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: brokers and lenders named in English', () => {
  it('organisations new text: `Futures` and `Finance` close a company name', () => {
    expect(mentions('Analis Larung Pendarwa Futures Rina Wulan melihat harga emas turun.')).toEqual(['Larung Pendarwa Futures']);
    expect(mentions('Menurut perencana dari Sarimbit Finance, cicilan naik.')).toEqual(['Sarimbit Finance']);
    // After a lower-case term and `atau`, such a name is the term's English name, no company.
    expect(mentions('Seminar itu membahas kontrak berjangka atau Commodity Futures bagi pemula.')).toEqual([]);
    // A short form after `atau` still names the company before it.
    expect(mentions('Tahun lalu laba Sarimbit Finance atau SRF naik.')).toEqual(['Sarimbit Finance', 'SRF']);
  });
});

describe('organisations on new text: regional offices of national bodies', () => {
  it('organisations new text: a national body’s name with a level word and a place is its regional office', () => {
    expect(mentions('Laporan itu diterima Bawaslu Kabupaten Wanareja kemarin.')).toEqual(['Bawaslu Kabupaten Wanareja']);
    // The place is one word and the place words after it: a person’s name follows.
    expect(mentions('Ketua KPU Kabupaten Wanareja Selatan Rina Wulan Sari hadir.')).toEqual(['KPU Kabupaten Wanareja Selatan']);
    // The national body alone, or with a level word and no place, stays the national body.
    const national = extractOrganisations('Rapat digelar KPU Kota pekan lalu.', { language: 'ind' }).organisations;
    expect(national.map((o) => o.acronym)).toEqual(['KPU']);
  });

  it('organisations new text: a name cut before a person keeps the place after its level word', () => {
    expect(mentions('Mantan Kepala Dinas Perikanan Kota Wanareja Budi Rasyidwan Palingga diperiksa.')).toEqual(['Dinas Perikanan Kota Wanareja']);
    expect(mentions('Kepala Dinas Perikanan Kabupaten Wanareja Selatan hadir.')).toEqual(['Dinas Perikanan Kabupaten Wanareja Selatan']);
  });
});

describe('organisations on new text: English X-of names', () => {
  it('organisations new text: the words before an English X-of head, and the of-phrase after a tail, are the name’s', () => {
    expect(mentions('Suku bunga dinaikkan Reserve Bank of Lestaria pekan lalu.')).toEqual(['Reserve Bank of Lestaria']);
    expect(mentions('Ia belajar di Rimbun Centre for Marine Studies dulu.')).toEqual(['Rimbun Centre for Marine Studies']);
    // A sentence opener or a title stays out.
    expect(mentions('Menurut University of Lestaria, angka itu naik.')).toEqual(['University of Lestaria']);
  });

  it('organisations shapes: a joiner with its article goes on to the name words', () => {
    expect(mentions('Officials at the University of the Andara Highlands said so.', 'eng')).toContain('University of the Andara Highlands');
    expect(mentions('A statement from the Office of the President came later.', 'eng')).toContain('Office of the President');
    // `and the` joins two names, not the words of one.
    expect(mentions('The Ministry of Trade and the Pelita Kencana University met.', 'eng')).toContain('Ministry of Trade');
  });

  it('organisations shapes: a possessive owner is not part of the office it owns', () => {
    const found = mentions('The funds come from Kalinda’s Office of the Coordinating Fisheries Minister, officials said.', 'eng');
    expect(found).toContain('Office of the Coordinating Fisheries Minister');
    expect(found.some((m) => m.includes('Kalinda'))).toBe(false);
  });
});

describe('organisations on new text: English tails', () => {
  it('organisations new text: Services ends a company name, not a thing joined by and', () => {
    expect(mentions('Penerbangan itu dilayani Lestari Air Services setiap pekan.')).toEqual(['Lestari Air Services']);
    expect(mentions('The Goods and Services Tax was abolished.', 'eng')).toEqual([]);
  });
});

describe('organisations: English names cited in Indonesian text', () => {
  it('`Center`/`Centre` closes a name of English words', () => {
    expect(groups('Menurut Vellmoor Climate Center, luas hutan berkurang tahun ini.')).toEqual([['Vellmoor Climate Center']]);
    expect(groups('Tarsen Ash Advisory Centre di Quillby akan mengeluarkan prakiraan.')).toEqual([['Tarsen Ash Advisory Centre']]);
    expect(groups('Kajian itu disusun Vellmoor Quill Center for Ocean Studies bulan lalu.')).toEqual([['Vellmoor Quill Center for Ocean Studies']]);
    const kinds = extractOrganisations('Menurut Vellmoor Climate Center, luas hutan berkurang.', { language: 'ind' }).organisations.map((o) => o.kind);
    expect(kinds).toEqual(['other']);
  });

  it('a venue, a name of the language or the inner words of a longer name stay out', () => {
    // A facility named so is a place.
    expect(groups('Acara digelar di Vellmoor Convention Center pada Senin.')).toEqual([]);
    expect(groups('Wartawan berkumpul di Media Center sejak pagi.')).toEqual([]);
    // A word before it that is no body's field: a training ground, a hospital.
    expect(groups('Para atlet berlatih di Tarsen Training Center sejak Januari.')).toEqual([]);
    expect(groups('Korban dirawat di Quillby Medical Center hingga Jumat.')).toEqual([]);
    // One word before it names a venue by its sponsor as often.
    expect(groups('Konser itu memenuhi Quillby Center di Tarsenville, Senin malam.')).toEqual([]);
    // After a joiner between name words the closer's reach would cut a longer name (`… Grain and Oils Center`).
    expect(groups('Data itu dari Tarsen National Grain and Oils Center pekan lalu.')).toEqual([]);
  });
});

describe('organisations: heads of exchanges and military units', () => {
  it('`Bursa Efek`, `Batalyon` and `Brigade` head a name', () => {
    expect(groups('Direksi melapor ke Bursa Efek Tarsenville pekan lalu.')).toEqual([['Bursa Efek Tarsenville']]);
    expect(groups('Ia pernah bertugas di Batalyon Infanteri 999 sebelum pindah.')).toEqual([['Batalyon Infanteri 999']]);
    expect(groups('Serangan itu diklaim Brigade Quillby sejak Selasa.')).toEqual([['Brigade Quillby']]);
  });

  it('the common nouns in lower case name none', () => {
    expect(groups('Perdagangan di bursa efek berjalan lancar, kata seorang anggota brigade.')).toEqual([]);
  });
});

describe('organisations: English legal forms written as abbreviations', () => {
  it('`Co` closes a company’s name, and an abbreviation’s dot stays with it while the sentence goes on', () => {
    expect(groups('Harga saham Vellmoor Quill Co. dan Tarsen Inc. (TRS) turun pekan ini.')).toEqual([['Vellmoor Quill Co.'], ['Tarsen Inc.', 'TRS']]);
  });

  it('the dot that ends the sentence stays out', () => {
    expect(groups('Produk itu dibuat Vellmoor Inc. Perusahaan itu berbasis di Tarsen.')).toEqual([['Vellmoor Inc']]);
    expect(groups('Produk itu dibuat Vellmoor Quill Co.')).toEqual([['Vellmoor Quill Co']]);
  });
});

describe('organisations: a kind noun in a compound of another sense', () => {
  it('`sidang akhbar` (a press conference) names no newspaper', () => {
    expect(groups('Beliau ditemui pada sidang akhbar Karnival Kerjaya Terbuka Zon Utara di sini.', 'zlm')).toEqual([]);
  });

  it('the kind noun alone still names one', () => {
    expect(groups('Beliau berkata kepada akhbar Suara Tanjung Kidul semalam.', 'zlm')).toEqual([['Suara Tanjung Kidul']]);
  });
});

describe('organisations: a hall in Malay named with an English word', () => {
  it('`Dewan` with an English hall word after it is a hall', () => {
    expect(groups('Para tetamu berkumpul di Dewan Ballroom Hotel Seri Kenanga sebelum jamuan bermula.', 'zlm')).toEqual([]);
    expect(groups('Anugerah itu disampaikan malam tadi di Dewan Banquet Wisma Seroja.', 'zlm')).toEqual([]);
  });

  it('a council named `Dewan` stays', () => {
    expect(groups('Usul itu dibentangkan di Dewan Pemuda Tarsen semalam.', 'zlm')).toEqual([['Dewan Pemuda Tarsen']]);
    expect(groups('Rang undang-undang itu dibahaskan di Dewan Rakyat semalam.', 'zlm')).toEqual([['Dewan Rakyat']]);
  });
});

describe('organisations: a post’s list of portfolios', () => {
  it('a one-word name among the portfolios is the portfolio’s word', () => {
    expect(groups('Exco Pelancongan, Kebudayaan dan Warisan Negeri, Datuk Ramli Sulong berkata taman itu dibuka semula.', 'zlm')).toEqual([]);
    expect(groups('Exco Belia, Sukan dan Warisan negeri, Rosli Hamdan berkata kejohanan itu diteruskan.', 'zlm')).toEqual([]);
  });

  it('a list of bodies after a post, and the party after a post, stay', () => {
    expect(groups('Presiden MCA, MIC dan Warisan hadir pada mesyuarat itu.', 'zlm').flat()).toContain('Warisan');
    expect(groups('Naib Presiden Warisan, Rosli Hamdan berkata parti itu bersedia.', 'zlm')).toEqual([['Warisan']]);
  });
});

describe('organisations: a national company of the Malay lexicon', () => {
  it('`Telekom Malaysia` is known without its short form', () => {
    expect(groups('Telekom Malaysia sudah memasang kabel baharu, katanya.', 'zlm')).toEqual([['Telekom Malaysia']]);
  });
});

describe('organisations: more name shapes (party names, acronyms, outlets and bodies)', () => {
  it('`Tbk` after `(Persero)` closes a listed state company’s name', () => {
    const found = mentions('Laba PT Sinar Contoh (Persero) Tbk naik tipis, sedangkan PT Kebun Lestari (Persero) masih menunggu izin bursa.');
    expect(found).toContain('PT Sinar Contoh (Persero) Tbk');
    // Near miss: without `Tbk` the bracket still ends the name.
    expect(found).toContain('PT Kebun Lestari (Persero)');
  });

  it('a ministry after a named unit of it is a second body, the unit named on its own', () => {
    const found = mentions('Kepala Badan Kajian Pangan Kementerian Pertanian Budi Santoso meninjau gudang. Data Ditjen Sumber Tani Kementan mencatat stok turun.');
    expect(found).toContain('Badan Kajian Pangan');
    expect(found).toContain('Ditjen Sumber Tani');
    expect(found).toContain('Kementerian Pertanian');
    expect(found).toContain('Kementan');
    // Near misses: a unit with no name of its own (a rank, a numeral) keeps its body.
    const kept = mentions('Sekretariat Jenderal Kementerian Pertanian menolak berkomentar. Ketua Komisi IV DPR Rina Wulandari meninjau gudang.');
    expect(kept).toContain('Sekretariat Jenderal Kementerian Pertanian');
    expect(kept.some((m) => m.startsWith('Komisi IV DPR'))).toBe(true);
  });
});
