import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import { speakerLines } from './speaker-lines.js';

/** Every organisation name `extractOrganisations` reports for `text` read in `language`. */
function organisationNames(text: string, language: 'zlm' | 'eng'): string[] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.name);
}

describe('`Sri`/`Seri`: part of an honorific only after a word that takes it, else a name word', () => {
  it('`Sri` opening a person’s name in Malay text stays in the name', () => {
    const text = [
      'KUANTAN: Pengarah Urusan Kilang Cahaya Sdn Bhd, Sri Wulandari Kusnadi berkata syarikat itu akan membuka dua kilang baharu tahun depan.',
      '“Kami yakin permintaan akan terus meningkat,” katanya.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(Array(2).fill('Sri Wulandari Kusnadi | Pengarah Urusan | Kilang Cahaya Sdn Bhd'));
  });

  it('`Seri` opening a club’s or a council’s name is no honorific breaking it', () => {
    expect(organisationNames('Jurulatih itu tiba semalam untuk melatih Seri Kenanga FC menjelang musim baharu.', 'zlm')).toContain('Seri Kenanga FC');
    expect(organisationNames('Residents wrote to the Seri Meranti Council last week about the new bus depot.', 'eng')).toContain('Seri Meranti Council');
  });

  it('must not fire: `Tan Sri`, `Datuk Seri`, `Datin Seri`, `Dato’ Sri` stay honorifics, kept out of the name', () => {
    const scene = (title: string) => [
      `KUANTAN: Pengerusi Kilang Cahaya Sdn Bhd, ${title} Rosnah Idris berkata syarikat itu akan membuka dua kilang baharu tahun depan.`,
      '“Kami yakin permintaan akan terus meningkat,” katanya.',
    ].join('\n\n');
    for (const title of ['Tan Sri', 'Datuk Seri', 'Datin Seri']) {
      expect(speakerLines(scene(title), 'zlm')).toEqual(Array(2).fill('Rosnah Idris | Pengerusi | Kilang Cahaya Sdn Bhd'));
    }
    // The apostrophe of `Dato’` stands between the title's two words.
    for (const title of ['Dato’ Sri', "Dato' Seri"]) {
      for (const line of speakerLines(scene(title), 'zlm')) expect(line?.split(' | ')[0]).toBe('Rosnah Idris');
    }
  });

  it('must not fire: a listed person after `Tan Sri` is not named with the title', () => {
    const text = [
      'PUTRAJAYA: Perdana Menteri hari ini melantik tiga penasihat baharu.',
      'Mereka ialah bekas Menteri Pertanian, Tun Halim Zakaria; tokoh perniagaan, Tan Sri Kelvin Ong dan pakar sejarah, Prof Dr Farid Osman.',
      '“Majlis ini akan bermesyuarat setiap minggu,” katanya pada sidang media hari ini.',
    ].join('\n\n');
    for (const line of speakerLines(text, 'zlm')) expect(line ?? '').not.toMatch(/\bSri\b/);
  });

  it('a name run starts after the whole honorific: `Tan Sri X Tun Y`, `Datuk Seri X Tun Y` keep the father’s name, and a later `katanya` / `he said` goes to the full name', () => {
    for (const title of ['Tan Sri', 'Datuk Seri', 'Dato’ Sri', 'Datin Seri']) {
      const malay = [
        `KUANTAN: ${title} Rahimah Tun Kassim berkata kerajaan negeri akan membina dua hospital baharu tahun ini.`,
        '“Kami mahu rakyat di kawasan pedalaman mendapat rawatan segera,” katanya.',
      ].join('\n\n');
      expect(speakerLines(malay, 'zlm').at(-1)).toBe('Rahimah Tun Kassim | null | null');
      const english = [
        `KUANTAN: ${title} Rahimah Tun Kassim said the state would build two new hospitals this year.`,
        '“We want people in the interior treated quickly,” she said.',
      ].join('\n\n');
      expect(speakerLines(english, 'eng').at(-1)).toBe('Rahimah Tun Kassim | null | null');
    }
  });

  it('must not fire: `Tan` not followed by `Sri` is a surname, kept in the name', () => {
    const text = [
      'KUANTAN: Pengarah Urusan Kilang Cahaya Sdn Bhd, Kelvin Tan Wei Ming berkata syarikat itu akan membuka dua kilang baharu tahun depan.',
      '“Kami yakin permintaan akan terus meningkat,” katanya.',
    ].join('\n\n');
    expect(speakerLines(text, 'zlm')).toEqual(Array(2).fill('Kelvin Tan Wei Ming | Pengarah Urusan | Kilang Cahaya Sdn Bhd'));
  });
});

describe('organisations: a body named after a titled person starts after the whole honorific', () => {
  it('`chairman of the Tan Sri X Foundation` (English) / `Pengerusi Tan Sri X Foundation` (Malay): the body is `X Foundation`, the title stays with the role', () => {
    const english = [
      'SHAH ALAM: Datin Rohana Bakar, chairman of the Tan Sri Rashid Omar Foundation, said the grants were open to rural schools.',
      '“We want every child in school,” she said.',
    ].join('\n\n');
    expect(organisationNames(english, 'eng')).toEqual(['Rashid Omar Foundation']);
    expect(speakerLines(english, 'eng').at(-1)).toBe('Rohana Bakar | chairman Tan Sri | Rashid Omar Foundation');
    const malay = [
      'SHAH ALAM: Pengerusi Tan Sri Rashid Omar Foundation, Datin Rohana Bakar berkata biasiswa itu dibuka kepada pelajar luar bandar.',
      '“Kami mahu setiap anak bersekolah,” katanya.',
    ].join('\n\n');
    expect(organisationNames(malay, 'zlm')).toEqual(['Rashid Omar Foundation']);
    expect(organisationNames('Students of the Puan Sri Aminah Yusof Foundation visited the museum last week.', 'eng')).toEqual(['Aminah Yusof Foundation']);
  });

  it('must not fire: `Sri`/`Seri` after a word that takes no such title stays in the body’s name', () => {
    expect(organisationNames('Residents wrote to the Kota Seri Indah Council last week about the new bus depot.', 'eng')).toContain('Kota Seri Indah Council');
    expect(organisationNames('Sri Lanka Airlines signed the deal with Tan Sri Rashid Omar last week.', 'eng')).toContain('Sri Lanka Airlines');
  });
});
