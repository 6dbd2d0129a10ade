import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Each organisation found in `text` as its mention texts, as written. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: a name cut short joins the body it starts', () => {
  it('organisations cut names: a short form of a longer name is the same organisation', () => {
    const text =
      'Badan Pangan Lestari Nasional menyiapkan dapur umum di tiap desa. Kami hanya mengawasi, pelaksananya Badan Pangan Lestari. ' +
      'Kepala Satgas Penertiban Tambang Liar menyebut hasilnya. Menurut dia, Satgas Penertiban bekerja sejak Mei.';
    expect(groups(text)).toEqual([
      ['Badan Pangan Lestari Nasional', 'Badan Pangan Lestari'],
      ['Satgas Penertiban Tambang Liar', 'Satgas Penertiban'],
    ]);
  });

  it('organisations cut names: a national body stays apart from its branch, a numbered unit from its parent’s name', () => {
    const branch = groups('Badan Cuaca Lestari merilis data. Badan Cuaca Lestari Provinsi Contoh Timur menyusul sehari kemudian.');
    expect(branch).toContainEqual(['Badan Cuaca Lestari']);
    const two = groups('Dinas Tani Makmur Jaya dan Dinas Tani Makmur Sentosa bertemu. Dinas Tani Makmur menolak.');
    expect(two).toContainEqual(['Dinas Tani Makmur']);
  });

  it('organisations cut names: a well-known international forum under its local name and acronym', () => {
    expect(groups('Laporan itu disiapkan Forum Ekonomi Dunia (WEF) pekan lalu.')).toEqual([['Forum Ekonomi Dunia', 'WEF']]);
  });
});

describe('organisations: a Malay party under the spelling Malay outlets give it', () => {
  it('organisations cut names: `Pas` in Malay text is the party, as `Umno` is', () => {
    const text = 'Ahli Pas di negeri itu diminta bersabar, kata ketua cawangan Rahim Contoh. Pas akan bertanding di semua kerusi.';
    expect(groups(text, 'zlm')).toEqual([['Pas', 'Pas']]);
  });

  it('organisations cut names: a village or river named like the party is the place', () => {
    expect(groups('Penduduk Kampung Sungai Pas dipindahkan ke dewan orang ramai semalam.', 'zlm')).toEqual([]);
  });
});

describe('organisations: Malaysia’s Conference of Rulers under its English name', () => {
  it('organisations cut names: the rulers’ council in English news is the body Malay news calls Majlis Raja-Raja', () => {
    const text = 'The rulers met at a special Conference of Rulers at the palace today, the statement said.';
    const orgs = extractOrganisations(text, { language: 'eng' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Majlis Raja-Raja']);
  });
});
