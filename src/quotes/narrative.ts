/**
 * The people a paragraph's narrative names outside quotes: short forms used to refer to someone
 * (`kata Sinta`), people introduced by role or by a run of name words, and speakers of reported
 * speech, noted in the speaker book in reading order for the quotes that follow.
 */
import { attributeAfter } from './attribute-after.js';
import { documentAt } from './nameless-speakers.js';
import { type Lexicon, type Token, slice, tokenAt } from './speech-words.js';
import { W_ACCORDING, W_ACCORDING_FIRST, W_DOCUMENT, W_FILLER, W_INTRO, W_LOWER_ROLE, W_POST, W_ROLE } from './word-classes.js';
import type { ParsedSpeaker } from './phrase.js';
import { roleIntroEnd } from './phrase-end.js';
import { definiteHolder } from './definite-title.js';
import type { MarkSpan } from './find-spans.js';
import type { Person, SpeakerBook } from './speaker-book.js';
import { nameKey } from './name-key.js';
import { appositiveTitle, demonstrativeAt, relativeBefore, relativeVerb, titleBeyond } from './references.js';
import { describingCompound, nameWord } from './name-word.js';
import { splitRole } from './role-phrase.js';
import { placeWordsOnly } from './body-beside-title.js';
import { subjectOfVerb } from './described-subject.js';
import { isCountryName } from '../lang/countries.js';
import { accordingOpens, accordingSpeaker } from './according-phrase.js';
import { objectBefore, objectFromFirstWord, purposeVerb } from './bare-reference.js';
import { type RoleReads, roleReadAt } from './register-names.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_ACCORDING = W_ACCORDING;
const C_DOCUMENT = W_DOCUMENT;
const C_FILLER = W_FILLER;
const C_INTRO = W_INTRO;
const C_LOWER_ROLE = W_LOWER_ROLE;
const C_POST = W_POST;
const C_ROLE = W_ROLE;

/** A token that ends a sentence (`.`, `!`, `?`): read for every token, so by its one character, not through a set (which hashes the text). */
function endsSentence(text: string): boolean {
  if (text.length !== 1) return false;
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63;
}

const WORD_G = /[\p{L}\p{N}]+/gu;
/** An organisation named as a subject ends in a capitalised word or a bracket (`Kementerian Luar`, not `Kementerian turut`). */
const ENDS_CAPITALISED = /(?:^|\s)[\p{Lu}(][^\s]*$/u;

/**
 * Record people named outside quotes, in reading order, so a later `ujarnya` or `kata Roland`
 * finds them: subjects of speech verbs (`Roland mengatakan bahwa …`, `Menurut Daniel, …`),
 * `kata Sinta,` in narrative, people introduced with a role (`Menteri Sosial Daniel Hartono`),
 * and bare references to someone already met. `reads`: the paragraph's role phrases `registerNames` read.
 */
export function noteNarrative(
  text: string,
  tokens: readonly Token[],
  spans: readonly MarkSpan[],
  lex: Lexicon,
  book: SpeakerBook,
  base: number,
  resolvedAt?: Map<number, { person: Person; resolved: boolean }>,
  reads?: RoleReads,
): void {
  let s = 0;
  let skipTo = 0;
  // The latest speech verb of the sentence before token `i`, outside quotes: a person named after it is inside someone's report.
  let cue = -1;
  const report = new ReportScan(tokens, lex);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const last = tokens[i - 1];
    if (last !== undefined) {
      while (q < spans.length && spans[q]!.end <= last.start) q++;
      const quoted = q < spans.length && spans[q]!.start <= last.start;
      cue = quoted || endsSentence(last.text) ? -1 : (last.cls & C_INTRO) !== 0 && !last.cap ? i - 1 : cue;
    }
    if (!t.word || i < skipTo) continue;
    // `Budi yang juga Ketua Umum Partai Contoh berkata`, `… yang juga presiden Contoh`: the title describes
    // Budi, the subject of the verb, and may name his organisation.
    if (((t.cap && t.cls & C_ROLE) || (!t.cap && t.cls & C_LOWER_ROLE)) && appositiveTitle(tokens, i, lex.references)) {
      const end = roleIntroEnd(tokens, i, lex);
      describeNamed(text, tokens, i, end, lex, book);
      skipTo = end;
      continue;
    }
    // A lower-case word that is no cue: nothing to note.
    if (!t.cap && (t.cls & (C_INTRO | C_ACCORDING | C_POST | C_DOCUMENT)) === 0) continue;
    while (s < spans.length && spans[s]!.end < t.start) s++;
    if (s < spans.length && spans[s]!.start <= t.start && t.start < spans[s]!.end) continue;
    // `“…,” kata Budi …`: the quote finder reads a quote's own attribution with it.
    if (!t.cap && t.cls & (C_POST | C_ACCORDING) && attributesQuote(text, spans, s, t.start)) continue;
    let speaker: ParsedSpeaker | 'pronoun' | null = null;
    let speaking = true;
    // `KPJ dan KPS yang juga menyatakan …`: a verb of a relative clause reports nothing of a subject further back.
    if (t.cls & C_INTRO && i > 0 && relativeVerb(tokens, i, lex.references, (x) => nameWord(x, lex))) continue;
    if (t.cls & C_INTRO && i > 0) {
      speaker = subjectOfVerb(text, tokens, i, lex);
      // `beliau bertemu Menteri X untuk menjelaskan …`: the one met speaks no quote after it (`X hadir untuk …` may).
      if (speaker && speaker !== 'pronoun' && purposeVerb(tokens, i, lex) && !opensSentence(tokens, tokenAt(tokens, speaker.start), lex)) continue;
    } else if (t.cls & C_ACCORDING && accordingOpens(tokens, i, lex)) speaker = accordingSpeaker(text, tokens, i, lex);
    else if (t.cls & C_POST && (!t.cap || opensSentence(tokens, i, lex)) && (tokens[i + 1]?.cap || ((tokens[i + 1]?.cls ?? 0) & C_FILLER && tokens[i + 2]?.cap))) {
      // `Namun, kata Sinta, konsistensi …`; `Hal ini disampaikan oleh Kevin Hartono, …`
      const a = attributeAfter(text, tokens, i, lex);
      speaker = a?.speaker ?? null;
    } else if (!t.cap && t.cls & C_DOCUMENT && tokens[i + 1]?.cap) {
      // `Mengutip keterangan SCAB, …`: the issuer of a document, for a later `bunyi keterangan tersebut`.
      const doc = documentAt(text, tokens, i, lex);
      if (doc?.organisation) book.organisation(doc.organisation);
      continue;
    } else if (t.cap && t.cls & C_ROLE) {
      // `Menteri Sosial Daniel Hartono` introduces a person with a role.
      const { end, named } = roleReadAt(text, tokens, i, lex, reads);
      if (named) speaker = named;
      // `Menteri X mengatakan`, Malay `Menteri X kata …`: the role phrase is the subject of a speech verb.
      // `Sementara itu, Ketua X Budi Santoso menggesa …`: the person a paragraph opens with, by title and name, is
      // whom its `Beliau berkata` and the quotes after it mean.
      speaking = (((tokens[end]?.cls ?? 0) & (C_INTRO | C_POST)) !== 0 && !tokens[end]!.cap) || opensParagraph(tokens, i, lex);
      skipTo = end;
    } else if (t.cap) {
      // A bare reference to someone met before, as a subject (`Daniel berharap …`, `Rina, 26, …`); after
      // a verb or a preposition (`ditangani Hendra`, `kepada Wulan`) the person is an object, not the speaker;
      // read from the name's first word (`bare-reference.ts`).
      if (objectBefore(tokens, i, lex)) continue;
      const person = book.byWord(t.text, true);
      if (!person || objectFromFirstWord(tokens, i, lex, person.words)) continue;
      const prev = i > 0 ? tokens[i - 1] : undefined;
      // `Johor Bahru Selatan`: a word inside a longer capitalised run that is not the person's name.
      if (prev?.word && prev.cap && !lex.roles.has(prev.text) && !lex.singleTitles.has(prev.text) && !describingCompound(prev) && !person.words.includes(nameKey(prev.text))) continue;
      let e = i + 1;
      while (e < tokens.length && tokens[e]!.cap && person.words.includes(nameKey(tokens[e]!.text))) e++;
      const next = tokens[e];
      // Someone only named so far counts when introduced with an age (`Nurul Aina Hashim, 26, berbangga`), or when a
      // paragraph turns to them past an opener (`Sementara itu, Nurul yang …`): the person the quotes after it are about.
      if (!person.confirmed && !(next?.text === ',' && /^\d{1,3}$/.test(tokens[e + 1]?.text ?? '')) && !(i > 0 && opensParagraph(tokens, i, lex))) continue;
      // `Seorang nelayan tua, Budi …`: the description before the name is what the person speaks as.
      person.role ??= describedAs(text, tokens, i, lex);
      book.mention(base + t.start, person);
      skipTo = e;
      continue;
    }
    // A title of a company named in passing (`memeriksa Direktur PT Contoh Jaya`) names nobody; its subject speaking keeps its name.
    if (speaker && speaker !== 'pronoun' && !speaking && book.companyNamed(speaker)) continue;
    if (speaker && speaker !== 'pronoun' && (speaker.name || (speaker.organisation && !speaker.role && ENDS_CAPITALISED.test(speaker.organisation))) && !speaker.unnamed && !placeAlone(speaker, lex)) {
      const r = book.resolve(speaker);
      // `Darsono menjelaskan bahwa … arahan Gubernur Budi Santoso …`, `Menlu menyebut Presiden Budi menyampaikan …`: someone
      // named inside another's report speaks no quote after it (a speaker of a clause of their own, `…, sedangkan Budi
      // menegaskan`, does).
      const reported = cue >= 0 && report.inside(cue, tokenAt(tokens, speaker.nameStart), speaking);
      if (r && (r.person.words.length > 0 || r.person.org) && !reported) book.mention(base + speaker.nameStart, r.person, speaking);
      if (r) resolvedAt?.set(i, r);
    } else if (speaker && speaker !== 'pronoun' && speaker.unnamed && t.cls & C_INTRO) {
      // `The minister said …`: the holder of the title named before speaks, for a later `he said`.
      const r = definiteHolder(speaker, book, lex, base + speaker.nameStart);
      if (r) {
        book.mention(base + speaker.nameStart, r.person, true);
        resolvedAt?.set(i, r);
      }
    } else if (speaker && speaker !== 'pronoun' && speaker.role && !speaker.unnamed && t.cls & C_INTRO) {
      // `Perdana Menteri berkata …`: a title alone as the subject is the person the article gave that title earlier.
      const r = book.resolve(speaker);
      if (r && r.person.words.length > 0) {
        book.mention(base + speaker.nameStart, r.person, true);
        resolvedAt?.set(i, r);
      } else if (r && titleSubject(tokens, tokenAt(tokens, speaker.start), i, lex)) {
        // Nobody holds it: not the previous speaker either when their title is another one (the next `katanya` is nobody's);
        // a previous speaker with no title, or a kindred one (`Menko` after `Menteri Koordinator …`), may be the holder.
        const prev = book.before(base + speaker.start, base);
        if (prev?.role && !kindredTitles(prev.role, speaker.role)) book.mention(base + speaker.nameStart, r.person, true);
      }
    }
  }
}

/**
 * `<name>, yang juga <post>, <country>, <verb>`, `<country> <verb> …`: a country or a known place alone read as a
 * subject is where someone holds a post or a country's stance, never the person a later `ujarnya` quotes; the
 * person named before stays the speaker.
 */
function placeAlone(speaker: ParsedSpeaker, lex: Lexicon): boolean {
  const name = speaker.name ?? speaker.organisation;
  if (!name) return false;
  return isCountryName(name) || placeWordsOnly(name.split(' '), lex);
}

/**
 * Whether a name at token `n`, after the speech verb at `cue`, is inside that verb's report: named in passing, or the
 * report's own subject, right after the verb (past a comma, a complementiser, its title's capitalised words). The
 * first plain lower-case word after the verb is found once per verb (a scan that only moves forward), not per name.
 */
class ReportScan {
  private cue = -1;
  private at = 0;
  private plain = Number.POSITIVE_INFINITY;
  constructor(private readonly tokens: readonly Token[], private readonly lex: Lexicon) {}

  inside(cue: number, n: number, speaking: boolean): boolean {
    if (cue >= n) return false;
    if (!speaking) return true;
    if (cue !== this.cue) {
      this.cue = cue;
      this.at = cue + 1;
      this.plain = Number.POSITIVE_INFINITY;
    }
    for (; this.at < n && this.plain === Number.POSITIVE_INFINITY; this.at++) {
      const t = this.tokens[this.at]!;
      if (t.word && !t.cap && !this.lex.complementisers.has(t.lower)) this.plain = this.at;
    }
    return this.plain >= n;
  }
}

/** Only closing marks and punctuation between a quote and its verb (`…,” kata`). */
const AFTER_QUOTE = /[\s,.!?"'”’»]/u;

/**
 * The verb at `at` attributes the quote `spans[s - 1]` right before it (`“…,” kata Budi`): the quote finder reads
 * that attribution with the quote itself; read again here as `Kata Budi, …` (up to a comma), it may name a place
 * (`kata Budi Santoso di Pasar Induk Contoh, …` → `Contoh`) that would then pass for the latest speaker.
 */
function attributesQuote(text: string, spans: readonly MarkSpan[], s: number, at: number): boolean {
  const q = spans[s - 1];
  if (q === undefined || q.end > at) return false;
  // Walk back over the marks only: each verb reads just the characters right before it, never the text since the quote.
  let j = at;
  while (j > q.end && AFTER_QUOTE.test(text[j - 1]!)) j--;
  return j === q.end;
}

/** A title word shorter than this is no evidence that two titles are kindred. */
const MIN_TITLE_STEM = 3;

/** Two titles that may name one post: they share a word, or begin alike (`Menko` / `Menteri Koordinator`, `Kapolres` / `Kapolresta`). */
function kindredTitles(a: string, b: string): boolean {
  const x: string[] = a.toLowerCase().match(WORD_G) ?? [];
  const y: string[] = b.toLowerCase().match(WORD_G) ?? [];
  if (x.some((w) => w.length >= MIN_TITLE_STEM && y.includes(w))) return true;
  return x[0] !== undefined && y[0] !== undefined && x[0].slice(0, MIN_TITLE_STEM) === y[0].slice(0, MIN_TITLE_STEM);
}

/**
 * The subject at token `a` of the verb at `v` is a capitalised title opening its sentence (`Perdana Menteri berkata`);
 * not a description (`Banyak warga … meminta`), nor a title pointing back with a demonstrative (`Mantan Kepala Contoh itu
 * juga mengatakan`), which is someone already named.
 */
function titleSubject(tokens: readonly Token[], a: number, v: number, lex: Lexicon): boolean {
  const first = tokens[a];
  if (!first?.cap || !lex.roles.has(first.text) || !opensSentence(tokens, a, lex)) return false;
  for (let k = a; k < v; k++) if (demonstrativeAt(tokens, k, lex.references)) return false;
  return true;
}

/** Token `i` opens its paragraph: only sentence openers (`Sementara itu,`) and commas stand before it. */
function opensParagraph(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  let k = i;
  while (k > 0 && (tokens[k - 1]!.text === ',' || (tokens[k - 1]!.word && lex.fillers.has(tokens[k - 1]!.lower)))) k--;
  return k === 0;
}

/** Token `i` opens its sentence: only sentence openers (`Sementara itu,`) and commas stand between it and a full stop. */
function opensSentence(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  let k = i;
  while (k > 0 && (tokens[k - 1]!.text === ',' || (tokens[k - 1]!.word && lex.fillers.has(tokens[k - 1]!.lower)))) k--;
  const before = k > 0 ? tokens[k - 1] : undefined;
  return before === undefined || before.text === '.' || before.text === '!' || before.text === '?';
}

/**
 * The title of a relative clause (`[i, end)`, see `appositiveTitle`) gives the organisation of the person
 * named before the relative, where their earlier title gave none. Not the role: the title before the
 * name (`Ketua Panitia Budi yang juga Ketua Umum …`) is often read later, at the speech verb, and is the
 * one the person speaks as.
 */
function describeNamed(text: string, tokens: readonly Token[], i: number, end: number, lex: Lexicon, book: SpeakerBook): void {
  const at = relativeBefore(tokens, i, lex.references);
  if (at < 0 || end <= i) return;
  // `Budi yang juga isteri kepada Menteri X`, `… yang juga bekas Ketua X`: another's post, or a past one, names no body Budi speaks for.
  if (titleBeyond(tokens, at + 1, i, lex.references)) return;
  const person = book.byWord(tokens[at]!.text, true);
  if (!person) return;
  const parts = splitRole({ role: slice(text, tokens, i, end), organisation: null }, lex);
  person.organisation ??= parts.organisation;
}

/** The longest description before a name (`seorang nelayan tua,`), in words. */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * `Seorang nelayan tua, Budi Santoso, 61, …`, `One resident, Budi …`: the lower-case description that an
 * indefinite word opens right before the name at token `i` (closed by a comma), without that word; else null.
 */
function describedAs(text: string, tokens: readonly Token[], i: number, lex: Lexicon): string | null {
  if (i === 0 || tokens[i - 1]!.text !== ',') return null;
  let a = i - 1;
  while (a > 0 && i - a <= MAX_DESCRIPTION_WORDS && tokens[a - 1]!.word && (!tokens[a - 1]!.cap || lex.unnamed.has(tokens[a - 1]!.lower))) a--;
  if (a >= i - 2 || !lex.unnamed.has(tokens[a]!.lower)) return null;
  // The description opens its sentence (`Seorang …`) or follows a comma; inside a clause it may describe someone else.
  const before = a > 0 ? tokens[a - 1] : undefined;
  if (before !== undefined && before.text !== ',' && before.text !== '.') return null;
  return slice(text, tokens, a + 1, i - 1) || null;
}
