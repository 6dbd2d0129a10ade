import { describe, expect, it } from 'vitest';
import { languageData } from '../../src/lang/index.js';
import { tokenize as organisationWords, wordToken } from '../../src/organisations/tokens.js';
import { F_CAP, F_HAS_LOWER, F_NUM, F_WORD, Token } from '../../src/tokens/token.js';
import { lexicon, tokenize as quoteTokens } from '../../src/quotes/speech-words.js';

/** A token's yes/no facts as the passes read them. */
const quoteFacts = (t: { word: boolean; cap: boolean; hasLower: boolean; num: boolean }) => [t.word, t.cap, t.hasLower, t.num];

describe('token objects: yes/no facts packed into one number', () => {
  it('a quote token reads each fact from its bits', () => {
    expect(quoteFacts(new Token('Rina', 'rina', 0, 4, F_WORD | F_CAP | F_HAS_LOWER, 0))).toEqual([true, true, true, false]);
    expect(quoteFacts(new Token('2024', '2024', 5, 9, F_WORD | F_NUM, 0))).toEqual([true, false, false, true]);
    expect(quoteFacts(new Token(',', ',', 9, 10, 0, 0))).toEqual([false, false, false, false]);
  });

  it('the quote tokenizer gives each word and mark its facts', () => {
    const tokens = quoteTokens('Rina Wulandari (APTB) berkata 3 kali.', lexicon(languageData('ind')));
    expect(tokens.map((t) => [t.text, ...quoteFacts(t)])).toEqual([
      ['Rina', true, true, true, false],
      ['Wulandari', true, true, true, false],
      ['(', false, false, false, false],
      ['APTB', true, true, false, false],
      [')', false, false, false, false],
      ['berkata', true, false, true, false],
      ['3', true, false, false, true],
      ['kali', true, false, true, false],
      ['.', false, false, false, false],
    ]);
  });

  it('a capitalised title opening a paragraph in capitals is read in its usual form, with its facts', () => {
    const [first] = quoteTokens('KETUA Aliansi Petani Tangguh Bersatu berkata.', lexicon(languageData('ind')));
    expect(first && [first.text, first.lower, ...quoteFacts(first)]).toEqual(['Ketua', 'ketua', true, true, true, false]);
  });

  it('an organisation word reads cap, acronym and spaced from its bits', () => {
    const w = wordToken('APTB', 3, 7, true, true, false);
    expect([w.text, w.start, w.end, w.cap, w.acronym, w.spaced]).toEqual(['APTB', 3, 7, true, true, false]);
    expect(organisationWords('Aliansi  APTB,dan').map((t) => [t.text, t.cap, t.acronym, t.spaced])).toEqual([
      ['Aliansi', true, false, false],
      ['APTB', true, true, true],
      ['dan', false, false, false],
    ]);
  });
});
