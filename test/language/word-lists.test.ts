import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lang/index.js';
import { oneWordHeads } from '../../src/lang/word-lists.js';
import { lexicon } from '../../src/quotes/speech-words.js';
import { namesakeTitles, roleGivenNames } from '../../src/lang/names.js';
import { titleWords as englishTitles } from '../../src/lang/en/speech.js';
import { titleWords as indonesianTitles } from '../../src/lang/id/speech.js';
import { titleWords as malayTitles } from '../../src/lang/ms/speech.js';

const TITLE_WORDS = { ind: indonesianTitles, zlm: malayTitles, eng: englishTitles } as const;

/** Every list of strings in `value`, by its path (`speech.roles`, `boilerplate.lines`). */
function stringLists(value: unknown, path: string, out: Map<string, readonly unknown[]>): Map<string, readonly unknown[]> {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.set(path, value);
    else value.forEach((v, i) => stringLists(v, `${path}[${i}]`, out));
    // Lists of objects (`JunkPhrase`): the same object twice is a repeated entry too.
    if (value.every((v) => typeof v === 'object' && v !== null)) out.set(path, value.map((v) => JSON.stringify(v)));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) stringLists(v, path ? `${path}.${k}` : k, out);
  }
  return out;
}

describe('language word lists', () => {
  it('given-name titles and role given names are all capitalised (the name reader skips lower-case words before asking them)', () => {
    const lower = [...namesakeTitles, ...roleGivenNames].filter((w) => !/^\p{Lu}/u.test(w));
    expect(lower).toEqual([]);
  });

  it('agency sign-offs end in a letter (the caption pass skips blocks that end in a stop without searching them)', () => {
    const odd = Object.values(LANGUAGES).flatMap((l) => l.boilerplate.signOffs).filter((w) => !/\p{L}$/u.test(w));
    expect(odd).toEqual([]);
  });

  for (const [code, data] of Object.entries(LANGUAGES)) {
    it(`word lists: no list of ${code} holds the same entry twice`, () => {
      const repeated: string[] = [];
      for (const [path, list] of stringLists(data, '', new Map())) {
        const seen = new Set<unknown>();
        for (const entry of list) {
          if (seen.has(entry)) repeated.push(`${path}: ${String(entry)}`);
          seen.add(entry);
        }
      }
      expect(repeated).toEqual([]);
    });

    it(`word lists: every one-word organisation head of ${code} is an org word for speakers, unless listed as none`, () => {
      const lex = lexicon(data);
      const except = new Set(data.speech.notOrgWords ?? []);
      const missing = oneWordHeads(data.organisations.heads).filter((h) => !except.has(h) && !lex.orgWords.has(h));
      expect(missing).toEqual([]);
      // The speech data's own list adds words, it does not repeat a head.
      const heads = new Set(Object.keys(data.organisations.heads));
      if (code !== 'zlm') expect(data.speech.orgWords.filter((w) => heads.has(w))).toEqual([]);
      for (const w of except) expect(lex.orgWords.has(w), w).toBe(false);
    });

    it(`word lists: every place of ${code}'s organisation finder is a place for speakers`, () => {
      const lex = lexicon(data);
      expect(data.organisations.places.filter((p) => !lex.places.has(p))).toEqual([]);
      const finder = new Set(data.organisations.places);
      if (code !== 'zlm') expect(data.speech.places.filter((p) => finder.has(p))).toEqual([]);
    });

    it(`word lists: ${code}'s title words are both speaker roles and organisation breakers, from one list`, () => {
      const titles = TITLE_WORDS[code as keyof typeof TITLE_WORDS];
      const roles = new Set(data.speech.roles);
      const breakers = new Set(data.organisations.breakers);
      expect(titles.filter((w) => !roles.has(w) || !breakers.has(w))).toEqual([]);
      // A word both lists need belongs in the title words, not written twice (Malay reads the Indonesian roles as well).
      if (code !== 'zlm') expect(data.speech.roles.filter((r) => breakers.has(r) && !titles.includes(r))).toEqual([]);
    });

    it(`word lists: every sentence opener of ${code}'s speech data is a filler too`, () => {
      // The readers step over fillers before asking whether the first was an opener: an opener that is no filler would never be seen.
      const fillers = new Set(data.speech.fillers);
      expect((data.speech.openers ?? []).filter((w) => !fillers.has(w))).toEqual([]);
    });
  }
});
