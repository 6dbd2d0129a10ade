/** organisations national acronyms: national bodies the lexicon holds are found by their acronym alone, with no cue word. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Each organisation's lexicon id, in text order. */
function ids(text: string, language: SupportedLanguage): (string | null)[] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.id);
}

describe('organisations national acronyms: a body named by its acronym alone', () => {
  it('organisations national acronyms: Malaysian federal ministries and central agencies', () => {
    expect(ids('Peruntukan itu disalurkan melalui MOSTI tahun lalu.', 'zlm')).toEqual(['mosti']);
    expect(ids('Geran itu diurus EPU sejak 2019.', 'zlm')).toEqual(['epu']);
  });

  it('organisations national acronyms: a ministry renamed under a new acronym keeps each name apart', () => {
    const orgs = extractOrganisations('Tahun itu KPDNHEP dan kemudian KPDN memantau harga.', { language: 'zlm' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Kementerian Perdagangan Dalam Negeri dan Hal Ehwal Pengguna', 'Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup']);
  });

  it('organisations national acronyms: Indonesian armed forces under their earlier name, and directorates general with their ministry', () => {
    expect(ids('Pada masa itu ABRI menguasai banyak jabatan sipil.', 'ind')).toEqual(['abri']);
    expect(ids('Lelang aset sitaan diatur DJKN tahun ini.', 'ind')).toEqual(['djkn']);
    expect(ids('Merek itu tercatat di DJKI Kemenkum sejak 2019.', 'ind')).toEqual(['djki', 'kemenkum']);
  });

  it('organisations national acronyms: a word of the language written in capitals is no agency’s acronym', () => {
    expect(ids('“Kita MAMPU lakukannya,” kata Ali.', 'zlm')).toEqual([]);
  });

  it('organisations national acronyms: an acronym another country’s body holds is not given to a Malaysian ministry', () => {
    expect(ids('Kasus itu ditangani KPK sejak Januari.', 'ind')).toEqual(['kpk']);
  });
});
