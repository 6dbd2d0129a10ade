import type { Block, Context, Region } from '../context.js';
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
export function removeDuplicates(ctx: Context): void {
  const text = ctx.norm.text;
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
  if (ctx.title) {
    const key = foldForComparison(text.slice(ctx.title.start, ctx.title.end));
    if (key.length >= MIN_DUPLICATE_CHARS) remember({ region: ctx.title, words: key.split(' ') }, key);
  }

  const kept: Block[] = [];
  for (const block of ctx.blocks) {
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
      ctx.duplicates.push({ start: block.start, end: block.end, of: exact.region, kind: same ? 'exact' : 'near', similarity: same ? 1 : wordDice(words, exact.words) });
      continue;
    }
    const best = short ? null : bestCandidate(words, [
      ...(byHead.get(words.slice(0, FINGERPRINT_WORDS).join(' ')) ?? []),
      ...(byTail.get(words.slice(-FINGERPRINT_WORDS).join(' ')) ?? []),
    ]);
    if (best) {
      ctx.duplicates.push({ start: block.start, end: block.end, of: best.seen.region, kind: 'near', similarity: best.similarity });
      continue;
    }
    remember({ region: block, words }, key);
    kept.push(block);
  }
  ctx.blocks = kept;
  reportRepeatedJunk(ctx);
}

/**
 * A junk line that repeats an earlier one word for word (a body scraped twice repeats its
 * `SCROLL TO CONTINUE WITH CONTENT` too) is reported as a duplicate of the first, not as
 * junk a second time: it is a copy, and the first occurrence already says what it is.
 */
function reportRepeatedJunk(ctx: Context): void {
  const text = ctx.norm.text;
  const first = new Map<string, Region>();
  const junk = ctx.junk.slice().sort((a, b) => a.start - b.start);
  const kept = [];
  for (const j of junk) {
    const collapsed = collapseWhitespace(text.slice(j.start, j.end));
    const seen = first.get(collapsed);
    if (seen && isWholeLine(text, j)) {
      ctx.duplicates.push({ start: j.start, end: j.end, of: seen, kind: 'exact', similarity: 1 });
      continue;
    }
    if (!seen && isWholeLine(text, j)) first.set(collapsed, j);
    kept.push(j);
  }
  ctx.junk = kept;
  ctx.duplicates.sort((a, b) => a.start - b.start);
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
