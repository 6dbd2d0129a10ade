import type { Block, Context, Region } from '../context.js';
import {
  FINGERPRINT_WORDS,
  MIN_DUPLICATE_CHARS,
  MIN_DUPLICATE_LENGTH_RATIO,
  MIN_NEAR_DUPLICATE_SIMILARITY,
} from '../options.js';
import { collapseWhitespace } from '../util/normalize.js';
import { foldForComparison, wordDice } from '../util/similarity.js';

interface Seen {
  region: Region;
  collapsed: string;
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
    (byHead.get(head) ?? byHead.set(head, []).get(head)!).push(seen);
    (byTail.get(tail) ?? byTail.set(tail, []).get(tail)!).push(seen);
  };
  if (ctx.title) {
    const collapsed = collapseWhitespace(text.slice(ctx.title.start, ctx.title.end));
    const key = foldForComparison(collapsed);
    if (key.length >= MIN_DUPLICATE_CHARS) remember({ region: ctx.title, collapsed, words: key.split(' ') }, key);
  }

  const kept: Block[] = [];
  for (const block of ctx.blocks) {
    const collapsed = collapseWhitespace(text.slice(block.start, block.end));
    const key = foldForComparison(collapsed);
    if (key.length < MIN_DUPLICATE_CHARS) {
      kept.push(block);
      continue;
    }
    const words = key.split(' ');
    const exact = byKey.get(key);
    if (exact) {
      const same = exact.collapsed === collapsed;
      ctx.duplicates.push({ start: block.start, end: block.end, of: exact.region, kind: same ? 'exact' : 'near', similarity: same ? 1 : wordDice(words, exact.words) });
      continue;
    }
    const best = bestCandidate(words, [
      ...(byHead.get(words.slice(0, FINGERPRINT_WORDS).join(' ')) ?? []),
      ...(byTail.get(words.slice(-FINGERPRINT_WORDS).join(' ')) ?? []),
    ]);
    if (best) {
      ctx.duplicates.push({ start: block.start, end: block.end, of: best.seen.region, kind: 'near', similarity: best.similarity });
      continue;
    }
    remember({ region: block, collapsed, words }, key);
    kept.push(block);
  }
  ctx.blocks = kept;
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
