/**
 * The organisation of a possessive title (`Naib Presidennya, Rina Wulandari berkata`, `Ketuanya, Budi Santoso`,
 * `Its director-general Datuk Rahim Hassan said`):
 * the suffix points back to the organisation the sentence before is about, its first organisation mention
 * (`Parti Contoh (PC) mahu … menyelar Parti Lain … . Naib Presidennya, …` → `Parti Contoh`). Read after
 * quotes and organisations are both found, since the quote finder does not know the article's organisations.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Region } from '../stages/types.js';
import { NYA } from '../lang/enclitic.js';

/** Between the possessive title and the name: a comma, spaces and up to three capitalised words (honorifics: `Datuk Seri Dr`). */
const GAP = /^[\s,]*(?:\p{Lu}[\p{L}'’.]*[\s,]+){0,3}$/u;
/** How far before the name the title is looked for, in characters. */
const MAX_TITLE_CHARS = 160;
const LETTER = /\p{L}/u;
/** The organisation is named at most this many characters before the name (the sentence or paragraph before). */
const MAX_BACK = 800;
/** Where a sentence ends, looking back from an organisation mention. */
const SENTENCE_END = /[.!?\n]/;
/** An organisation noun's possessive closing the words before a title (`… the company's`): the noun. */
const NOUN_POSSESSIVE = /(?:^|[^\p{L}])(\p{L}+)['’]s$/u;

/**
 * Organisations for speakers named right after a possessive title, filled in where the title gave none; every
 * quote of the same speaker gets it. `mentions` are the article's organisation mentions (normalized regions).
 */
export function possessiveOrganisations(
  text: string,
  quotes: readonly QuoteHit[],
  mentions: readonly Region[],
  determiners: readonly string[] = [],
  nouns: readonly string[] = [],
): QuoteHit[] {
  if (mentions.length === 0 || !quotes.some((q) => q.speaker?.role && !q.speaker.organisation)) return quotes as QuoteHit[];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const found = new Map<string, string>();
  // Where each name is first written: one search per name, however often it is quoted.
  const firstAt = new Map<string, number>();
  const firstWritten = (name: string): number => {
    let at = firstAt.get(name);
    if (at === undefined) firstAt.set(name, (at = text.indexOf(name)));
    return at;
  };
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp?.role || sp.organisation || found.has(sp.name)) continue;
    // A speaker resolved from an earlier mention (`… said its Director Ahmad Rahim. …” he said`) is read where first named.
    let at = sp.start ?? firstWritten(sp.name);
    let owner = at >= 0 ? possessiveOwner(text, at, sp.role, determiners) : null;
    // `The bank's president director, X, said …` then `“…,” X said`: a resolved name is also read where first written.
    if (owner === null && sp.resolved && sp.start !== null && (at = firstWritten(sp.name)) >= 0 && at < sp.start) owner = possessiveOwner(text, at, sp.role, determiners);
    // `said X, the company's chief financial officer`: the possessive title written after the name.
    if (owner === null && at >= 0) owner = ownerAfter(text, at + sp.name.length, sp.role);
    const org = owner !== null ? topicBefore(text, sorted, at) : null;
    // `the bank's spokesperson`: a noun that is no general word for an organisation (`company`, `firm`) points back only
    // to a topic whose name holds it (`Contoh Bank`), not to whatever body the sentence before is about.
    if (org && owner !== null && (owner === '' || nouns.includes(owner) || holdsWord(org, owner))) found.set(sp.name, org);
  }
  if (found.size === 0) return quotes as QuoteHit[];
  return quotes.map((q) => {
    const org = q.speaker && !q.speaker.organisation ? found.get(q.speaker.name) : undefined;
    return org && q.speaker ? { ...q, speaker: { ...q.speaker, organisation: org } } : q;
  });
}

/**
 * The name at `nameStart` follows its role written with the possessive suffix (`Naib Presidennya, `), after a
 * possessive determiner (`Its director-general `) or after a lower-case noun's possessive (`the company's chief
 * financial officer, `), honorifics aside (`… Datuk Seri `): '' for the first two, the noun for the last; else null.
 */
function possessiveOwner(text: string, nameStart: number, role: string, determiners: readonly string[]): string | null {
  const written = text.slice(Math.max(0, nameStart - MAX_TITLE_CHARS), nameStart);
  // Lower-casing keeps these offsets: titles and honorifics are written in letters that keep their length.
  const lower = written.toLowerCase();
  const title = role.toLowerCase();
  const suffixed = lower.lastIndexOf(`${title}${NYA}`);
  if (suffixed >= 0 && GAP.test(written.slice(suffixed + title.length + NYA.length))) return '';
  const at = lower.lastIndexOf(title);
  if (at < 0 || !GAP.test(written.slice(at + title.length))) return null;
  const before = lower.slice(0, at).trimEnd();
  if (determiners.some((d) => before.endsWith(d) && !LETTER.test(before[before.length - d.length - 1] ?? ''))) return '';
  // `the bank's spokesperson`: the role may hold the noun's possessive itself. A capitalised owner (`Contoh's`) is a
  // name, read where the title is split.
  const written0 = written.slice(0, at).trimEnd();
  const owner = NOUN_POSSESSIVE.exec(written0) ?? NOUN_POSSESSIVE.exec(`${written0} ${role.split(' ')[0]}`);
  return owner !== null && owner[1] === owner[1]!.toLowerCase() ? owner[1]! : null;
}

/** `, the company's ` right after a name, before its role: the lower-case owner noun. */
const OWNER_AFTER = /^,\s+the\s+(\p{Ll}+)['’]s\s+/u;

/** The owner noun of a possessive title written right after the name ending at `nameEnd` (`…, the bank's <role>`), else null. */
function ownerAfter(text: string, nameEnd: number, role: string): string | null {
  const after = text.slice(nameEnd, nameEnd + MAX_TITLE_CHARS);
  const m = OWNER_AFTER.exec(after);
  return m !== null && after.slice(m[0].length).toLowerCase().startsWith(role.toLowerCase()) ? m[1]! : null;
}

/** Whether `name` holds `word` as a whole word, in any case (`Contoh Bank` holds `bank`). */
function holdsWord(name: string, word: string): boolean {
  return name.toLowerCase().split(/[^\p{L}]+/u).includes(word);
}

/** The first organisation mention of the sentence holding the last mention before `pos` (within `maxBack` characters). */
export function topicBefore(text: string, mentions: readonly Region[], pos: number, maxBack = MAX_BACK): string | null {
  let last = -1;
  for (let i = 0; i < mentions.length && mentions[i]!.end <= pos; i++) last = i;
  if (last < 0 || pos - mentions[last]!.end > maxBack) return null;
  let s = mentions[last]!.start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let first = last;
  while (first > 0 && mentions[first - 1]!.start >= s) first--;
  const m = mentions[first]!;
  return text.slice(m.start, m.end);
}
