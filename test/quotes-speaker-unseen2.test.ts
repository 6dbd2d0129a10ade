/**
 * Speaker role and organisation on unseen text, second round (issue 9), with invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen 2: a first name with a field ending is a name, not an organisation', () => {
  it('speaker unseen 2: Malay `Bendaharinya, Clarence W berkata` then `Clarence menambah`', () => {
    const text = [
      'Bendaharinya, Clarence Wongsiri berkata parti itu tidak terlibat dalam keputusan tersebut.',
      '“Kami tidak pernah dirunding mengenai perkara itu,” katanya dalam kenyataan media.',
      'Clarence menambah, parti akan bermesyuarat minggu depan.',
      '“Semua ahli akan diberi peluang bersuara,” katanya.',
    ].join('\n\n');
    for (const q of direct(text, 'zlm')) {
      expect(q.speaker?.name).toBe('Clarence Wongsiri');
      expect(q.speaker?.organisation ?? null).not.toBe('Clarence');
    }
  });

  it('speaker unseen 2: a field word before a title stays in the title (`Finance Director`)', () => {
    const text = '“Kami menargetkan laba naik tahun ini,” kata Finance Director APTB Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'APTB' });
  });
});
