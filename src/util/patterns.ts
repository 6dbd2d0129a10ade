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

/**
 * `alternation(phrases)` with the phrases grouped by their first character (`B(?:aca juga|erita terkait)|S(?:…)`),
 * for a pattern with the given `flags`, tried at one position (`^(?:…)`, sticky): the engine then tries the phrases of
 * one group, not every phrase. It matches what `alternation` matches, the same phrase first (and in the same order
 * when the pattern backtracks into it): phrases of two groups never match the same text, since a group holds every
 * phrase whose first character the pattern reads as its first one's (with `i`, any case of it), and each group keeps
 * the longest-first order.
 */
export function firstCharAlternation(phrases: readonly string[], flags: string): string {
  const groups: { first: string; head: string; rests: string[] }[] = [];
  const groupOf = new Map<string, { first: string; head: string; rests: string[] }>();
  const ignoreCase = flags.includes('i');
  for (const phrase of [...new Set(phrases)].sort((a, b) => b.length - a.length)) {
    const pattern = phrasePattern(phrase);
    const first = [...phrase.trim()][0];
    const head = first === undefined ? '' : escapeRegExp(first);
    // A phrase whose pattern does not open with its first character as written: no grouping.
    if (first === undefined || !pattern.startsWith(head)) return alternation(phrases);
    let group = groupOf.get(first);
    // With `i`, the pattern itself says which first characters are one (`b` and `B`; `ſ` and `s` only with `u`).
    if (!group && ignoreCase) group = groups.find((g) => new RegExp(`^${g.head}$`, flags).test(first));
    if (!group) groups.push((group = { first, head, rests: [] }));
    groupOf.set(first, group);
    group.rests.push(pattern.slice(head.length));
  }
  return groups.map((g) => `${g.head}(?:${g.rests.join('|')})`).join('|');
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

/**
 * A page's view count with its label before or its unit after (`Dibaca: 417 Pengunjung`, `Dilihat 1.204 kali`,
 * `1,024 views`), unanchored; `words` is an alternation of the language data's `viewCounterWords`.
 */
export function viewCounterSource(words: string): string {
  const count = '[0-9][0-9.,]{0,11}';
  return `(?:${words}) ?:? ?${count}(?: (?:${words}))?|${count} (?:${words})`;
}
