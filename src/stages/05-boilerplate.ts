import type { Block, Context, Junk } from '../context.js';
import type { LanguageData } from '../lang/types.js';
import {
  MAX_CAPTION_LENGTH,
  MAX_INLINE_HEADLINE_CHARS,
  MAX_INLINE_HEADLINE_WORDS,
  MAX_RELATED_HEADLINE_LENGTH,
  MIN_PROSE_WORDS,
  MIN_RELATED_LIST_LINES,
} from '../options.js';
import type { BoilerplateKind } from '../types.js';
import { alternation, phraseKey } from '../util/patterns.js';
import { pushBlock } from './01-segment.js';

interface JunkPatterns {
  /** Whole-block phrases, by key. */
  lines: Map<string, BoilerplateKind>;
  /** `^(?:prefix|…)`, case-insensitive. */
  prefix: RegExp;
  prefixKinds: Map<string, BoilerplateKind>;
  /** Inline markers anywhere in a block. */
  inline: RegExp;
  inlineKinds: Map<string, BoilerplateKind>;
  /** A junk prefix glued to earlier junk with a comma (`Reporter: X,Sumber: Y`). */
  gluedPrefix: RegExp;
  /** A caption line ending in a photo credit (`… seusai final. Foto: PBSI`). */
  photoCredit: RegExp;
}

/** Junk phrases of every language, the article's own first: a site's junk does not follow the article's language. */
const patternsFor = new WeakMap<LanguageData, JunkPatterns>();

function buildPatterns(langs: readonly LanguageData[]): JunkPatterns {
  const lines = new Map<string, BoilerplateKind>();
  const prefixKinds = new Map<string, BoilerplateKind>();
  const inlineKinds = new Map<string, BoilerplateKind>();
  for (const lang of langs) {
    for (const { phrase, kind } of lang.boilerplate.lines) if (!lines.has(phraseKey(phrase))) lines.set(phraseKey(phrase), kind);
    for (const { phrase, kind } of lang.boilerplate.prefixes) if (!prefixKinds.has(phraseKey(phrase))) prefixKinds.set(phraseKey(phrase), kind);
    for (const { phrase, kind } of lang.boilerplate.inline) if (!inlineKinds.has(phraseKey(phrase))) inlineKinds.set(phraseKey(phrase), kind);
  }
  const prefixPhrases = langs.flatMap((l) => l.boilerplate.prefixes.map((p) => p.phrase));
  const inlinePhrases = langs.flatMap((l) => l.boilerplate.inline.map((p) => p.phrase));
  const credits = alternation(langs.flatMap((l) => l.boilerplate.photoCredits));
  return {
    lines,
    gluedPrefix: new RegExp(`, ?(?=(?:${alternation(prefixPhrases)}))`, 'g'),
    photoCredit: new RegExp(`(?:^|[.!?"”)] |\\()(?:${credits}) ?[:/] ?[^.!?:]{1,60}\\)?$`),
    prefix: new RegExp(`^(?:${alternation(prefixPhrases)})`, 'i'),
    prefixKinds,
    // Inline markers start after a sentence end or a space; `g` to find every one in a block.
    inline: new RegExp(`(?:${alternation(inlinePhrases)})`, 'g'),
    inlineKinds,
  };
}

/** The signature line of an embedded tweet: `— Name (@handle) March 17, 2019`. */
const TWEET_SIGNATURE = /^[—–-] ?[^\n]{1,80}\(@\w{1,30}\) \p{L}{3,9} \d{1,2}, \d{4}$/u;
/** A tweet is short; a long line before a signature is a paragraph. */
const MAX_TWEET_LENGTH = 300;
/** A line that opens a block of contact details running to the end of the article. */
const CONTACT_OPENER = /^(?:KONTAK|Kontak Media|CONTACT|Media Contact)\s*:/;
/** A line that introduces a related-headline list (`Baca Juga`, `JANGAN LEWATKAN!!!`). */
const LIST_OPENER_KINDS: ReadonlySet<BoilerplateKind> = new Set(['related-link']);
/** Words that may stay lowercase inside a Title Case headline. */
const HEADLINE_FUNCTION_WORD = /^(?:di|ke|dari|dan|yang|untuk|dengan|atau|pada|soal|jadi|ini|itu|vs|usai|hingga|saat|bagi|kok|pun|tak|tidak|akan|bisa|sudah|lagi|of|the|and|in|on|for|to|a|an|&|-|–)$/;
/** A sentence-final mark at the end of a block: headlines have none. */
const SENTENCE_END = /[.,;:]["”’)]?$/;

/**
 * Remove page junk: whole junk lines, blocks that start with a junk phrase, inline
 * `Baca juga: <headline>` inside paragraphs, captions, related-headline lists and
 * contact blocks. Each removal is recorded with its kind.
 */
export function removeBoilerplate(ctx: Context): void {
  const patterns = patternsOf(ctx);
  const text = ctx.norm.text;
  const kept: Block[] = [];
  let inContactBlock = false;
  let inRelatedList = false;

  for (const block of ctx.blocks) {
    const s = text.slice(block.start, block.end);
    let junkKind = wholeBlockKind(s, patterns);
    if (!junkKind && inContactBlock) {
      ctx.junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
      continue;
    }
    if (!junkKind && TWEET_SIGNATURE.test(s)) {
      // An embedded tweet: its signature line, and the tweet's text on the line before.
      junkKind = 'other';
      const prev = kept[kept.length - 1];
      if (prev && prev.line === block.line - 1 && prev.end - prev.start <= MAX_TWEET_LENGTH) {
        kept.pop();
        ctx.junk.push({ start: prev.start, end: prev.end, kind: 'other' });
        ctx.junk.push({ start: block.start, end: block.end, kind: 'other', continues: true });
        continue;
      }
    }
    if (junkKind) {
      pushGluedJunk(ctx, block, junkKind, patterns);
      if (CONTACT_OPENER.test(s)) inContactBlock = true;
      inRelatedList = LIST_OPENER_KINDS.has(junkKind) && s.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(s);
      continue;
    }
    if (inRelatedList && isHeadlineLike(s)) {
      ctx.junk.push({ start: block.start, end: block.end, kind: 'related-link', continues: true });
      continue;
    }
    inRelatedList = false;
    splitInline(ctx, block, patterns, kept);
  }
  ctx.blocks = markRelatedLists(ctx, kept);
  ctx.junk = mergeAdjacent(text, ctx.junk);
}

function patternsOf(ctx: Context): JunkPatterns {
  let patterns = patternsFor.get(ctx.lang);
  if (!patterns) {
    patterns = buildPatterns(ctx.langs);
    patternsFor.set(ctx.lang, patterns);
  }
  return patterns;
}

/** The junk kind of a whole line, if it is junk; used by the title stage too. */
export function junkKindOf(ctx: Context, s: string): BoilerplateKind | null {
  return wholeBlockKind(s, patternsOf(ctx));
}

/** Record a junk block, split where a scraper glued two junk lines with a comma (`Reporter: X,Sumber: Y`). */
function pushGluedJunk(ctx: Context, block: Block, kind: BoilerplateKind, p: JunkPatterns): void {
  const s = ctx.norm.text.slice(block.start, block.end);
  p.gluedPrefix.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = p.gluedPrefix.exec(s)) !== null) {
    if (m.index === 0) continue;
    ctx.junk.push({ start: block.start + from, end: block.start + m.index, kind: from === 0 ? kind : (wholeBlockKind(s.slice(from, m.index), p) ?? kind) });
    from = m.index + m[0].length;
  }
  const last = from === 0 ? kind : (wholeBlockKind(s.slice(from), p) ?? kind);
  ctx.junk.push({ start: block.start + from, end: block.end, kind: last });
}

/** Merge junk that continues the segment before it (separated only by whitespace) into that segment. */
function mergeAdjacent(text: string, junk: Junk[]): Junk[] {
  const sorted = junk.slice().sort((a, b) => a.start - b.start);
  const out: Junk[] = [];
  for (const j of sorted) {
    const prev = out[out.length - 1];
    if (prev && j.continues && prev.end <= j.start && text.slice(prev.end, j.start).trim() === '') {
      out[out.length - 1] = { start: prev.start, end: j.end, kind: prev.kind };
    } else out.push(j);
  }
  return out;
}

function wholeBlockKind(s: string, p: JunkPatterns): BoilerplateKind | null {
  const line = p.lines.get(phraseKey(s));
  if (line) return line;
  const m = p.prefix.exec(s);
  if (m && !continuesAsProse(s.slice(m[0].length)) && !resumesAfterHeadline(s, m[0].length, p.inlineKinds.has(phraseKey(m[0])))) {
    const kind = p.prefixKinds.get(phraseKey(m[0])) ?? 'other';
    // A prefix only marks a short block as junk; `Sumber: …` opening a long paragraph is body text.
    if (kind !== 'other' || s.length <= MAX_CAPTION_LENGTH) return kind;
  }
  if (s.length <= MAX_CAPTION_LENGTH) {
    if (s.includes('©')) return /copyright|hak cipta|all rights/i.test(s) ? 'copyright' : 'caption';
    if (p.photoCredit.test(s)) return 'caption';
  }
  return null;
}

/**
 * After a junk marker comes a linked headline; if what follows is instead a long sentence
 * (lowercase words right away, a final full stop), the block is prose that happens to open
 * with those words, and it stays in the body.
 */
function continuesAsProse(rest: string): boolean {
  const trimmed = rest.trim();
  if (!/[.!?]["”’]?$/.test(trimmed)) return false;
  // Only the words before a double space count: after it, the article itself resumes.
  const gap = trimmed.indexOf('  ');
  const words = trimmed.split(/ +/);
  if (words.length < MIN_PROSE_WORDS) return false;
  const head = (gap < 0 ? trimmed : trimmed.slice(0, gap)).split(' ').slice(0, 4);
  return head.some((w) => /^\p{Ll}/u.test(w) && !HEADLINE_FUNCTION_WORD.test(w));
}

/**
 * `Baca juga: Headline  Article resumes here.` in one block: the marker takes only the
 * headline, and the block is left to `splitInline`. The resumption must be clear: a double
 * space where the link was, or long prose after the Title Case headline.
 */
function resumesAfterHeadline(s: string, from: number, inlineMarker: boolean): boolean {
  if (!inlineMarker) return false;
  const end = headlineEnd(s, from);
  if (end >= s.length) return false;
  const rest = s.slice(end);
  return s.slice(end - 2, end + 2).includes('  ') || s[end] === ' ' && s[end + 1] === ' ' || continuesAsProse(` ${rest.trim()}`) || rest.trim().split(' ').length >= MIN_PROSE_WORDS;
}

/** Cut inline junk (`… kata dia. Baca juga: Headline Here  Paragraf berikutnya …`) out of a block. */
function splitInline(ctx: Context, block: Block, p: JunkPatterns, out: Block[]): void {
  const text = ctx.norm.text;
  const s = text.slice(block.start, block.end);
  p.inline.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = p.inline.exec(s)) !== null) {
    if (m.index < from) continue;
    // At the start of a block, prose right after the marker means the block is body text (see wholeBlockKind).
    if (m.index === 0 && continuesAsProse(s.slice(m[0].length))) continue;
    const kind = p.inlineKinds.get(phraseKey(m[0])) ?? 'related-link';
    const end = headlineEnd(s, m.index + m[0].length);
    pushBlock(text, block.start + from, block.start + m.index, block.line, out);
    ctx.junk.push(trimJunk(text, { start: block.start + m.index, end: block.start + end, kind }));
    from = end;
    p.inline.lastIndex = end;
  }
  pushBlock(text, block.start + from, block.end, block.line, out);
}

/**
 * Where a linked headline that starts at `from` ends. Kompas leaves two spaces where the
 * link was; without them, the headline is the run of Title Case words, and the article
 * resumes at the last capitalised word before the first ordinary lowercase word.
 */
function headlineEnd(s: string, from: number): number {
  let i = from;
  while (s[i] === ' ') i++;
  // Look for the double space only as far as a headline reaches: the scan stays linear.
  const window = s.slice(i, i + MAX_INLINE_HEADLINE_CHARS);
  const gapAt = window.indexOf('  ');
  const gap = gapAt < 0 ? -1 : i + gapAt;
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  re.lastIndex = i;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && words.length <= MAX_INLINE_HEADLINE_WORDS) {
    words.push({ start: m.index, end: m.index + m[0].length });
  }
  if (gap >= 0 && words.length > 0 && gap <= (words[Math.min(words.length, MAX_INLINE_HEADLINE_WORDS) - 1]?.end ?? i)) return gap;
  for (let k = 0; k < words.length; k++) {
    const w = s.slice(words[k]!.start, words[k]!.end);
    if (/[?!]$/.test(w)) return words[k]!.end;
    const lower = /^\p{Ll}/u.test(w) && !HEADLINE_FUNCTION_WORD.test(w);
    if (lower) {
      // The capitalised word before it opens the resumed sentence.
      return k >= 2 ? words[k - 1]!.start : words[Math.max(0, k - 1)]!.end;
    }
  }
  return words.length > 0 ? words[words.length - 1]!.end : s.length;
}

function trimJunk(text: string, j: Junk): Junk {
  let { start, end } = j;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, kind: j.kind };
}

/** Title Case, short, no sentence-final punctuation: a linked headline. */
function isHeadlineLike(s: string): boolean {
  if (s.length > MAX_RELATED_HEADLINE_LENGTH || SENTENCE_END.test(s)) return false;
  const words = s.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const content = words.filter((w) => !HEADLINE_FUNCTION_WORD.test(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["“'‘(]?[\p{Lu}\d]/u.test(w)).length;
  return capitalised >= Math.max(3, content.length * 0.75);
}

/** Runs of headline-like lines between paragraphs are a related-headline list. */
function markRelatedLists(ctx: Context, blocks: Block[]): Block[] {
  const text = ctx.norm.text;
  const kept: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isOwnLine(blocks, j) && isHeadlineLike(text.slice(blocks[j]!.start, blocks[j]!.end))) j++;
    // A lone headline-like line may be a crosshead; a run of them, after the body began, is a list.
    if (j - i >= MIN_RELATED_LIST_LINES && i > 0) {
      for (let k = i; k < j; k++) ctx.junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'related-link', continues: k > i });
      i = j;
      continue;
    }
    kept.push(blocks[i]!);
    i++;
  }
  return kept;
}

function isOwnLine(blocks: Block[], i: number): boolean {
  const line = blocks[i]!.line;
  return blocks[i - 1]?.line !== line && blocks[i + 1]?.line !== line;
}
