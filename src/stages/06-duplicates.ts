import {
  FINGERPRINT_WORDS,
  MAX_DUPLICATE_CANDIDATES,
  MIN_DUPLICATE_CHARS,
  MIN_DUPLICATE_LENGTH_RATIO,
  MIN_NEAR_DUPLICATE_SIMILARITY,
  MIN_SHORT_DUPLICATE_WORDS,
} from '../options.js';
import { collapseWhitespace } from '../util/normalize.js';
import { foldForComparison, wordDice } from '../util/similarity.js';
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
  words: string[];
}

/**
 * Drop repeated paragraphs, keeping the first occurrence: the whole body scraped twice,
 * single paragraphs repeated, and near-copies (spacing, punctuation, quote style, a
 * changed word). Candidates are found through the opening and closing words, so a
 * paragraph is compared with few others and the stage stays near-linear; a decoy that
 * only opens like another paragraph fails the similarity test and stays.
 */
export function removeDuplicates(input: DuplicatesInput): DuplicatesResult {
  const { text } = input;
  const duplicates: DuplicateHit[] = [];
  const byKey = new Map<string, Seen>();
  const byHead = new Map<string, Seen[]>();
  const byTail = new Map<string, Seen[]>();
  const remember = (seen: Seen, key: string) => {
    byKey.set(key, seen);
    const head = seen.words.slice(0, FINGERPRINT_WORDS).join(' ');
    const tail = seen.words.slice(-FINGERPRINT_WORDS).join(' ');
    addCandidate(byHead, head, seen);
    addCandidate(byTail, tail, seen);
  };
  if (input.title) {
    const key = foldForComparison(text.slice(input.title.start, input.title.end));
    if (key.length >= MIN_DUPLICATE_CHARS) remember({ region: input.title, words: key.split(' ') }, key);
  }

  const kept: Block[] = [];
  for (const block of input.body) {
    const key = foldForComparison(text.slice(block.start, block.end));
    const words = key.split(' ');
    // Short lines (`Berita Emiten`) repeat only as exact copies; near-matching them is noise.
    const short = key.length < MIN_DUPLICATE_CHARS;
    if (short && words.length < MIN_SHORT_DUPLICATE_WORDS) {
      kept.push(block);
      continue;
    }
    const exact = byKey.get(key);
    if (exact) {
      // Same words; `exact` only when the text differs in nothing but spacing.
      const same = collapseWhitespace(text.slice(block.start, block.end)) === collapseWhitespace(text.slice(exact.region.start, exact.region.end));
      duplicates.push({ start: block.start, end: block.end, of: exact.region, kind: same ? 'exact' : 'near', similarity: same ? 1 : wordDice(words, exact.words) });
      continue;
    }
    const best = short ? null : bestCandidate(words, [
      ...(byHead.get(words.slice(0, FINGERPRINT_WORDS).join(' ')) ?? []),
      ...(byTail.get(words.slice(-FINGERPRINT_WORDS).join(' ')) ?? []),
    ]);
    if (best) {
      duplicates.push({ start: block.start, end: block.end, of: best.seen.region, kind: 'near', similarity: best.similarity });
      continue;
    }
    remember({ region: block, words }, key);
    kept.push(block);
  }
  duplicates.push(...repeatedJunk(text, input.junk));
  // Junk copies interleave with block copies: report all in text order.
  duplicates.sort((a, b) => a.start - b.start);
  return { duplicates, body: kept };
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

/** Keep at most MAX_DUPLICATE_CANDIDATES paragraphs per fingerprint; the earliest are the originals. */
function addCandidate(index: Map<string, Seen[]>, key: string, seen: Seen): void {
  const list = index.get(key);
  if (!list) index.set(key, [seen]);
  else if (list.length < MAX_DUPLICATE_CANDIDATES) list.push(seen);
}

function bestCandidate(words: string[], candidates: Seen[]): { seen: Seen; similarity: number } | null {
  let best: { seen: Seen; similarity: number } | null = null;
  for (const seen of candidates) {
    const ratio = Math.min(words.length, seen.words.length) / Math.max(words.length, seen.words.length);
    if (ratio < MIN_DUPLICATE_LENGTH_RATIO) continue;
    const similarity = wordDice(words, seen.words);
    if (similarity >= MIN_NEAR_DUPLICATE_SIMILARITY && (!best || similarity > best.similarity)) best = { seen, similarity };
  }
  return best;
}
