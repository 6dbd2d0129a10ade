/** Organisations next to posts: officers, portfolios, state committees, forums after a post. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';
import { languageData } from '../../src/lang/index.js';
import { compileOrganisations } from '../../src/organisations/compile.js';
import { matchKnownWords } from '../../src/organisations/known-forms.js';
import { prepare } from '../../src/organisations/paragraph.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: officers', () => {
  it('organisations new text: one word between an officer’s title and name is the company when the text writes it alone too', () => {
    const id = mentions('Pinjaman lewat Contohpay naik. Menurut CEO Contohpay Rina Wulandari, bunga turun.');
    expect(id).toEqual(['Contohpay', 'Contohpay']);
    expect(mentions('Shares of Lautmas rose. Lautmas CEO Rina Wulandari said demand grew.', 'eng')).toEqual(['Lautmas', 'Lautmas']);
    // Honorifics before the officer's name (`Tun Dr`).
    expect(mentions('Sales of Lautmas rose. Lautmas chairman Tun Dr Rahman Wulandari spoke.', 'eng')).toEqual(['Lautmas', 'Lautmas']);
    // Not written alone elsewhere: it may be the officer's first name.
    expect(mentions('Menurut CEO Rina Wulan Sari, bunga turun.')).toEqual([]);
  });

  it('organisations new text: a one-word officer title listed in Title Case is read in lower case too', () => {
    expect(mentions('Pinjaman lewat Contohpay naik. Kata dirut Contohpay Rina Wulandari, bunga turun.')).toEqual(['Contohpay', 'Contohpay']);
  });
});

describe('organisations on new text: an officer after a company', () => {
  it('organisations new text: after an officer’s title, a company’s last words that the text writes alone are the officer', () => {
    const text = 'Direktur PT Contoh Lestari Rina Wulandari menyebut laba naik. Menurut Rina, ekspor tumbuh.';
    expect(mentions(text)).toEqual(['PT Contoh Lestari']);
    // No title before it: a company's name is any words.
    expect(mentions('Saham PT Contoh Lestari Rina Wulandari naik. Menurut Rina, ekspor tumbuh.')).toEqual(['PT Contoh Lestari Rina Wulandari']);
  });
});

describe('organisations on new text: titles in single quotes', () => {
  it('organisations new text: a headline or award title in single curly quotes names no organisation', () => {
    expect(mentions('Ia meraih anugerah ‘Syarikat Penerbangan Paling Mesra Pelanggan’ tahun lalu.', 'zlm')).toEqual([]);
    // Outside the quotes the head noun still names one.
    expect(mentions('Syarikat Penerbangan Contoh Jaya meraih anugerah itu.', 'zlm')).toEqual(['Syarikat Penerbangan Contoh Jaya']);
  });
});

describe('organisations on new text: a person after an earlier name', () => {
  it('organisations new text: a name the text gave before, then a person’s name glued to it', () => {
    const text = 'Jaksa mendakwa PT Contoh Energi Lestari. Direktur Utama PT Contoh Energi Lestari Budi Santoso hadir.';
    expect(mentions(text)).toEqual(['PT Contoh Energi Lestari', 'PT Contoh Energi Lestari']);
    // No earlier name: the words stay.
    expect(mentions('Saham PT Contoh Energi Lestari Budi Santoso naik.')).toEqual(['PT Contoh Energi Lestari Budi Santoso']);
    // A short form the text defined, then a name of four words.
    const defined = 'Kejaksaan Negeri (Kejari) Lautmas menahan dua orang. Kepala Kejari Lautmas Jhoni Rendi Saputra Wibowo hadir.';
    expect(mentions(defined)).toContain('Kejari Lautmas');
    expect(mentions(defined).some((m) => m.includes('Jhoni'))).toBe(false);
  });
});

/** The mention texts of each organisation `extractOrganisations` finds in `text`, read as `language`. */
function groups(text: string, language: 'ind' | 'zlm' | 'eng' = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: a known name written in Title Case', () => {
  const data = languageData('ind');
  const c = compileOrganisations(data.organisations, data.speech, data.outlets);
  const form = ['Institute', 'for', 'Contoh', 'Policy', 'Studies'];
  const matches = (text: string) => matchKnownWords(prepare(c, text, 0), 1, form);

  it('the small words of a known form may be capitalised', () => {
    expect(matches('Kajian Institute For Contoh Policy Studies terbit Senin.')).toBe(true);
    expect(matches('Kajian Institute for Contoh Policy Studies terbit Senin.')).toBe(true);
    // Through the finder, with a form of the lexicon that has a small word, written in Title Case.
    const known = [...c.forms.keys()].find((k) => /^\p{Lu}\p{Ll}+ (?:for|of|dan) \p{Lu}\p{Ll}+$/u.test(k))!;
    const titled = known.replace(/ (for|of|dan) /, (_, w: string) => ` ${w[0]!.toUpperCase()}${w.slice(1)} `);
    expect(groups(`Laporan ${titled} terbit Senin.`)).toEqual([[titled]]);
  });

  it('its first word and its longer words keep their case', () => {
    // A form's own words (`Policy`) are no small words: written otherwise, the form is not matched.
    expect(matches('Kajian Institute For Contoh policy studies terbit Senin.')).toBe(false);
    expect(matches('Kajian institute for Contoh Policy Studies terbit Senin.')).toBe(false);
  });
});

describe('organisations: a known one-word name inside a person’s name', () => {
  it('after a common given name it is the person’s family name', () => {
    expect(groups('Pengarah jabatan itu, Rosli Mohd. Petronas berkata, pemantauan diteruskan.', 'zlm')).toEqual([]);
    expect(groups('Pengarah jabatan itu, Rosli Mohd Petronas berkata, pemantauan diteruskan.', 'zlm')).toEqual([]);
  });

  it('with another word or a comma before it the name stays', () => {
    expect(groups('Pengarah syarikat itu, Rosli Hamdan berkata, Petronas menambah pelaburan.', 'zlm')).toEqual([['Petronas']]);
    expect(groups('Rakan kongsi termasuk Mohd, Petronas dan rakan lain.', 'zlm').flat()).toContain('Petronas');
  });
});

describe('organisations: a forum’s name with a year after a post', () => {
  it('a post of the body right before it makes the year its founding', () => {
    expect(groups('Ketua Forum Masyarakat Sukasari (FMS) 1998 Budi Santoso mengatakan hal itu.')).toEqual([['Forum Masyarakat Sukasari', 'FMS']]);
    expect(groups('Anggota Forum Masyarakat Sukasari (FMS) 1998 juga hadir dalam rapat itu.')).toEqual([['Forum Masyarakat Sukasari', 'FMS']]);
  });

  it('the head of the meeting’s committee, or no post, leaves the meeting', () => {
    expect(groups('Ketua Panitia Forum Investasi Sukasari (FIS) 2025 Budi Santoso mengatakan acara dibuka besok.')).toEqual([]);
    expect(groups('Peserta Forum Investasi Sukasari (FIS) 2025 berdatangan sejak pagi.')).toEqual([]);
  });
});

describe('organisations: a state committee’s portfolios, closed in either case or by the holder', () => {
  it('the first portfolio after the post, and `Negeri` capitalised, close the title', () => {
    expect(groups('Exco Warisan dan Pelancongan Negeri, Datuk Ali Bakar berkata taman itu dibuka semula.', 'zlm')).toEqual([]);
    expect(groups('Pengerusi Jawatankuasa Kerajaan Tempatan dan Perumahan Negeri, Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([]);
    expect(groups('Pengerusi Jawatankuasa Pelancongan, Kebudayaan dan Warisan Negeri, Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([]);
  });

  it('after a post, the holder’s name closes the list', () => {
    expect(groups('Pengerusi Jawatankuasa Contoh, Perikanan dan Hutan, Datuk Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([]);
  });

  it('a committee of one portfolio, or named without a post, stays', () => {
    expect(groups('Pengerusi Jawatankuasa Keselamatan Negeri, Ali Bakar berkata projek itu siap.', 'zlm')).toEqual([['Jawatankuasa Keselamatan Negeri']]);
    expect(groups('Mesyuarat Jawatankuasa Contoh, Perikanan dan Hutan diadakan semalam, kata Datuk Ali.', 'zlm')).toEqual([['Jawatankuasa Contoh, Perikanan dan Hutan']]);
    expect(groups('Naib Presiden Warisan dan Ahli Parlimen Sepanggar, Rosli Hamdan berkata parti itu bersedia.', 'zlm')).toEqual([['Warisan']]);
  });
});

describe('organisations: a portfolio list written otherwise', () => {
  it('the post in capitals or in brackets, `Dan` capitalised, `&` between items', () => {
    expect(groups('EXCO Pelancongan, Kebudayaan dan Warisan Negeri, Datuk Ali berkata taman itu dibuka.', 'zlm')).toEqual([]);
    expect(groups('Ahli Majlis Mesyuarat Kerajaan Negeri (Exco) Pelancongan, Kebudayaan dan Warisan, Datuk Ali berkata.', 'zlm').flat()).not.toContain('Warisan');
    expect(groups('Exco Pelancongan, Kebudayaan Dan Warisan Negeri, Datuk Ali berkata taman itu dibuka.', 'zlm')).toEqual([]);
    expect(groups('Exco Pelancongan, Kebudayaan & Warisan Negeri, Datuk Ali berkata taman itu dibuka.', 'zlm')).toEqual([]);
  });

  it('parties listed with `&` stay', () => {
    expect(groups('Wakil DAP, PKR & Warisan hadir pada mesyuarat itu.', 'zlm').flat()).toContain('Warisan');
  });
});

describe('organisations around posts and amounts', () => {
  it('an English title or `Kuasa Hukum` before a name is the post, not part of the name', () => {
    const found = mentions('Hadir Chairman Lestari Institute Budi Santoso dan Kuasa Hukum Sentosa Asset Management Rina Wulandari dalam acara itu.');
    expect(found).toContain('Lestari Institute');
    expect(found).toContain('Sentosa Asset Management');
    expect(found.some((m) => m.startsWith('Chairman') || m.startsWith('Kuasa'))).toBe(false);
  });

  it('a line of work after `Head of` is the post’s department, not a body', () => {
    const found = mentions('Head of Investment Research Contoh Utama Budi Santoso dan Head of Global Market Research Bank Lestari Rina Wulandari mengatakan harga naik.');
    expect(found.filter((m) => /Research/.test(m))).toEqual([]);
    // A body after `Head of` is still a body.
    expect(mentions('Head of Lestari Institute Budi Santoso mengatakan harga naik.')).toContain('Lestari Institute');
  });

  it('a number with a decimal part after a name is an amount, not the name’s number', () => {
    const found = mentions('Angka itu berbeda dengan data Kementerian Tenaga Kerja 2,8 juta orang, sementara SMPN 33 Contohkarta menolak.');
    expect(found).toContain('Kementerian Tenaga Kerja');
    expect(found).toContain('SMPN 33 Contohkarta');
  });

  it('Malay `Amerika Syarikat` is a country, not a company named by the words after it', () => {
    expect(mentions('Presiden Amerika Syarikat Rina Wulandari berkata usaha itu gagal.', 'zlm')).toEqual([]);
    expect(mentions('Syarikat Contoh Makmur Sdn Bhd berkata harga naik.', 'zlm')).toContain('Syarikat Contoh Makmur Sdn Bhd');
  });

  it('a name closed by its country before `dan` is one of two names, a list of places is one name', () => {
    const found = mentions('Kajian itu disusun Institut Kajian Laut Malaysia dan Contoh Makmur Sdn Bhd bersama Bank Tani Makmur Jawa Barat dan Banten.', 'zlm');
    expect(found).toContain('Institut Kajian Laut Malaysia');
    expect(found).toContain('Contoh Makmur Sdn Bhd');
    expect(found).toContain('Bank Tani Makmur Jawa Barat dan Banten');
  });

  it('a Malay party named with its division and place is that party, not a body named `Bahagian …`', () => {
    const text = 'Ketua UMNO Bahagian Kota Contoh, Datuk Ahmad Zaki berkata demikian. UMNO akan bertanding.';
    const orgs = extractOrganisations(text, { language: 'zlm' }).organisations;
    const party = orgs.find((o) => o.mentions.some((m) => text.slice(m.start, m.end) === 'UMNO Bahagian Kota Contoh'));
    expect(party?.mentions.map((m) => text.slice(m.start, m.end))).toContain('UMNO');
    expect(mentions(text, 'zlm').some((m) => m.startsWith('Bahagian'))).toBe(false);
  });

  it('after a post, the plain words before the body’s acronym or known name are the post’s field', () => {
    const found = mentions('Kepala Divisi Riset Obligasi Negara ABC Sekuritas Rina Wulandari mengatakan harga naik. Director Contoh Makmur Pte Ltd Budi Santoso hadir.');
    expect(found).toContain('ABC Sekuritas');
    expect(found.some((m) => m.startsWith('Obligasi'))).toBe(false);
    // A name without a body word inside is the body itself.
    expect(found).toContain('Contoh Makmur Pte Ltd');
  });

  it('`RI` closes a state body’s name: a person’s name after it is not the body’s', () => {
    const found = mentions('Direktur Jenderal Pelayanan Kementerian Pelayanan Publik RI Tirtana Jaya menyesalkan tindakan itu.');
    expect(found).toContain('Kementerian Pelayanan Publik RI');
    expect(found.some((m) => m.includes('Tirtana'))).toBe(false);
  });

  it('a head word with only a legal form after it ends the name before it (`ABC Bank Ltd`)', () => {
    const found = mentions('Pemegang saham pengendalinya sama, yakni Contohjaya Bank Ltd, yang dulu bernama lain.');
    expect(found).toContain('Contohjaya Bank Ltd');
    expect(found).not.toContain('Bank Ltd');
  });

  it('Malay text knows the state fund by its name and acronym', () => {
    const found = mentions('Siasatan kes 1Malaysia Development Berhad (1MDB) diteruskan, kata peguam itu. 1MDB menafikan dakwaan tersebut.', 'zlm');
    expect(found).toContain('1Malaysia Development Berhad');
    expect(found).toContain('1MDB');
  });

  it('Malay text knows national funds and agencies by their acronyms alone', () => {
    const found = mentions('Caruman kepada KWSP dan PERKESO dinaikkan, manakala SUHAKAM menggesa siasatan.', 'zlm');
    for (const name of ['KWSP', 'PERKESO', 'SUHAKAM']) expect(found).toContain(name);
  });

  it('Indonesian text knows newer ministries, agencies and survey institutes by their short names', () => {
    const found = mentions('Survei SMRC dan kajian Indef dibahas Komdigi, PPATK dan Bakamla pada rapat itu.');
    for (const name of ['SMRC', 'Indef', 'Komdigi', 'PPATK', 'Bakamla']) expect(found).toContain(name);
  });
});
