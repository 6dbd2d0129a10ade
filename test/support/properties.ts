/**
 * The properties every parse must have, whatever the input, as a list of violations (empty when
 * all hold). Shared by the invariant checks of the tests, the property-based tests and
 * `npm run fuzz`, so a finding of one is checked the same way by the others.
 *
 * "Accounted for", precisely. Every code unit of the input is one of:
 * - inside a reported region: a paragraph, the title (and, when `repeated`, its glued copy up to
 *   the end of its line), the dateline, the publication line, a boilerplate block, a duplicate
 *   copy, or the credit;
 * - not text, as normalization defines it: markup (tags of HTML elements, comments, script and
 *   style bodies), invisible characters (zero-width characters, BOM, soft hyphen);
 * - whitespace;
 * - a separator: a character outside every region that is neither a letter nor a digit (the
 *   segmenter's own definition of what carries no text): scraper glue commas between paragraphs,
 *   a bare dash left where a dateline was cut, rule lines (`*****`, `=====`), emoji-only lines.
 * A letter or digit outside every region is text lost without a report. The regions never overlap, so each
 * character is accounted for once. The check runs on the normalized text (so
 * markup and invisible characters are already gone) and, for letters and digits, also on the raw
 * input (so normalization itself cannot drop words).
 */
import type { Article, Span } from '../../src/index.js';
import { cleanText, normalize } from '../../src/util/normalize.js';

/** Characters that may sit outside every region (see above). */
const SEPARATOR = /[^\p{L}\p{N}]/u;
/** Letters and digits: what the raw-input check looks for. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** At most this many violations are listed: one is enough to fail, a few help to see the pattern. */
const MAX_LISTED = 5;

/** Every reported region of the article with its name, title copy included. */
export function regions(input: string, a: Article): [string, Span][] {
  const out: [string, Span][] = [];
  a.paragraphs.forEach((p, i) => out.push([`paragraph ${i}`, p.span]));
  a.boilerplate.forEach((b, i) => out.push([`boilerplate ${i} (${b.kind})`, b.span]));
  a.duplicates.forEach((d, i) => out.push([`duplicate ${i}`, d.span]));
  if (a.credit) out.push(['credit', a.credit.span]);
  if (a.dateline) out.push(['dateline', a.dateline.span]);
  if (a.published) out.push(['published', a.published.span]);
  if (a.title) {
    // A title glued to itself: its second copy fills the rest of its line.
    // Lines as normalization reads them: `<p>` ends one too.
    const norm = normalize(input);
    let n = 0;
    while (n < norm.text.length && norm.offsets[n]! < a.title.span.end) n++;
    const nl = norm.text.indexOf('\n', n);
    const lineEnd = nl < 0 ? input.length : norm.offsets[nl]!;
    const end = a.title.repeated ? Math.max(a.title.span.end, lineEnd) : a.title.span.end;
    out.push(['title', { start: a.title.span.start, end }]);
  }
  return out;
}

/**
 * True when source position `k` is part of a normalized unit that rewrote its source (an entity,
 * repaired mojibake `Ã³` → `ó`, a composed accent): that unit was judged by the normalized check.
 * A unit that copies its source character stands for that one character only, and a rewritten one
 * never reaches past the next `<`, so text swallowed with markup is still caught.
 */
function representedAt(input: string, norm: ReturnType<typeof normalize>, k: number): boolean {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (norm.offsets[mid]! <= k) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  if (i < 0) return false;
  const start = norm.offsets[i]!;
  if (norm.text[i] === input[start]) return false;
  const lt = input.indexOf('<', start + 1);
  return k < Math.min(norm.offsets[i + 1]!, lt < 0 ? input.length : lt);
}

const show = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** What is wrong with `a` as the parse of `input`: empty when every property holds. */
export function violations(input: string, a: Article): string[] {
  const out: string[] = [];
  const fail = (msg: string) => {
    if (out.length < MAX_LISTED) out.push(msg);
  };
  const inBounds = (s: Span | null | undefined) =>
    !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length;
  const slice = (s: Span) => input.slice(s.start, s.end);

  if (a.warnings.some((w) => w.includes('crashed'))) fail(`a stage crashed: ${a.warnings.find((w) => w.includes('crashed'))}`);

  // Spans lie in the input and slice back to their texts after normalization.
  for (const [name, s] of regions(input, a)) if (!inBounds(s)) fail(`${name}: span ${JSON.stringify(s)} outside the input (${input.length})`);
  if (out.length > 0) return out;
  a.paragraphs.forEach((p, i) => {
    if (p.text.length === 0) fail(`paragraph ${i} is empty`);
    if (p.text !== cleanText(slice(p.span))) fail(`paragraph ${i}: text ${show(p.text)} ≠ its span ${show(cleanText(slice(p.span)))}`);
  });
  a.boilerplate.forEach((b, i) => {
    if (b.text !== cleanText(slice(b.span))) fail(`boilerplate ${i}: text ${show(b.text)} ≠ its span ${show(cleanText(slice(b.span)))}`);
  });
  if (a.title && a.title.text !== cleanText(slice(a.title.span))) fail(`title ${show(a.title.text)} ≠ its span ${show(slice(a.title.span))}`);
  if (a.dateline && a.dateline.raw !== slice(a.dateline.span)) fail(`dateline raw ${show(a.dateline.raw)} ≠ its span`);
  if (a.published && a.published.raw !== slice(a.published.span)) fail(`published raw ${show(a.published.raw)} ≠ its span`);
  if (a.credit && !cleanText(slice(a.credit.span)).includes(a.credit.text)) fail(`credit ${show(a.credit.text)} not in its span ${show(slice(a.credit.span))}`);
  for (const d of a.duplicates) if (!inBounds(d.of) || d.of.start >= d.span.start) fail(`duplicate ${JSON.stringify(d.span)}: its original ${JSON.stringify(d.of)} is not before it`);

  // Paragraphs are ordered and disjoint; quotes lie inside their paragraphs.
  for (let i = 1; i < a.paragraphs.length; i++) {
    if (a.paragraphs[i]!.span.start < a.paragraphs[i - 1]!.span.end) fail(`paragraphs ${i - 1} and ${i} overlap or are out of order`);
  }
  a.quotes.forEach((q, i) => {
    const p = a.paragraphs[q.paragraph];
    if (!p) return fail(`quote ${i}: paragraph ${q.paragraph} does not exist`);
    if (!inBounds(q.span) || q.span.start < p.span.start || q.span.end > p.span.end) fail(`quote ${i} ${JSON.stringify(q.span)} outside its paragraph ${JSON.stringify(p.span)}`);
    else if (q.text !== cleanText(slice(q.span))) fail(`quote ${i}: text ${show(q.text)} ≠ its span ${show(cleanText(slice(q.span)))}`);
    if (q.speaker?.span && !inBounds(q.speaker.span)) fail(`quote ${i}: speaker span outside the input`);
  });
  a.organisations.forEach((o, i) => {
    for (const m of o.mentions) if (!inBounds(m)) fail(`organisation ${i} (${o.name}): mention ${JSON.stringify(m)} outside the input`);
  });
  // Dates come from the clean paragraphs only, in order, each spanning its text, with ISO days.
  a.dates.forEach((d, i) => {
    if (!inBounds(d.span) || !a.paragraphs.some((p) => p.span.start <= d.span.start && d.span.end <= p.span.end)) {
      return fail(`date ${i} ${show(d.text)} ${JSON.stringify(d.span)} outside the paragraphs`);
    }
    if (d.text !== cleanText(slice(d.span))) fail(`date ${i}: text ${show(d.text)} ≠ its span ${show(cleanText(slice(d.span)))}`);
    if (i > 0 && d.span.start < a.dates[i - 1]!.span.end) fail(`dates ${i - 1} and ${i} overlap or are out of order`);
    for (const day of [d.date, d.end]) if (day !== null && !/^\d{4}-\d{2}-\d{2}$/.test(day)) fail(`date ${i}: ${show(day)} is not an ISO day`);
  });

  // Each character is accounted for once: the regions never overlap.
  const sorted = regions(input, a)
    .filter(([, s]) => s.end > s.start)
    .sort((x, y) => x[1].start - y[1].start);
  for (let i = 1; i < sorted.length; i++) {
    const [prevName, prev] = sorted[i - 1]!;
    const [name, s] = sorted[i]!;
    if (s.start < prev.end) fail(`${prevName} ${JSON.stringify(prev)} and ${name} ${JSON.stringify(s)} overlap: ${show(input.slice(s.start, Math.min(prev.end, s.end)))}`);
  }

  // Every character accounted for (see the module comment).
  const covered = new Uint8Array(input.length + 1);
  for (const [, s] of regions(input, a)) covered.fill(1, s.start, s.end);
  const norm = normalize(input);
  for (let i = 0; i < norm.text.length; i++) {
    if (covered[norm.offsets[i]!] || SEPARATOR.test(norm.text[i]!)) continue;
    let j = i;
    while (j < norm.text.length && !covered[norm.offsets[j]!]) j++;
    fail(`text lost without a report at ${norm.offsets[i]}: ${show(norm.text.slice(i, j))}`);
    i = j;
  }
  // The letters of entity references (`&amp;`), HTML tags, comments and scripts are markup, not text.
  const blank = (m: string) => ' '.repeat(m.length);
  const text = input
    .replace(/<!--[^]*?-->/g, blank)
    .replace(/<(script|style)\b[^]*?<\/\1>/gi, blank)
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,2000})?\/?>/g, blank)
    .replace(/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, blank);
  for (let i = 0; i < input.length; i++) {
    if (covered[i] || !WORD_CHAR.test(text[i]!) || representedAt(input, norm, i)) continue;
    let j = i;
    while (j < input.length && !covered[j]) j++;
    fail(`input letters lost without a report at ${i}: ${show(input.slice(i, j))}`);
    i = j;
  }
  return out;
}

/**
 * A paragraph that opens a quote and never closes it: the quote runs on into the next one.
 * Single marks inside (`‘orang lama’`) are quotes within the quote or apostrophes.
 */
const CONTINUES_QUOTE = /^\s*["“«„‘][^"”»]*$/u;

/**
 * Locality. An article of blocks separated by blank lines; block `j` is edited without adding or
 * removing a line break. A paragraph is "far" from the edit when at least one whole block lies
 * between its block and block `j` that does not carry a quote on to the next paragraph (a quote
 * running over paragraphs is one quote, attributed at its end). A far paragraph keeps its text, its
 * span (shifted by the edit's change of length when it comes after the edit) and its direct quotes
 * (text, span, verb), provided the edit left the article's opening and its count of duplicates
 * unchanged: the language (detection reads the whole text and picks every rule), the title,
 * publication line and dateline (found by position among the leading blocks, so an edit that
 * empties or changes one moves the others), and the duplicates (an edit that makes a copy of
 * another paragraph rightly changes what counts as the original). Not compared, because they depend on
 * earlier paragraphs on purpose: speakers (a name is completed and a pronoun resolved from people
 * met before) and indirect quotes (reported speech under a pronoun, `kata dia, …`, is reported only
 * when the pronoun resolves to someone).
 */
export function localityViolations(
  parse: (text: string) => Article,
  blocks: readonly string[],
  j: number,
  editedBlock: string,
): string[] | null {
  const before = blocks.join('\n\n');
  const after = [...blocks.slice(0, j), editedBlock, ...blocks.slice(j + 1)].join('\n\n');
  const a = parse(before);
  const b = parse(after);
  const opening = (x: Article) => JSON.stringify([x.language.code, x.title?.text, x.dateline?.raw, x.published?.raw, x.duplicates.length]);
  if (opening(a) !== opening(b)) return null;
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += block.length + 2;
  }
  const blockOf = (pos: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= pos) k++;
    return k;
  };
  const shift = editedBlock.length - blocks[j]!.length;
  const out: string[] = [];
  // Blocks strictly between `k` and `j` that do not carry a quote on from one paragraph to the next.
  const separated = (k: number) => {
    for (let m = Math.min(k, j) + 1; m < Math.max(k, j); m++) if (!CONTINUES_QUOTE.test(blocks[m]!)) return true;
    return false;
  };
  a.paragraphs.forEach((p, i) => {
    const k = blockOf(p.span.start);
    if (!separated(k) || blockOf(Math.max(p.span.start, p.span.end - 1)) !== k) return;
    const d = k > j ? shift : 0;
    const n = b.paragraphs.findIndex((q) => q.span.start === p.span.start + d && q.span.end === p.span.end + d);
    if (n < 0 || b.paragraphs[n]!.text !== p.text) {
      out.push(`paragraph ${i} (block ${k}, edit in block ${j}) changed: ${show(p.text)}`);
      return;
    }
    const quotes = (x: Article, para: number, dd: number) =>
      x.quotes.filter((q) => q.paragraph === para && q.kind === 'direct').map((q) => ({ text: q.text, verb: q.verb, start: q.span.start + dd, end: q.span.end + dd }));
    const qa = JSON.stringify(quotes(a, i, d));
    const qb = JSON.stringify(quotes(b, n, 0));
    if (qa !== qb) out.push(`direct quotes of paragraph ${i} (block ${k}, edit in block ${j}) changed: ${qa} → ${qb}`);
  });
  return out;
}
