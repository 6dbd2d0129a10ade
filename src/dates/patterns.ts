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
  return s.toLowerCase().replace(/\s+/g, ' ');
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
