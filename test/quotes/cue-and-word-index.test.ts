import { describe, expect, it } from 'vitest';
import { languageData } from '../../src/lang/index.js';
import { cueTest } from '../../src/quotes/indirect-hits.js';
import { lexicon } from '../../src/quotes/speech-words.js';
import type { SupportedLanguage } from '../../src/types.js';
import { escapeRegExp } from '../../src/util/patterns.js';
import { WordIndex } from '../../src/quotes/word-index.js';

/**
 * The quick reporting-cue test of `findQuotes` (which paragraphs need a people pass) groups its cue words by
 * first letter. Grouping must not change what it finds: for every language's cue words, in any case and any
 * place in a text, it answers what the plain escaped alternation of the same words answers, with the same match.
 */

const LANGS: readonly SupportedLanguage[] = ['ind', 'zlm', 'eng'];

/** The cue words the prefilter reads, and the pattern it was before grouping: a flat alternation, longest first. */
function plainCueTest(code: SupportedLanguage): { words: string[]; re: RegExp } {
  const lex = lexicon(languageData(code));
  const words = [...new Set([...lex.accordingSeqs.map((s) => s[0]!), ...lex.intro.keys()])];
  const escaped = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { words, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'iu') };
}

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Where the two patterns match, and what: `null` when neither may. */
const answer = (re: RegExp, text: string): [number, string] | null => {
  const m = re.exec(text);
  return m ? [m.index, m[0]] : null;
};

describe('quotes: grouped reporting-cue test', () => {
  for (const code of LANGS) {
    const { words, re: plain } = plainCueTest(code);
    const grouped = cueTest(lexicon(languageData(code)));

    it(`${code}: finds every cue word as the plain alternation does, in any case and place`, () => {
      expect(words.length).toBeGreaterThan(10);
      const differ: string[] = [];
      for (const word of words) {
        for (const w of [word.toLowerCase(), word.toUpperCase(), capitalised(word)]) {
          for (const text of [w, `${w} pagi tadi.`, `Pagi tadi, ${w}`, `Di kebun itu (${w}) saja.`, `"${w}," ujarnya.`]) {
            const got = answer(grouped, text);
            if (got === null || JSON.stringify(got) !== JSON.stringify(answer(plain, text))) differ.push(text);
          }
        }
      }
      expect(differ).toEqual([]);
    });

    it(`${code}: answers as the plain alternation for other words and for cues glued inside a word`, () => {
      const differ: string[] = [];
      const texts = ['Pagi tadi hujan turun di kebun.', 'The garden gate was painted blue.', 'Rumah 12 di jalan buntu.', ''];
      for (const word of words) {
        // Glued after a letter or a digit: not a cue for either. Glued before a suffix: both still read the cue.
        texts.push(`ke${word}`, `KE${word.toUpperCase()}`, `7${word}`, `${word}nya`, `${capitalised(word)}NYA lagi`);
      }
      for (const text of texts) {
        if (JSON.stringify(answer(grouped, text)) !== JSON.stringify(answer(plain, text))) differ.push(text);
      }
      expect(differ).toEqual([]);
      expect(grouped.test('Pagi tadi hujan turun di kebun.')).toBe(false);
      expect(grouped.test(`ke${words[0]!}`)).toBe(false);
      expect(grouped.test(`${words[0]!}nya`)).toBe(true);
    });
  }
});

describe('quotes: word index', () => {
  it('answers as a set of the words added', () => {
    const index = new WordIndex(4);
    for (const w of ['yang', 'petani', 'yang', 'tangguh', 'bersatu']) index.add(w);
    expect(['yang', 'petani', 'tangguh', 'bersatu'].every((w) => index.has(w))).toBe(true);
    expect(index.has('aliansi')).toBe(false);
    expect(index.has('')).toBe(false);
    expect(index.has('Petani')).toBe(false);
  });

  it('keeps words that share a signature, past a full chain too', () => {
    // Seven letters differing only in the third: one signature (first two, length, middle, last).
    const words = Array.from({ length: 200 }, (_, k) => `ab${String.fromCharCode(0x100 + k)}defg`);
    const index = new WordIndex(8);
    for (const w of words) index.add(w);
    expect(words.every((w) => index.has(w))).toBe(true);
    expect(index.has(`ab${String.fromCharCode(0x300)}defg`)).toBe(false);
  });
});
