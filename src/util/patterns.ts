/** Escape a literal for use inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The most spaces `phrasePattern` lets stand between two words, or before a colon. */
const PHRASE_SPACES = 3;

/**
 * A pattern source for a phrase that tolerates the spacing scrapers vary:
 * any run of spaces between words, optional spaces before `:`.
 */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/:$/, ' ?:'))
    .join(` {0,${PHRASE_SPACES}}`)
    .replace(/ \?:/g, ` {0,${PHRASE_SPACES}}:`);
}

/** The longest text `phrasePattern(phrase)` matches: its words, and the most spaces it lets stand after each. */
export function phraseReach(phrase: string): number {
  const words = phrase.trim().split(/\s+/);
  return words.reduce((n, word) => n + word.length + PHRASE_SPACES, 0);
}

/** Alternation of phrases, longest first so `Simak juga Video` wins over `Simak`. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

/** A lookup key for a phrase as matched: lower case, no spaces. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

/** Memoise a builder per data object, so patterns are built on first use, not at import. */
export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** `(?:com|co\.id|…)`: literal words as one group, escaped, longest first (`co.id` before `co`), spacing as written. */
export function literalGroup(words: readonly string[]): string {
  return `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}
