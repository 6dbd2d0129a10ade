/**
 * Indirect (reported) speech: `Menurut X, …`, `X mengatakan bahwa …`, `X menuturkan, …`,
 * `Menurut beliau, …`, `X berkata bahawa …`, `X said that …`, `According to X, …`.
 *
 * The quote is the reported clause: from after the cue (and its comma or `bahwa`) to the end of
 * the sentence. The speaker is read with the same attribution code as direct quotes. Reported
 * speech never starts inside a direct quote, never repeats a direct quote of the same speaker
 * (`X mengatakan, "…"` is one direct quote), and a reporting clause gives at most one quote.
 */
import { isInitial, type Lexicon, type Token, tokenAt } from './speech-words.js';
import { W_ACCORDING_FIRST, W_ACCORDING_NYA, W_CUE } from './word-classes.js';
import { type ParsedSpeaker, parsePhrase } from './phrase.js';
import { phraseEnd } from './phrase-end.js';
import { documentSpeaker } from './nameless-speakers.js';
import { demonstrativeAt, demonstrativeIn } from './references.js';
import type { Person, SpeakerBook } from './speaker-book.js';
import { nobody } from './person.js';
import { subjectOfVerb } from './described-subject.js';
import { firstIndex } from '../util/first-index.js';
import { NYA } from '../lang/enclitic.js';
import { nameAfterTitle } from './appositive-title.js';
import { MAX_ACCORDING_TOKENS } from './according-phrase.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_ACCORDING_FIRST = W_ACCORDING_FIRST;
const C_ACCORDING_NYA = W_ACCORDING_NYA;
const C_CUE = W_CUE;

/** A reported clause needs at least this many words (shorter is a trailing attribution or a date). */
const MIN_CONTENT_WORDS = 3;
/** `mengatakan kepada wartawan di Jakarta, Senin (3/1), bahwa …`: an adverbial between verb and clause, in tokens. */
const MAX_ADVERBIAL_TOKENS = 14;
/** `told reporters that …`, `memberitahu pemberita bahawa …`: a listener before `that`, in tokens. */
const MAX_OBJECT_TOKENS = 4;
/** `Namun, menurut X, …`, `Sementara itu, menurut X, …`: words allowed before an `according` cue. */
const MAX_LEAD_WORDS = 3;
/** `Dalam kesempatan itu, Senin (3/1), Budi mengatakan, …`: tokens allowed before the subject of a reporting verb. */
const MAX_SUBJECT_LEAD_TOKENS = 12;
/** How many words of a `menurut` phrase are checked for a plan or data noun (`menurut hasil survei`). */
const NON_SPEAKER_WORDS = 2;

/** A direct quote of this paragraph, in paragraph offsets, with its open mark and speaker name. */
export interface DirectRef {
  /** Offset of the opening mark (or of the words when it has none). */
  open: number;
  start: number;
  end: number;
  speaker: string | null;
}

/** An indirect quote in paragraph offsets. */
export interface IndirectHit {
  start: number;
  end: number;
  verb: string;
  person: Person;
  /** The name as written in this clause (paragraph offsets), or null for a pronoun. */
  nameStart: number | null;
  nameEnd: number | null;
  resolved: boolean;
}

/** What the indirect finder needs from the article pass. */
export interface IndirectContext {
  book: SpeakerBook;
  /** Normalized offset of the paragraph. */
  base: number;
  /** Kept direct quotes of this paragraph, in order. */
  direct: readonly DirectRef[];
  /** Speakers the narrative pass already resolved, by the index of their cue token. */
  resolvedAt: ReadonlyMap<number, { person: Person; resolved: boolean }>;
}

const SENTENCE_PUNCT = new Set(['.', '!', '?', '…']);
/** Punctuation an adverbial before a subject may hold (`Senin (3/1)`, `9/10`, `pukul 10.00`). */
const LEAD_PUNCT = new Set(['(', ')', '/', '-', '.']);

/** Token `k` ends a sentence: `!`, `?`, or a full stop that is not an initial or a decimal point. */
function endsSentence(text: string, tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  if (t.word || !SENTENCE_PUNCT.has(t.text)) return false;
  if (t.text !== '.') return true;
  const after = text.charCodeAt(t.end);
  // `2.5`, `Rp2.500`, `www.x.id`: a full stop glued to the next character is not a sentence end.
  if (t.end < text.length && after !== 32 && after !== 10 && after !== 0xa0 && after !== 9) return false;
  return !isInitial(tokens[k - 1], lex);
}

/** The first token after `k`'s adverbial (`kepada wartawan, Senin (3/1),`): skips weekday parentheticals after a comma. */
function afterComma(tokens: readonly Token[], c: number, lex: Lexicon): number {
  let k = c + 1;
  // `, Senin (3/1), …`: the date that follows an adverbial.
  if (tokens[k] && lex.weekdays.has(tokens[k]!.lower)) {
    let e = k + 1;
    while (e < tokens.length && e - k <= MAX_ADVERBIAL_TOKENS && tokens[e]!.text !== ',') e++;
    if (tokens[e]?.text !== ',') return -1;
    k = e + 1;
  }
  if (tokens[k] && lex.complementisers.has(tokens[k]!.lower)) k++;
  return k;
}

/** Where the reported clause after the verb at token `v` starts (token index), or -1. */
function clauseAfterVerb(text: string, tokens: readonly Token[], v: number, base: string, lex: Lexicon): number {
  const first = tokens[v + 1];
  if (!first) return -1;
  // `Beliau berkata demikian ketika …`: the verb points back at words already quoted; no clause follows.
  if (lex.postVerbLeads.has(first.lower)) return -1;
  if (first.text === ',' || first.text === ':') return afterComma(tokens, v + 1, lex);
  if (lex.complementisers.has(first.lower)) return v + 2;
  // `mengatakan kepada wartawan, …`, `said on Monday that …`: an adverbial, then a comma or `bahwa`.
  if (first.word && !first.cap && (lex.nameStops.has(first.lower) || lex.locatives.has(first.lower))) {
    for (let k = v + 2; k < tokens.length && k - v <= MAX_ADVERBIAL_TOKENS; k++) {
      const t = tokens[k]!;
      if (lex.complementisers.has(t.lower)) return k + 1;
      if (t.text === ',') return afterComma(tokens, k, lex);
      if (!t.word && (endsSentence(text, tokens, k, lex) || t.text !== '(' && t.text !== ')' && t.text !== '/' && t.text !== '-' && t.text !== '.')) return -1;
    }
    return -1;
  }
  if (lex.bareReport.has(base) && first.word) return v + 1;
  // `told reporters that …`: a short listener, then `that`.
  for (let k = v + 2; k < tokens.length && k - v <= MAX_OBJECT_TOKENS + 1; k++) {
    const t = tokens[k]!;
    if (lex.complementisers.has(t.lower)) return k + 1;
    if (!t.word) return -1;
  }
  return -1;
}

/** An `according` cue (`menurut`, `according to`) at token `i`: its length in tokens, or 0. */
function accordingAt(tokens: readonly Token[], i: number, lex: Lexicon): number {
  for (const seq of lex.accordingSeqs) {
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) ok = tokens[i + k]?.lower === seq[k];
    if (ok) return seq.length;
  }
  return 0;
}

/** `menurutnya`: an `according` word with the pronoun suffix. */
function accordingPronoun(t: Token, lex: Lexicon): string | null {
  if (!t.lower.endsWith(NYA)) return null;
  const head = t.lower.slice(0, -3);
  return lex.according.has(head) ? head : null;
}

/** Only connectives stand before an `according` cue in its sentence (`Namun, menurut X, …`). */
function leadOk(tokens: readonly Token[], sentStart: number, i: number, lex: Lexicon): boolean {
  if (i === sentStart) return true;
  if (tokens[i - 1]!.text !== ',' || i - sentStart > MAX_LEAD_WORDS + 1) return false;
  let words = 0;
  for (let k = sentStart; k < i - 1; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    words++;
  }
  return words <= MAX_LEAD_WORDS && lex.fillers.has(tokens[sentStart]!.lower);
}

/**
 * The subject of a reporting verb opens its sentence, after at most a connective or an adverbial and a comma
 * (`Dalam kesempatan itu, Budi mengatakan`); a subject after other words is a trailing attribution
 * (`…, Bahlil said, marking a step …`), whose clause is not reported speech.
 */
function subjectLeads(tokens: readonly Token[], sentStart: number, subjectStart: number, lex: Lexicon): boolean {
  const s = sentStart;
  const c = tokenAt(tokens, subjectStart);
  // Ranks and honorifics before the name are not part of the parsed phrase (`Bapak Budi`, `Tan Sri Faizal`).
  let k = s;
  while (k < c && k - s <= MAX_SUBJECT_LEAD_TOKENS && (lex.titleWords.has(tokens[k]!.text) || tokens[k]!.text === '.')) k++;
  if (k >= c) return true;
  if (c - s > MAX_SUBJECT_LEAD_TOKENS) return false;
  const head = tokens[s]!;
  if (!head.word || !(lex.fillers.has(head.lower) || lex.nameStops.has(head.lower))) return false;
  // `Sementara itu Budi …`: an opener closed by a demonstrative, without a comma (as `subjectBefore` reads it).
  let o = s;
  while (o < c && tokens[o]!.word && lex.fillers.has(tokens[o]!.lower)) o++;
  if (o === c && o > s + 1 && demonstrativeAt(tokens, o - 1, lex.references)) return true;
  // `Terdahulu Budi berkata`: one sentence adverb (not `Meskipun`, whose clause is no report) opens it without a comma.
  if (c === s + 1 && lex.openers.has(head.lower)) return true;
  // An adverbial is words, dates and commas (`Di Jakarta, Senin (3/1),`); a quotation mark means a quote came first.
  let lastComma = -1;
  for (let q = s; q < c; q++) {
    const t = tokens[q]!;
    if (t.text === ',') lastComma = q;
    else if (!t.word && !LEAD_PUNCT.has(t.text)) return false;
  }
  if (lastComma < 0) return false;
  for (let q = lastComma + 1; q < c; q++) if (!lex.titleWords.has(tokens[q]!.text) && tokens[q]!.text !== '.') return false;
  return true;
}

/**
 * Between the subject and its verb only an adverbial may stand (`X di Surabaya, Rabu (16/9), mengatakan`,
 * `X, saat dihubungi, mengatakan`). Any other word there (`Logam, Mesin, … dan Elektronika Kemenperin Taufiq
 * Hidayat mengatakan`) means the parsed subject is a piece of a longer one.
 */
function adverbialGap(tokens: readonly Token[], subjectEnd: number, v: number, lex: Lexicon): boolean {
  for (let k = tokenAt(tokens, subjectEnd); k < v; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    return lex.nameStops.has(t.lower) || lex.fillers.has(t.lower) || lex.weekdays.has(t.lower);
  }
  return true;
}

/**
 * The speaker phrase of `Menurut X, …` between `from` and the comma at `comma`: a parsed speaker,
 * `'pronoun'`, or null when the phrase names a plan, rule or data set (`menurut rencana`, `menurut data BPS`).
 */
function accordingSpeaker(text: string, tokens: readonly Token[], from: number, comma: number, lex: Lexicon, clauseEnd = comma): ParsedSpeaker | 'pronoun' | null {
  if (comma <= from) return null;
  const head = tokens[from]!;
  if (comma - from === 1 && lex.pronouns.has(head.lower)) return 'pronoun';
  for (let k = from; k < comma && k - from < NON_SPEAKER_WORDS; k++) if (lex.nonSpeakers.has(tokens[k]!.lower)) return null;
  // `According to an update from Contoh Telco, …`: the document noun after an article; its issuer may follow a link word.
  const doc = (lex.articles.has(head.lower) || lex.unnamed.has(head.lower)) && tokens[from + 1] !== undefined ? tokens[from + 1]! : head;
  if (!doc.cap && lex.documents.has(doc.lower)) return documentSpeaker(text, tokens, from, doc === head ? comma : clauseEnd, lex);
  return parsePhrase(text, tokens, from, comma, lex);
}

/** `findIndirect`'s per-token buffers, grown on demand. */
let scratchEnd = new Int32Array(0);
let scratchWords = new Int32Array(0);

/**
 * Indirect quotes of one paragraph (`text`, its `tokens`), in reading order. Speakers come from the
 * narrative pass when it resolved them, else from the speaker book (pronouns: the latest speaker).
 */
export function findIndirect(text: string, tokens: readonly Token[], lex: Lexicon, ctx: IndirectContext): IndirectHit[] {
  const out: IndirectHit[] = [];
  const { direct, book, base } = ctx;
  // Most paragraphs hold no cue word at all: nothing to read.
  let any = 0;
  for (let k = 0; k < tokens.length; k++) any |= tokens[k]!.cls;
  if ((any & C_CUE) === 0) return out;
  // Per token: the index of the sentence end at or after it, and words before it (one pass each, so every
  // cue reads its clause in constant time, whatever the input).
  const n = tokens.length;
  // Reused buffers (a typed array per paragraph costs more than filling it): nothing below calls back in here.
  if (scratchEnd.length < n + 1) {
    scratchEnd = new Int32Array(2 * (n + 1));
    scratchWords = new Int32Array(2 * (n + 1));
  }
  const nextEnd = scratchEnd;
  nextEnd[n] = n;
  for (let k = n - 1; k >= 0; k--) nextEnd[k] = endsSentence(text, tokens, k, lex) ? k : nextEnd[k + 1]!;
  const wordsBefore = scratchWords;
  wordsBefore[0] = 0;
  for (let k = 0; k < n; k++) wordsBefore[k + 1] = wordsBefore[k]! + (tokens[k]!.word ? 1 : 0);
  let sentStart = 0;
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      // A closing mark after a sentence end (`….” Ia mengatakan`) ends it too; an opening one (`. "The`) starts the next.
      // `nextEnd[k] === k` is `endsSentence(k)`, already computed.
      if (nextEnd[i] === i) sentStart = i + 1;
      else if (i > 0 && nextEnd[i - 1] === i - 1 && (t.text === '”' || t.text === '"') && (t.end >= text.length || /\s/.test(text[t.end]!))) sentStart = i + 1;
      continue;
    }
    // Only a cue word can start reported speech.
    if ((t.cls & C_CUE) === 0) continue;
    // Never inside a direct quote.
    while (d < direct.length && direct[d]!.end <= t.start) d++;
    if (d < direct.length && direct[d]!.start <= t.start) continue;
    let verb: string | null = null;
    let speaker: ParsedSpeaker | 'pronoun' | null = null;
    let clause = -1;
    const pronounHead = t.cls & C_ACCORDING_NYA ? accordingPronoun(t, lex) : null;
    const seq = pronounHead === null && t.cls & C_ACCORDING_FIRST ? accordingAt(tokens, i, lex) : 0;
    if ((pronounHead !== null || seq > 0) && leadOk(tokens, sentStart, i, lex)) {
      // `Menurut X, …` / `Menurutnya, …` / `According to X, …`.
      verb = pronounHead ?? tokens.slice(i, i + seq).map((x) => x.lower).join(' ');
      if (pronounHead !== null) {
        if (tokens[i + 1]?.text !== ',') continue;
        speaker = 'pronoun';
        clause = afterComma(tokens, i + 1, lex);
      } else {
        // `”, kata X` / `” menurut X`: the attribution of a direct quote, not a cue.
        const prev = tokens[i - 1];
        if (prev && !prev.word && (prev.text === '”' || prev.text === '"' || prev.text === '’' || prev.text === '»')) continue;
        // The speaker phrase, then its comma, possibly after an adverbial (`Menurut Budi saat ditemui di kantornya, …`).
        const from = i + seq;
        // `Menurut dia, Badan Meteorologi, …`: a pronoun is the whole phrase.
        const pe = !tokens[from]?.word ? from : lex.pronouns.has(tokens[from]!.lower) ? from + 1 : phraseEnd(tokens, from, lex);
        let e = pe;
        if (tokens[e]?.word && !tokens[e]!.cap && lex.nameStops.has(tokens[e]!.lower)) {
          while (e < tokens.length && e - i < MAX_ACCORDING_TOKENS && tokens[e]!.text !== ',' && !endsSentence(text, tokens, e, lex) && tokens[e]!.word) e++;
        }
        if (tokens[e]?.text !== ',') continue;
        speaker = accordingSpeaker(text, tokens, from, pe, lex, e);
        // `Menurut ahli gizi di Kota Contoh, Sutarmi Wirapraja, …`: the title's holder is named after it, and the clause follows the name.
        const held = speaker !== null && speaker !== 'pronoun' && speaker.unnamed ? nameAfterTitle(text, tokens, from, e, lex) : null;
        if (held) {
          speaker = held.speaker;
          e = held.comma;
        }
        clause = afterComma(tokens, e, lex);
      }
    } else {
      const base_ = lex.intro.get(t.lower);
      if (base_ === undefined || i === 0 || t.cap) continue;
      verb = base_;
      clause = clauseAfterVerb(text, tokens, i, base_, lex);
      if (clause < 0) continue;
      speaker = subjectOfVerb(text, tokens, i, lex);
      if (speaker === 'pronoun') {
        // `"…," he said, without …`: the pronoun (before any fillers) must open its sentence too.
        let k = i - 1;
        while (k > sentStart && i - k <= MAX_SUBJECT_LEAD_TOKENS && !lex.pronouns.has(tokens[k]!.lower)) k--;
        if (!subjectLeads(tokens, sentStart, tokens[k]!.start, lex)) continue;
      } else if (speaker !== null && (!subjectLeads(tokens, sentStart, speaker.start, lex) || !adverbialGap(tokens, speaker.end, i, lex))) continue;
    }
    if (speaker === null || clause < 0 || clause >= tokens.length || !tokens[clause]!.word) continue;
    // The clause runs to the end of the sentence.
    const end = nextEnd[clause]!;
    let words = wordsBefore[end]! - wordsBefore[clause]!;
    const clauseStart = tokens[clause]!.start;
    let clauseEnd = end < tokens.length ? tokens[end]!.end : tokens[tokens.length - 1]!.end;
    // A direct quote inside the clause: the same speaker's words are that quote, not reported speech;
    // another speaker's quote ends the clause.
    // Direct quotes are in order and disjoint: the first one ending after the clause start is the only candidate.
    const lo = firstIndex(direct.length, (k) => direct[k]!.end > clauseStart);
    const inside = lo < direct.length && direct[lo]!.open < clauseEnd ? direct[lo]! : null;
    // The clause opens inside or with a direct quote (`X berkata, kedua-dua suspek …,” katanya`): that quote is all.
    if (inside && (inside.open <= clauseStart || inside.start <= clauseStart)) continue;
    const person = resolve(speaker, tokens, i, base + t.start, ctx, lex);
    if (!person) continue;
    if (inside) {
      if (inside.speaker !== null && inside.speaker === person.person.name) continue;
      clauseEnd = inside.open;
      while (clauseEnd > clauseStart && /[\s,:;]/.test(text[clauseEnd - 1]!)) clauseEnd--;
      words = wordsBefore[tokenAt(tokens, clauseEnd)]! - wordsBefore[clause]!;
    }
    if (words < MIN_CONTENT_WORDS) continue;
    out.push({
      start: clauseStart,
      end: clauseEnd,
      verb,
      person: person.person,
      nameStart: speaker === 'pronoun' ? null : speaker.nameStart,
      nameEnd: speaker === 'pronoun' ? null : speaker.nameEnd,
      resolved: person.resolved,
    });
    // One quote per reporting clause: go on after this sentence.
    while (i + 1 < tokens.length && tokens[i + 1]!.end < clauseEnd) i++;
  }
  return out;
}

/** The person behind a cue's speaker: as resolved by the narrative pass, the latest speaker for a pronoun, or via the book. */
function resolve(
  speaker: ParsedSpeaker | 'pronoun',
  tokens: readonly Token[],
  i: number,
  pos: number,
  ctx: IndirectContext,
  lex: Lexicon,
): { person: Person; resolved: boolean } | null {
  const known = ctx.resolvedAt.get(i);
  if (known) return known;
  const { book, base } = ctx;
  if (speaker === 'pronoun') {
    const p = book.before(pos, base);
    return p && !nobody(p) ? { person: p, resolved: true } : null;
  }
  // An unnamed source must read as one (`seorang warga`, `sumber`, `pengamat`), not any lower-case noun (`kata kunci`).
  if (speaker.unnamed) {
    const head = speaker.name?.split(' ')[0]?.toLowerCase() ?? '';
    if (!lex.unnamed.has(head) && !lex.lowerRoles.has(head) && !lex.descriptions.has(head)) return null;
  }
  const r = book.resolve(speaker);
  // `Mantan Direktur Contoh itu mengatakan`: a title pointing back with a demonstrative that nobody named holds is
  // whoever spoke last, as a pronoun would be.
  // The demonstrative stands before the verb (`… itu mengatakan`) or closes the phrase after it (`Menurut Politisi Contoh ini,`).
  const to = Math.max(i, tokenAt(tokens, speaker.end) + 1);
  if (!r || !nobody(r.person) || speaker.name !== null || !demonstrativeIn(tokens, tokenAt(tokens, speaker.start), to, lex.references)) return r;
  const last = book.before(pos, base);
  return last && !nobody(last) ? { person: last, resolved: true } : r;
}
