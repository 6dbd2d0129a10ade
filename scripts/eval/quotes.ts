/**
 * Quote figures, exactly as defined in `eval/README.md`:
 * a predicted direct quote matches a gold quote when their spans overlap by at least half of the
 * shorter one, or their word sets have Jaccard ≥ 0.5; each gold quote matches at most once.
 * Speaker accuracy over matched quotes whose gold speaker is known: strict = same name after
 * dropping honorifics, titles and ranks, and case; lenient = one name's words contain the other's.
 */
import { join } from 'node:path';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, Span } from '../../src/types.js';
import { cleanText } from '../../src/util/normalize.js';
import { clip, exists, jaccard, loadRealArticles, normalizeSpace, overlapsShorter, prf, ratio, readJsonl } from './shared.js';
import type { Evaluator, Figure } from './types.js';

/** Jaccard of word sets at or above which two quotes are the same quote. */
const MIN_JACCARD = 0.5;
/** How many misses each detail block lists (env `QUOTES_TOP` to see more, e.g. every wrong speaker). */
const TOP_MISSES = Number(process.env.QUOTES_TOP) || 12;

interface PfsaRow {
  id: string;
  text: string;
  quotes: { start: number; end: number; text: string; speaker_name: string | null }[];
}

interface GoldRow {
  id: string;
  lang: string;
  quotes: { text: string; speaker: string | null }[];
}

/** One gold quote to find: its span (without marks) in the text and its speaker, if known. */
interface GoldQuote {
  span: Span;
  text: string;
  speaker: string | null;
}

/**
 * Honorifics, titles and ranks dropped before comparing names (README: Bapak, Ibu, Dr, H, Datuk,
 * Tan Sri, AKBP, Komisaris Besar, Inspektur Jenderal, …; PFSA person spans include police ranks).
 */
const TITLE_WORDS = new Set(
  [
    'bapak', 'ibu', 'pak', 'bu', 'dr', 'drs', 'dra', 'ir', 'prof', 'h', 'hj', 'kh', 'datuk', 'dato', 'datin',
    'tan', 'sri', 'seri', 'tun', 'puan', 'encik', 'cik', 'haji', 'hajah', 'mr', 'mrs', 'ms', 'sir', 'akbp',
    'akp', 'kombes', 'kompol', 'brigjen', 'irjen', 'komjen', 'jenderal', 'komisaris', 'besar', 'ajun',
    'inspektur', 'polisi', 'pol', 'brigadir', 'mayjen', 'letjen', 'kolonel', 'letkol', 'mayor', 'kapten',
    'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'briptu', 'bripda', 'marsekal', 'laksamana', 'letnan',
    'satu', 'dua', 'asisten', 'komisioner', 'superintendan', 'tengku', 'tunku', 'yb', 'ustaz', 'ustadz',
    'gus', 'kiai', 'habib', 'raden', 'mas', 'mbak', 'tbk', 'hajjah', 'laksma', 'laksda', 'laksdya', 'marsma',
    'marsda', 'marsdya', 'tni', 'purn', 'mar', 'inf', 'lettu', 'letda', 'serka', 'sertu', 'serda', 'pastor',
    'romo', 'ustazah', 'syeikh', 'sheikh', 'toh', 'dr', 'lt', 'col', 'gen', 'capt',
  ],
);
const WORD_G = /[\p{L}\p{N}]+/gu;

/** The words of a name, lower-cased, honorifics and ranks dropped (the first word is kept if nothing else is left). */
function nameWords(name: string): string[] {
  const all = name.toLowerCase().match(WORD_G) ?? [];
  const kept = all.filter((w) => !TITLE_WORDS.has(w));
  return kept.length > 0 ? kept : all;
}

function strictSame(a: string, b: string): boolean {
  return nameWords(a).join(' ') === nameWords(b).join(' ');
}

function lenientSame(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((w) => big.includes(w));
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerKnown: number;
  strict: number;
  lenient: number;
  misses: string[];
  falsePositives: string[];
  wrongSpeakers: string[];
}

function newTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, speakerKnown: 0, strict: 0, lenient: 0, misses: [], falsePositives: [], wrongSpeakers: [] };
}

/** Match one article's predictions against its gold quotes and add to the tally. */
function score(id: string, gold: GoldQuote[], predicted: Quote[], tally: Tally): void {
  // Only direct quotes are scored: the gold sets mark quotation marks, not reported speech (`kind: 'indirect'`).
  const direct = predicted.filter((q) => q.kind === 'direct');
  const used = new Set<number>();
  const matchedPred = new Set<number>();
  for (let p = 0; p < direct.length; p++) {
    const q = direct[p]!;
    let best = -1;
    for (let g = 0; g < gold.length; g++) {
      if (used.has(g)) continue;
      if (overlapsShorter(q.span, gold[g]!.span) || jaccard(q.text, gold[g]!.text) >= MIN_JACCARD) {
        best = g;
        break;
      }
    }
    if (best < 0) {
      tally.fp++;
      tally.falsePositives.push(`${id}: “${clip(q.text, 70)}”`);
      continue;
    }
    used.add(best);
    matchedPred.add(p);
    tally.tp++;
    const gs = gold[best]!.speaker;
    if (gs) {
      tally.speakerKnown++;
      const ps = q.speaker?.name ?? '';
      if (ps && strictSame(ps, gs)) tally.strict++;
      if (ps && lenientSame(ps, gs)) tally.lenient++;
      else tally.wrongSpeakers.push(`${id}: gold ${gs} / got ${ps || '—'} · “${clip(q.text, 40)}”`);
    }
  }
  for (let g = 0; g < gold.length; g++) {
    if (used.has(g)) continue;
    tally.fn++;
    tally.misses.push(`${id}: “${clip(gold[g]!.text, 70)}”`);
  }
}

function figures(prefix: string, label: string, t: Tally, withDetail = true): Figure[] {
  const s = prf(t.tp, t.fp, t.fn);
  const detail = [
    `${label}: ${t.tp} matched, ${t.fp} false positives, ${t.fn} missed; speaker known for ${t.speakerKnown}`,
    ...(t.misses.length ? ['missed:', ...t.misses.slice(0, TOP_MISSES).map((m) => `  ${m}`)] : []),
    ...(t.falsePositives.length ? ['false positives:', ...t.falsePositives.slice(0, TOP_MISSES).map((m) => `  ${m}`)] : []),
    ...(t.wrongSpeakers.length ? ['wrong speakers:', ...t.wrongSpeakers.slice(0, TOP_MISSES).map((m) => `  ${m}`)] : []),
  ].join('\n');
  return [
    { key: `${prefix}.precision`, label: `${label}: direct-quote precision`, value: s.precision },
    { key: `${prefix}.recall`, label: `${label}: direct-quote recall`, value: s.recall },
    { key: `${prefix}.f1`, label: `${label}: direct-quote F1`, value: s.f1, ...(withDetail ? { detail } : {}) },
    { key: `${prefix}.speaker.strict`, label: `${label}: speaker accuracy (strict)`, value: ratio(t.strict, t.speakerKnown) },
    { key: `${prefix}.speaker.lenient`, label: `${label}: speaker accuracy (lenient)`, value: ratio(t.lenient, t.speakerKnown) },
  ];
}

/** Strip the marks from a PFSA gold span (gold spans include them; ours cover the words inside). */
function innerSpan(text: string, start: number, end: number): Span {
  const MARKS = /["“”«»‘’']/;
  let s = start;
  let e = end;
  while (s < e && (MARKS.test(text[s]!) || text[s] === ' ')) s++;
  while (e > s && (MARKS.test(text[e - 1]!) || text[e - 1] === ' ')) e--;
  return { start: s, end: e };
}

const LANGS: Record<string, 'ind' | 'zlm' | 'eng'> = { id: 'ind', ms: 'zlm', en: 'eng' };

/** Quote figures on PFSA-ID dev and on the hand-labelled real articles. */
export const evaluateQuotes: Evaluator = async (dataDir) => {
  const out: Figure[] = [];
  const pfsaPath = join(dataDir, 'quotes', 'pfsa-id-dev.jsonl');
  if (exists(pfsaPath)) {
    const tally = newTally();
    for (const row of await readJsonl<PfsaRow>(pfsaPath)) {
      const gold = row.quotes.map((q) => {
        const span = innerSpan(row.text, q.start, q.end);
        return { span, text: row.text.slice(span.start, span.end), speaker: q.speaker_name };
      });
      score(row.id, gold, extractQuotes(row.text, { language: 'ind' }).quotes, tally);
    }
    out.push(...figures('quotes.pfsa', 'PFSA-ID dev', tally));
  }
  const goldPath = join(dataDir, 'articles', 'gold-dev.jsonl');
  if (exists(goldPath)) {
    const real = await loadRealArticles(dataDir);
    const tally = newTally();
    const byLang = new Map<string, Tally>();
    let goldCount = 0;
    let inBody = 0;
    const notInBody: string[] = [];
    for (const row of await readJsonl<GoldRow>(goldPath)) {
      const article = real.get(row.id);
      if (!article) continue;
      const text = article.text;
      const gold: GoldQuote[] = [];
      for (const q of row.quotes) {
        // Gold quote texts are exact substrings; repeated ones are found in order.
        let from = 0;
        for (const prev of gold) if (prev.text === q.text) from = Math.max(from, prev.span.end);
        const at = text.indexOf(q.text, from);
        const start = at >= 0 ? at : text.indexOf(q.text);
        gold.push({ span: start >= 0 ? { start, end: start + q.text.length } : { start: -1, end: -1 }, text: q.text, speaker: q.speaker });
      }
      // What users get: the quotes of the parsed Article (clean paragraphs only), language detected as usual.
      const parsed = parseArticle(text);
      score(row.id, gold, parsed.quotes, tally);
      const lang = LANGS[row.lang] ?? 'ind';
      if (!byLang.has(lang)) byLang.set(lang, newTally());
      score(row.id, gold, parsed.quotes, byLang.get(lang)!);
      // The check: every gold quote's words are still in the clean body (junk and copies removed, quotes kept).
      const body = normalizeSpace(parsed.paragraphs.map((p) => p.text).join(' '));
      for (const q of gold) {
        goldCount++;
        if (body.includes(normalizeSpace(cleanText(q.text)))) inBody++;
        else notInBody.push(`${row.id}: “${clip(q.text, 70)}”`);
      }
    }
    out.push(...figures('quotes.articles', 'gold-dev articles', tally));
    for (const lang of ['ind', 'zlm', 'eng'] as const) {
      const t = byLang.get(lang);
      if (t) out.push(...figures(`quotes.articles.${lang}`, `gold-dev ${lang}`, t, false));
    }
    out.push({
      key: 'quotes.articles.inBody',
      label: 'gold-dev articles: gold quotes still in the clean body',
      value: ratio(inBody, goldCount),
      ...(notInBody.length ? { detail: ['gold quotes missing from the clean body:', ...notInBody.slice(0, TOP_MISSES).map((m) => `  ${m}`)].join('\n') } : {}),
    });
  }
  return out;
};
