/**
 * Duplicates set (`<data>/duplicates/dev.jsonl`): real articles with injected faults whose
 * gold is known exactly — the title glued to itself, the body repeated, paragraphs repeated
 * exactly or with small edits, junk lines, and decoys that share only their opening words.
 *
 * Figures (definitions from `../shared/eval/README.md`):
 * - duplicates.precision / recall / f1: an injected copy is found when reported duplicate spans
 *   cover ≥ 90 % of its letters at one of the places its text occurs (so a copy reported in
 *   pieces counts, and whitespace or quote-style edits do not matter); each occurrence is claimed
 *   once. A reported duplicate that lies on no gold copy is a false positive when its text
 *   (letters and digits, case-folded) occurs only once in the article; a genuine repeat in the
 *   original article is not counted against warta. Copies removed as boilerplate instead are
 *   not found (the README: "an injected copy must be reported as a duplicate"); they are
 *   counted separately in duplicates.recallOrJunk.
 * - duplicates.decoysLost: decoys missing from the joined clean paragraphs (must be 0).
 * - duplicates.junkLeak: injected boilerplate lines still found inside a clean paragraph, as a
 *   share of all injected boilerplate lines.
 * - duplicates.title: title text equals the gold title (given once; a dropped ` - Utusan Malaysia`
 *   site suffix is forgiven, see `sameTitle`) and `repeated` equals `titleRepeated`.
 * - duplicates.paragraphCount: see `keptLineCount`. Two diagnostics without floors sit beside it:
 *   duplicates.paragraphLines counts the source lines holding paragraphs instead of paragraphs
 *   (a comma-glued line that warta splits in three counts once, as in the gold), and
 *   duplicates.paragraphCountRaw is the plain `paragraphs.length === uniqueParagraphs`.
 */
import { join } from 'node:path';
import { parseArticle } from '../../src/index.js';
import type { Article, Span } from '../../src/types.js';
import {
  KeyBag,
  MAX_EXAMPLES,
  clip,
  countOccurrences,
  countSegment,
  exists,
  letterKey,
  normalizeSpace,
  overlapsShorter,
  progress,
  ratio,
  readJsonl,
  sameTitle,
  segmentKey,
  wholeLines,
} from './shared.js';
import type { Evaluator, Figure } from './types.js';

interface GoldDuplicate {
  text: string;
  of: string;
  kind: 'exact' | 'near';
}

interface DuplicatesRow {
  id: string;
  text: string;
  title: string;
  titleRepeated: boolean;
  duplicates: GoldDuplicate[];
  decoys: string[];
  boilerplate: { text: string; kind: string }[];
  /** Non-empty lines of the ORIGINAL article minus the title line (its junk included). */
  uniqueParagraphs: number;
  mode: string;
}


/** A gold copy counts as reported when reported spans cover this share of its letters. */
const MIN_COVERAGE = 0.9;

/** Every exact occurrence of `text` in `source` (gold copy texts are exact substrings). */
function occurrences(source: string, text: string): Span[] {
  const out: Span[] = [];
  if (text === '') return out;
  for (let i = source.indexOf(text); i !== -1; i = source.indexOf(text, i + text.length)) {
    out.push({ start: i, end: i + text.length });
  }
  return out;
}

/** Marks every source position covered by one of the spans. */
function coverMask(length: number, spans: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return mask;
}

const ALNUM_CHAR = /[\p{L}\p{N}]/u;
const NON_SPACE_CHAR = /\S/u;

/**
 * Share of a span's letters and digits that the mask covers (of its visible characters for a
 * segment without letters, like a lone `,`). Coverage instead of text equality lets a copy
 * that warta reports in pieces (a comma-glued line split into paragraphs) count as found.
 */
function coverage(source: string, mask: Uint8Array, span: Span): number {
  for (const wanted of [ALNUM_CHAR, NON_SPACE_CHAR]) {
    let total = 0;
    let hit = 0;
    for (let i = span.start; i < span.end; i++) {
      if (!wanted.test(source[i]!)) continue;
      total++;
      hit += mask[i]!;
    }
    if (total > 0) return hit / total;
  }
  return 0;
}

/**
 * Where the injected copies are. Each gold copy claims one not-yet-claimed occurrence of its
 * text that `mask` covers (exact copies have several identical occurrences; any of them will
 * do). Returns the claimed spans and the gold copies left unclaimed.
 */
function claimCopies(
  source: string,
  copies: readonly GoldDuplicate[],
  mask: Uint8Array,
  taken: Set<number>,
): { claimed: Span[]; left: GoldDuplicate[] } {
  const claimed: Span[] = [];
  const left: GoldDuplicate[] = [];
  for (const copy of copies) {
    const hit = occurrences(source, copy.text).find((o) => !taken.has(o.start) && coverage(source, mask, o) >= MIN_COVERAGE);
    if (hit) {
      taken.add(hit.start);
      claimed.push(hit);
    } else left.push(copy);
  }
  return { claimed, left };
}

/**
 * The paragraph count comparable with the gold `uniqueParagraphs`.
 *
 * The gold counts every non-empty line of the original article except the title, including
 * junk the original scraper left (`SCROLL TO CONTINUE WITH CONTENT`, a related headline, a
 * `(kpl/sry)` credit); only the injected junk and the injected copies are excluded (checked on
 * the data: for `mode: clean`, uniqueParagraphs = non-empty lines − 1 − injected junk).
 * So warta's count is its clean paragraphs PLUS the whole source lines it took out as junk,
 * credit, dateline, publication line or duplicate that are NOT among the injected lines:
 *
 *   count = paragraphs.length + |whole lines warta removed − injected lines (matched by text)|
 *
 * A reported duplicate lying on an injected copy is injected; the injected lines to discount
 * are the gold junk lines plus the gold copies warta did not report as duplicates (it may have
 * removed them as junk). Returns the count and the number of original (non-injected) lines.
 */
function keptLineCount(
  row: DuplicatesRow,
  art: Article,
  injectedDuplicate: (span: Span) => boolean,
  copiesLeft: readonly GoldDuplicate[],
): { count: number; originalRemoved: number; paragraphLines: number } {
  const injected = new KeyBag([...row.boilerplate, ...copiesLeft].map((b) => segmentKey(b.text)));
  const removed: Span[] = [
    ...art.boilerplate.map((b) => b.span),
    ...(art.credit ? [art.credit.span] : []),
    ...(art.dateline ? [art.dateline.span] : []),
    ...(art.published ? [art.published.span] : []),
    ...art.duplicates.map((d) => d.span).filter((s) => !injectedDuplicate(s)),
  ];
  let originalRemoved = 0;
  const seen = new Set<number>();
  for (const span of removed) {
    const lines = wholeLines(row.text, span);
    if (!lines) continue;
    // One source line may carry two items (a dateline and a credit); count each line once.
    const lineStart = row.text.lastIndexOf('\n', span.start - 1) + 1;
    if (seen.has(lineStart)) continue;
    seen.add(lineStart);
    for (const line of lines) if (!injected.take(segmentKey(line))) originalRemoved++;
  }
  // Diagnostic: source lines holding paragraphs (a glued line split into three counts once).
  const lineStarts = new Set(art.paragraphs.map((p) => row.text.lastIndexOf('\n', p.span.start - 1)));
  return { count: art.paragraphs.length + originalRemoved, originalRemoved, paragraphLines: lineStarts.size };
}

/** Evaluate duplicate, junk, title and paragraph-count handling on the duplicates set. */
export const evaluateDuplicates: Evaluator = async (dataDir) => {
  const path = join(dataDir, 'duplicates', 'dev.jsonl');
  if (!exists(path)) return [];
  const rows = await readJsonl<DuplicatesRow>(path);
  progress(`duplicates: ${rows.length} articles`);

  let goldCopies = 0;
  let foundCopies = 0;
  let copiesRemovedAsJunk = 0;
  let reported = 0;
  let falsePositives = 0;
  let decoys = 0;
  let decoysLost = 0;
  let junk = 0;
  let junkLeaked = 0;
  let titlesOk = 0;
  let countOk = 0;
  let rawCountOk = 0;
  let lineCountOk = 0;
  const misses: Record<string, string[]> = { copy: [], fp: [], decoy: [], leak: [], title: [], count: [] };
  const note = (kind: string, line: string): void => {
    if (misses[kind]!.length < MAX_EXAMPLES) misses[kind]!.push(line);
  };

  for (const row of rows) {
    const art = parseArticle(row.text);
    const source = row.text;
    const sourceKey = letterKey(source);

    // Duplicates: an injected copy is found when reported duplicate spans cover it.
    const dupMask = coverMask(source.length, art.duplicates.map((d) => d.span));
    const taken = new Set<number>();
    const { claimed, left } = claimCopies(source, row.duplicates, dupMask, taken);
    const allCopies = row.duplicates.flatMap((d) => occurrences(source, d.text));
    const onCopy = (span: Span): boolean => claimed.some((c) => overlapsShorter(c, span));
    for (const d of art.duplicates) {
      reported++;
      if (allCopies.some((c) => overlapsShorter(c, d.span))) continue;
      const text = source.slice(d.span.start, d.span.end);
      const key = letterKey(text);
      // Not on an injected copy: fine if the text really repeats in the original, a false positive otherwise.
      if (key === '' ? countOccurrences(source, normalizeSpace(text)) < 2 : countOccurrences(sourceKey, key) < 2) {
        falsePositives++;
        note('fp', `${row.id}: ${clip(text)}`);
      }
    }
    goldCopies += row.duplicates.length;
    foundCopies += claimed.length;
    // Copies removed as junk instead (repeated `SCROLL TO CONTINUE WITH CONTENT`): reported, not counted.
    const junkMask = coverMask(source.length, art.boilerplate.map((b) => b.span));
    const asJunk = claimCopies(source, left, junkMask, taken);
    copiesRemovedAsJunk += asJunk.claimed.length;
    for (const g of asJunk.left) note('copy', `${row.id} [${g.kind}]: ${clip(g.text)}`);

    // Decoys must stay in the body.
    const bodyKey = letterKey(art.paragraphs.map((p) => p.text).join(' '));
    for (const decoy of row.decoys) {
      decoys++;
      if (!bodyKey.includes(letterKey(decoy))) {
        decoysLost++;
        note('decoy', `${row.id}: ${clip(decoy)}`);
      }
    }

    // Junk leak: each injected junk line still inside a clean paragraph (per distinct text,
    // at most as many leaks as it was injected).
    const body = art.paragraphs.map((p) => p.text).join('\n');
    const injectedByText = new Map<string, number>();
    for (const b of row.boilerplate) injectedByText.set(b.text, (injectedByText.get(b.text) ?? 0) + 1);
    for (const [text, n] of injectedByText) {
      junk += n;
      const leaked = Math.min(n, countSegment(body, text));
      junkLeaked += leaked;
      if (leaked > 0) note('leak', `${row.id}: ${clip(text)}`);
    }

    // Title: once, and `repeated` as in the gold.
    const titleOk =
      art.title !== null &&
      sameTitle(art.title.text, row.title) &&
      art.title.repeated === row.titleRepeated;
    if (titleOk) titlesOk++;
    else
      note(
        'title',
        `${row.id}: got ${art.title ? `"${clip(art.title.text, 60)}" repeated=${art.title.repeated}` : 'null'}, want "${clip(row.title, 60)}" repeated=${row.titleRepeated}`,
      );

    // Paragraph count.
    const { count, originalRemoved, paragraphLines } = keptLineCount(row, art, onCopy, left);
    if (count === row.uniqueParagraphs) countOk++;
    else
      note(
        'count',
        `${row.id} [${row.mode}]: paragraphs ${art.paragraphs.length} (on ${paragraphLines} lines) + original junk lines ${originalRemoved} = ${count}, gold ${row.uniqueParagraphs}`,
      );
    if (paragraphLines + originalRemoved === row.uniqueParagraphs) lineCountOk++;
    if (art.paragraphs.length === row.uniqueParagraphs) rawCountOk++;
  }

  // Precision and recall count different things (reported vs gold items), so F1 is built from the two rates.
  const p = ratio(reported - falsePositives, reported);
  const r = ratio(foundCopies, goldCopies);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const detail = (kind: string, head: string): string | undefined =>
    misses[kind]!.length ? `${head}\n    ${misses[kind]!.join('\n    ')}` : undefined;
  const n = rows.length;

  const figures: Figure[] = [
    {
      key: 'duplicates.f1',
      label: 'duplicates: injected copies found, F1',
      value: f1,
      detail: `${foundCopies}/${goldCopies} injected copies reported as duplicates; ${copiesRemovedAsJunk} more removed as boilerplate instead (not counted); ${reported} reported, ${falsePositives} false positives`,
    },
    {
      key: 'duplicates.precision',
      label: 'duplicates: reported duplicates that repeat',
      value: p,
      detail: detail('fp', 'false positives (text occurs once):'),
    },
    {
      key: 'duplicates.recall',
      label: 'duplicates: injected copies reported',
      value: r,
      detail: detail('copy', 'copies not reported (neither duplicate nor boilerplate):'),
    },
    {
      key: 'duplicates.recallOrJunk',
      label: 'duplicates: injected copies removed (duplicate or junk)',
      value: ratio(foundCopies + copiesRemovedAsJunk, goldCopies),
    },
    {
      key: 'duplicates.decoysLost',
      label: 'duplicates: decoys lost from the body (count)',
      value: decoysLost,
      better: 'lower',
      detail: detail('decoy', `${decoysLost}/${decoys} decoys lost:`),
    },
    {
      key: 'duplicates.junkLeak',
      label: 'duplicates: injected junk lines left in the body',
      value: ratio(junkLeaked, junk, 0),
      better: 'lower',
      detail: detail('leak', `${junkLeaked}/${junk} junk lines leaked:`),
    },
    {
      key: 'duplicates.title',
      label: 'duplicates: title once, repeated flag right',
      value: ratio(titlesOk, n),
      detail: detail('title', `${n - titlesOk}/${n} titles wrong:`),
    },
    {
      key: 'duplicates.paragraphCount',
      label: 'duplicates: paragraphs + original junk lines = gold count',
      value: ratio(countOk, n),
      detail: detail('count', `${n - countOk}/${n} counts wrong (paragraphs + original junk lines vs gold):`),
    },
    {
      key: 'duplicates.paragraphLines',
      label: 'duplicates: same, counting source lines that hold paragraphs',
      value: ratio(lineCountOk, n),
    },
    {
      key: 'duplicates.paragraphCountRaw',
      label: 'duplicates: plain paragraphs.length = gold count',
      value: ratio(rawCountOk, n),
    },
  ];
  return figures;
};
