/** Which mentions to report, grouped into organisations and numbered in text order. */
import type { Span } from '../types.js';
import type { CompiledOrganisations } from './compiled.js';
import { Finder, type Hit, type OrganisationHit, type OrganisationRule, type ParagraphState } from './paragraph.js';
import { tokenize } from './tokens.js';
import { uniteCutNames } from './prefixes.js';
import { sortInPlace } from './in-order.js';
import { writtenLower } from './branches.js';

// ---------------------------------------------------------------------------
// Output

export function overlapsAny(h: Hit, spans: readonly Span[]): boolean {
  for (const s of spans) if (h.start < s.end && s.start < h.end) return true;
  return false;
}

/** Separators of a list of names: `APTB, Sekarbumi, … dan ICW`. */
export const LIST_GAPS: ReadonlySet<string> = new Set([', ', ' dan ', ', dan ', ' and ', ', and ', ' serta ', ' atau ', ' or ', '/', ' / ', ' & ']);
/** The longest of `LIST_GAPS`: a longer gap is none of them, and is not sliced to be looked up. */
const LONGEST_LIST_GAP = Math.max(...[...LIST_GAPS].map((g) => g.length));
/** Rules whose hits are organisations by themselves. */
export const STRONG_RULES: ReadonlySet<OrganisationRule> = new Set(['known', 'head', 'tail', 'domain', 'brand', 'kind-noun', 'officer', 'branch', 'alias', 'source', 'coined']);

/** A spelled-out name with an organisation word in it (`Contoh Exchange Index`), not a thing (`Pendapatan Asli Daerah`). */
export function isOrganisationName(c: CompiledOrganisations, text: string): boolean {
  const words = tokenize(text).map((t) => t.text);
  if (words.length === 0) return false;
  return c.heads.has(words[0]!) || c.tails.has(words[words.length - 1]!) || words.some((w) => c.nameWords.has(w));
}

/**
 * A spelled-out name closed by a word that ends only such names (`Contoh Growth Bank`), none of whose
 * other words the text also writes as a word of its own language (in lower case, or a most frequent word).
 */
function hasSpelledTail(f: Finder, p: ParagraphState, text: string): boolean {
  const words = tokenize(text).map((t) => t.text);
  if (words.length < 2 || !f.c.spelledTails.has(words[words.length - 1]!)) return false;
  return !words.some((w, k) => k < words.length - 1 && (f.commonWords.has(w.toLowerCase()) || writtenLower(f, p, w)));
}

/**
 * `text[from, to)` is a word for `or` between spaces, which gives another name or an alternative
 * (`Contoh Karya atau CK`): acceptance passes only from the name before to the one after, never back
 * (`<thing> atau <body>`: a thing named before a body is no organisation for that).
 */
function alternativeGap(f: Finder, text: string, from: number, to: number): boolean {
  return to - from > 2 && to - from <= LONGEST_LIST_GAP && text[from] === ' ' && text[to - 1] === ' ' && f.c.orWords.has(text.slice(from + 1, to - 1));
}

/** `text[from, to)` is one of `LIST_GAPS`. */
function listGap(text: string, from: number, to: number): boolean {
  return to - from > 0 && to - from <= LONGEST_LIST_GAP && LIST_GAPS.has(text.slice(from, to));
}

/**
 * Which groups to report. A group is dropped when its acronym was spelled out as a thing
 * (`Pajak Bumi dan Bangunan (PBB)`); a group of bare acronyms not in the lexicon is kept only
 * when one of its mentions has a cue word before it or stands in a list with an organisation.
 */
export function acceptedGroups(f: Finder, states: ParagraphState[]): Set<number> {
  const strong = f.hits.map((h) => STRONG_RULES.has(h.rule) || (h.rule === 'long-form' && (isOrganisationName(f.c, h.text) || hasSpelledTail(f, states[h.paragraph]!, h.text))));
  const thing = new Set<number>();
  f.hits.forEach((h, i) => {
    if ((h.rule === 'long-form' && !strong[i] && !h.cue && !h.portfolio) || h.thing) thing.add(f.find(i));
  });
  // A spelled-out name listed with organisations is one (`Contoh Motor dan Sokonindo Indonesia (SI)`).
  const listed = new Set<number>();
  const accepted = new Set<number>();
  f.hits.forEach((h, i) => {
    if (strong[i] || h.cue) accepted.add(f.find(i));
  });
  // Lists: a chain of names joined by commas and `dan` is accepted when any member is.
  const byParagraph = new Map<number, number[]>();
  f.hits.forEach((h, i) => {
    const list = byParagraph.get(h.paragraph) ?? [];
    list.push(i);
    byParagraph.set(h.paragraph, list);
  });
  for (const [paragraph, list] of byParagraph) {
    const text = states[paragraph]!.text;
    const base = states[paragraph]!.start;
    sortInPlace(list, (a, b) => f.hits[a]!.start - f.hits[b]!.start);
    let chain: number[] = [];
    const close = () => {
      if (chain.length > 1 && chain.some((i) => accepted.has(f.find(i)) && !thing.has(f.find(i)))) {
        for (const i of chain) {
          accepted.add(f.find(i));
          if (!f.hits[i]!.thing) listed.add(f.find(i));
        }
      }
      chain = [];
    };
    for (const i of list) {
      const prev = chain.length > 0 ? chain[chain.length - 1] : undefined;
      const from = prev === undefined ? 0 : f.hits[prev]!.end - base;
      const to = f.hits[i]!.start - base;
      if (prev !== undefined && alternativeGap(f, text, from, to)) {
        close();
        if (accepted.has(f.find(prev)) && !thing.has(f.find(prev))) {
          accepted.add(f.find(i));
          if (!f.hits[i]!.thing) listed.add(f.find(i));
        }
      } else if (prev !== undefined && !listGap(text, from, to)) close();
      chain.push(i);
    }
    close();
  }
  for (const g of thing) if (!listed.has(g)) accepted.delete(g);
  f.hits.forEach((h, i) => {
    if (h.person) accepted.delete(f.find(i));
  });
  return accepted;
}

/** Tie mentions of one organisation together and number the groups in text order. */
export function finish(f: Finder, states: ParagraphState[], ignore: readonly Span[]): OrganisationHit[] {
  // Same lexicon entry or same text (case-insensitive) → same organisation.
  const byKey = new Map<string, number>();
  const unite = (key: string, i: number) => {
    const other = byKey.get(key);
    if (other === undefined) byKey.set(key, i);
    else f.union(other, i);
  };
  // Each hit's keys in order (its text, its other texts, its lexicon entry), no list built per hit.
  for (let i = 0; i < f.hits.length; i++) {
    const h = f.hits[i]!;
    unite(`t:${h.text.toLowerCase()}`, i);
    if (h.keys) for (const k of h.keys) unite(`t:${k}`, i);
    if (h.known) unite(`k:${h.known.id}`, i);
  }
  uniteCutNames(f);
  const accepted = acceptedGroups(f, states);
  const order = sortInPlace(
    f.hits.map((h, i) => i).filter((i) => accepted.has(f.find(i)) && !f.hits[i]!.portfolio && !f.hits[i]!.inName && !overlapsAny(f.hits[i]!, ignore)),
    (a, b) => f.hits[a]!.start - f.hits[b]!.start || f.hits[b]!.end - f.hits[a]!.end,
  );
  const groupOf = new Map<number, number>();
  const out: OrganisationHit[] = [];
  for (const i of order) {
    const h = f.hits[i]!;
    const root = f.find(i);
    let group = groupOf.get(root);
    if (group === undefined) {
      group = groupOf.size;
      groupOf.set(root, group);
    }
    out.push({ start: h.start, end: h.end, text: h.text, rule: h.rule, known: h.known, kind: h.kind, group, acronym: h.acronym ?? null });
  }
  return out;
}
