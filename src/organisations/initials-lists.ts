/**
 * People named by their initials in a list (`tersangka berinisial RWS, DN, dan AK`; `Sembilan tersangka itu adalah
 * RWS, DN, A, K dan MA`): crime and court news name suspects and victims so. The list is one of initials when an
 * initials word opens it, or when it mixes a single capital (`A`, a person's one initial: no body is named so) with
 * longer ones. Every member is a person's, never a mention of a body. The same letters elsewhere in the article are
 * the person's too (`Saudara MA`), even where the lexicon holds them for a body (`MA`, a court): the member's hit is
 * marked as a person's, and its group is not reported. But court and crime news write a suspect's initials beside a
 * court's or an agency's acronym (`berinisial MA` … `kasasi ke Mahkamah Agung (MA)`): where the article ties the
 * letters to a body (`bodyLetters`), only the members are no mention, and the body keeps its other mentions.
 */
import { LIST_GAPS } from './accept.js';
import type { Finder, Hit, ParagraphState } from './paragraph.js';
import { isRoman } from './shapes.js';
import type { Token } from './tokens.js';
import { F_CAP, F_HAS_LOWER } from '../tokens/token.js';

/** Longest initials read as a member: a person's initials run to four or five capitals (`NKGA`). */
const MAX_INITIALS = 5;
/** Fewest members of a list with no initials word before it: with fewer, a lone capital is as often a class or a grade. */
const MIN_BARE_LIST = 3;
/** A person's initials: capitals only, no digits. */
const INITIALS = new RegExp(`^\\p{Lu}{1,${MAX_INITIALS}}$`, 'u');

/** Mark every member of a list of people's initials, in every paragraph, as a person's (see the module comment). */
export function markInitialLists(f: Finder, states: readonly ParagraphState[]): void {
  if (f.c.initialsWords.size === 0) return;
  const members: { p: ParagraphState; paragraph: number; k: number }[] = [];
  states.forEach((p, paragraph) => {
    for (const [from, to] of initialsRuns(p)) {
      const opened = from > 0 && f.c.initialsWords.has(p.tokens[from - 1]!.lower);
      if (!opened && !mixed(p, from, to)) continue;
      for (let k = from; k < to; k++) if (!LIST_WORDS.has(p.tokens[k]!.text)) members.push({ p, paragraph, k });
    }
  });
  if (members.length === 0) return;
  // The one-word hits by paragraph and word, gathered once: a text of many lists is read in one pass.
  const single = singleWordHits(f.hits);
  const own = members.map(({ paragraph, k }) => single.get(`${paragraph}:${k}`));
  const bodies = bodyLetters(f, new Set(own.filter((h): h is Hit => h !== undefined)));
  members.forEach(({ p, paragraph, k }, i) => {
    const t = p.tokens[k]!;
    const hit = own[i] ?? f.hits[f.add({ start: p.start + t.start, end: p.start + t.end, text: t.text, rule: 'acronym', known: null, kind: null, from: k, to: k + 1, paragraph })]!;
    // A person's hit drops its whole group; a member whose letters name a body is no mention, and the body stays (`inName`).
    if (bodies.has(t.lower)) hit.inName = true;
    else hit.person = true;
  });
}

/**
 * The letters (lower-case) the article ties to a body, list members (`members`) aside: a name linked to them by
 * brackets (`Mahkamah Agung (MA)`, one group of two texts), a known body's full name whose acronym they are
 * (`Mahkamah Agung` for `MA`), a body cue or a post before them (`Ketua MA`).
 */
function bodyLetters(f: Finder, members: ReadonlySet<Hit>): Set<string> {
  const letters = new Set<string>();
  // The texts of every linked group: a group of two texts or more is a name tied to its short form.
  const texts = new Map<number, Set<string>>();
  f.hits.forEach((h, i) => {
    if (h.person || h.thing || members.has(h)) return;
    const lower = h.text.toLowerCase();
    if (h.cue) letters.add(lower);
    if (h.acronym) letters.add(h.acronym.toLowerCase());
    if (h.keys) for (const key of h.keys) letters.add(key);
    const acronym = h.known?.acronym?.toLowerCase();
    if (acronym && acronym !== lower) letters.add(acronym);
    const root = f.find(i);
    const group = texts.get(root);
    if (group) group.add(lower);
    else texts.set(root, new Set([lower]));
  });
  for (const group of texts.values()) if (group.size > 1) for (const text of group) letters.add(text);
  return letters;
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
    if (!initialsAt(tokens, k)) {
      k++;
      continue;
    }
    const from = k;
    for (;;) {
      // The next member: the next word, or the one after a conjunction (`, dan `).
      const next = k + 1 < tokens.length && LIST_WORDS.has(tokens[k + 1]!.text) ? k + 2 : k + 1;
      if (next >= tokens.length || !initialsAt(tokens, next) || !LIST_GAPS.has(text.slice(tokens[k]!.end, tokens[next]!.start))) break;
      k = next;
    }
    runs.push([from, k + 1]);
    k++;
  }
  return runs;
}

/** Word `k` is initials-shaped: a capital first and no lower-case letter (the token's flags), short enough, then capitals only. */
function initialsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return (t.facts & (F_CAP | F_HAS_LOWER)) === F_CAP && t.text.length <= MAX_INITIALS && INITIALS.test(t.text);
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
