/**
 * English speakers (issue 9): shapes of English news from Indonesian and Malaysian outlets, with invented people
 * and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote } from '../src/types.js';

/** The direct quotes of English `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'direct');
}

describe('English speakers: long titles and initials', () => {
  it('a capitalised title of many words before the name and the verb after the quote is the speaker', () => {
    const text = '“We have signed agreements with six regional governments,” Coordinating Minister for Food Affairs Rudi Hartono said on Monday.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Coordinating Minister' });
  });

  it('middle initials with full stops stay in the name (`Sari A.B. Wulandari`)', () => {
    const text = [
      'Indonesia and Norway agreed to work together on fisheries, officials said on Monday.',
      '“We agreed to explore cooperation in fisheries and shipping,” Foreign Minister Sari A.B. Wulandari stated on Monday.',
      '“The country has used its coasts well,” she pointed out.',
    ].join('\n\n');
    for (const q of direct(text)) expect(q.speaker).toMatchObject({ name: 'Sari A.B. Wulandari', role: 'Foreign Minister' });
  });
});

describe('English speakers: a definite title refers back to its holder', () => {
  it('`the minister said` is the minister named before', () => {
    const text = [
      'Deputy Prime Minister Datuk Seri Hamdan Rosli said the government was watching prices closely.',
      'Separately, trader Lim Kok Seng said sales had been slow.',
      '“The budget will address these issues,” the minister said.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker?.name).toBe('Hamdan Rosli');
  });

  it('`The menteri besar said …` in narrative makes the next `he said` his, not the person he spoke about', () => {
    const text = [
      'KLUANG: Johor Menteri Besar Rahim Kassim stands firmly with the state in taking Hamdan Rosli to task for his remarks.',
      'The menteri besar said there was truth in the statement and believed Hamdan knew the facts.',
      '“So, he (Hamdan) wants to frighten the people,” he told reporters after his visit here today.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker?.name).toBe('Rahim Kassim');
  });
});
