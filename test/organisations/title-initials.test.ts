/** organisations title initials: an acronym that opens a person's name after the person's title is no body. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations title initials: a person named after a title', () => {
  it('organisations title initials: an English title before a person’s initials and name', () => {
    expect(mentions('Former president RT Wirodjati was remembered on Monday.', 'eng')).toEqual([]);
    expect(mentions('The founding president HOS Kartanegara was honoured.', 'eng')).toEqual([]);
    expect(mentions('Former president JW Budi Santoso Wirodjati spoke first.', 'eng')).toEqual([]);
  });

  it('organisations title initials: an honorific after a title, in either language', () => {
    expect(mentions('Vice president KH Ahmad Sulaiman attended the prayers.', 'eng')).toEqual([]);
    expect(mentions('Mantan presiden BJ Wirodjati dikenang warga kampungnya.')).toEqual([]);
  });

  it('organisations title initials: near miss, a body’s short name after a title and before its holder', () => {
    expect(mentions('PRKM vice president Lim Kok Seng said the party would contest the seat.', 'eng')).toEqual(['PRKM']);
    expect(mentions('Ketua PKTN Rina Wulandari mengatakan rapat ditunda.')).toEqual(['PKTN']);
    expect(mentions('Club president PRKM Jonas Ferrel opened the season.', 'eng')).toEqual(['PRKM']);
  });
});
