/** A person met in the article, and when two writings of a name or an organisation are the same one. */
import type { ParsedSpeaker } from './phrase.js';

/** A person met in the article, with the words of their fullest name. */
export interface Person {
  /** Seen speaking or introduced with a role; only confirmed people are picked up by bare references. */
  confirmed: boolean;
  name: string;
  role: string | null;
  organisation: string | null;
  /** Lower-case words of the name (empty for a role or description standing in for a person). */
  words: string[];
  /** The title as written where the role was read (`ParsedSpeaker.title`). */
  title?: string;
  /** An organisation speaking (`Kementerian Luar memaklumkan`, `keterangan APTB`), named as written. */
  org?: boolean;
}

/**
 * A title standing for nobody the article named (`Ketua Pengarah Kastam berkata`, no earlier holder): noted as the
 * latest speaker so that a following `katanya` is not given to whoever spoke before, and read as no speaker.
 */
export function nobody(p: Person): boolean {
  return p.words.length === 0 && !p.org;
}

/** A short form must have at least this many letters to stand for a longer name word (`Wulan` → `Wulandari`). */
export const MIN_ALIAS_LENGTH = 3;
/** A name word this long or longer may be misspelt by one letter and still be the same person (`Sulistiyono`). */
export const MIN_TYPO_LENGTH = 5;
/** Words this short before a name's first word are initials (`M.`, `I`), not the name a short form cuts. */
const MAX_INITIAL_LENGTH = 2;
/** A prefix of a name word glued to a full name word forms a nickname (`Budisan` ← `Budi Santoso`): at least this long. */
const MIN_NICK_TAIL = 2;

/** Two organisation names are the same when one is the other's start, in whole words (`Kementerian Luar` / `Kementerian Luar Negeri`). */
export function sameOrganisation(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  const n = Math.min(x.length, y.length);
  if (n === 0) return false;
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return false;
  return n >= 2 || x.length === y.length;
}

/** Fill what an earlier entry lacks from a new mention of the same person. */
export function adopt(q: Person, p: Pick<ParsedSpeaker, 'role' | 'organisation' | 'title'>, confirmed: boolean, resolved: boolean): { person: Person; resolved: boolean } {
  // A fuller writing of the same title (`Ahli gizi dari Persatuan Ahli Gizi …` after a reading that began at the inner `Ahli`) replaces it.
  if (p.title && q.title && p.title.length > q.title.length && p.title.endsWith(q.title)) {
    q.role = p.role;
    q.organisation = p.organisation;
    q.title = p.title;
  }
  if (!q.role && p.role) {
    q.role = p.role;
    q.title = p.title;
  }
  if (!q.organisation && p.organisation) q.organisation = p.organisation;
  q.confirmed ||= confirmed;
  return { person: q, resolved };
}

/** One edit (insert, delete, substitute, or swap of neighbours) apart. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * `w` is a short form of the name `words`: a prefix of one of its words (`Wulan` of `Wulandari Sari`, `Laras` of
 * `Gita Larasati Maharani`) or a word plus the start of the next (`Budisan`). Not of the surname closing a name
 * whose first words are names of their own (`Purno` beside `Budi Santoso Purnomojati` is someone else); after initials
 * and routinely skipped first words (`prefix`) the last word is the name's first (`Rahayu` of `Tri Rahayuningsih`).
 */
export function isShortForm(w: string, words: readonly string[], prefix: (word: string) => boolean = () => false): boolean {
  if (w.length < MIN_ALIAS_LENGTH) return false;
  let first = true;
  for (let i = 0; i < words.length; i++) {
    const x = words[i]!;
    if ((first || i < words.length - 1) && x.length > w.length && x.startsWith(w)) return true;
    first &&= x.length <= MAX_INITIAL_LENGTH || prefix(x);
    const next = words[i + 1];
    if (next && w.length >= x.length + MIN_NICK_TAIL && w.startsWith(x) && next.startsWith(w.slice(x.length))) return true;
  }
  return false;
}

/** The first person passing `test`, confirmed people first, then the others, latest first in each (no list built per lookup). */
export function confirmedFirst(persons: readonly Person[], test: (q: Person) => boolean): Person | null {
  for (let i = persons.length - 1; i >= 0; i--) if (persons[i]!.confirmed && test(persons[i]!)) return persons[i]!;
  for (let i = persons.length - 1; i >= 0; i--) if (!persons[i]!.confirmed && test(persons[i]!)) return persons[i]!;
  return null;
}

/** Every one of `words` is in `list` (a loop, not `every` with a closure: the book asks this per person met, per name read). */
export function holdsAll(list: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!list.includes(words[i]!)) return false;
  return true;
}

/** Letters and digits of each word, lower-case. */
const ORG_WORD_G = /[\p{L}\p{N}]+/gu;

/**
 * Two written organisations are different bodies: they share no word and neither is a short form of the other
 * (`DEW` and `KPID Contoh` are two; `KPU` and `Komisi Pemilihan Umum`, `Kemenkeu` and `Kementerian Keuangan` are one).
 * False when either is missing.
 */
export function differentOrganisation(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x: readonly string[] = a.toLowerCase().match(ORG_WORD_G) ?? [];
  const y: readonly string[] = b.toLowerCase().match(ORG_WORD_G) ?? [];
  if (x.length === 0 || y.length === 0 || x.some((w) => y.includes(w))) return false;
  return !(x.length === 1 && shortFormOf(x[0]!, y)) && !(y.length === 1 && shortFormOf(y[0]!, x));
}

/** An acronym (`DEW`, `KPU`): written in capitals, it names one body, not a person's second affiliation (`Umno` of a `BN` chairman). */
const BODY_ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

/**
 * A title written alone with a body (`kata Ketua DEW`) names a holder at another body than `held`: the body is an
 * acronym and a different organisation from the one the holder was introduced with (`KPID Contoh`).
 */
export function otherBody(written: string | null, held: string | null): boolean {
  return written !== null && BODY_ACRONYM.test(written) && differentOrganisation(written, held);
}

/** `s` is made of the starts of some of `words`, in order (`kpu` of `komisi pemilihan umum`, `kemenkeu` of `kementerian keuangan`). */
function shortFormOf(s: string, words: readonly string[]): boolean {
  // Where in `s` each word may start reading, as a set of positions: linear in letters times words.
  let at = new Set<number>([0]);
  for (const w of words) {
    const next = new Set(at);
    for (const i of at) for (let n = 1; n <= w.length && i + n <= s.length && s[i + n - 1] === w[n - 1]; n++) next.add(i + n);
    at = next;
    if (at.has(s.length)) return true;
  }
  return false;
}
