/**
 * Quote figures, exactly as defined in `eval/README.md`:
 * a predicted direct quote matches a gold quote when their spans overlap by at least half of the
 * shorter one, or their word sets have Jaccard ≥ 0.5; each gold quote matches at most once.
 * Speaker accuracy over matched quotes whose gold speaker is known: strict = same name after
 * dropping honorifics, titles and ranks, and case; lenient = one name's words contain the other's.
 * Speaker role and organisation over matched quotes whose gold gives one: the role is right when
 * one role's words contain the other's; the organisation when one name's words contain the
 * other's, or both are forms of the same organisation of the article's gold `organisations`.
 *
 * PFSA-ID dev as a whole; the hand-labelled sets (gold-dev, gold-dev-fresh) per set and per
 * half (`gold-sets.ts`), with miss lists for half A only.
 */
import { join } from 'node:path';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, Span } from '../../src/types.js';
import { cleanText } from '../../src/util/normalize.js';
import { ARTICLE_TABLE, type GoldItem, PARTS, columnOf, figureMaker, loadGoldSets, scoreByPart } from './gold-sets.js';
import { type PfsaRoleRow, pfsaHalves, pfsaRoleFigures, pfsaSpeakerGold } from './pfsa-roles.js';
import { clip, exists, jaccard, normalizeSpace, overlapsShorter, prfOrNull, rate, readJsonl } from './shared.js';
import type { Evaluator, Figure } from './types.js';

/** Jaccard of word sets at or above which two quotes are the same quote. */
const MIN_JACCARD = 0.5;
/** How many misses each detail block lists (env `QUOTES_TOP` to see more, e.g. every wrong speaker). */
const TOP_MISSES = Number(process.env.QUOTES_TOP) || 12;

interface PfsaRow extends PfsaRoleRow {
  quotes: { start: number; end: number; text: string; speaker_name: string | null; speaker?: { text: string; start: number; end: number; label: string } | null }[];
}

interface GoldRow {
  id: string;
  lang: string;
  quotes: { text: string; speaker: string | null; role?: string | null; organisation?: string | null }[];
  organisations?: { name: string; forms: string[] }[];
}

/** One gold quote to find: its span (without marks) in the text and its speaker, if known. */
interface GoldQuote {
  span: Span;
  text: string;
  speaker: string | null;
  role?: string | null;
  organisation?: string | null;
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
  return containsWords(nameWords(a), nameWords(b));
}

/** One word list holds every word of the other (either way round); false when one is empty. */
function containsWords(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length === 0 || wb.length === 0) return false;
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((w) => big.includes(w));
}

/** Lower-cased words of a role or organisation, nothing dropped. */
function plainWords(s: string): string[] {
  return s.toLowerCase().match(WORD_G) ?? [];
}

/** README: the role is right when one role's words contain the other's. */
function roleRight(got: string | null | undefined, gold: string): boolean {
  return !!got && containsWords(plainWords(got), plainWords(gold));
}

const formKey = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * README: the organisation is right when one name's words contain the other's, or both are
 * forms of the same organisation of the article's gold `organisations` (`AMI` = `Asosiasi Mainan Indonesia`).
 */
function organisationRight(got: string | null | undefined, gold: string, orgs: readonly { name: string; forms: string[] }[]): boolean {
  if (!got) return false;
  if (containsWords(plainWords(got), plainWords(gold))) return true;
  const a = formKey(got);
  const b = formKey(gold);
  return orgs.some((o) => {
    const forms = new Set([o.name, ...o.forms].map(formKey));
    return forms.has(a) && forms.has(b);
  });
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerKnown: number;
  strict: number;
  lenient: number;
  roleKnown: number;
  roles: number;
  orgKnown: number;
  orgs: number;
  /** Gold quotes, and those whose words are still in the clean body. */
  gold: number;
  inBody: number;
  misses: string[];
  falsePositives: string[];
  wrongSpeakers: string[];
  wrongRoles: string[];
  wrongOrgs: string[];
  notInBody: string[];
  /** False when the miss lists stay empty (half B, whole sets). */
  keepMisses: boolean;
}

function newTally(keepMisses = true): Tally {
  return {
    tp: 0, fp: 0, fn: 0, speakerKnown: 0, strict: 0, lenient: 0, roleKnown: 0, roles: 0, orgKnown: 0, orgs: 0, gold: 0, inBody: 0,
    misses: [], falsePositives: [], wrongSpeakers: [], wrongRoles: [], wrongOrgs: [], notInBody: [], keepMisses,
  };
}

/** Match one article's predictions against its gold quotes and add to the tally. */
function score(id: string, gold: GoldQuote[], predicted: Quote[], tally: Tally, orgs: readonly { name: string; forms: string[] }[] = []): void {
  const note = (list: string[], line: string): void => {
    if (tally.keepMisses) list.push(line);
  };
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
      note(tally.falsePositives, `${id}: “${clip(q.text, 70)}”`);
      continue;
    }
    used.add(best);
    matchedPred.add(p);
    tally.tp++;
    const g = gold[best]!;
    const gs = g.speaker;
    if (gs) {
      tally.speakerKnown++;
      const ps = q.speaker?.name ?? '';
      if (ps && strictSame(ps, gs)) tally.strict++;
      if (ps && lenientSame(ps, gs)) tally.lenient++;
      else note(tally.wrongSpeakers, `${id}: gold ${gs} / got ${ps || '—'} · “${clip(q.text, 40)}”`);
    }
    if (g.role) {
      tally.roleKnown++;
      if (roleRight(q.speaker?.role, g.role)) tally.roles++;
      else note(tally.wrongRoles, `${id}: gold ${g.role} / got ${q.speaker?.role ?? '—'} (${q.speaker?.name ?? '—'})`);
    }
    if (g.organisation) {
      tally.orgKnown++;
      if (organisationRight(q.speaker?.organisation, g.organisation, orgs)) tally.orgs++;
      else note(tally.wrongOrgs, `${id}: gold ${g.organisation} / got ${q.speaker?.organisation ?? '—'} (${q.speaker?.name ?? '—'})`);
    }
  }
  for (let g = 0; g < gold.length; g++) {
    if (used.has(g)) continue;
    tally.fn++;
    note(tally.misses, `${id}: “${clip(gold[g]!.text, 70)}”`);
  }
}

/** Top misses of one kind, or nothing. */
function block(head: string, list: string[]): string[] {
  return list.length ? [head, ...list.slice(0, TOP_MISSES).map((m) => `  ${m}`)] : [];
}

function figures(prefix: string, label: string, t: Tally, withDetail = true, grid?: { column: string }): Figure[] {
  const s = prfOrNull(t.tp, t.fp, t.fn);
  const detail = [
    `${label}: ${t.tp} matched, ${t.fp} false positives, ${t.fn} missed; speaker known for ${t.speakerKnown}, role for ${t.roleKnown}, organisation for ${t.orgKnown}`,
    ...block('missed:', t.misses),
    ...block('false positives:', t.falsePositives),
    ...block('wrong speakers:', t.wrongSpeakers),
  ].join('\n');
  const fig = figureMaker(prefix, label, grid?.column);
  const roleDetail = block(`${label}: wrong roles (${t.roleKnown - t.roles}/${t.roleKnown}):`, t.wrongRoles).join('\n');
  const orgDetail = block(`${label}: wrong organisations (${t.orgKnown - t.orgs}/${t.orgKnown}):`, t.wrongOrgs).join('\n');
  return [
    fig('precision', 'direct-quote precision', s.precision),
    fig('recall', 'direct-quote recall', s.recall),
    fig('f1', 'direct-quote F1', s.f1, withDetail ? { detail } : {}),
    fig('speaker.strict', 'speaker accuracy (strict)', rate(t.strict, t.speakerKnown)),
    fig('speaker.lenient', 'speaker accuracy (lenient)', rate(t.lenient, t.speakerKnown)),
    ...(t.roleKnown + t.orgKnown > 0 || grid
      ? [
          fig('speaker.role', 'speaker role right', rate(t.roles, t.roleKnown), withDetail && roleDetail ? { detail: roleDetail } : {}),
          fig('speaker.organisation', 'speaker organisation right', rate(t.orgs, t.orgKnown), withDetail && orgDetail ? { detail: orgDetail } : {}),
        ]
      : []),
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

/** Gold quote texts are exact substrings; a repeated one is found after the previous copy. */
function goldQuotes(row: GoldRow, text: string): GoldQuote[] {
  const gold: GoldQuote[] = [];
  for (const q of row.quotes) {
    let from = 0;
    for (const prev of gold) if (prev.text === q.text) from = Math.max(from, prev.span.end);
    const at = text.indexOf(q.text, from);
    const start = at >= 0 ? at : text.indexOf(q.text);
    gold.push({ span: start >= 0 ? { start, end: start + q.text.length } : { start: -1, end: -1 }, text: q.text, speaker: q.speaker, role: q.role ?? null, organisation: q.organisation ?? null });
  }
  return gold;
}

/** Quote figures on PFSA-ID dev and on the hand-labelled real articles. */
export const evaluateQuotes: Evaluator = async (dataDir) => {
  const out: Figure[] = [];
  const pfsaPath = join(dataDir, 'quotes', 'pfsa-id-dev.jsonl');
  if (exists(pfsaPath)) {
    const tally = newTally();
    const rows = await readJsonl<PfsaRow>(pfsaPath);
    const halves = pfsaHalves(rows);
    // Per half, the speaker role and organisation, gold linked by `pfsa-roles.ts` (half B lists no misses).
    const byHalf = { A: newTally(), B: newTally(false) };
    const counts = { A: { quotes: 0, withRole: 0, withOrg: 0 }, B: { quotes: 0, withRole: 0, withOrg: 0 } };
    for (const row of rows) {
      const gold = row.quotes.map((q) => {
        const span = innerSpan(row.text, q.start, q.end);
        return { span, text: row.text.slice(span.start, span.end), speaker: q.speaker_name };
      });
      const predicted = extractQuotes(row.text, { language: 'ind' }).quotes;
      const half = halves.get(row.id)!;
      // Misses are listed for half A only: half B stays unread, so its figures can check a rule.
      tally.keepMisses = half === 'A';
      score(row.id, gold, predicted, tally);
      const linked = pfsaSpeakerGold(row);
      const c = counts[half];
      c.quotes += gold.length;
      c.withRole += linked.filter((l) => l.role).length;
      c.withOrg += linked.filter((l) => l.organisation).length;
      score(row.id, gold.map((g, i) => ({ ...g, ...linked[i]! })), predicted, byHalf[half]);
    }
    out.push(...figures('quotes.pfsa', 'PFSA-ID dev', tally));
    for (const half of ['A', 'B'] as const) out.push(...pfsaRoleFigures(half, byHalf[half], counts[half], TOP_MISSES));
  }
  for (const set of await loadGoldSets<GoldRow>(dataDir)) {
    const goldOf = new Map(set.items.map((item) => [item.gold.id, goldQuotes(item.gold, item.text)]));
    const scoreItem = (t: Tally, item: GoldItem<GoldRow>): void => {
      // What users get: the quotes of the parsed Article (clean paragraphs only), language detected as usual.
      const gold = goldOf.get(item.gold.id)!;
      score(item.gold.id, gold, item.article.quotes, t, item.gold.organisations ?? []);
      // The check: every gold quote's words are still in the clean body (junk and copies removed, quotes kept).
      const body = normalizeSpace(item.article.paragraphs.map((p) => p.text).join(' '));
      for (const q of gold) {
        t.gold++;
        if (body.includes(normalizeSpace(cleanText(q.text)))) t.inBody++;
        else if (t.keepMisses) t.notInBody.push(`${item.gold.id}: “${clip(q.text, 70)}”`);
      }
    };
    const tallies = scoreByPart(set, () => newTally(false), (t, item, keep) => {
      t.keepMisses = keep;
      scoreItem(t, item);
    });
    for (const part of PARTS) {
      const column = columnOf(set.name, part);
      const t = tallies[part];
      out.push(...figures(`quotes.${set.name}.${part}`, column, t, part === 'A', { column }));
      out.push({
        key: `quotes.${set.name}.${part}.inBody`,
        label: `${column}: gold quotes still in the clean body`,
        value: rate(t.inBody, t.gold),
        grid: { table: ARTICLE_TABLE, row: 'gold quotes still in the clean body', column },
        ...(t.notInBody.length ? { detail: block('gold quotes missing from the clean body:', t.notInBody).join('\n') } : {}),
      });
    }
    for (const lang of ['ind', 'zlm', 'eng'] as const) {
      const t = newTally(false);
      for (const item of set.items) if (item.lang === lang) scoreItem(t, item);
      if (t.gold > 0) out.push(...figures(`quotes.${set.name}.${lang}`, `${set.name} ${lang}`, t, false));
    }
  }
  return out;
};
