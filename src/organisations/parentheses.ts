/** Parentheses: a name and its acronym (`Aliansi … (APTB)`, `APTB (Aliansi …)`), in either order. */
import type { OrganisationKind } from '../types.js';
import type { CompiledOrganisations, KnownOrganisation } from './compiled.js';
import { isOrganisationName } from './accept.js';
import { LONG_FORM_SLACK, MAX_NAME_WORDS } from './names.js';
import { afterLegalStop, commaGap, Finder, type Hit, isCredit, nameAt, type OrganisationRule, type ParagraphState, plainGap, roleBefore, sentenceStart } from './paragraph.js';
import { isInitialledPerson, MAX_PERSON_WORDS } from './people.js';
import { isAcronym, isCamel, isCapitalised, isRoman, spellsOut } from './shapes.js';

// ---------------------------------------------------------------------------
// Parentheses: a name and its acronym

/** Kinds of heads that never name a thing (`Asosiasi`, `Partai`, `PT`), unlike `Badan` (`Badan Usaha`) or `Sekolah` (a school type). */
const ORGANISATION_ONLY: ReadonlySet<OrganisationKind> = new Set<OrganisationKind>(['ngo', 'party', 'company', 'police-military']);

export const OPEN = 0x28;
export const CLOSE = 0x29;

export function linkParentheses(f: Finder, p: ParagraphState, paragraph: number, first: number): void {
  const { tokens, text } = p;
  // Every link below needs an opening bracket.
  if (!text.includes('(')) return;
  // Hits of this paragraph by first and last word.
  const byFrom = new Map<number, number>();
  const covered = new Set<number>();
  for (let h = first; h < f.hits.length; h++) {
    byFrom.set(f.hits[h]!.from, h);
    for (let k = f.hits[h]!.from; k < f.hits[h]!.to; k++) covered.add(k);
  }
  // The latest hit of this paragraph ending before word `t`, hits added below included. Indexed as
  // they come: scanning the hits for each bracket made a paragraph of many `(ABC)` quadratic.
  const byTo = new Map<number, number>();
  let indexed = first;
  const hitEndingAt = (t: number): number | null => {
    for (; indexed < f.hits.length; indexed++) byTo.set(f.hits[indexed]!.to, indexed);
    return byTo.get(t) ?? null;
  };
  // Hit `h` starts one word earlier, at the organisation word that opens the name its acronym `word`
  // spells, when no hit holds that word: the indexes follow it.
  const widen = (h: number, word: string, t: number): boolean => {
    const name = f.hits[h]!;
    let k = name.from - 1;
    let text = covered.has(k) || hitEndingAt(name.from) !== null ? null : spelledFrom(f.c, p, name, word);
    // Or, before a known name, the capitalised words whose initials with the name's are exactly the acronym's
    // letters (`Contoh Bank of Korea (CBK)`): a longer name, no more the known one inside it. Before a head's
    // name such words make a thing's name (`Sijil Contoh …`, `Rapat Dewan …`), as below.
    if (text === null && name.rule === 'known') {
      k = initialledStart(f.c, p, name.from, t, word, covered);
      if (k < 0 || hitEndingAt(name.from) !== null) return false;
      text = p.text.slice(tokens[k]!.start, tokens[name.to - 1]!.end);
      // Its kind is no longer the known name's (a central bank's, in `Contoh Bank of Korea`).
      name.known = null;
      name.kind = null;
    }
    if (text === null) return false;
    if (byFrom.get(name.from) === h) {
      byFrom.delete(name.from);
      byFrom.set(k, h);
    }
    for (let m = k; m < name.from; m++) covered.add(m);
    Object.assign(name, { from: k, start: p.start + tokens[k]!.start, text });
    return true;
  };
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t]!;
    // A single word in brackets: `(APTB)`, `(Amvesindo)`.
    if (text.charCodeAt(tok.start - 1) !== OPEN || text.charCodeAt(tok.end) !== CLOSE || isCredit(f.c, p, t)) continue;
    const word = tok.text;
    // Spelled out in lower case right before (`green savings bond (GSB)`): a thing's short form, whatever else it names.
    if (tok.acronym && spelledInLowerCase(f.c, p, t)) {
      f.hits[byFrom.get(t) ?? addWordHit(f, p, paragraph, t, 'acronym', null, null)]!.thing = true;
      covered.add(t);
      continue;
    }
    if (f.c.notOrganisations.has(word) && !f.c.places.has(word)) {
      // A head-noun name spelled out before an acronym of a thing is that thing (`Badan Usaha Milik Negara (BUMN)`),
      // unless its head names only organisations (`Asosiasi Contoh Sejahtera (ASI)`: an association, whatever `ASI` also means)
      // or its name holds a place (`Universiti Contoh Kelantan (UCK)`: a thing's name is no one place's).
      const before = hitEndingAt(t);
      const hit = before === null ? null : f.hits[before]!;
      if (hit && hit.rule === 'head' && !ORGANISATION_ONLY.has(hit.kind ?? 'other') && initialsOf(p, hit.from, t) === word && !holdsPlace(f.c, p, hit.from + 1, hit.to)) hit.thing = true;
      continue;
    }
    if (f.c.places.has(word) || isRoman(word) || !isCapitalised(word)) continue;
    const gap = text.slice(tokens[t - 1]!.end, tok.start);
    // A possessive may close the name before its short form (`Contoh Lantera Berhad's (Conla) fuel bills`), and a legal form's stop its code (`Contoh Tbk. (CNTH)`).
    if (gap !== ' (' && gap !== '(' && gap !== "'s (" && gap !== '’s (' && !afterLegalStop(f.c, p, t)) continue;
    const before = hitEndingAt(t) ?? extendToAcronym(f, p, t, hitEndingAt);
    if (before !== null) {
      const name = f.hits[before]!;
      if (name.to - name.from < 2) continue;
      if (!isAcronym(word) && !spellsOut(word, name.text) && !capitalsAreInitials(word, name.text)) continue;
      // The tail of a longer capitalised name whose letters it does not spell: the acronym is the whole name's (`Sijil Contoh
      // Sekolah Contoh (UXC)`, a certificate), and the name starts there when an organisation word opens it (`Jaringan Koperasi Contoh (JKC)`).
      if (runsOnBefore(f.c, p, name.from) && !spellsOut(word, name.text) && !widen(before, word, t)) continue;
      const own = byFrom.get(t);
      const acronymHit = own ?? addWordHit(f, p, paragraph, t, 'acronym', name.kind, name.known);
      f.union(before, acronymHit);
      if (own === undefined) f.learn([word], acronymHit);
      covered.add(t);
      continue;
    }
    if (!isAcronym(word)) continue;
    const long = longFormBefore(f.c, p, t, covered);
    // A person's initials (`Rina Wulan Sari (RWS)`): neither the name nor the initials is an organisation.
    if (long && isInitialledPerson(f.c, p, long.from, t, f.alone, afterHit(p, long.from, hitEndingAt))) {
      // Its later uses are no organisation either (`RWS` alone, even in a list).
      const own = byFrom.get(t) ?? addWordHit(f, p, paragraph, t, 'acronym', null, null);
      f.hits[own]!.person = true;
      f.learn([word], own);
      covered.add(t);
      continue;
    }
    if (!long) {
      // A translated name after a role keeps its own acronym (`Direktur Pengamat Contoh (XYZW), Budi`): the role's body.
      const own = byFrom.get(t);
      if (own !== undefined && roleBeforeRun(f.c, p, t - 1)) f.hits[own]!.cue = true;
      continue;
    }
    const cue = roleBefore(f.c, p, long.from);
    const longText = text.slice(tokens[long.from]!.start, tokens[t - 1]!.end);
    const longHit = f.add({
      start: p.start + tokens[long.from]!.start,
      end: p.start + tokens[t - 1]!.end,
      text: longText,
      rule: 'long-form',
      known: null,
      kind: null,
      from: long.from,
      to: t,
      paragraph,
      cue,
      // A title's words with no organisation word in them: a portfolio (`Menteri Contoh dan Sejahtera`), not `CEO Contoh Network`.
      portfolio: !cue && long.from > 0 && plainGap(p, long.from) && f.c.roles.has(tokens[long.from - 1]!.text) && !isOrganisationName(f.c, longText),
    });
    for (let k = long.from; k < t; k++) covered.add(k);
    f.learn(tokens.slice(long.from, t).map((w) => w.text), longHit);
    const own = byFrom.get(t);
    const acronymHit = own ?? addWordHit(f, p, paragraph, t, 'acronym', null, null);
    covered.add(t);
    f.union(longHit, acronymHit);
  }
  // `Pemerintah Provinsi Sulawesi Tengah (Pemprov Sulteng)`: a short name of several words in
  // brackets whose first word abbreviates the name's head.
  for (let h = first; h < f.hits.length; h++) {
    const short = f.hits[h]!;
    if (short.paragraph !== paragraph || short.to - short.from < 2 || short.from < 1) continue;
    if (text.slice(tokens[short.from - 1]!.end, tokens[short.from]!.start) !== ' (' || text[tokens[short.to - 1]!.end] !== ')') continue;
    const before = hitEndingAt(short.from);
    if (before !== null && spellsOut(tokens[short.from]!.text, f.hits[before]!.text)) f.union(before, h);
  }
  // `APTB (Aliansi Petani Tangguh Bersatu)`: the name in brackets after the acronym.
  for (let h = first; h < f.hits.length; h++) {
    const acr = f.hits[h]!;
    if (acr.paragraph !== paragraph || acr.to - acr.from !== 1 || acr.to >= tokens.length) continue;
    if (!isAcronym(acr.text) && !isCamel(acr.text)) continue;
    const open = text.slice(tokens[acr.from]!.end, tokens[acr.to]!.start);
    if (open !== ' (' && open !== '(') continue;
    let close = acr.to;
    while (close < tokens.length && close - acr.to < MAX_NAME_WORDS && text[tokens[close]!.end] !== ')') close++;
    if (close >= tokens.length || close - acr.to < 1) continue;
    const inner = text.slice(tokens[acr.to]!.start, tokens[close]!.end);
    if (!isCapitalised(inner) || inner.includes('(') || !spellsOut(acr.text, inner)) continue;
    const existing = byFrom.get(acr.to);
    if (existing !== undefined && f.hits[existing]!.to === close + 1) {
      f.union(h, existing);
      continue;
    }
    // Names inside the brackets are part of the spelled name (`IPPC (Ikatan Pelatih Persatuan Contoh)`,
    // holding `Persatuan Contoh`), when each lies wholly inside them.
    const inside: number[] = [];
    let free = true;
    for (let k = acr.to; k <= close && free; k++) {
      if (!covered.has(k)) continue;
      const at = byFrom.get(k);
      free = at !== undefined && f.hits[at]!.to <= close + 1;
      if (free) {
        inside.push(at!);
        k = f.hits[at!]!.to - 1;
      }
    }
    if (!free) continue;
    for (const at of inside) f.hits[at]!.inName = true;
    const longHit = f.add({
      start: p.start + tokens[acr.to]!.start,
      end: p.start + tokens[close]!.end,
      text: inner,
      rule: 'long-form',
      known: null,
      kind: acr.kind ?? (inside.length > 0 ? f.hits[inside[0]!]!.kind : null),
      from: acr.to,
      to: close + 1,
      paragraph,
    });
    for (let k = acr.to; k <= close; k++) covered.add(k);
    f.learn(tokens.slice(acr.to, close + 1).map((w) => w.text), longHit);
    f.union(h, longHit);
  }
}

/** The capitals that open words `[from, to)` (`Majlis Daerah Contoh Baru` → `MDCB`); joiners give none. */
export function initialsOf(p: ParagraphState, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) if (p.tokens[k]!.cap) out += p.tokens[k]!.text[0];
  return out;
}

/**
 * A name hit that stopped a few name words before `(ACR)` at word `t`, when the acronym's letters
 * are the initials of the name with those words (`Majlis Daerah Contoh Baru (MDCB)`, where
 * `Contoh Baru` was read as a person, or an English name's `on` phrase): the words belong to the name. Returns the stretched hit.
 */
export function extendToAcronym(f: Finder, p: ParagraphState, t: number, hitEndingAt: (t: number) => number | null): number | null {
  const word = p.tokens[t]!.text;
  if (!isAcronym(word)) return null;
  for (let j = 1; j <= MAX_PERSON_WORDS && t - j > 0; j++) {
    const k = t - j;
    // Joiners may stand between (`Contoh Committee on Banking Supervision (CCBS)`).
    if (!plainGap(p, k) || (!nameAt(p, k) && !f.c.joiners.has(p.tokens[k]!.text))) return null;
    const h = hitEndingAt(k);
    if (h === null) continue;
    const hit = f.hits[h]!;
    if (hit.rule !== 'head' && hit.rule !== 'tail') return null;
    if (initialsOf(p, hit.from, t) !== word) return null;
    const end = p.tokens[t - 1]!.end;
    hit.to = t;
    hit.end = p.start + end;
    hit.text = p.text.slice(p.tokens[hit.from]!.start, end);
    return h;
  }
  return null;
}

/** The hit of this paragraph (from index `first` on) whose last word is word `t - 1`. */
export function addWordHit(
  f: Finder,
  p: ParagraphState,
  paragraph: number,
  t: number,
  rule: OrganisationRule,
  kind: OrganisationKind | null,
  known: KnownOrganisation | null,
): number {
  const tok = p.tokens[t]!;
  return f.add({ start: p.start + tok.start, end: p.start + tok.end, text: tok.text, rule, known, kind, from: t, to: t + 1, paragraph });
}

/**
 * The name spelled out before `(ACR)` at word `t`: the nearest start of capitalised words (and
 * joiners) whose first word begins with the acronym's first letter and which the acronym spells.
 */
export function longFormBefore(c: CompiledOrganisations, p: ParagraphState, t: number, covered: Set<number>): { from: number } | null {
  const acronym = p.tokens[t]!.text;
  const maxWords = Math.min(MAX_NAME_WORDS, acronym.length + LONG_FORM_SLACK);
  const firstLetter = acronym[0]!.toLowerCase();
  // The nearest start that spells it, unless a start further back gives exactly its initials
  // (`Sinar Saksama Shipping Company (SSSC)`, not from `Saksama …`, whose inner letters spell it too).
  let nearest: { from: number } | null = null;
  for (let from = t - 1, words = 1; from >= 0 && words <= maxWords; from--, words++) {
    const word = p.tokens[from]!.text;
    if (covered.has(from)) return nearest;
    // Commas may list the parts (`Industri Logam, Mesin, … dan Elektronika (ILMATE)`).
    if (from < t - 1 && !plainGap(p, from + 1) && !commaGap(p, from + 1)) return nearest;
    const nameWord = nameAt(p, from) || p.tokens[from]!.acronym;
    if (!nameWord && !c.joiners.has(word)) return nearest;
    if (!nameWord || word[0]!.toLowerCase() !== firstLetter || from === t - 1) continue;
    if (nearest && initialsOf(p, from, t) === acronym) return { from };
    const long = p.text.slice(p.tokens[from]!.start, p.tokens[t - 1]!.end);
    if (!nearest && spellsOut(acronym, long)) {
      nearest = { from };
      if (initialsOf(p, from, t) === acronym) return nearest;
    }
  }
  return nearest;
}

/** Word `last` ends a run of capitalised words that comes right after a role (`Direktur`, `Ketua`). */
function roleBeforeRun(c: CompiledOrganisations, p: ParagraphState, last: number): boolean {
  let k = last;
  while (k > 0 && k > last - MAX_NAME_WORDS && plainGap(p, k) && isCapitalised(p.tokens[k - 1]!.text) && !roleBefore(c, p, k)) k--;
  return roleBefore(c, p, k);
}

/** A capitalised word that is no role, title or sentence opener runs on, joined by a space, right before word `k` (`Sijil Contoh` before `Sekolah …`). */
function runsOnBefore(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  if (k === 0 || !plainGap(p, k) || !nameAt(p, k - 1) || sentenceStart(p, k - 1)) return false;
  const word = p.tokens[k - 1]!.text;
  return !c.roles.has(word) && !c.roleWords.has(word) && !c.officerTitles.has(word) && !c.cues.has(word.toLowerCase());
}

/** The organisation word right before `name` opens the name its acronym `word` spells: that name's text, or null. */
function spelledFrom(c: CompiledOrganisations, p: ParagraphState, name: Hit, word: string): string | null {
  const k = name.from - 1;
  const text = p.text.slice(p.tokens[k]!.start, p.tokens[name.to - 1]!.end);
  return c.orgVocabulary.has(p.tokens[k]!.text) && spellsOut(word, text) ? text : null;
}

/**
 * Where the name before `(ACR)` at word `t` starts when one to three capitalised words, no role,
 * title or opener, run on right before its first word `from` and the capitals of all its words are
 * exactly the acronym (`Contoh Export Bank (CEB)` read from `Export Bank`): -1 when none.
 */
function initialledStart(c: CompiledOrganisations, p: ParagraphState, from: number, t: number, word: string, covered: Set<number>): number {
  if (!isAcronym(word)) return -1;
  for (let k = from - 1; k >= 0 && from - k <= MAX_PERSON_WORDS; k--) {
    const w = p.tokens[k]!.text;
    if (covered.has(k) || !plainGap(p, k + 1) || !nameAt(p, k) || c.roles.has(w) || c.roleWords.has(w) || c.breakers.has(w) || c.officerTitles.has(w)) return -1;
    if (initialsOf(p, k, t) === word) return k;
    if (sentenceStart(p, k)) return -1;
  }
  return -1;
}

/** A hit ends right before word `k`, joined by a space or a comma (`Dinas Contoh, Rina …`). */
function afterHit(p: ParagraphState, k: number, hitEndingAt: (t: number) => number | null): boolean {
  if (k === 0 || hitEndingAt(k) === null) return false;
  const gap = p.text.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start);
  return gap === ' ' || gap === ', ';
}

/**
 * The words right before the bracket at word `t` are lower case and their initials spell its
 * acronym, with or without their joiners (`usaha mikro, kecil, dan menengah (UMKM)`): news
 * capitalises an organisation's name, so a name spelled in lower case is a thing's.
 */
export function spelledInLowerCase(c: CompiledOrganisations, p: ParagraphState, t: number): boolean {
  const letters = p.tokens[t]!.lower;
  if (letters.length < 2 || !/^\p{Ll}+$/u.test(letters)) return false;
  let all = '';
  let core = '';
  // Back over lower-case words, as many as the letters and the joiners between them need.
  for (let k = t - 1; k >= 0 && t - k <= letters.length * 2; k--) {
    const w = p.tokens[k]!.text;
    if (w[0] === undefined || w[0] === w[0].toUpperCase()) return false;
    all = w[0] + all;
    if (!c.joiners.has(w)) core = w[0] + core;
    if (all === letters || core === letters) return true;
    if (all.length > letters.length) return false;
  }
  return false;
}

/** Fewest capitals of a mixed-case short form read by its capitals alone. */
const MIN_SHORT_CAPITALS = 3;

/**
 * The capitals of a mixed-case short form are, in order, initials of the name's words
 * (`ASyPI` for `Asosiasi Sinar dan Pesisir Indonesia`): its small letters come from inside words.
 */
export function capitalsAreInitials(short: string, name: string): boolean {
  const capitals = short.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < MIN_SHORT_CAPITALS || capitals[0] !== short[0]) return false;
  let k = 0;
  for (const word of name.split(' ')) if (k < capitals.length && word[0] === capitals[k]) k++;
  return k === capitals.length;
}

/** One of words `[from, to)` is a place's name (`Kelantan`, `Bandung`), not a compass or generic word. */
function holdsPlace(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.placeWords.has(p.tokens[k]!.text)) return true;
  return false;
}
