/**
 * `“…,” ujarnya` / `imbuh dia` resolved to one of the article's organisations: the pronoun is said of a person in
 * news writing. When that organisation is seen speaking only in the narrative of an earlier paragraph and never with a
 * quote of its own, while a person was quoted a few paragraphs before, the quote goes on in that person's voice if
 * they speak for the body (`Kepala Dinas Perikanan Contoh` … `Diskan mencatat …`) or the body was named in their
 * report (`Ia menjelaskan, … Paguyuban Contoh melaporkan …`, `Menurut dia, …`); a person of another body keeps no
 * quote of it. Read after quotes and organisations are both found: the quote finder does not know which single
 * capitalised words (`Diskan`) are bodies.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Lexicon } from './speech-words.js';
import { namesOrganisation, organisationNamed, splitShortForm } from './to-quote.js';

/** Paragraphs back to the person's last quote, at most: further back, the body may have taken over the story. */
const MAX_PARAGRAPHS_BACK = 3;
/** Between the quote's end and the verb: its closing mark, a comma, spaces. */
const BEFORE_VERB = /^[\s,"'”’»]{0,4}/u;
/** The verb and the word after it. */
const TWO_WORDS = /^(\p{L}+)(?:\s+(\p{L}+))?/u;

type Speaker = NonNullable<QuoteHit['speaker']>;

/** The quote ending at `end` is attributed by a person's pronoun: `ujarnya`, `imbuh dia`. */
function personPronounAfter(text: string, end: number, lex: Lexicon, pronouns: ReadonlySet<string>): boolean {
  const rest = text.slice(end, end + 40);
  const words = TWO_WORDS.exec(rest.slice(BEFORE_VERB.exec(rest)![0].length));
  if (!words) return false;
  const verb = words[1]!.toLowerCase();
  return lex.pronounVerb.has(verb) || (lex.post.has(verb) && pronouns.has(words[2]?.toLowerCase() ?? ''));
}

const WORD_G = /[\p{L}\p{N}]+/gu;
/** Each word and the word after it (`Ia menjelaskan`, `Menurut dia`); where it stands is checked apart. */
const WORD_PAIR_G = /(?<!\p{L})(\p{L}+)(?=\s+(\p{L}+))/gu;
/** A sentence's last character before the next one opens. */
const SENTENCE_END = /^[.!?]$/u;
const SPACE = /^\s$/u;

function words(s: string): string[] {
  return s.toLowerCase().match(WORD_G) ?? [];
}

/** The person speaks for the body (`Kepala Dinas Perikanan Contoh` for `Diskan`): one's words hold the other's. */
function sameBody(person: Speaker, body: Speaker, index: ReadonlyMap<string, string>): boolean {
  const own = person.organisation;
  if (!own) return false;
  // Each as written, without its bracketed short form, and as the article's organisations entry names it (`Diskan` → `Dinas Perikanan`).
  const forms = (s: string) => [s, splitShortForm(s)?.name ?? s, organisationNamed(index, s) ?? s].map(words);
  return forms(own).some((a) => forms(body.name).some((b) => holds(a, b)));
}

/** One word list holds every word of the other (either way round); false when one is empty. */
function holds(a: readonly string[], b: readonly string[]): boolean {
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  return small.length > 0 && small.every((w) => big.includes(w));
}

/**
 * `Ia menjelaskan, … Paguyuban Contoh melaporkan …`, `Menurut dia, …`: from the paragraph that last names the body
 * up to the quote, a sentence opens with the person's pronoun and a speech verb: the body was named in their report.
 */
function reportedBy(text: string, paragraphs: readonly { start: number }[], body: string, from: number, to: number, lex: Lexicon, pronouns: ReadonlySet<string>): boolean {
  const at = text.lastIndexOf(body, to);
  let start = from;
  if (at >= 0) for (const p of paragraphs) if (p.start <= at) start = p.start;
  const span = text.slice(start, to);
  for (const m of span.matchAll(WORD_PAIR_G)) {
    // Only a sentence's first word: the text before it is empty, or ends a sentence or a line.
    let k = m.index - 1;
    while (k >= 0 && SPACE.test(span[k]!)) k--;
    if (k >= 0 && !SENTENCE_END.test(span[k]!) && !span.slice(k + 1, m.index).includes('\n')) continue;
    const [first, second] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if ((pronouns.has(first) && lex.intro.has(second)) || (lex.according.has(first) && pronouns.has(second))) return true;
  }
  return false;
}

/** A speaker that is an organisation of the article (by name, or speaking for itself). */
function isBody(sp: Speaker, index: ReadonlyMap<string, string>): boolean {
  return sp.organisation === sp.name || namesOrganisation(index, sp.name);
}

/** Quotes resolved to an organisation by a person's pronoun, given to the person quoted just before (see above). */
export function personsAfterOrganisations(
  text: string,
  quotes: readonly QuoteHit[],
  paragraphs: readonly { start: number }[],
  index: ReadonlyMap<string, string> | undefined,
  lex: Lexicon,
  pronouns: readonly string[] = [],
): QuoteHit[] {
  // Only for a language whose writers keep these pronouns for people (`SpeechData.personPronouns`).
  if (!index || pronouns.length === 0) return quotes as QuoteHit[];
  const people = new Set(pronouns);
  // Bodies quoted in their own name somewhere (`“…,” tulis Dinas Contoh`) keep every quote resolved to them.
  const quoted = new Set(quotes.flatMap((q) => (q.kind === 'direct' && q.speaker && q.speaker.start !== null ? [q.speaker.name] : [])));
  return quotes.map((q, i) => {
    const sp = q.speaker;
    if (q.kind !== 'direct' || !sp || sp.start !== null || !sp.resolved || quoted.has(sp.name) || !isBody(sp, index)) return q;
    // The body named in the quote's own paragraph is that paragraph's voice (`Bank Contoh menyatakan … “…,” ujarnya`).
    const paragraphStart = paragraphs[q.paragraph]?.start ?? q.start;
    if (text.slice(paragraphStart, q.start).includes(sp.name)) return q;
    if (!personPronounAfter(text, q.end, lex, people)) return q;
    for (let j = i - 1; j >= 0; j--) {
      const p = quotes[j]!;
      if (q.paragraph - p.paragraph > MAX_PARAGRAPHS_BACK) break;
      const person = p.speaker;
      if (!person || person.name === sp.name || isBody(person, index)) continue;
      // A person of another body (a respondent, a guest) is no voice of it, unless the body was named in their report.
      if (!sameBody(person, sp, index) && !reportedBy(text, paragraphs, sp.name, p.end, q.start, lex, people)) return q;
      return { ...q, speaker: { ...person, start: null, end: null, resolved: true } };
    }
    return q;
  });
}
