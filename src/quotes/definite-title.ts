/**
 * `the minister said`, `said the finance minister`, `The menteri besar said …`: an article before a title and
 * nothing else refers back to the person the article gave that title, as `menteri itu` does in Indonesian.
 * The phrase reads as an unnamed description; its holder, when the article named one, is the speaker.
 */
import type { ParsedSpeaker } from './phrase.js';
import { roleAt } from './role-words.js';
import { nobody, type Person } from './person.js';
import type { SpeakerBook } from './speaker-book.js';
import { type Lexicon, type Token, tokenAt, tokenize } from './speech-words.js';
import { demonstrativeAt } from './references.js';
import { capitalised } from '../util/capitalised.js';
import { titleOrganisation } from './implied-organisation.js';

/** A description of someone by a lower-case noun, with up to three more lower-case words (`grandmother of nine`). */
const DESCRIPTION = /^\p{Ll}+(?: \p{Ll}+){0,3}$/u;
/** An age written before the noun of a description (`the 31-year-old defender`). */
const AGE = /^\d{1,3}-year-old /u;
/** A word written with a capital first letter. */
const CAPITALISED = /^\p{Lu}/u;
/** Words of a definite title after its article, at most (`the deputy finance minister`). */
const MAX_TITLE_WORDS = 3;

/** The title of a definite description over tokens `[from, to)` (`the minister` → `minister`), else null. */
export function definiteRole(tokens: readonly Token[], from: number, to: number, text: string, lex: Lexicon): string | null {
  const a = tokens[from];
  if (!a?.word || !lex.articles.has(a.lower) || to - from < 2 || to - from > MAX_TITLE_WORDS + 1) return null;
  let role = false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    // A lower-case body noun before the title word (`the police chief`, `the party leader`) says whose post it is.
    if (k < to - 1 && bodyNoun(t, lex)) continue;
    // Only title words: a name or an organisation inside (`the Contoh Bhd chairman`) is read by the phrase parser.
    if (!t.word || t.num || lex.nameStops.has(t.lower) || lex.orgWords.has(t.text) || lex.orgWords.has(capitalised(t.text))) return null;
    if (t.cap && !lex.roles.has(t.text) && !lex.roleWords.has(t.text)) return null;
    role ||= roleAt(t, lex);
  }
  return role ? text.slice(tokens[from + 1]!.start, tokens[to - 1]!.end) : null;
}

/**
 * The person an unnamed speaker that is a definite title stands for (`the minister` → the minister named before), else
 * null; read at article offset `at` (a holder named before it first).
 */
export function definiteHolder(sp: ParsedSpeaker, book: SpeakerBook, lex: Lexicon, at?: number): { person: Person; resolved: boolean } | null {
  if (!sp.unnamed || sp.name === null) return null;
  const tokens = tokenize(sp.name, lex);
  const role = definiteRole(tokens, 0, tokens.length, sp.name, lex);
  if (role === null) return null;
  const raw = { ...sp, name: null, role, organisation: null, unnamed: false };
  // Read at `at`, never someone the article names only after it (`speaker-book.ts`).
  if (at !== undefined) {
    const q = book.pointedHolder(raw, at);
    if (q) return { person: q, resolved: true };
  } else {
    const r = book.resolve(raw, true);
    if (r && !nobody(r.person) && !r.person.org) return { person: r.person, resolved: true };
  }
  const held = bodyPostHolder(role, book, lex) ?? portfolioHolder(role, book, lex);
  return held ? { person: held, resolved: true } : null;
}

/**
 * `the deputy minister` after `Deputy Trade Minister X`: a title of two words or more is the person met latest whose
 * role holds its words in order, with the same last word, and leaves out only a portfolio (`Trade`: the words left
 * out and the last word name a ministry). `Deputy Prime Minister` leaves out no portfolio.
 */
function portfolioHolder(role: string, book: SpeakerBook, lex: Lexicon): Person | null {
  const words = role.toLowerCase().split(' ');
  if (words.length < 2) return null;
  for (let i = book.persons.length - 1; i >= 0; i--) {
    const q = book.persons[i]!;
    if (q.words.length === 0 || q.org || !q.role) continue;
    const written = q.role.split(' ');
    if (written[written.length - 1]!.toLowerCase() !== words[words.length - 1]) continue;
    // The person's role words not in the title, in order; the title's words must all be met.
    const left: string[] = [];
    let w = 0;
    for (const x of written) {
      if (w < words.length && x.toLowerCase() === words[w]) w++;
      else left.push(x);
    }
    if (w === words.length && left.length > 0 && left.every((x) => CAPITALISED.test(x)) && titleOrganisation([...left, written[written.length - 1]!].join(' '), lex) !== null) return q;
  }
  return null;
}

/** A lower-case word that names a kind of body (`police`, `party`, `company`), not a title. */
function bodyNoun(t: Token, lex: Lexicon): boolean {
  return t.word && !t.cap && lex.orgWords.has(capitalised(t.text)) && !lex.roles.has(t.text);
}

/**
 * `the police chief` after `the chief of the Contoh Police, X`: a title with body nouns before its last word is the
 * person met latest who holds that last word as their role (or ends their role with it) in a body whose name holds
 * those nouns. Null when the title has no body noun or nobody fits.
 */
function bodyPostHolder(role: string, book: SpeakerBook, lex: Lexicon): Person | null {
  const words = role.toLowerCase().split(' ');
  const head = words[words.length - 1]!;
  const nouns = words.slice(0, -1).filter((w) => lex.orgWords.has(capitalised(w)));
  if (nouns.length === 0) return null;
  for (let i = book.persons.length - 1; i >= 0; i--) {
    const q = book.persons[i]!;
    const qr = q.role?.toLowerCase().split(' ');
    const body = q.organisation?.toLowerCase().split(' ') ?? [];
    if (q.words.length > 0 && !q.org && qr?.[qr.length - 1] === head && nouns.every((w) => body.includes(w) || qr.includes(w))) return q;
  }
  return null;
}

/**
 * `"…," said the accountant`, `the youngster said`, `said the 31-year-old defender`: an article and one lower-case
 * noun (an age before it aside) that is no organisation word and no pronoun describes someone by their trade or lot,
 * as the article introduced them in the paragraph before (`Commuter X, 34, who …`). True when `sp` is such a
 * description; the caller finds that person, and takes them only when they were introduced with no body or were
 * just seen speaking (after `Contoh Bank chief X visited …`, `said the spokesman` is someone else).
 */
export function describesSomeone(sp: ParsedSpeaker, text: string, lex: Lexicon): boolean {
  // One lower-case noun, or a few with a connector (`the grandmother of nine`).
  if (!sp.unnamed || sp.name === null) return false;
  // Before the verb the article is read with the description (`the official added`), after it not (`said the official`).
  const space = sp.name.indexOf(' ');
  const article = space > 0 && lex.articles.has(sp.name.slice(0, space).toLowerCase());
  const noun = (article ? sp.name.slice(space + 1) : sp.name).replace(AGE, '');
  if (!DESCRIPTION.test(noun)) return false;
  const word = noun.split(' ')[0]!;
  if (lex.pronouns.has(word) || lex.orgWords.has(capitalised(word))) return false;
  // A title that speaks for a body (`the spokesman`) is someone else; a calling, a plain noun or a word the language
  // uses only to point back (`the official`, the speech data's descriptions) is not.
  if (lex.roles.has(capitalised(word)) && !lex.callings.has(word) && !lex.descriptions.has(word)) return false;
  if (article) return true;
  const head = text.slice(Math.max(0, sp.nameStart - 12), sp.nameStart);
  if (!/\s$/u.test(head)) return false;
  const before = head.trimEnd().split(/\s/u).pop() ?? '';
  return lex.articles.has(before.toLowerCase());
}

/**
 * A description that points back may be longer and hold a number (`pelakon berusia 24 tahun itu`, `ibu kepada dua
 * cahaya mata itu`): lower-case words and numbers of up to three digits, six in all.
 */
const POINTING_DESCRIPTION = /^\p{Ll}+(?: (?:\p{Ll}+|\d{1,3})){0,5}$/u;
/** Tokens read after a description for the demonstrative that closes it (`pemain yang akrab disapa Ucok itu`), at most. */
const MAX_CLOSING_TOKENS = 12;
/** Characters those tokens may take, at most. */
const MAX_CLOSING_CHARS = 200;
/** Characters read back, in the quote's paragraph and in the one before, for an unnamed introduction of the same noun. */
const MAX_INTRODUCTION_CHARS = 800;

/**
 * `"…," ujar lulusan akuntansi itu`, `kata pemain yang akrab disapa Ucok itu`: a lower-case description closed by a
 * demonstrative, right after it or at the end of a relative clause about it, points back to someone the article has
 * introduced, as `ujarnya` does. Not a source introduced unnamed by the same noun (`Seorang pengemudi ojek …`) in
 * the paragraph before (`previous`, its tokens) or in the quote's paragraph (`tokens`) before the quote at `at`, nor a
 * document or a body (`kata sumber itu`, `kata firma penyelidikan itu`: `organisation-pronoun.ts`); a title of its own
 * (`kata pelatih asal Contoh itu`) is found by the title instead (`attribute-after.ts`).
 */
export function pointsBack(sp: ParsedSpeaker, tokens: readonly Token[], at: number, previous: readonly Token[], lex: Lexicon): boolean {
  if (!sp.unnamed || sp.name === null || !POINTING_DESCRIPTION.test(sp.name)) return false;
  const word = sp.name.split(' ')[0]!;
  if (lex.pronouns.has(word) || lex.unnamed.has(word) || lex.orgWords.has(capitalised(word)) || lex.documents.has(word)) return false;
  const refs = lex.references;
  // The tokens after the description, within a bounded window.
  const first = tokenAt(tokens, sp.nameEnd);
  let limit = first;
  while (limit < tokens.length && tokens[limit]!.end <= sp.nameEnd + MAX_CLOSING_CHARS) limit++;
  const after = tokens.slice(first, limit);
  let k = 0;
  if (after[0]?.word && refs.relatives.has(after[0].lower)) {
    k = 1;
    while (k < after.length && k < MAX_CLOSING_TOKENS && !demonstrativeAt(after, k, refs) && (after[k]!.word || after[k]!.text === '.')) k++;
  }
  if (!demonstrativeAt(after, k, refs) || after[k + 1]?.word || sp.name.split(' ').some((w) => lex.organisationNouns.has(w))) return false;
  // `kata menteri itu`: a title alone right before the demonstrative is read as that title, for its holder
  // (`retitled-voice.ts`); after a relative clause (`pemain yang akrab disapa Ucok itu`) the description points back.
  if (k === 0 && word === sp.name && lex.roles.has(capitalised(word))) return false;
  // A window of each, so that many such quotes in one long paragraph stay linear.
  const previousEnd = previous.length > 0 ? previous[previous.length - 1]!.end : 0;
  const earlier = [...previous.slice(tokenAt(previous, previousEnd - MAX_INTRODUCTION_CHARS)), ...tokens.slice(tokenAt(tokens, at - MAX_INTRODUCTION_CHARS), tokenAt(tokens, at))];
  for (let i = 1; i < earlier.length; i++) if (earlier[i]!.lower === word && lex.unnamed.has(earlier[i - 1]!.lower)) return false;
  return true;
}

/** The most lower-case nouns of an unnamed subject before its verb (`<article> <noun> <noun>`). */
const MAX_SUBJECT_NOUNS = 2;
/** An English adverb in `-ly` between a subject and its verb. */
const ADVERB = /^\p{Ll}{3,}ly$/u;

/**
 * `…, <article> <noun> [<adverb>] <verb>, "…"`: an article and one or two lower-case nouns right before the verb at token
 * `e` (an adverb aside), none a pronoun, title, organisation word, document or stop word, is someone the article does
 * not name, never the person named before. The description's tokens `[from, to)`, else null.
 */
export function unnamedSubjectBefore(tokens: readonly Token[], e: number, lex: Lexicon): [number, number] | null {
  let to = e;
  const last = tokens[to - 1];
  if (last?.word && !last.cap && ADVERB.test(last.text)) to--;
  let n = to;
  while (n > 0 && to - n < MAX_SUBJECT_NOUNS && plainNoun(tokens[n - 1]!, lex)) n--;
  const article = tokens[n - 1];
  if (n >= to || !article?.word || !lex.articles.has(article.lower)) return null;
  // The article opens the clause (after a comma, a conjunction or nothing): after a verb it opens an object (`<verb> the <noun>`).
  const before = tokens[n - 2];
  return !before?.word || (!before.cap && lex.fillers.has(before.lower)) ? [n - 1, to] : null;
}

/** A lower-case word that may name an unnamed person (a plain noun): no pronoun, title, body, document or stop word. */
function plainNoun(t: Token, lex: Lexicon): boolean {
  if (!t.word || t.cap || t.num || lex.articles.has(t.lower) || lex.pronouns.has(t.lower) || lex.nameStops.has(t.lower) || lex.connectors.has(t.lower)) return false;
  const upper = capitalised(t.text);
  return !lex.roles.has(upper) && !lex.lowerRoles.has(t.lower) && !lex.orgWords.has(upper) && !lex.documents.has(t.lower) && !lex.fillers.has(t.lower);
}
