/**
 * People named by their initials in a list (`tersangka berinisial RWS, DN, dan AK`; `Sembilan tersangka itu adalah
 * RWS, DN, A, K dan MA`): crime and court news name suspects and victims so. The list is one of initials when an
 * initials word opens it, or when it mixes a single capital (`A`, a person's one initial: no body is named so) with
 * longer ones. Every member is a person, and so is every other use of the same capitals in the article (`Saudara MA`),
 * even where the lexicon holds them for a body (`MA`, a court): the hit is marked as a person's, and its group is not reported.
 */
import { LIST_GAPS } from './accept.js';
import type { Finder, Hit, ParagraphState } from './paragraph.js';
import { isRoman } from './shapes.js';

/** Longest initials read as a member: a person's initials run to four or five capitals (`NKGA`). */
const MAX_INITIALS = 5;
/** Fewest members of a list with no initials word before it: with fewer, a lone capital is as often a class or a grade. */
const MIN_BARE_LIST = 3;
/** A person's initials: capitals only, no digits. */
const INITIALS = new RegExp(`^\\p{Lu}{1,${MAX_INITIALS}}$`, 'u');

/** Mark every member of a list of people's initials, in every paragraph, as a person's (see the module comment). */
export function markInitialLists(f: Finder, states: readonly ParagraphState[]): void {
  if (f.c.initialsWords.size === 0) return;
  // The one-word hits by paragraph and word, gathered once: a text of many lists is read in one pass.
  let single: Map<string, Hit> | null = null;
  states.forEach((p, paragraph) => {
    for (const [from, to] of initialsRuns(p)) {
      const opened = from > 0 && f.c.initialsWords.has(p.tokens[from - 1]!.lower);
      if (!opened && !mixed(p, from, to)) continue;
      single ??= singleWordHits(f.hits);
      for (let k = from; k < to; k++) if (!LIST_WORDS.has(p.tokens[k]!.text)) markPerson(f, single, p, paragraph, k);
    }
  });
}

/** Hits of one word, keyed by paragraph and word index (`3:12`). */
function singleWordHits(hits: readonly Hit[]): Map<string, Hit> {
  const out = new Map<string, Hit>();
  for (const h of hits) if (h.to === h.from + 1) out.set(`${h.paragraph}:${h.from}`, h);
  return out;
}

/** Conjunctions that a list gap holds as a word of its own (`, dan `): derived from `LIST_GAPS`. */
const LIST_WORDS: ReadonlySet<string> = new Set([...LIST_GAPS].map((g) => g.replace(/[^\p{L}]/gu, '')).filter((w) => w.length > 0));

/** Maximal runs `[from, to)` of initials-shaped words joined by list gaps (`RWS, DN dan A`); a conjunction between is part of the run. */
function initialsRuns(p: ParagraphState): [number, number][] {
  const { tokens, text } = p;
  const runs: [number, number][] = [];
  let k = 0;
  while (k < tokens.length) {
    if (!INITIALS.test(tokens[k]!.text)) {
      k++;
      continue;
    }
    const from = k;
    for (;;) {
      // The next member: the next word, or the one after a conjunction (`, dan `).
      const next = k + 1 < tokens.length && LIST_WORDS.has(tokens[k + 1]!.text) ? k + 2 : k + 1;
      if (next >= tokens.length || !INITIALS.test(tokens[next]!.text) || !LIST_GAPS.has(text.slice(tokens[k]!.end, tokens[next]!.start))) break;
      k = next;
    }
    runs.push([from, k + 1]);
    k++;
  }
  return runs;
}

/** The run holds `MIN_BARE_LIST` members or more, a single capital among them and longer initials (no roman numeral) too. */
function mixed(p: ParagraphState, from: number, to: number): boolean {
  let single = false;
  let longer = false;
  let members = 0;
  for (let k = from; k < to; k++) {
    if (LIST_WORDS.has(p.tokens[k]!.text)) continue;
    members++;
    const word = p.tokens[k]!.text;
    if (word.length === 1) single = true;
    // Numerals are no initials (`Komisi I, II dan III`).
    else if (!isRoman(word)) longer = true;
  }
  return members >= MIN_BARE_LIST && single && longer;
}

/** Word `k` names a person: its hit, or a new one, is marked so (a person's hit drops its whole group). */
function markPerson(f: Finder, single: Map<string, Hit>, p: ParagraphState, paragraph: number, k: number): void {
  const t = p.tokens[k]!;
  const own = single.get(`${paragraph}:${k}`);
  if (own) own.person = true;
  else f.add({ start: p.start + t.start, end: p.start + t.end, text: t.text, rule: 'acronym', known: null, kind: null, from: k, to: k + 1, paragraph, person: true });
}
