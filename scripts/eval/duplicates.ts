/**
 * Duplicates set (`<data>/duplicates/dev.jsonl`): real articles with injected faults whose
 * gold is known exactly — the title glued to itself, the body repeated, paragraphs repeated
 * exactly or with small edits, junk lines, and decoys that share only their opening words.
 *
 * Figures (definitions from `../shared/eval/README.md`):
 * - duplicates.precision / recall / f1: an injected copy is found when a reported duplicate's
 *   text equals the gold copy's text modulo whitespace, case and punctuation (`segmentKey`);
 *   each gold copy matches once. A reported duplicate that matches no gold copy is a false
 *   positive when its text occurs only once in the article (a genuine repeat in the original
 *   article is not counted against warta).
 * - duplicates.decoysLost: decoys missing from the joined clean paragraphs (must be 0).
 * - duplicates.junkLeak: injected boilerplate lines still found inside a clean paragraph, as a
 *   share of all injected boilerplate lines.
 * - duplicates.title: title text equals the gold title (given once) and `repeated` equals
 *   `titleRepeated`.
 * - duplicates.paragraphCount: see `keptLineCount`.
 */
import { join } from 'node:path';
import { parseArticle } from '../../src/index.js';
import type { Article, Span } from '../../src/types.js';
import {
  KeyBag,
  clip,
  countOccurrences,
  countSegment,
  exists,
  letterKey,
  normalizeSpace,
  progress,
  ratio,
  readJsonl,
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

/** How many examples of each kind of miss to print under the table. */
const MAX_EXAMPLES = 5;

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
 * Injected lines = gold boilerplate texts + gold duplicate copies not already matched to a
 * reported duplicate. Returns the count and the number of original (non-injected) lines.
 */
function keptLineCount(
  row: DuplicatesRow,
  art: Article,
  matchedDuplicates: Set<number>,
): { count: number; originalRemoved: number } {
  const injected = new KeyBag(row.boilerplate.map((b) => segmentKey(b.text)));
  const removed: Span[] = [
    ...art.boilerplate.map((b) => b.span),
    ...(art.credit ? [art.credit.span] : []),
    ...(art.dateline ? [art.dateline.span] : []),
    ...(art.published ? [art.published.span] : []),
  ];
  art.duplicates.forEach((d, i) => {
    // A reported copy matched to gold is injected: it is neither a paragraph nor an original line.
    if (!matchedDuplicates.has(i)) removed.push(d.span);
  });
  // Gold copies warta removed some other way (as junk) are injected lines too.
  for (const key of copiesLeft(row, art, matchedDuplicates)) injected.add(key);

  let originalRemoved = 0;
  const seen = new Set<string>();
  for (const span of removed) {
    const lines = wholeLines(row.text, span);
    if (!lines) continue;
    // One source line may carry two items (`(NP)` credit and a dateline); count the line once.
    const lineId = `${row.text.lastIndexOf('\n', span.start - 1)}:${lines.length}`;
    if (seen.has(lineId)) continue;
    seen.add(lineId);
    for (const line of lines) if (!injected.take(segmentKey(line))) originalRemoved++;
  }
  return { count: art.paragraphs.length + originalRemoved, originalRemoved };
}

/** Keys of gold copies not matched by a reported duplicate. */
function copiesLeft(row: DuplicatesRow, art: Article, matched: Set<number>): string[] {
  const bag = new KeyBag(row.duplicates.map((d) => segmentKey(d.text)));
  art.duplicates.forEach((d, i) => {
    if (matched.has(i)) bag.take(segmentKey(row.text.slice(d.span.start, d.span.end)));
  });
  return row.duplicates.map((d) => segmentKey(d.text)).filter((k) => bag.take(k));
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
  const misses: Record<string, string[]> = { copy: [], fp: [], decoy: [], leak: [], title: [], count: [] };
  const note = (kind: string, line: string): void => {
    if (misses[kind]!.length < MAX_EXAMPLES) misses[kind]!.push(line);
  };

  for (const row of rows) {
    const art = parseArticle(row.text);
    const source = row.text;
    const sourceKey = letterKey(source);

    // Duplicates: match reported copies to gold copies by key, each gold copy once.
    const gold = new KeyBag(row.duplicates.map((d) => segmentKey(d.text)));
    const matched = new Set<number>();
    art.duplicates.forEach((d, i) => {
      const text = source.slice(d.span.start, d.span.end);
      reported++;
      if (gold.take(segmentKey(text))) {
        matched.add(i);
        return;
      }
      const key = letterKey(text);
      // Not injected: fine if the text really repeats in the original, a false positive otherwise.
      if (key === '' ? countOccurrences(source, normalizeSpace(text)) < 2 : countOccurrences(sourceKey, key) < 2) {
        falsePositives++;
        note('fp', `${row.id}: ${clip(text)}`);
      }
    });
    goldCopies += row.duplicates.length;
    foundCopies += matched.size;
    const left = copiesLeft(row, art, matched);
    const junkKeys = new KeyBag(art.boilerplate.map((b) => segmentKey(source.slice(b.span.start, b.span.end))));
    for (const key of left) {
      if (junkKeys.take(key)) copiesRemovedAsJunk++;
      else {
        const g = row.duplicates.find((d) => segmentKey(d.text) === key);
        note('copy', `${row.id} [${g?.kind}]: ${clip(g?.text ?? key)}`);
      }
    }

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
      normalizeSpace(art.title.text) === normalizeSpace(row.title) &&
      art.title.repeated === row.titleRepeated;
    if (titleOk) titlesOk++;
    else
      note(
        'title',
        `${row.id}: got ${art.title ? `"${clip(art.title.text, 60)}" repeated=${art.title.repeated}` : 'null'}, want "${clip(row.title, 60)}" repeated=${row.titleRepeated}`,
      );

    // Paragraph count.
    const { count, originalRemoved } = keptLineCount(row, art, matched);
    if (count === row.uniqueParagraphs) countOk++;
    else
      note(
        'count',
        `${row.id} [${row.mode}]: paragraphs ${art.paragraphs.length} + original junk lines ${originalRemoved} = ${count}, gold ${row.uniqueParagraphs}`,
      );
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
      key: 'duplicates.paragraphCountRaw',
      label: 'duplicates: plain paragraphs.length = gold count',
      value: ratio(rawCountOk, n),
    },
  ];
  return figures;
};
