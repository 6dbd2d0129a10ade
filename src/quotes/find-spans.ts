/**
 * Step 1 of quote finding: pair the quotation marks of one paragraph.
 *
 * News text is messy: Kompas prints `”` to open as well as to close, scrapers glue marks to
 * the neighbouring word, a mark goes missing and the quote runs to the end of its paragraph.
 * So marks are paired by their shape (space before and a word after = opening; a word before
 * and a space after = closing) and only then by their glyph. Whether a span is speech or a
 * scare quote / title is decided later, from its attribution (see `isSpeechShaped`).
 */

/** A stretch of text between marks, in offsets of the paragraph text. */
export interface MarkSpan {
  /** First code unit inside the marks. */
  start: number;
  /** End of the words inside the marks (exclusive), trailing spaces trimmed. */
  end: number;
  /** Offset of the opening mark, or -1 when there is none (a closing mark with no opener). */
  open: number;
  /**
   * Offset of the closing mark's last code unit (`close + 1` is right after it), or -1 when the quote
   * runs to the end of the paragraph or the next opener.
   */
  close: number;
  /** Single marks (`‘…’`, `'…'`), which are speech marks only when attributed. */
  single: boolean;
}

/** Double marks that open by their glyph (``` `` ``` and `‘‘` open the two-apostrophe style of some Malay papers). */
const TYPED_OPEN = new Set(['“', '«', '„', '``', '‘‘']);
/** Double marks that close by their glyph (Kompas also opens with `”`). */
const TYPED_CLOSE = new Set(['”', '»']);
/** Every double mark. */
const DOUBLE = new Set(['"', '“', '”', '«', '»', '„', '‟']);
/**
 * The same marks, for jumping between them, and the two-character marks of the typewriter style
 * (``` ``Kita mesti bersatu,'' katanya ```, also `‘‘…’’`).
 */
const DOUBLE_G = /``|''|‘‘|’’|["“”«»„‟]/g;
/** Characters that may stand before an opening mark (besides spaces). */
const BEFORE_OPEN = new Set(['(', '[', '{', '—', '–', '-', ':', '/', '…']);
/** Characters that may follow a closing mark (besides spaces). */
const AFTER_CLOSE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '-', '/']);
/** Characters that may end a sentence right before the next mark. */
const SENTENCE_END = new Set(['.', ',', '!', '?', ';', ':', '…']);

/** The longest quote an unclosed opening mark may claim, in code units (a guard for paragraph-less text). */
const MAX_UNCLOSED_LENGTH = 1500;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\u00A0';
}

/** Left side allows an opening mark: start, space or an opening bracket. */
function leftOpen(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  return prev === undefined || isSpace(prev) || BEFORE_OPEN.has(prev);
}

/** Right side allows a closing mark: end, space or punctuation. */
function rightOpen(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next === '.' || next === '…') return !ellipsisThenWord(text, i + 1);
  return next === undefined || isSpace(next) || AFTER_CLOSE.has(next) || DOUBLE.has(next);
}

/** `"...dan itu yang kami mau,"`: an ellipsis glued to a word opens the words after it. */
function ellipsisThenWord(text: string, i: number): boolean {
  let j = i;
  while (j < i + 3 && (text[j] === '.' || text[j] === '…')) j++;
  return (text[i] === '…' || j - i === 3) && STARTS_WORD_ANY.test(text[j] ?? '');
}
const STARTS_WORD_ANY = /[\p{L}\p{N}]/u;

/** Trim spaces from both ends of `[s, e)`; returns the trimmed pair. */
function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/**
 * Pair the double quotation marks of one paragraph. `startsWithVerb(i)` tells whether the word
 * starting at offset `i` is a speech verb: a mark shaped like an opener but followed by `kata`
 * (`fundamental, ”kata X`) is really a misplaced closer.
 */
export function findSpans(text: string, startsWithVerb: (i: number) => boolean): MarkSpan[] {
  const out: MarkSpan[] = [];
  let open = -1;
  const push = (o: number, s: number, e: number, c: number, single = false) => {
    const [ts, te] = trim(text, s, e);
    if (te > ts) out.push({ start: ts, end: te, open: o, close: c, single });
  };
  // Jump from mark to mark instead of testing every character.
  DOUBLE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  let openWidth = 1;
  while ((m = DOUBLE_G.exec(text)) !== null) {
    const i = m.index;
    const ch = m[0];
    // `last` is the mark's last code unit: a two-character mark is shaped by what stands around both.
    const last = i + ch.length - 1;
    const lo = leftOpen(text, i);
    const ro = rightOpen(text, last);
    const openerShape = lo && !ro;
    const closerShape = !lo && ro;
    if (open < 0) {
      // A closing-shaped mark with nothing open: an orphan; after sentence punctuation it closes a quote whose opener is missing.
      const orphan = closerShape || (!lo && !ro && i > 0 && SENTENCE_END.has(text[i - 1]!) && !TYPED_OPEN.has(ch));
      openWidth = ch.length;
      if (orphan && gluedOpener(text, i, startsWithVerb)) open = i;
      else if (orphan) out.push({ start: i, end: i, open: -1, close: last, single: false });
      else if (!(lo && ro)) open = i;
      else if (TYPED_OPEN.has(ch) || strayOpener(text, last)) open = i; // `“ Kami` / `" Kami`: a stray space after it
      continue;
    }
    if (closerShape || (!openerShape && !TYPED_OPEN.has(ch)) || (openerShape && startsWithVerb(last + 1))) {
      push(open, open + openWidth, i, last);
      open = -1;
      continue;
    }
    if (openerShape || TYPED_OPEN.has(ch)) {
      // A new opener while one is open: the first quote lost its closing mark.
      push(open, open + openWidth, i, -1);
      open = i;
      openWidth = ch.length;
      continue;
    }
    push(open, open + openWidth, i, last);
    open = -1;
  }
  if (open >= 0) push(open, open + openWidth, Math.min(text.length, open + openWidth + MAX_UNCLOSED_LENGTH), -1);
  const spans = mergeNested(text, out);
  findSingles(text, spans);
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/** Sentence punctuation after which a scraper join may glue the next paragraph's opening mark (`tiba." Kami`). */
const PARAGRAPH_END = new Set(['.', '!', '?', '…']);
/** A comma join (`kemarin,"Kami`) glues the mark too, but only with no space on either side of it. */
const JOIN_COMMA = ',';
const STARTS_WORD = /[\p{Lu}\p{N}]/u;

/**
 * A mark shaped like a scraper's paragraph join: after sentence punctuation (or glued to a comma) and
 * before a capitalised word, with at most one space after it (`tiba." Kami`, `tiba."Kami`,
 * `kemarin,"Kami`). Such a mark may end one paragraph's quote, open the next paragraph's, or both.
 * The straight `"` says nothing about its direction; a curly `”` only when glued on both sides
 * (`tiba.”Kami`): with a space after it (`tiba.” Kami`) it keeps its closing reading (Kompas-style
 * text opens with `”`, and the PFSA-ID labels never read `.” Kata` as an opener).
 */
export function joinShaped(text: string, i: number): boolean {
  if (text[i] !== '"' && !(text[i] === '”' && !isSpace(text[i + 1]))) return false;
  const prev = i > 0 ? text[i - 1]! : '';
  if (!PARAGRAPH_END.has(prev) && !(prev === JOIN_COMMA && !isSpace(text[i + 1]))) return false;
  let first = isSpace(text[i + 1]) ? i + 2 : i + 1;
  // `dibuka.,"(Nantinya) Pedagang …`, `sendiri."[Warga] Yang …`: an editor's bracket may open the quote.
  if (text[first] === '(' || text[first] === '[') first++;
  return !isSpace(text[first]) && STARTS_WORD.test(text[first] ?? '');
}

/**
 * With nothing open, a mark right after sentence punctuation and before a capitalised word
 * (`… tiba." Kami siap," kata Budi` or `… tiba."Kami siap,"`) reads as a closer with no opener,
 * but when the next mark is shaped like a closer, two closers in a row cannot both be right:
 * the first is the next paragraph's opening mark, glued to the previous paragraph when the
 * scraper joined them (the space moved behind the mark, or vanished; `joinShaped`).
 */
function gluedOpener(text: string, i: number, startsWithVerb: (i: number) => boolean): boolean {
  if (!joinShaped(text, i)) return false;
  DOUBLE_AHEAD.lastIndex = i + 1;
  const next = DOUBLE_AHEAD.exec(text);
  if (next === null) return false;
  const j = next.index;
  const last = j + next[0].length - 1;
  // Closer-shaped, or glued on both sides after sentence punctuation (`sawit."Produksi`) or before a speech verb (`purnama,"tutur`).
  return !leftOpen(text, j) && (rightOpen(text, last) || PARAGRAPH_END.has(text[j - 1] ?? '') || startsWithVerb(last + 1));
}
/**
 * A mark with spaces on both sides before a capitalised word (`mengatakan, " Kami siap," …`): an
 * opener with a stray space after it when the next mark is shaped like a closer.
 */
function strayOpener(text: string, last: number): boolean {
  if (!STARTS_WORD.test(text[last + 2] ?? '')) return false;
  DOUBLE_AHEAD.lastIndex = last + 1;
  const next = DOUBLE_AHEAD.exec(text);
  return next !== null && !leftOpen(text, next.index) && rightOpen(text, next.index + next[0].length - 1);
}

/** The next double mark, for `gluedOpener`'s look-ahead (its own pattern: the main loop owns `DOUBLE_G`). */
const DOUBLE_AHEAD = /``|''|‘‘|’’|["“”«»„‟]/g;

/**
 * A quote with a quote inside it in the same marks (`"Slogan kami "cepat, tepat". Cepat
 * tanamnya," kata X`) pairs as: an unclosed span up to the inner opener, the inner span, then
 * a closing mark with no opener. Read together, the three are one quote from the first mark
 * to the last.
 */
function mergeNested(text: string, out: readonly MarkSpan[]): MarkSpan[] {
  const merged: MarkSpan[] = [];
  for (let k = 0; k < out.length; k++) {
    const outer = out[k]!;
    const inner = out[k + 1];
    const last = out[k + 2];
    if (inner && last && outer.open >= 0 && outer.close < 0 && inner.open >= outer.end && inner.close >= 0 && last.open < 0 && !sentenceOpener(text, inner.open)) {
      const [s, e] = trim(text, outer.start, last.end);
      merged.push({ start: s, end: e, open: outer.open, close: last.close, single: false });
      k += 2;
    } else merged.push(outer);
  }
  return merged;
}

/**
 * An opening mark that starts a new sentence (`… gerbang dibuka. ”Besok`): it opens a quote of its own, after
 * one that lost its closing mark, not a quote inside the open one (an inner quote follows a word or a
 * comma within its sentence: `semboyan "cepat, tepat"`).
 */
function sentenceOpener(text: string, open: number): boolean {
  let i = open - 1;
  if (!isSpace(text[i])) return false;
  while (i >= 0 && isSpace(text[i])) i--;
  return PARAGRAPH_END.has(text[i] ?? '') && STARTS_WORD.test(text[open + 1] ?? '');
}

/** Single marks that can open and close. */
const SINGLE_OPEN = new Set(['‘', "'", '‹']);
const SINGLE_CLOSE = new Set(['’', "'", '›']);
const SINGLE_ANY = /['‘’‹›]/;
const SINGLE_OPEN_G = /['‘‹]/g;
const SINGLE_CLOSE_G = /['’›]/g;
/** A single-mark quote never runs across a double mark or a line break. */
const BARRIER_G = /["“”«»„‟\n]/g;
/** A single-mark quote longer than this is a misread apostrophe pairing. */
const MAX_SINGLE_LENGTH = 600;

/** `farmers’ incomes`: a plural possessive, not a closing mark, when a word follows with no punctuation. */
function pluralPossessive(text: string, j: number): boolean {
  return /[sz]/i.test(text[j - 1]!) && /\s/.test(text[j + 1] ?? '') && /[a-z]/.test(text[j + 2] ?? '') && !(j > 1 && SENTENCE_END.has(text[j - 2]!));
}

/** Add `‘…’` / `'…'` spans that lie outside every double-mark span. */
function findSingles(text: string, out: MarkSpan[]): void {
  if (!SINGLE_ANY.test(text)) return;
  // Double spans are in text order, so one forward pointer answers "is i inside one?".
  const doubles = out.filter((s) => s.open >= 0);
  let p = 0;
  const inside = (i: number): boolean => {
    while (p < doubles.length && (doubles[p]!.close >= 0 ? doubles[p]!.close : doubles[p]!.end) < i) p++;
    return p < doubles.length && doubles[p]!.open <= i;
  };
  // The closing-shaped single marks and the barriers (double marks, line breaks) in text order, found by
  // jumping between them, so each opener finds its partner with a forward pointer.
  const n = text.length;
  const closers: number[] = [];
  const barriers: number[] = [];
  let m: RegExpExecArray | null;
  SINGLE_CLOSE_G.lastIndex = 0;
  while ((m = SINGLE_CLOSE_G.exec(text)) !== null) {
    const j = m.index;
    if (!leftOpen(text, j) && rightOpen(text, j) && !pluralPossessive(text, j)) closers.push(j);
  }
  BARRIER_G.lastIndex = 0;
  while ((m = BARRIER_G.exec(text)) !== null) barriers.push(m.index);
  let ci = 0;
  let bi = 0;
  let skipTo = -1;
  SINGLE_OPEN_G.lastIndex = 0;
  while ((m = SINGLE_OPEN_G.exec(text)) !== null) {
    const i = m.index;
    if (i <= skipTo || !leftOpen(text, i) || rightOpen(text, i)) continue;
    while (ci < closers.length && closers[ci]! < i + 2) ci++;
    const j = ci < closers.length ? closers[ci]! : n;
    while (bi < barriers.length && barriers[bi]! < i + 1) bi++;
    const barrier = bi < barriers.length ? barriers[bi]! : n;
    if (j >= n || j - i > MAX_SINGLE_LENGTH || barrier < j) continue;
    if (!inside(i)) {
      const [s, e] = trim(text, i + 1, j);
      if (e > s) out.push({ start: s, end: e, open: i, close: j, single: true });
    }
    skipTo = j;
  }
}
