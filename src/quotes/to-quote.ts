import type { Quote } from '../types.js';
import { collapseWhitespace, type Normalized, toSourceSpan } from '../util/normalize.js';
import { legalForms } from '../lang/legal-forms.js';
import type { QuoteHit } from './quote-hit.js';

/** An organisation of the article as the quotes see it: its name and every form it was written in. */
export interface NamedOrganisation {
  name: string;
  acronym: string | null;
  mentions: readonly { start: number; end: number }[];
}

/** Compare forms without case or spacing (`Asosiasi  Contoh` = `asosiasi contoh`). */
function formKey(form: string): string {
  return collapseWhitespace(form).toLowerCase();
}

/** Whether the article names an organisation in this form (any of its forms, case and spacing aside). */
export function namesOrganisation(index: ReadonlyMap<string, string>, form: string): boolean {
  return index.has(formKey(form));
}

/** The name the article gives the organisation written in this form, if the form is one of its forms. */
export function organisationNamed(index: ReadonlyMap<string, string>, form: string): string | undefined {
  return index.get(formKey(form));
}

/** `Asosiasi Contoh (ASCO)` → `Asosiasi Contoh` and `ASCO`: an organisation closed by a bracketed short form; else null. */
export function splitShortForm(organisation: string): { name: string; short: string } | null {
  const trimmed = organisation.trim();
  const open = trimmed.lastIndexOf('(');
  return open > 0 && trimmed.endsWith(')') ? { name: trimmed.slice(0, open).trimEnd(), short: trimmed.slice(open + 1, -1) } : null;
}

/**
 * Every form of the article's organisations (name, acronym, mention texts) → the name the article gives it (its
 * longest written form), so a speaker's organisation is one `organisations` entry under one name (`ASCO` and
 * `Asosiasi Contoh` are one). A form shared by two organisations is left out.
 */
export function organisationIndex(text: string, organisations: readonly NamedOrganisation[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const o of organisations) {
    // Each distinct form once: an organisation is mentioned again and again in the same few forms, and a key met
    // twice for one organisation changes nothing (its first meeting set or rejected it), so the index is the same.
    const written = [...new Set(o.mentions.map((m) => text.slice(m.start, m.end)))];
    // The article's own name for it: the entry's name when the article writes it, else the longest form it writes
    // (a lexicon expansion the article never writes is not its name).
    const longest = written.reduce((best, form) => (form.length > best.length ? form : best), '');
    const nameKey = formKey(o.name);
    const named = written.some((form) => formKey(form) === nameKey) || text.includes(o.name) ? o.name : longest;
    if (named === '') continue;
    const forms = [...new Set([o.name, ...(o.acronym ? [o.acronym] : []), ...written])];
    const add = (key: string) => {
      if (key === '') return;
      const known = index.get(key);
      if (known !== undefined && known !== named) ambiguous.add(key);
      else index.set(key, named);
    };
    for (const form of forms) add(formKey(form));
    for (const form of forms) add(wordSetKey(form));
  }
  for (const key of ambiguous) index.delete(key);
  return index;
}

const WORD_G = /[\p{L}\p{N}]+/gu;
const CAPITALISED = /^\p{Lu}/u;

/**
 * The capitalised words of a form in any order (`Ministry of Finance` = `Finance Ministry`): a name written in the other
 * word order, as a title's organisation is derived (`Finance Minister` → `Finance Ministry`). Empty under two words.
 */
function wordSetKey(form: string): string {
  const runs = form.match(WORD_G);
  // One word or none (`ASCO`, most short forms): no two capitalised words, without filtering.
  if (runs === null || runs.length < 2) return '';
  const words = runs.filter((w) => CAPITALISED.test(w)).map((w) => w.toLowerCase());
  return words.length < 2 ? '' : `\u0001${words.sort().join(' ')}`;
}
/** A short form written as one word (`ASCO`, `Kemenkeu`). */
const SHORT_FORM = /^[\p{L}\p{N}]+$/u;

/**
 * The article's name for a speaker's organisation: a short form (`ASCO`) becomes the name the article spells out,
 * a form becomes a fuller one that holds all its words; any other form stays as written, since it may be more
 * precise than the entry it was grouped under (`BPJS Kesehatan`, `BPBD Kota Contoh`). Answers are memoised per index
 * object: an index is never changed once `organisationIndex` has returned it.
 */
export function linkOrganisation(organisation: string | null, index: ReadonlyMap<string, string> | undefined): string | null {
  if (!organisation || !index || index.size === 0) return organisation;
  const memo = indexMemo(index);
  let linked = memo.linked.get(organisation);
  if (linked !== undefined) return linked;
  linked = linkedForm(organisation, index);
  // A company's name written without its legal form may be an entry of its own (`Contoh Corp` beside `Contoh Corp Bhd`).
  linked = withLegalForm(linked, memo.names) ?? linked;
  memo.linked.set(organisation, linked);
  return linked;
}

/**
 * What linking reads of an index, made once per index: its distinct names with their words, and the forms already
 * linked (an article's quotes link the same few forms, twice each, against the same names). An index is never
 * changed once built, so both stay right.
 */
interface IndexMemo {
  names: readonly { name: string; words: readonly string[] }[];
  linked: Map<string, string>;
}

const indexMemos = new WeakMap<ReadonlyMap<string, string>, IndexMemo>();

function indexMemo(index: ReadonlyMap<string, string>): IndexMemo {
  let memo = indexMemos.get(index);
  if (memo === undefined) {
    const names = [...new Set(index.values())].map((name) => ({ name, words: formKey(name).match(WORD_G) ?? [] }));
    indexMemos.set(index, (memo = { names, linked: new Map() }));
  }
  return memo;
}

function linkedForm(organisation: string, index: ReadonlyMap<string, string>): string {
  // `Asosiasi Contoh (ASCO)`: the form before the bracket, else the one inside.
  const split = splitShortForm(organisation);
  const forms = split ? [organisation, split.name, split.short] : [organisation];
  for (const form of forms) {
    const named = index.get(formKey(form));
    if (!named) continue;
    if (SHORT_FORM.test(form.trim())) return named;
    const words: string[] = formKey(named).match(WORD_G) ?? [];
    const own: string[] = formKey(form).match(WORD_G) ?? [];
    if (own.every((w) => words.includes(w))) return named;
  }
  // The same words in another order (`Finance Ministry` → `Ministry of Finance`), not a shorter form of them.
  const key = wordSetKey(organisation);
  const reordered = key === '' ? undefined : index.get(key);
  return reordered !== undefined && wordSetKey(reordered) === key ? reordered : organisation;
}

const LEGAL_FORM_WORDS = new Set(legalForms.map((w) => w.toLowerCase()));

/**
 * The one name of the article that is this form with its company's legal form written out (`Contoh Air` →
 * `Contoh Air Sdn Bhd`, `CONTOH Corp` → `Contoh Corp Bhd`): a company later called without its `Bhd`/`Tbk` is that
 * company. Null when no name, or more than one, is the form plus legal-form words only.
 */
function withLegalForm(form: string, names: IndexMemo['names']): string | null {
  const own: string[] = formKey(form).match(WORD_G) ?? [];
  if (own.length === 0) return null;
  let found: string | null = null;
  for (const { name, words } of names) {
    const at = firstRunAt(words, own);
    if (at < 0 || words.length === own.length) continue;
    const rest = [...words.slice(0, at), ...words.slice(at + own.length)];
    if (!rest.every((w) => LEGAL_FORM_WORDS.has(w))) continue;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}

/** Where `run` stands as consecutive words in `words`, else -1. */
function firstRunAt(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, k) => words[i + k] === w)) return i;
  return -1;
}

/** A quote hit (normalized offsets) as the public `Quote` (offsets into the caller's input). */
export function toQuote(norm: Normalized, q: QuoteHit, organisations?: ReadonlyMap<string, string>): Quote {
  const span = (start: number, end: number) => toSourceSpan(norm, start, end);
  const organisation = q.speaker ? writtenForm(linkOrganisation(q.speaker.organisation, organisations), norm.text, organisations) : null;
  return {
    text: collapseWhitespace(q.text),
    span: span(q.start, q.end),
    kind: q.kind,
    verb: q.verb,
    paragraph: q.paragraph,
    speaker: q.speaker
      ? {
          name: organisationName(q.speaker.name, q.speaker.role, organisation, organisations),
          role: q.speaker.role,
          organisation,
          span: q.speaker.start !== null && q.speaker.end !== null ? span(q.speaker.start, q.speaker.end) : null,
          resolved: q.speaker.resolved,
        }
      : null,
  };
}

/**
 * `Menteri Keuangan` → `Kementerian Keuangan`, in an article that writes the ministry only as `Kemenkeu`: an
 * organisation read from a title and never written is given in the form the article writes it (its entry's name).
 */
function writtenForm(organisation: string | null, text: string, index: ReadonlyMap<string, string> | undefined): string | null {
  if (organisation === null || !index || text.includes(organisation)) return organisation;
  return organisationNamed(index, organisation) ?? organisation;
}

/**
 * An organisation speaking (`kata BNI`, `"…," Contoh Air said`) is named as the article names it, the fullest form,
 * as its organisation is: the speaker's name when it is another form of that same organisation, else as written.
 */
function organisationName(name: string, role: string | null, organisation: string | null, index: ReadonlyMap<string, string> | undefined): string {
  if (role !== null || organisation === null || name === organisation) return name;
  return linkOrganisation(name, index) === organisation ? organisation : name;
}
