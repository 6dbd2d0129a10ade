/**
 * An acronym no rule read, named as the one who acts: it opens a clause and the verb after it is an act
 * only an agent does (`Tahun ini, CNTK berencana menerbitkan …`, `“CNTK melaporkan rugi …`, `Sementara
 * itu, CNTK membantah …`). Laws, plans and programmes set targets and state rules (`RPJMN menargetkan`,
 * `UU menyatakan`): their verbs are not in the list. Not an acronym at all: a word in capitals that the
 * language or the text writes as a word (`WARGA`, `SAYA`, `BUPATI`, `SURYADI` beside `Suryadi`). A person's
 * initials (`RW`, `AHS`) are short: the acronym needs `MIN_ACTING_LETTERS` letters.
 */
import type { Finder, ParagraphState } from './paragraph.js';
import { plainGap } from './paragraph.js';
import { writtenLower } from './branches.js';

/** Fewest letters of an acting acronym: people's initials written as a subject run to three (`AHS`, `RWS`). */
const MIN_ACTING_LETTERS = 4;
/** Most auxiliaries and adverbs between the acronym and its verb (`CNTK juga akan mengumumkan`). */
const MAX_ADVERBS = 2;
/** Marks that end a clause or open a quote before a subject: `.`, `,`, `;`, `:`, `!`, `?` and quotation marks. */
const CLAUSE_MARKS = /[.,;:!?"“”]/;

/** Word `i`, an acronym, opens a clause and its verb is an agent's act (`…, CNTK mengumumkan`). */
export function actsAsSubject(f: Finder, p: ParagraphState, i: number): boolean {
  const c = f.c;
  const { tokens, text } = p;
  const t = tokens[i]!;
  if (countLetters(t.text) < MIN_ACTING_LETTERS) return false;
  if (i > 0 && !CLAUSE_MARKS.test(text.slice(tokens[i - 1]!.end, t.start))) return false;
  let k = i + 1;
  while (k < tokens.length && k - i - 1 < MAX_ADVERBS && plainGap(p, k) && c.actAdverbs.has(tokens[k]!.lower)) k++;
  if (k >= tokens.length || !plainGap(p, k) || !c.actVerbs.has(tokens[k]!.lower)) return false;
  return !wordInCapitals(f, p, t.text);
}

/** `word` is a word of the language or of this text in capitals: common, a role or title, or written in lower or title case elsewhere. */
function wordInCapitals(f: Finder, p: ParagraphState, word: string): boolean {
  const lower = word.toLowerCase();
  const title = word.charAt(0) + lower.slice(1);
  const c = f.c;
  if (f.commonWords.has(lower) || c.roles.has(title) || c.roleWords.has(title) || c.personTitles.has(title) || c.honorifics.has(title)) return true;
  return writtenLower(f, p, word) || titleWords(f, p).has(title);
}

/** Words the text writes in title case (`Suryadi`), gathered once per text. */
const TITLE_WORDS = new WeakMap<object, Set<string>>();

function titleWords(f: Finder, p: ParagraphState): Set<string> {
  const key: object = f.readText ?? p;
  let words = TITLE_WORDS.get(key);
  if (!words) {
    words = new Set();
    for (const s of f.readText?.states ?? [p]) for (const t of s.tokens) if (t.cap && !t.acronym) words.add(t.text);
    TITLE_WORDS.set(key, words);
  }
  return words;
}

/** Letters in `word` (digits and hyphens are not counted). */
function countLetters(word: string): number {
  let n = 0;
  for (const ch of word) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}
