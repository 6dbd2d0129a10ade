/** organisations initials lists: people named by their initials in a list are no organisation, even where the lexicon holds the capitals. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';

/** Each organisation's name, in text order. */
function names(text: string): string[] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.name);
}

describe('organisations initials lists: a list of people’s initials', () => {
  it('organisations initials lists: a list mixing a single capital with longer initials, and a later use of one of them', () => {
    const text = 'Keenam tersangka itu adalah RWS, DN, A, HK, S dan MA. Tersangka terakhir, Saudara MA, menyediakan rumah.';
    expect(names(text)).toEqual([]);
  });

  it('organisations initials lists: initials after `berinisial`, even two of them', () => {
    expect(names('Polisi menangkap dua pria berinisial MA dan RWS di Bekasi.')).toEqual([]);
  });
});

describe('organisations initials lists: near misses', () => {
  it('organisations initials lists: a list of bodies’ acronyms with no single capital stays a list of bodies', () => {
    expect(names('Rapat itu dihadiri MA, KY, dan MK.')).toEqual(['Mahkamah Agung', 'Komisi Yudisial', 'Mahkamah Konstitusi']);
  });

  it('organisations initials lists: roman numerals beside a single `I` are no initials', () => {
    expect(names('Rapat Komisi I, II dan III DPR digelar hari ini bersama MA.')).toContain('Mahkamah Agung');
  });
});
