import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The speaker's name of each direct quote of `paragraphs` read as an English article. */
const speakers = (paragraphs: readonly string[]) =>
  parseArticle(paragraphs.join('\n\n'), { language: 'eng' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker?.name ?? null);

const OPENING = 'MERBAU: The district council will rebuild the flooded market hall before the end of the year.';

describe('quotes (English): a description with `the` after a paragraph where someone spoke points back to them', () => {
  it('`X said …` then `"…," the official added.`: a word the language uses to point back', () => {
    const text = [OPENING, 'Council secretary Hafizuddin Wiranegara said the stalls would reopen in stages.', '"Traders will move back street by street, starting in June," the official added.'];
    expect(speakers(text)).toEqual(['Hafizuddin Wiranegara']);
  });

  it('`said the 44-year-old <noun>`: an age before the noun', () => {
    const text = [OPENING, 'Salmiah Darmaputri said she had sold fish in the hall for two decades.', '"We lost a whole month of takings when the water came in," said the 44-year-old trader.'];
    expect(speakers(text)).toEqual(['Salmiah Darmaputri']);
  });

  it('`X, a <description>, said …` then `"…," the youngster said.`: a plain noun before the verb, with its article', () => {
    const text = [OPENING, 'Ferdiansyah Kusumawardhana, a school leaver who helps at his uncle’s stall, said he hoped the roof would be higher.', '"It gets far too hot inside in the afternoons," the youngster said.'];
    expect(speakers(text)).toEqual(['Ferdiansyah Kusumawardhana']);
  });

  it('must not fire: a body with `the` stays the body, and a title that speaks for a body is someone else', () => {
    const said = 'Council secretary Hafizuddin Wiranegara said the stalls would reopen in stages.';
    expect(speakers([OPENING, said, '"Tenders will open next month," the council said.'])[0]).not.toBe('Hafizuddin Wiranegara');
    expect(speakers([OPENING, said, '"Tenders will open next month," said the spokesman.'])[0]).not.toBe('Hafizuddin Wiranegara');
  });

  it('must not fire: after a paragraph where the person named only acted, a title with a body is not them', () => {
    const text = [OPENING, 'Council secretary Hafizuddin Wiranegara of the Merbau District Council visited the hall on Monday.', '"Tenders will open next month," the official added.'];
    expect(speakers(text)[0]).not.toBe('Hafizuddin Wiranegara');
  });
});
