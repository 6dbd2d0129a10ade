/**
 * Literal text a regular expression cannot match without: a pre-check that skips running a
 * pattern over a text that lacks it (`\b[a-z]{2,20}syen\b` needs `syen`). Read from the source
 * of a case-sensitive pattern; anything the reader does not understand contributes nothing, so
 * the answer only ever errs towards "run the regex".
 */

/** Characters with a meaning of their own in a pattern. */
const SYNTAX = new Set('\\^$.*+?()[]{}|/');

/**
 * Strings of which a match must contain at least one (one per top-level alternative, the longest
 * run of plain characters each must contain), or null when some alternative needs none.
 * Only for patterns without the `i` flag.
 */
export function requiredLiterals(source: string): string[] | null {
  const branches = splitTop(source, 0, source.length);
  if (branches === null) return null;
  const out: string[] = [];
  for (const [from, to] of branches) {
    const run = longestRun(source, from, to);
    if (run === null || run === '') return null;
    out.push(run);
  }
  return out;
}

/** The `[from, to)` ranges of the alternatives of `source[from, to)`, or null when unbalanced. */
function splitTop(s: string, from: number, to: number): [number, number][] | null {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(s, i, to);
    else if (c === '(') i = groupEnd(s, i, to);
    else if (c === '|') {
      out.push([start, i]);
      start = i + 1;
    }
    if (i < 0) return null;
  }
  out.push([start, to]);
  return out;
}

/** Index of the `]` closing the class opened at `i`, or -1. */
function classEnd(s: string, i: number, to: number): number {
  for (let k = i + 1; k < to; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === ']') return k;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `i`, or -1. */
function groupEnd(s: string, i: number, to: number): number {
  let depth = 0;
  for (let k = i; k < to; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(s, k, to);
      if (k < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/** Where a quantifier after `i` ends (`i` itself when there is none), or -1 when malformed. */
function quantifierEnd(s: string, i: number, to: number): number {
  const c = s[i];
  let end = i;
  if (c === '*' || c === '+' || c === '?') end = i + 1;
  else if (c === '{') {
    end = s.indexOf('}', i);
    if (end < 0 || end >= to) return -1;
    end++;
  }
  if (end > i && s[end] === '?') end++;
  return end;
}

/** The longest run of characters every match of `s[from, to)` (one alternative) holds, or null. */
function longestRun(s: string, from: number, to: number): string | null {
  let best = '';
  let run = '';
  const close = (tail = '') => {
    if (run.length > best.length) best = run;
    run = tail;
  };
  for (let i = from; i < to; ) {
    const c = s[i]!;
    let literal: string | null = null;
    let pure: string[] | null = null;
    let next: number;
    if (c === '\\') {
      const e = s[i + 1];
      if (e === undefined) return null;
      if (SYNTAX.has(e)) literal = e;
      next = escapeEnd(s, i);
      if (next <= 0) return null;
    } else if (c === '[') {
      next = classEnd(s, i, to) + 1;
      if (next <= 0) return null;
    } else if (c === '(') {
      const end = groupEnd(s, i, to);
      if (end < 0) return null;
      pure = literalAlternatives(s, i, end);
      next = end + 1;
    } else {
      // A high surrogate is half of a code point a quantifier may apply to as a whole.
      if (!SYNTAX.has(c) && !(c >= '\uD800' && c <= '\uDBFF')) literal = c;
      next = i + 1;
    }
    const after = quantifierEnd(s, next, to);
    if (after < 0) return null;
    if (after > next) {
      // Repeated or optional: nothing here is sure to appear once, in place.
      close();
    } else if (literal !== null) {
      run += literal;
    } else if (pure !== null) {
      run += commonEdge(pure, 'start');
      close(commonEdge(pure, 'end'));
    } else {
      close();
    }
    i = after;
  }
  close();
  return best;
}

/** Where the escape at `i` ends (`\\.`, `\\d`, `\\p{L}`, `\\u{1F600}`, `\\u00A0`, `\\x41`, `\\cJ`, `\\k<name>`, `\\12`), or 0 when malformed. */
function escapeEnd(s: string, i: number): number {
  const e = s[i + 1];
  if ((e === 'p' || e === 'P' || e === 'u') && s[i + 2] === '{') return s.indexOf('}', i) + 1;
  if (e === 'k' && s[i + 2] === '<') return s.indexOf('>', i) + 1;
  if (e === 'u') return i + 6;
  if (e === 'x') return i + 4;
  if (e === 'c') return i + 3;
  let end = i + 2;
  if (e !== undefined && e >= '0' && e <= '9') while (s[end] !== undefined && s[end]! >= '0' && s[end]! <= '9') end++;
  return end;
}

/** The alternatives of a plain or non-capturing group made of plain characters only, or null. */
function literalAlternatives(s: string, open: number, close: number): string[] | null {
  let from = open + 1;
  if (s[from] === '?') {
    if (s[from + 1] !== ':') return null;
    from += 2;
  }
  const body = s.slice(from, close);
  for (const c of body) if (c !== '|' && (SYNTAX.has(c) || c.length > 1)) return null;
  return body.split('|');
}

/** The longest common prefix (`start`) or suffix (`end`) of `words`. */
function commonEdge(words: readonly string[], edge: 'start' | 'end'): string {
  let n = Math.min(...words.map((w) => w.length));
  const at = (w: string, k: number) => (edge === 'start' ? w[k] : w[w.length - 1 - k]);
  for (let k = 0; k < n; k++) {
    if (words.some((w) => at(w, k) !== at(words[0]!, k))) n = k;
  }
  const w = words[0]!;
  return edge === 'start' ? w.slice(0, n) : w.slice(w.length - n);
}
