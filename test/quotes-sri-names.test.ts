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
});
