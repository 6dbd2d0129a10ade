import { describe, expect, it } from 'vitest';
import { languageData } from '../src/lang/index.js';
import { compileOrganisations } from '../src/organisations/compile.js';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import { matchKnownWords } from '../src/organisations/known-forms.js';
import { prepare } from '../src/organisations/paragraph.js';

/** The mention texts of each organisation `extractOrganisations` finds in `text`, read as `language`. */
function groups(text: string, language: 'ind' | 'zlm' | 'eng' = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations orgs33: a known name written in Title Case', () => {
  const data = languageData('ind');
  const c = compileOrganisations(data.organisations, data.speech, data.outlets);
  const form = ['Institute', 'for', 'Contoh', 'Policy', 'Studies'];
  const matches = (text: string) => matchKnownWords(prepare(c, text, 0), 1, form);

  it('organisations orgs33: the small words of a known form may be capitalised', () => {
    expect(matches('Kajian Institute For Contoh Policy Studies terbit Senin.')).toBe(true);
    expect(matches('Kajian Institute for Contoh Policy Studies terbit Senin.')).toBe(true);
    // Through the finder, with a form of the lexicon that has a small word, written in Title Case.
    const known = [...c.forms.keys()].find((k) => /^\p{Lu}\p{Ll}+ (?:for|of|dan) \p{Lu}\p{Ll}+$/u.test(k))!;
    const titled = known.replace(/ (for|of|dan) /, (_, w: string) => ` ${w[0]!.toUpperCase()}${w.slice(1)} `);
    expect(groups(`Laporan ${titled} terbit Senin.`)).toEqual([[titled]]);
  });

  it('organisations orgs33: its first word and its longer words keep their case', () => {
    // A form's own words (`Policy`) are no small words: written otherwise, the form is not matched.
    expect(matches('Kajian Institute For Contoh policy studies terbit Senin.')).toBe(false);
    expect(matches('Kajian institute for Contoh Policy Studies terbit Senin.')).toBe(false);
  });
});

describe('organisations orgs33: a known one-word name inside a person’s name', () => {
  it('organisations orgs33: after a common given name it is the person’s family name', () => {
    expect(groups('Pengarah jabatan itu, Rosli Mohd. Petronas berkata, pemantauan diteruskan.', 'zlm')).toEqual([]);
    expect(groups('Pengarah jabatan itu, Rosli Mohd Petronas berkata, pemantauan diteruskan.', 'zlm')).toEqual([]);
  });

  it('organisations orgs33: with another word or a comma before it the name stays', () => {
    expect(groups('Pengarah syarikat itu, Rosli Hamdan berkata, Petronas menambah pelaburan.', 'zlm')).toEqual([['Petronas']]);
    expect(groups('Rakan kongsi termasuk Mohd, Petronas dan rakan lain.', 'zlm').flat()).toContain('Petronas');
  });
});

describe('organisations orgs33: a kind noun in a compound of another sense', () => {
  it('organisations orgs33: `sidang akhbar` (a press conference) names no newspaper', () => {
    expect(groups('Beliau ditemui pada sidang akhbar Karnival Kerjaya Terbuka Zon Utara di sini.', 'zlm')).toEqual([]);
  });

  it('organisations orgs33: the kind noun alone still names one', () => {
    expect(groups('Beliau berkata kepada akhbar Suara Tanjung Kidul semalam.', 'zlm')).toEqual([['Suara Tanjung Kidul']]);
  });
});

describe('organisations orgs33: an English outlet cited with its `of` phrase', () => {
  it('organisations orgs33: the cited outlet goes on with `of` and its place', () => {
    expect(groups('Dikutip dari Times of Tarsenia, tren itu naik pekan ini.')).toEqual([['Times of Tarsenia']]);
    expect(groups('Seperti dilansir Voice of Quillby, Senin, harga naik.')).toEqual([['Voice of Quillby']]);
  });

  it('organisations orgs33: a cited person stays out, `of` or not', () => {
    expect(groups('Seperti dikutip Rina Wulan of Tarsenia, harga naik.')).toEqual([]);
    expect(groups('Dikutip dari Tarsen Times, tren itu naik.')).toEqual([['Tarsen Times']]);
  });
});

describe('organisations orgs33: a forum with a year is a meeting', () => {
  it('organisations orgs33: `… Forum (ACR) 2025` is that year’s meeting, with its short form', () => {
    expect(groups('Hal itu dibahas dalam Tarsen Investment Forum (TIF) 2025 yang digelar Bank Indonesia. TIF berfokus pada pangan.')).toEqual([['Bank Indonesia']]);
    expect(groups('Quillby Investment Forum 2019 digelar di Jakarta pekan depan.')).toEqual([]);
  });

  it('organisations orgs33: a forum without a year stays a body', () => {
    expect(groups('Tarsen Investment Forum (TIF) menilai harga pangan naik. Pada 2025 TIF menolak impor.')).toEqual([['Tarsen Investment Forum', 'TIF', 'TIF']]);
  });
});

describe('organisations orgs33: initials holding a post', () => {
  it('organisations orgs33: capitals with `selaku` and a person’s post after them, where a name stands, are a person’s initials', () => {
    expect(groups('Jaksa menghadirkan bendahara CV Lembah Tirta, WS selaku Komisaris CV Lembah Tirta, dan dua saksi lain.')).toEqual([
      ['CV Lembah Tirta', 'CV Lembah Tirta'],
    ]);
  });

  it('organisations orgs33: a body’s capitals with a common noun after `selaku` stay', () => {
    expect(groups('Dana itu disetor ke TBK selaku bank penampung pekan lalu. Ketua TBK membenarkan.').flat()).toContain('TBK');
  });

  it('organisations orgs33: after a role the capitals are the post’s body', () => {
    expect(groups('Seleksi dibuka Kepala BPKW selaku Ketua Tim Seleksi, Dimas Arya Pranata, Kamis pagi.')).toEqual([['BPKW']]);
  });

  it('organisations orgs33: a form the text defined stays a body wherever it stands', () => {
    const text = 'Badan Pengelola Kawasan Wanajaya (BPKW) menunda seleksi. Menurut jadwal, BPKW selaku Ketua Tim Seleksi mengumumkan hasilnya Senin.';
    expect(groups(text).flat().filter((m) => m === 'BPKW')).toHaveLength(2);
  });
});

describe('organisations orgs33: a hall in Malay named with an English word', () => {
  it('organisations orgs33: `Dewan` with an English hall word after it is a hall', () => {
    expect(groups('Para tetamu berkumpul di Dewan Ballroom Hotel Seri Kenanga sebelum jamuan bermula.', 'zlm')).toEqual([]);
    expect(groups('Anugerah itu disampaikan malam tadi di Dewan Banquet Wisma Seroja.', 'zlm')).toEqual([]);
  });

  it('organisations orgs33: a council named `Dewan` stays', () => {
    expect(groups('Usul itu dibentangkan di Dewan Pemuda Tarsen semalam.', 'zlm')).toEqual([['Dewan Pemuda Tarsen']]);
    expect(groups('Rang undang-undang itu dibahaskan di Dewan Rakyat semalam.', 'zlm')).toEqual([['Dewan Rakyat']]);
  });
});

describe('organisations orgs33: a count after a name', () => {
  it('organisations orgs33: a number that counts the noun after it is no part of the name', () => {
    expect(groups('Yang dirawat di Puskesmas Tarsen 158 orang, di Puskesmas Quillby 74 orang.')).toEqual([['Puskesmas Tarsen'], ['Puskesmas Quillby']]);
  });

  it('organisations orgs33: a name’s own number stays', () => {
    expect(groups('Densus 88 menangkap tiga orang di Tarsen.')).toEqual([['Densus 88']]);
  });
});
