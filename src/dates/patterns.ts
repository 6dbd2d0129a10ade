/** Pattern helpers for the date grammar: literal escaping and word alternations. */

/** Escape a literal for use inside a regex. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Longest-first alternation of literal words and phrases (so `Agustus` wins over `Agu`, and
 * `kemarin lusa` over `kemarin`); a space inside a phrase matches one or two spaces.
 * Empty when there are no words: callers substitute `(?!)`, which never matches.
 */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter((w) => w !== '')
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escapeRegex(w).replace(/ /g, '[ ]{1,2}'))
    .join('|');
}

/** An alternation that never matches when the list is empty. */
export function alternationOrNever(words: Iterable<string>): string {
  return alternation(words) || '(?!)';
}

const dataIds = new WeakMap<object, number>();
let nextDataId = 0;

/** A stable key for a list of data objects, so callers may pass fresh arrays. */
export function dataKey(list: readonly object[]): string {
  return list
    .map((d) => {
      let id = dataIds.get(d);
      if (id === undefined) {
        id = nextDataId++;
        dataIds.set(d, id);
      }
      return id;
    })
    .join(',');
}

/** A phrase as a lookup key: lower case, single spaces. */
export function phraseKey(s: string): string {
  const lower = s.toLowerCase();
  return lower.indexOf(' ') < 0 ? lower : lower.replace(/\s+/g, ' ');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * An alternation of lower-case words written as a character trie (`se(?:nin|lasa|mala(?:m))`):
 * the regex engine then decides on each character once, instead of trying every word at every
 * word start. Matches exactly the same words as `alternation(words)`, longest first.
 */
export function trieAlternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    if (w === '') continue;
    let node = root;
    for (const ch of w.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const serialize = (node: TrieNode): string => {
    const branches = [...node.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => (ch === ' ' ? '[ ]{1,2}' : escapeRegex(ch)) + serialize(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${branches.length === 1 ? body : branches.join('|')})?`;
  };
  return serialize(root) || '(?!)';
}

/** A hash of `text[start, end)` with ASCII letters folded to lower case. */
function foldedHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h;
}

/**
 * Words looked up straight from the text without cutting them out (ASCII letters compared
 * case-insensitively): the scanner's hot path allocates nothing for the many words it passes.
 */
export class WordTable<V> {
  private readonly buckets = new Map<number, { word: string; value: V }[]>();

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [w, value] of entries) {
      const word = w.toLowerCase();
      const h = foldedHash(word, 0, word.length);
      const bucket = this.buckets.get(h);
      if (!bucket) this.buckets.set(h, [{ word, value }]);
      else if (!bucket.some((e) => e.word === word)) bucket.push({ word, value });
    }
  }

  /** The value of the word `text[start, end)`, or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const bucket = this.buckets.get(foldedHash(text, start, end));
    if (!bucket) return undefined;
    for (const e of bucket) {
      if (e.word.length !== end - start) continue;
      let same = true;
      for (let k = 0; k < e.word.length && same; k++) {
        const c = text.charCodeAt(start + k);
        same = (c >= 65 && c <= 90 ? c + 32 : c) === e.word.charCodeAt(k);
      }
      if (same) return e.value;
    }
    return undefined;
  }

  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }
}

/** Letters (ASCII and Latin), the apostrophes of `Jum'at`, and a hyphen inside a word. */
export function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 39 || c === 0x2019;
}

/** Where the word of letters starting at `i` ends (`i` when none). */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 24 && isWordUnit(text.charCodeAt(j))) j++;
  return j;
}

/** The start of the next word after `i`, across at most `maxSpaces` spaces (and an optional comma when `comma`), or -1. */
export function nextWordStart(text: string, i: number, maxSpaces = 2): number {
  let j = i;
  while (text.charCodeAt(j) === 32 && j - i < maxSpaces) j++;
  return j > i && isWordUnit(text.charCodeAt(j)) ? j : -1;
}
