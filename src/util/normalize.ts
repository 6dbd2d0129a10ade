import { decodeHTMLStrict } from './entities.js';

/**
 * Text as the stages see it, with a way back to the caller's offsets.
 *
 * Normalizing changes lengths (`&#8211;` → `–`, `\r\n` → `\n`, `AntÃ³nio` → `António`,
 * zero-width characters dropped), so every normalized code unit remembers where its
 * source region starts. Stages work on `text`; spans are mapped back with `toSource`.
 */
export interface Normalized {
  /** The normalized text. Same line structure as the input (one `\n` per line break). */
  readonly text: string;
  /** The caller's string, untouched. */
  readonly source: string;
  /** `offsets[i]` = source offset where normalized code unit `i` starts; `offsets[text.length]` = source length. */
  readonly offsets: Uint32Array;
}

/** Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const INVISIBLE_G = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Space characters other than the plain space and tab that scrapers leave (NBSP, thin, ideographic, …). */
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const ODD_SPACE_G = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** An HTML character reference: `&amp;`, `&#8211;`, `&#x2013;`. Bounded, so linear. */
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** A run that looks like UTF-8 read as Latin-1/Windows-1252 (`Ã³`, `â€™`). */
const MOJIBAKE_LEAD = /[\u00C2-\u00F4]/;
/** Combining marks: only these make NFC change anything for Latin text. */
const COMBINING = /[\u0300-\u036F]/;

/** Windows-1252 characters in 0x80–0x9F, mapped back to their byte. */
const CP1252_BYTE: ReadonlyMap<string, number> = new Map(
  [
    '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
    '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
  ]
    .map((ch, i): [string, number] => [ch, 0x80 + i])
    .filter(([ch]) => ch !== ''),
);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Byte value of a character as Latin-1/Windows-1252 would have shown it, or -1. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return CP1252_BYTE.get(ch) ?? -1;
}

/**
 * Try to repair one double-encoded UTF-8 sequence starting at `i` (`Ã³` → `ó`).
 * Returns the repaired character and how many source code units it used, or null.
 */
function repairMojibake(s: string, i: number): { ch: string; used: number } | null {
  const lead = byteOf(s[i]!);
  const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (len === 0 || i + len > s.length) return null;
  const bytes = new Uint8Array(len);
  for (let k = 0; k < len; k++) {
    const b = byteOf(s[i + k]!);
    if (b < 0 || (k > 0 && (b < 0x80 || b > 0xbf))) return null;
    bytes[k] = b;
  }
  try {
    return { ch: utf8.decode(bytes), used: len };
  } catch {
    return null;
  }
}

/**
 * Normalize scraped text for analysis while keeping a map to the input's offsets.
 * Linear in the input length; never throws.
 */
export function normalize(source: string): Normalized {
  const n = source.length;
  // Output is never longer than the input, so one preallocated table suffices.
  const offsets = new Uint32Array(n + 1);
  const parts: string[] = [];
  let len = 0;
  const push = (piece: string, at: number) => {
    parts.push(piece);
    for (let k = 0; k < piece.length; k++) offsets[len++] = at;
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(source.slice(from, to));
    for (let k = from; k < to; k++) offsets[len++] = k;
  };

  const scan: MarkupScan = { noCloseFrom: new Map() };
  SPECIAL.lastIndex = 0;
  let plainFrom = 0;
  while (SPECIAL.test(source)) {
    let i = SPECIAL.lastIndex - 1;
    // A combining mark is worked on from the character it combines with (not a line break).
    if (i > plainFrom && isCombining(source.charCodeAt(i)) && !isLineBreak(source.charCodeAt(i - 1))) i--;
    copy(plainFrom, i);
    const used = normalizeAt(source, i, push, scan);
    plainFrom = i + used;
    SPECIAL.lastIndex = plainFrom;
  }
  copy(plainFrom, n);
  offsets[len] = n;
  return { text: parts.join(''), source, offsets: offsets.subarray(0, len + 1) };
}

/** The text needs no normalizing: `normalize(source).text === source`, offsets unchanged. */
export function isNormalized(source: string): boolean {
  SPECIAL.lastIndex = 0;
  return !SPECIAL.test(source);
}

/**
 * Characters that may need work, one at a time (a lookahead for the character before a
 * combining mark would be tried at every position); everything else is copied as it is.
 */
const SPECIAL = /[<\r\t\f\v&\u00A0\u00AD\u00C2-\u00F4\u0300-\u036F\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\uD800-\uDBFF]/g;

function isCombining(c: number): boolean {
  return c >= 0x300 && c <= 0x36f;
}

/** What `.` does not match. */
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Normalize the special character at `i`; returns how many source code units it consumed (≥ 1). */
function normalizeAt(source: string, i: number, push: (piece: string, at: number) => void, scan: MarkupScan): number {
  const ch = source[i]!;
  if (ch === '\r') {
    // CRLF and lone CR are both one line break.
    push('\n', i);
    return source[i + 1] === '\n' ? 2 : 1;
  }
  if (ch === '\u2028' || ch === '\u2029') {
    // Unicode's line and paragraph separators break lines like `\n` (every stage splits on `\n`).
    push('\n', i);
    return 1;
  }
  if (INVISIBLE.test(ch)) return 1;
  if (ch === '<') {
    const used = skipMarkup(source, i, push, scan);
    if (used > 0) return used;
  }
  if (ODD_SPACE.test(ch) || ch === '\t' || ch === '\f' || ch === '\v') {
    push(' ', i);
    return 1;
  }
  if (ch === '&') {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(source);
    if (m) {
      const decoded = decodeHTMLStrict(m[0]);
      if (decoded !== m[0]) {
        // An entity can decode to a space or an invisible character too.
        push(decoded.replace(ODD_SPACE_G, ' ').replace(INVISIBLE_G, ''), i);
        return m[0].length;
      }
    }
  }
  if (MOJIBAKE_LEAD.test(ch)) {
    const fixed = repairMojibake(source, i);
    if (fixed) {
      push(fixed.ch, i);
      return fixed.used;
    }
  }
  if (COMBINING.test(source[i + 1] ?? '')) {
    // A base letter with combining marks: compose it (NFC) as one unit.
    let j = i + 1;
    while (j < source.length && COMBINING.test(source[j]!)) j++;
    const composed = source.slice(i, j).normalize('NFC');
    if (composed.length < j - i) push(composed, i);
    // Nothing to compose (a mark on a quotation mark): each unit keeps its own offset, so a span
    // starting after the base still maps to where it starts.
    else for (let k = i; k < j; k++) push(source[k]!, k);
    return j - i;
  }
  const code = ch.charCodeAt(0);
  const next = source.charCodeAt(i + 1);
  if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
    // Keep surrogate pairs together so offsets never split a code point (a lone high surrogate
    // stays alone: the line break after it is still a line break).
    push(source.slice(i, i + 2), i);
    return 2;
  }
  push(ch, i);
  return 1;
}

/**
 * HTML left in scraped text: tags of known HTML elements are markup, not text. Block
 * elements end a line (so `<p>` paragraphs stay apart); inline ones vanish; scripts,
 * styles and comments go with their content. Unknown `<Words>` are kept as text.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]{0,15})(?:\s[^<>]{0,2000})?\/?>/y;
const BLOCK_TAGS = new Set(
  'p div li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote figure figcaption section article header footer nav aside hr pre dd dt dl main'.split(' '),
);
const INLINE_TAGS = new Set('a em strong b i u span small sup sub img font abbr cite code mark time html body head title meta link iframe picture source tbody thead td th label ins del'.split(' '));
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript']);

/** Closing tags of the elements whose content is skipped, found case-insensitively. */
const CLOSE_TAG: Readonly<Record<string, RegExp>> = { script: /<\/script/gi, style: /<\/style/gi, noscript: /<\/noscript/gi };

/**
 * Where a search for a closer (`-->`, `</script`) already failed, per normalize call: no later
 * search can succeed, so a page of many unclosed `<!--` is scanned once, not once per opener.
 */
interface MarkupScan {
  noCloseFrom: Map<string, number>;
}

/** The first `closer` at or after `from`, or -1; remembers failures in `scan`. */
function findCloser(source: string, from: number, closer: string, scan: MarkupScan): number {
  if (from >= (scan.noCloseFrom.get(closer) ?? Infinity)) return -1;
  let at: number;
  const re = CLOSE_TAG[closer];
  if (re) {
    re.lastIndex = from;
    at = re.exec(source)?.index ?? -1;
  } else {
    at = source.indexOf(closer, from);
  }
  if (at < 0) scan.noCloseFrom.set(closer, from);
  return at;
}

function skipMarkup(source: string, i: number, push: (piece: string, at: number) => void, scan: MarkupScan): number {
  if (source.startsWith('<!--', i)) {
    // An unclosed comment is not markup: a stray `<!--` must not swallow the rest of the text.
    const end = findCloser(source, i + 4, '-->', scan);
    return end < 0 ? 0 : end + 3 - i;
  }
  TAG.lastIndex = i;
  const m = TAG.exec(source);
  if (!m) return 0;
  const name = m[2]!.toLowerCase();
  if (SKIPPED_CONTENT.has(name) && m[1] === '') {
    // Unclosed, only the tag goes: the text after it may be the article.
    const close = findCloser(source, i + m[0].length, name, scan);
    if (close < 0) return m[0].length;
    const gt = source.indexOf('>', close);
    return (gt < 0 ? close + name.length + 2 : gt + 1) - i;
  }
  if (BLOCK_TAGS.has(name)) {
    push('\n', i);
    return m[0].length;
  }
  // A line break inside a paragraph is a space, not a new paragraph.
  if (name === 'br') {
    push(' ', i);
    return m[0].length;
  }
  return INLINE_TAGS.has(name) || SKIPPED_CONTENT.has(name) ? m[0].length : 0;
}

/** Map a normalized `[start, end)` back to the source. */
export function toSourceSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const s = norm.offsets[start] ?? norm.source.length;
  // The end of a region is where the next normalized unit starts in the source.
  const e = end >= norm.text.length ? norm.source.length : (norm.offsets[end] ?? norm.source.length);
  return { start: s, end: Math.max(s, e) };
}

/**
 * The whitespace `collapseWhitespace` must rewrite: a run of two or more, or one character that is not
 * a plain space. Same result as replacing every `\s+` run, without a match per word of ordinary text.
 */
const IRREGULAR_SPACE = /\s{2,}|[^\S ]/g;

/** Collapse runs of whitespace to one space and trim: how paragraph and quote text is shown. */
export function collapseWhitespace(s: string): string {
  return s.replace(IRREGULAR_SPACE, ' ').trim();
}


/** The display form of any source region: normalized, then whitespace collapsed. */
export function cleanText(sourceSlice: string): string {
  return collapseWhitespace(normalize(sourceSlice).text);
}
