import {
  FINGERPRINT_WORDS,
  MAX_DUPLICATE_CANDIDATES,
  MIN_DUPLICATE_CHARS,
  MIN_DUPLICATE_LENGTH_RATIO,
  MIN_NEAR_DUPLICATE_SIMILARITY,
  MIN_SHORT_DUPLICATE_WORDS,
} from '../options.js';
import { collapseWhitespace } from '../util/normalize.js';
import { type FoldPrint, foldForComparison, foldPrint, wordDice } from '../util/similarity.js';
import type { BodyResult, Block, Junk, Region, Stage } from './types.js';

export interface DuplicatesInput {
  text: string;
  body: readonly Block[];
  /** A paragraph repeating the headline is a copy of it. */
  title: Region | null;
  /** Every stage's junk, merged and in order: a junk line repeated word for word is a copy too. */
  junk: readonly Junk[];
}

/** A repeated copy and the first occurrence it repeats (a body block, the title, or a junk line). */
export interface DuplicateHit extends Region {
  of: Region;
  kind: 'exact' | 'near';
  similarity: number;
}

export interface DuplicatesResult extends BodyResult {
  /** In text order. Copies of junk lines are among them: the Article lists those as duplicates, not as boilerplate. */
  duplicates: DuplicateHit[];
}

interface Seen {
  region: Region;
  print: FoldPrint;
  /** The folded text's words, split only when the paragraph is compared word by word. */
  words?: string[];
}

/** Kinds of junk that never repeat story text, so a paragraph close to one is a copy of it. */
const COPIED_JUNK: ReadonlySet<Junk['kind']> = new Set(['related-link', 'video-promo', 'ad', 'share', 'navigation', 'comments', 'copyright']);

/** Keys by hash: equal texts share a list, and a hash collision is weeded out by comparing words. */
type Index = Map<number, Seen[]>;

/**
 * Drop repeated paragraphs, keeping the first occurrence: the whole body scraped twice,
 * single paragraphs repeated, and near-copies (spacing, punctuation, quote style, a
 * changed word). Candidates are found through the opening and closing words, so a
 * paragraph is compared with few others and the stage stays near-linear; a decoy that
 * only opens like another paragraph fails the similarity test and stays. Paragraphs are
 * looked up by hashes of their folded text (`foldPrint`); the words are split only for the
 * few that meet a candidate.
 */
export function removeDuplicates(input: DuplicatesInput): DuplicatesResult {
  const { text } = input;
  const duplicates: DuplicateHit[] = [];
  const index: Indexes = { byKey: new Map(), byHead: new Map(), byTail: new Map() };
  if (input.title) {
    const print = foldPrint(text, FINGERPRINT_WORDS, input.title.start, input.title.end);
    if (print.length >= MIN_DUPLICATE_CHARS) remember(index, { region: input.title, print });
  }
  // A paragraph that near-copies a prompt or a link line (`Lihat juga Video: …` with a word changed) is a copy of
  // that junk. Not of a caption or an author line: a caption may repeat a sentence of the story, which stays.
  // Junk is the original only of what follows it, so it joins the index as the blocks pass it.
  const copiedJunk = input.junk.filter((j) => COPIED_JUNK.has(j.kind) && isWholeLine(text, j)).sort((a, b) => a.start - b.start);
  let nextJunk = 0;

  const kept: Block[] = [];
  for (const block of input.body) {
    for (; nextJunk < copiedJunk.length && copiedJunk[nextJunk]!.start < block.start; nextJunk++) {
      const j = copiedJunk[nextJunk]!;
      const print = foldPrint(text, FINGERPRINT_WORDS, j.start, j.end);
      if (print.length >= MIN_DUPLICATE_CHARS) remember(index, { region: j, print });
    }
    const seen: Seen = { region: block, print: foldPrint(text, FINGERPRINT_WORDS, block.start, block.end) };
    const { print } = seen;
    // Short lines (`Berita Emiten`) repeat only as exact copies; near-matching them is noise.
    const short = print.length < MIN_DUPLICATE_CHARS;
    if (short && print.words < MIN_SHORT_DUPLICATE_WORDS) {
      kept.push(block);
      continue;
    }
    const exact = sameFoldAs(text, seen, index.byKey.get(print.key));
    if (exact) {
      // Same words; `exact` only when the text differs in nothing but spacing.
      const same = collapseWhitespace(text.slice(block.start, block.end)) === collapseWhitespace(text.slice(exact.region.start, exact.region.end));
      duplicates.push({ start: block.start, end: block.end, of: exact.region, kind: same ? 'exact' : 'near', similarity: same ? 1 : wordDice(wordsOf(text, seen), wordsOf(text, exact)) });
      continue;
    }
    const best = short ? null : bestCandidate(text, seen, index.byHead.get(print.head) ?? [], index.byTail.get(print.tail) ?? []);
    if (best) {
      duplicates.push({ start: block.start, end: block.end, of: best.seen.region, kind: 'near', similarity: best.similarity });
      continue;
    }
    remember(index, seen);
    kept.push(block);
  }
  duplicates.push(...repeatedJunk(text, input.junk));
  // Junk copies interleave with block copies: report all in text order.
  duplicates.sort((a, b) => a.start - b.start);
  return { duplicates, body: kept };
}

interface Indexes {
  byKey: Index;
  byHead: Index;
  byTail: Index;
}

function remember(index: Indexes, seen: Seen): void {
  addCandidate(index.byKey, seen.print.key, seen, Infinity);
  addCandidate(index.byHead, seen.print.head, seen, MAX_DUPLICATE_CANDIDATES);
  addCandidate(index.byTail, seen.print.tail, seen, MAX_DUPLICATE_CANDIDATES);
}

/** The earlier paragraph among `list` (equal hashes) that folds to the same text as `seen`. */
function sameFoldAs(text: string, seen: Seen, list: readonly Seen[] | undefined): Seen | undefined {
  if (!list) return undefined;
  const folded = (x: Seen) => foldForComparison(text.slice(x.region.start, x.region.end));
  return list.find((other) => other.print.length === seen.print.length && other.print.words === seen.print.words && folded(other) === folded(seen));
}

export const duplicatesStage: Stage<DuplicatesInput, DuplicatesResult> = {
  name: 'duplicates',
  run: removeDuplicates,
  nothing: (input) => ({ duplicates: [], body: input.body }),
  decisions: (r) => r.duplicates.map((d) => ({ what: `duplicate:${d.kind}`, region: d })),
};

/**
 * A junk line that repeats an earlier one word for word (a body scraped twice repeats its
 * `SCROLL TO CONTINUE WITH CONTENT` too) is reported as a duplicate of the first, not as
 * junk a second time: it is a copy, and the first occurrence already says what it is.
 */
function repeatedJunk(text: string, junk: readonly Junk[]): DuplicateHit[] {
  const first = new Map<string, Region>();
  const copies: DuplicateHit[] = [];
  for (const j of junk) {
    const collapsed = collapseWhitespace(text.slice(j.start, j.end));
    const seen = first.get(collapsed);
    if (seen && isWholeLine(text, j)) {
      copies.push({ start: j.start, end: j.end, of: seen, kind: 'exact', similarity: 1 });
      continue;
    }
    if (!seen && isWholeLine(text, j)) first.set(collapsed, j);
  }
  return copies;
}

function isWholeLine(text: string, r: Region): boolean {
  // Walk only over the spaces around the region: scanning to the line ends would be quadratic on one huge line.
  let before = r.start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  let after = r.end;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  return (before < 0 || text[before] === '\n') && (after >= text.length || text[after] === '\n');
}

/** Keep at most `max` paragraphs per key; the earliest are the originals. */
function addCandidate(index: Index, key: number, seen: Seen, max: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [seen]);
  else if (list.length < max) list.push(seen);
}

/**
 * The most similar earlier paragraph among those that open (`heads`) or close (`tails`) with the
 * same words, in that order; equal hashes whose words differ are skipped.
 */
function bestCandidate(text: string, seen: Seen, heads: readonly Seen[], tails: readonly Seen[]): { seen: Seen; similarity: number } | null {
  let best: { seen: Seen; similarity: number } | null = null;
  for (let k = 0; k < heads.length + tails.length; k++) {
    const atHead = k < heads.length;
    const other = atHead ? heads[k]! : tails[k - heads.length]!;
    const n = seen.print.words;
    const m = other.print.words;
    if (Math.min(n, m) / Math.max(n, m) < MIN_DUPLICATE_LENGTH_RATIO) continue;
    const words = wordsOf(text, seen);
    const otherWords = wordsOf(text, other);
    if (!sameEdge(words, otherWords, atHead)) continue;
    const similarity = wordDice(words, otherWords);
    if (similarity >= MIN_NEAR_DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) best = { seen: other, similarity };
  }
  return best;
}

/** Whether two word lists open (or close) with the same `FINGERPRINT_WORDS` words. */
function sameEdge(a: readonly string[], b: readonly string[], head: boolean): boolean {
  const edge = (w: readonly string[]) => (head ? w.slice(0, FINGERPRINT_WORDS) : w.slice(-FINGERPRINT_WORDS)).join(' ');
  return edge(a) === edge(b);
}

/** The folded text's words, split once, when the paragraph is first compared word by word. */
function wordsOf(text: string, seen: Seen): string[] {
  return (seen.words ??= foldForComparison(text.slice(seen.region.start, seen.region.end)).split(' '));
}
