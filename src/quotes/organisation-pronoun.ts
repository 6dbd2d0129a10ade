/**
 * `“…,” it said`, `“…,” it says in a statement`: a pronoun that only an organisation takes speaks for the organisation
 * the article is about, the first one named in the sentence of its last organisation mention before the quote. The
 * quote finder, which does not know the article's organisations, may have given such a quote to whoever was
 * named last (a festival, a brand); read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Region } from '../stages/types.js';
import { topicBefore } from './possessive-organisation.js';

/** How far back the organisation may be named, in characters: the article's subject, named in its first lines. */
const MAX_BACK = 4000;
/** Between the quote's end and the pronoun: its closing mark, a comma, spaces. */
const BEFORE_PRONOUN = /^[\s,.!?"'”’»]{1,4}$/u;
/** The pronoun and the verb after it, as letters. */
const WORD = /^\p{L}+/u;

/**
 * Direct quotes attributed with an organisation pronoun, and quotes whose speaker is a description of an organisation
 * (`kata firma penyelidikan itu`, `tulis perseroan`, `the credit rating agency said`: one of `nouns`), get the
 * article's organisation as speaker.
 */
export function organisationPronouns(
  text: string,
  quotes: readonly QuoteHit[],
  mentions: readonly Region[],
  pronouns: readonly string[] = [],
  verbs: readonly string[] = [],
  nouns: readonly string[] = [],
): QuoteHit[] {
  if ((pronouns.length === 0 && nouns.length === 0) || mentions.length === 0) return quotes as QuoteHit[];
  let sorted: Region[] | null = null;
  // Someone the article shows speaking (`Contoh Airlines said …` … `it said`) stays the speaker.
  const speaks = (name: string) => quotes.some((q) => q.speaker?.name === name && q.speaker.start !== null) || verbs.some((v) => text.includes(`${name} ${v} `));
  const unattributed = (q: QuoteHit) => !q.speaker || !(q.speaker.role || q.speaker.organisation || speaks(q.speaker.name));
  const out = quotes.map((q) => {
    // The pronoun first: the speaker checks search the whole text.
    const described = describesOrganisation(q.speaker, nouns);
    if (!described && (q.kind !== 'direct' || q.verb === null || !pronounAfter(text, q.end, pronouns))) return q;
    if (!described && !unattributed(q)) return q;
    sorted ??= [...mentions].sort((a, b) => a.start - b.start);
    const org = topicBefore(text, sorted, q.start, MAX_BACK);
    return org ? { ...q, speaker: { name: org, role: null, organisation: org, start: null, end: null, resolved: true } } : q;
  });
  // A quote running over paragraphs (no closing mark before the next paragraph's opening one) is the same speaker's.
  for (let i = out.length - 2; i >= 0; i--) {
    let j = i + 1;
    while (j < out.length && out[j]!.kind !== 'direct') j++;
    const q = out[i]!;
    const next = out[j];
    // Only a speaker given here (the pronoun's organisation, or one carried back from a later segment: `out` holds a new
    // object then) is carried back: find-quotes already gave a named speaker to the earlier segments it runs over.
    const givenHere = next !== undefined && next !== quotes[j];
    if (q.kind === 'direct' && givenHere && RUNS_ON.test(text.slice(q.end, next.start)) && unattributed(q)) out[i] = { ...q, speaker: next.speaker };
  }
  return out;
}

/** Between an unclosed quote's paragraph end and the next segment's words: line breaks and its opening mark only. */
const RUNS_ON = /^[^\S\n]*\n\s*["“‘]$/u;

const WORDS_G = /\p{L}+/gu;

/** A speaker written as a lower-case description holding an organisation noun (`firma penyelidikan itu`, `the airline`). */
function describesOrganisation(speaker: QuoteHit['speaker'], nouns: readonly string[]): boolean {
  if (!speaker || speaker.role || speaker.organisation || nouns.length === 0) return false;
  const first = speaker.name.charAt(0);
  if (first === first.toUpperCase()) return false;
  return (speaker.name.match(WORDS_G) ?? []).some((w) => nouns.includes(w));
}

/** The words after the quote ending at `end` open with one of `pronouns`, written lower-case. */
function pronounAfter(text: string, end: number, pronouns: readonly string[]): boolean {
  let i = end;
  while (i < text.length && i - end < 4 && !WORD.test(text.slice(i, i + 1))) i++;
  if (!BEFORE_PRONOUN.test(text.slice(end, i))) return false;
  // As written, lower-case: `“….” It opened …` is a new sentence, not the quote's attribution.
  const word = WORD.exec(text.slice(i, i + 16))?.[0];
  return word !== undefined && pronouns.includes(word);
}
