/**
 * Direct and indirect quotes and their speakers.
 *
 * Per paragraph: pair the marks (`find-spans`), read the attribution around each span
 * (`attribute`), drop spans nobody is reported saying (scare quotes, titles, terms), then
 * resolve pronouns, surnames and role-only mentions against the people met so far in the
 * article, in reading order. Reported speech without marks (`Menurut X, …`, `X mengatakan
 * bahwa …`) is read last in each paragraph (`indirect`), so it never repeats a direct quote.
 */
import type { LanguageData } from '../lang/types.js';
import { type Attribution, attributeAfter, attributeBefore, documentAt, subjectBefore } from './attribute.js';
import { type Lexicon, type Token, W_ACCORDING, W_ACCORDING_FIRST, W_DOCUMENT, W_FILLER, W_INTRO, W_NAME, W_POST, W_ROLE, isDegree, lexicon, tokenAt, tokenize } from './speech-words.js';
import { type ParsedSpeaker, parsePhrase as parsePhraseAt, roleIntroEnd } from './phrase.js';
import { type MarkSpan, findSpans } from './find-spans.js';
import { MIN_FRAGMENT_WORDS, reportingFrame } from './fragments.js';
import { type DirectRef, findIndirect } from './indirect.js';
import { type Person, SpeakerBook, Vocabulary, nameKey } from './speaker-book.js';
import { backReference } from './back-reference.js';
import { paragraphSubject } from './paragraph-subject.js';
import { withTrailingName } from './trailing-name.js';
import { appositiveTitle } from './references.js';
import type { Scan } from '../tokens/tokenize.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_ACCORDING = W_ACCORDING;
const C_DOCUMENT = W_DOCUMENT;
const C_FILLER = W_FILLER;
const C_INTRO = W_INTRO;
const C_NAME = W_NAME;
const C_POST = W_POST;
const C_ROLE = W_ROLE;

/** A quote found in normalized text (offsets into the normalized article). */
export interface QuoteHit {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  verb: string | null;
  /** Index into the `paragraphs` passed to `findQuotes`. */
  paragraph: number;
  speaker: {
    name: string;
    role: string | null;
    organisation: string | null;
    /** Normalized offsets of the name in this quote's attribution, or null when resolved from context. */
    start: number | null;
    end: number | null;
    resolved: boolean;
  } | null;
}

export interface FindQuotesOptions {
  /** Keep quotes nobody is named for (default true: they still carry a context speaker or null). */
  unattributed?: boolean;
  /** Also report indirect (reported) speech, `kind: 'indirect'` (default true). */
  indirect?: boolean;
}

/** An unattributed span needs at least this many words to count as a quote (shorter is a term or a title). */
const MIN_UNATTRIBUTED_WORDS = 4;
/** A name introduced with a role in narrative needs this many words (one word is too often a place or an organisation). */
const MIN_INTRODUCED_NAME_WORDS = 2;
/** A run of more name words than this is a title or a list, not a person. */
const MAX_NAME_WORDS = 6;
/** `Menurut X,`: the speaker phrase before the comma is at most this many tokens. */
const MAX_ACCORDING_TOKENS = 16;
/** How many tokens before a mark are searched for a title cue (`film`, `berjudul`). */
const TITLE_CUE_WINDOW = 3;

const WORD_G = /[\p{L}\p{N}]+/gu;
/** An organisation named as a subject ends in a capitalised word or a bracket (`Kementerian Luar`, not `Kementerian turut`). */
const ENDS_CAPITALISED = /(?:^|\s)[\p{Lu}(][^\s]*$/u;
const TERMINAL = /[.,!?…;:]$/;
/** A sentence ending right after a closing mark: then a new sentence, the paragraph's end or a sign-off (`”. Ia`, `”.-22/10/2018`). */
const SENTENCE_AFTER = /[.!?…](?:\s*$|\s*[-–—]|\s+[\p{Lu}"“”])/uy;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
/** Any quotation mark, double or single (a backtick opens the two-character ``` `` ``` mark). */
const MARK = /["“”«»„'‘’`]/;

function wordCount(s: string): number {
  WORD_G.lastIndex = 0;
  let n = 0;
  while (WORD_G.exec(s) !== null) n++;
  return n;
}

/** A span with what was read around it, before filtering. */
interface Candidate {
  span: MarkSpan;
  after: Attribution | null;
  before: (Attribution & { separated: boolean }) | null;
  /** A quoted fragment inside reported speech, attributed by its sentence's speech verb (`fragments`). */
  fragment?: boolean;
}

/**
 * True when a title cue (`film`, `berjudul`, `dubbed`) stands just before the mark. With `speech`, a cue that is
 * also a speech verb (`menyebut`) does not count: it reports the fragment that follows.
 */
function titleCued(tokens: readonly Token[], k: number, lex: Lexicon, speech = false): boolean {
  for (let i = k; i >= 0 && k - i < TITLE_CUE_WINDOW; i--) {
    const t = tokens[i]!;
    if (t.word && lex.titleCues.has(t.lower) && !(speech && t.cls & C_INTRO)) return true;
    if (t.text === '.' || t.text === '”' || t.text === '"') return false;
  }
  return false;
}

/** The mark opens a sentence: paragraph start, or after sentence punctuation or a colon. */
function atSentenceStart(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  return i < 0 || /[.!?:;…"“”,]/.test(text[i]!);
}

/** The span's marks open the paragraph and close it. */
function wholeParagraph(text: string, span: MarkSpan): boolean {
  if (span.open < 0 || span.close < 0) return false;
  let a = 0;
  while (a < span.open && /\s/.test(text[a]!)) a++;
  let b = text.length;
  while (b > span.close + 1 && /\s/.test(text[b - 1]!)) b--;
  return a === span.open && b === span.close + 1;
}

/**
 * Decide which spans of one paragraph are quotes. Attributed spans are quotes; unattributed
 * ones must look like speech: a whole sentence of several words, not a term or a title.
 */
function isSpeechShaped(text: string, c: Candidate, tokens: readonly Token[], lex: Lexicon): boolean {
  const { span } = c;
  const inner = text.slice(span.start, span.end);
  if (c.fragment) return !titleCued(tokens, tokenAt(tokens, span.open) - 1, lex, true);
  if (c.after || (c.before && (c.before.separated || !STARTS_LOWER.test(inner)))) {
    if (span.single && wordCount(inner) < 2) return false;
    return !(c.after === null && titleCued(tokens, tokenAt(tokens, span.open) - 1, lex));
  }
  // Single marks speak unattributed only as a whole paragraph of several words ending a sentence (`‘Kami sudah siap.’`).
  if (span.single && !(wholeParagraph(text, span) && wordCount(inner) >= MIN_UNATTRIBUTED_WORDS && /[.!?…]$/.test(inner))) return false;
  if (STARTS_LOWER.test(inner)) return false;
  // A paragraph that is one short sentence in marks (`"Tidak ada."`) is speech; shorter spans elsewhere are terms.
  if (wordCount(inner) < MIN_UNATTRIBUTED_WORDS && !(wholeParagraph(text, span) && /[.!?…]$/.test(inner))) return false;
  if (titleCued(tokens, tokenAt(tokens, span.open) - 1, lex)) return false;
  if (!atSentenceStart(text, span.open)) return false;
  // A closed quote must end like a sentence inside its marks; an unclosed one runs to the paragraph end.
  if (span.close < 0) return span.end >= text.trimEnd().length - 1 || TERMINAL.test(inner);
  // A sentence in marks may put its full stop outside them (`“Kami sudah siap”. Ia lalu …`), as Malay and British print do.
  if (TERMINAL.test(inner)) return true;
  SENTENCE_AFTER.lastIndex = span.close + 1;
  return SENTENCE_AFTER.test(text);
}

/**
 * Find direct and (unless `options.indirect` is false) indirect quotes in the paragraphs of one article, in reading order. Each paragraph's
 * `text` is a slice of the normalized article starting at normalized offset `start` (with its `scan`,
 * when the caller scanned it already); the hits carry normalized offsets. Never throws.
 */
export function findQuotes(
  paragraphs: readonly { text: string; start: number; scan?: Scan }[],
  data: LanguageData,
  options: FindQuotesOptions = {},
): QuoteHit[] {
  // No quotation mark and no reporting cue anywhere: no quote, and nothing else to do (most of the cost is
  // the people pass below).
  const lex = lexicon(data.speech);
  const indirect = options.indirect !== false;
  const cue = indirect ? cueTest(lex) : null;
  let lastMarked = -1;
  let last = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    if (MARK.test(paragraphs[p]!.text)) lastMarked = last = p;
    else if (cue?.test(paragraphs[p]!.text)) last = p;
  }
  if (last < 0) return [];
  const hits: (QuoteHit & { continued: boolean; unclosed: boolean; atStart: boolean })[] = [];
  const reported: QuoteHit[] = [];
  // First pass: everyone named in the article, so `kata Roland` finds `Roland Manurung` even when
  // the full name comes later (labels use the fullest name given anywhere).
  const allTokens = paragraphs.map((para) => tokenize(para.text, lex, para.scan));
  const book = new SpeakerBook(lex, () => new Vocabulary(allTokens, paragraphs.map((para) => para.text), lex));
  for (const tokens of allTokens) collectReferences(tokens, lex, book.refs, book.refPhrases);
  book.setArticle(allTokens, paragraphs.map((para) => para.text));
  for (let p = 0; p < paragraphs.length; p++) registerNames(paragraphs[p]!.text, allTokens[p]!, lex, book, paragraphs[p]!.start);
  // Narrative after the last quote or reporting cue can no longer change any speaker.
  for (let p = 0; p <= last; p++) {
    const { text, start: base } = paragraphs[p]!;
    const tokens = allTokens[p]!;
    const resolvedAt = new Map<number, { person: Person; resolved: boolean }>();
    if (!MARK.test(text)) {
      noteNarrative(text, tokens, [], lex, book, base, resolvedAt);
      if (indirect) reported.push(...indirectHits(text, tokens, lex, book, base, p, [], resolvedAt));
      continue;
    }
    const verbAt = (i: number): boolean => {
      const t = tokens[tokenAt(tokens, i)];
      return t !== undefined && t.start === i && (lex.post.has(t.lower) || lex.pronounVerb.has(t.lower));
    };
    const spans = findSpans(text, verbAt);
    const candidates: Candidate[] = [];
    let prevEnd = 0;
    for (const span of spans) {
      const afterMark = span.close >= 0 ? span.close + 1 : span.end;
      // The last character before the closing mark (an orphan's `end` is its mark's start).
      const endsSentence = text[span.end - 1] === '.';
      const read = span.close >= 0 ? attributeAfter(text, tokens, tokenAt(tokens, afterMark), lex, endsSentence) : null;
      // `kata seorang warga yang …, Siti Aminah.`: the name closing the sentence (`trailing-name.ts`).
      const after = read ? withTrailingName(text, tokens, read, lex) : null;
      if (span.open < 0) {
        // A closing mark with no opener: the quote starts after `X berkata,` earlier in the stretch.
        if (after) {
          const recovered = recoverOrphan(text, tokens, prevEnd, span, lex);
          if (recovered) candidates.push({ span: recovered.span, after, before: recovered.before });
        }
        prevEnd = span.close + 1;
        continue;
      }
      const before = attributeBefore(text, tokens, tokenAt(tokens, span.open) - 1, lex);
      // A lower-case fragment with no attribution of its own: quoted words inside reported speech?
      const inner = text.slice(span.start, span.end);
      if (!after && span.close >= 0 && !(before && (before.separated || !STARTS_LOWER.test(inner))) && wordCount(inner) >= MIN_FRAGMENT_WORDS) {
        const frame = reportingFrame(text, tokens, tokenAt(tokens, span.open) - 1, lex);
        if (frame) {
          candidates.push({ span, after, before: frame, fragment: true });
          prevEnd = span.close + 1;
          continue;
        }
      }
      candidates.push({ span, after, before });
      prevEnd = span.close >= 0 ? span.close + 1 : span.end;
    }
    const kept = candidates.filter((c) => isSpeechShaped(text, c, tokens, lex));
    noteNarrative(text, tokens, kept.map((c) => c.span), lex, book, base, resolvedAt);
    const firstHit = hits.length;
    for (const c of kept) {
      const attribution = pick(c.after, c.before);
      let speaker: QuoteHit['speaker'] = null;
      let continued = false;
      if (attribution?.speaker) {
        const r = book.resolve(attribution.speaker);
        if (r) {
          const sp = attribution.speaker;
          speaker = {
            name: r.person.name,
            role: r.person.role ?? sp.role,
            organisation: r.person.organisation ?? sp.organisation,
            start: base + sp.nameStart,
            end: base + sp.nameEnd,
            resolved: r.resolved,
          };
          if (r.person.words.length > 0 || r.person.org) book.mention(base + sp.nameStart, r.person);
        }
      } else {
        // A quote opening the paragraph after one about a person (`Minister X launched …`): theirs (`paragraph-subject.ts`).
        const prev = c.span.open >= 0 && p > 0 && text.slice(0, c.span.open).trim() === '' && !MARK.test(paragraphs[p - 1]!.text) ? paragraphSubject(paragraphs[p - 1]!.text, allTokens[p - 1]!, lex) : null;
        const opener = prev ? book.resolve(prev)?.person : undefined;
        // `ujarnya` with nobody seen speaking before: the person named last (`Yana merasakan …`).
        const person = opener ?? book.before(base + c.span.start, base) ?? (attribution ? book.lastNamed(base + c.span.start) : null);
        continued = attribution === null;
        if (person) speaker = { name: person.name, role: person.role, organisation: person.organisation, start: null, end: null, resolved: true };
      }
      if (continued && options.unattributed === false) continue;
      hits.push({
        start: base + c.span.start,
        end: base + c.span.end,
        text: text.slice(c.span.start, c.span.end),
        kind: 'direct',
        verb: attribution?.verb ?? null,
        paragraph: p,
        speaker,
        continued,
        unclosed: c.span.close < 0,
        atStart: c.span.open >= 0 && text.slice(0, c.span.open).trim() === '',
      });
    }
    if (indirect) {
      // Every kept span counts as a direct quote here, even one dropped as unattributed above.
      // This paragraph's hits by start, looked up once each: searching the hit list per span
      // made a paragraph of many short quotes quadratic.
      const hitAt = new Map<number, QuoteHit>();
      for (let i = firstHit; i < hits.length; i++) if (!hitAt.has(hits[i]!.start)) hitAt.set(hits[i]!.start, hits[i]!);
      const direct: DirectRef[] = kept.map((c) => {
        const h = hitAt.get(base + c.span.start);
        return { open: c.span.open >= 0 ? c.span.open : c.span.start, start: c.span.start, end: c.span.close >= 0 ? c.span.close + 1 : c.span.end, speaker: h?.speaker?.name ?? null };
      });
      reported.push(...indirectHits(text, tokens, lex, book, base, p, direct, resolvedAt));
    }
  }
  // A paragraph that is all quote and unattributed: the next one may open by attributing it (`back-reference.ts`).
  for (const h of hits) {
    const para = paragraphs[h.paragraph]!;
    if (!h.continued || !h.atStart || h.paragraph + 1 >= paragraphs.length || HAS_ALNUM.test(para.text.slice(h.end - para.start))) continue;
    const next = paragraphs[h.paragraph + 1]!;
    const sp = backReference(next.text, allTokens[h.paragraph + 1]!, lex)?.speaker;
    const r = sp ? book.resolve(sp) : null;
    if (sp && r) h.speaker = { name: r.person.name, role: r.person.role ?? sp.role, organisation: r.person.organisation ?? sp.organisation, start: next.start + sp.nameStart, end: next.start + sp.nameEnd, resolved: r.resolved };
  }
  // A quote running over paragraphs is attributed at its last segment: give earlier segments that speaker.
  for (let i = hits.length - 2; i >= 0; i--) {
    const h = hits[i]!;
    const next = hits[i + 1]!;
    if (h.continued && h.unclosed && next.atStart && next.paragraph === h.paragraph + 1) {
      if (next.speaker) h.speaker = { ...next.speaker, start: null, end: null, resolved: true };
      // The verb is read beside the last segment, whether or not its speaker could be named.
      h.verb ??= next.verb;
    }
  }
  const out: QuoteHit[] = hits.map(({ continued: _c, unclosed: _u, atStart: _a, ...hit }) => hit);
  if (reported.length === 0) return out;
  return [...out, ...reported].sort((a, b) => a.start - b.start);
}

/** The indirect quotes of paragraph `p` as hits in normalized offsets. */
function indirectHits(
  text: string,
  tokens: readonly Token[],
  lex: Lexicon,
  book: SpeakerBook,
  base: number,
  p: number,
  direct: readonly DirectRef[],
  resolvedAt: ReadonlyMap<number, { person: Person; resolved: boolean }>,
): QuoteHit[] {
  return findIndirect(text, tokens, lex, { book, base, direct, resolvedAt }).map((h) => ({
    start: base + h.start,
    end: base + h.end,
    text: text.slice(h.start, h.end),
    kind: 'indirect',
    verb: h.verb,
    paragraph: p,
    speaker: {
      name: h.person.name,
      role: h.person.role,
      organisation: h.person.organisation,
      start: h.nameStart === null ? null : base + h.nameStart,
      end: h.nameEnd === null ? null : base + h.nameEnd,
      resolved: h.resolved,
    },
  }));
}

const cueTests = new WeakMap<Lexicon, RegExp>();

/**
 * A quick test for any reporting cue in a paragraph (`menurut`, `mengatakan`, `according to`): paragraphs
 * without one and without marks need no people pass. Built once per lexicon; a plain alternation of
 * literal words, linear.
 */
function cueTest(lex: Lexicon): RegExp {
  let re = cueTests.get(lex);
  if (re) return re;
  const words = [...lex.accordingSeqs.map((s) => s[0]!), ...lex.intro.keys()];
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'iu');
  cueTests.set(lex, re);
  return re;
}

/** Prefer a named speaker; a pronoun on one side yields to a name on the other. */
function pick(after: Attribution | null, before: Attribution | null): Attribution | null {
  if (after?.speaker) return after;
  if (before?.speaker) return after ? { verb: after.verb, speaker: before.speaker } : before;
  return after ?? before;
}

/** A quote whose opening mark is missing: from after `X berkata,` (between `from` and the closing mark). */
function recoverOrphan(
  text: string,
  tokens: readonly Token[],
  from: number,
  orphan: MarkSpan,
  lex: Lexicon,
): { span: MarkSpan; before: Attribution & { separated: boolean } } | null {
  // An orphan's `end` is where its mark starts (marks may be two characters wide: `''`).
  const { end, close } = orphan;
  const a = tokenAt(tokens, from);
  const b = tokenAt(tokens, end);
  for (let k = b - 1; k > a; k--) {
    const t = tokens[k]!;
    if (t.text !== ',' && t.text !== ':') continue;
    const before = attributeBefore(text, tokens, k, lex);
    if (!before) continue;
    const start = tokens[k + 1]?.start ?? end;
    if (start >= end) return null;
    return { span: { start, end, open: -1, close, single: false }, before };
  }
  return null;
}

/** The longest short form an article uses to refer to a person (`kata Kamarul Zaman`), in words. */
const MAX_REFERENCE_WORDS = 3;

/**
 * Short forms used on their own to refer to a person: right after a post verb (`kata Deden`,
 * `kata Kamarul Zaman`) or right before an intro verb (`Deden mengatakan`). Single words go to
 * `refs`, longer forms to `phrases`, lower-case.
 */
function collectReferences(tokens: readonly Token[], lex: Lexicon, refs: Set<string>, phrases: Set<string>): void {
  const add = (a: number, e: number) => {
    if (e - a === 1) refs.add(tokens[a]!.lower);
    else phrases.add(tokens.slice(a, e).map((t) => t.lower).join(' '));
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    // `kata Deden`, `menurut Deden`, `according to Deden` (a phrase of several words).
    const seq = t.cls & W_ACCORDING_FIRST && !(t.cls & C_ACCORDING) ? lex.accordingSeqs.find((q) => q.every((w, k) => tokens[i + k]?.lower === w)) : undefined;
    if ((!t.cap && t.cls & C_POST) || t.cls & C_ACCORDING || seq) {
      const from = i + (seq?.length ?? 1);
      let e = from;
      while (e < tokens.length && e - from < MAX_REFERENCE_WORDS && tokens[e]!.cap && !lex.roles.has(tokens[e]!.text)) e++;
      if (e > from && !tokens[e]?.cap) add(from, e);
    }
    if (t.cap && tokens[i + 1]!.cls & C_INTRO) {
      let a = i;
      while (a > 0 && i - a + 1 < MAX_REFERENCE_WORDS && tokens[a - 1]!.cap) a--;
      if (!tokens[a - 1]?.cap && !lex.roles.has(tokens[a]!.text)) add(a, i + 1);
    }
  }
}

/** Register people named in a paragraph (role-led phrases and runs of two or more name words), without mentions. */
function registerNames(text: string, tokens: readonly Token[], lex: Lexicon, book: SpeakerBook, base: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    if (t.cls & C_ROLE) {
      const end = roleIntroEnd(tokens, i, lex);
      const p = end > i + 1 ? parsePhraseAt(text, tokens, i, end, lex) : null;
      if (p?.name && !p.unnamed && (p.name.match(WORD_G)?.length ?? 0) >= MIN_INTRODUCED_NAME_WORDS) {
        const r = book.resolve(p);
        if (r && r.person.words.length > 0) book.name(base + p.nameStart, r.person);
      }
      i = Math.max(i, end - 1);
      continue;
    }
    let e = i;
    while (e < tokens.length && e - i < MAX_NAME_WORDS && isNameToken(tokens[e]!, lex)) e++;
    // A sentence's first word is capitalised anyway (`Sepengetahuan Anita`): it is not evidence of a name.
    const prev = tokens[i - 1];
    if (e > i && (!prev || prev.text === '.' || prev.text === '”' || prev.text === '"' || prev.text === '“' || prev.text === '?' || prev.text === '!')) {
      const s2 = i + 1;
      i = Math.max(i, e - 1);
      if (e - s2 >= MIN_INTRODUCED_NAME_WORDS && e - s2 < MAX_NAME_WORDS && !isNameToken(tokens[e] ?? tokens[i]!, lex)) registerRun(text, tokens, s2, e, lex, book, base);
      continue;
    }
    if (e - i >= MIN_INTRODUCED_NAME_WORDS && e - i < MAX_NAME_WORDS && !isNameToken(tokens[e] ?? tokens[i]!, lex)) registerRun(text, tokens, i, e, lex, book, base);
    i = Math.max(i, e - 1);
  }
}

/** Register the name run `[a, e)` unless it contains a place. */
function registerRun(text: string, tokens: readonly Token[], a: number, e: number, lex: Lexicon, book: SpeakerBook, base: number): void {
  while (a < e && lex.places.has(tokens[a]!.text)) a++;
  if (e - a < MIN_INTRODUCED_NAME_WORDS) return;
  for (let k = a; k < e; k++) if (lex.places.has(tokens[k]!.text)) return;
  const s = tokens[a]!.start;
  const end = tokens[e - 1]!.end;
  const r = book.resolve({ name: text.slice(s, end), role: null, organisation: null, start: s, end, nameStart: s, nameEnd: end, unnamed: false }, false);
  if (r && r.person.words.length > 0) book.name(base + s, r.person);
}

/** A capitalised word that may be part of a person's name (not a role, organisation or sentence opener): classed once per word. */
function isNameToken(t: Token, _lex: Lexicon): boolean {
  return (t.cls & C_NAME) !== 0;
}

/**
 * Record people named outside quotes, in reading order, so a later `ujarnya` or `kata Roland`
 * finds them: subjects of speech verbs (`Roland mengatakan bahwa …`, `Menurut Rianto, …`),
 * `kata Erwin,` in narrative, people introduced with a role (`Menteri Sosial Juliari Batubara`),
 * and bare references to someone already met.
 */
function noteNarrative(
  text: string,
  tokens: readonly Token[],
  spans: readonly MarkSpan[],
  lex: Lexicon,
  book: SpeakerBook,
  base: number,
  resolvedAt?: Map<number, { person: Person; resolved: boolean }>,
): void {
  let s = 0;
  let skipTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || i < skipTo) continue;
    // A lower-case word that is no cue: nothing to note.
    if (!t.cap && (t.cls & (C_INTRO | C_ACCORDING | C_POST | C_DOCUMENT)) === 0) continue;
    while (s < spans.length && spans[s]!.end < t.start) s++;
    if (s < spans.length && spans[s]!.start <= t.start && t.start < spans[s]!.end) continue;
    let speaker: ParsedSpeaker | 'pronoun' | null = null;
    let speaking = true;
    if (t.cls & C_INTRO && i > 0) speaker = subjectBefore(text, tokens, i, lex);
    else if (t.cls & C_ACCORDING && tokens[i + 1]?.cap) {
      let e = i + 1;
      while (e < tokens.length && e - i < MAX_ACCORDING_TOKENS && tokens[e]!.text !== ',' && tokens[e]!.text !== '.') e++;
      if (tokens[e]?.text === ',') speaker = attributeBefore(text, tokens, e, lex)?.speaker ?? null;
    } else if (t.cls & C_POST && !t.cap && (tokens[i + 1]?.cap || ((tokens[i + 1]?.cls ?? 0) & C_FILLER && tokens[i + 2]?.cap))) {
      // `Namun, kata Erwin, konsistensi …`; `Hal ini disampaikan oleh Kevin Hartono, …`
      const a = attributeAfter(text, tokens, i, lex);
      speaker = a?.speaker ?? null;
    } else if (!t.cap && t.cls & C_DOCUMENT && tokens[i + 1]?.cap) {
      // `Mengutip keterangan LPKR, …`: the issuer of a document, for a later `bunyi keterangan tersebut`.
      const doc = documentAt(text, tokens, i, lex);
      if (doc?.organisation) book.organisation(doc.organisation);
      continue;
    } else if (t.cap && t.cls & C_ROLE) {
      // `Menteri Sosial Juliari Batubara` introduces a person with a role.
      const end = roleIntroEnd(tokens, i, lex);
      // `Budi yang juga Anggota Parlimen Contoh berkata`: the title describes Budi, the subject of the verb.
      if (appositiveTitle(tokens, i, lex.references)) {
        skipTo = end;
        continue;
      }
      const p = end > i + 1 ? parsePhraseAt(text, tokens, i, end, lex) : null;
      if (p?.name && !p.unnamed && (p.name.match(WORD_G)?.length ?? 0) >= MIN_INTRODUCED_NAME_WORDS) speaker = p;
      // `Menteri X mengatakan`, Malay `Menteri X kata …`: the role phrase is the subject of a speech verb.
      speaking = ((tokens[end]?.cls ?? 0) & (C_INTRO | C_POST)) !== 0 && !tokens[end]!.cap;
      skipTo = end;
    } else if (t.cap) {
      // A bare reference to someone met before, as a subject (`Rianto berharap …`, `Yana, 26, …`); after
      // a verb or a preposition (`ditangani Haris`, `kepada Risma`) the person is an object, not the speaker.
      const prev = tokens[i - 1];
      if (prev?.word && !prev.cap && !(prev.cls & C_FILLER)) continue;
      const person = book.byWord(t.text, true);
      if (!person) continue;
      // `Johor Bahru Selatan`: a word inside a longer capitalised run that is not the person's name.
      if (prev?.word && prev.cap && !lex.roles.has(prev.text) && !lex.singleTitles.has(prev.text) && !person.words.includes(nameKey(prev.text))) continue;
      let e = i + 1;
      while (e < tokens.length && tokens[e]!.cap && person.words.includes(nameKey(tokens[e]!.text))) e++;
      const next = tokens[e];
      // Someone only named so far counts when introduced with an age (`Noridawati Irfan, 26, berbangga`).
      if (!person.confirmed && !(next?.text === ',' && /^\d{1,3}$/.test(tokens[e + 1]?.text ?? ''))) continue;
      book.mention(base + t.start, person);
      skipTo = e;
      continue;
    }
    if (speaker && speaker !== 'pronoun' && (speaker.name || (speaker.organisation && !speaker.role && ENDS_CAPITALISED.test(speaker.organisation))) && !speaker.unnamed) {
      const r = book.resolve(speaker);
      if (r && (r.person.words.length > 0 || r.person.org)) book.mention(base + speaker.nameStart, r.person, speaking);
      if (r) resolvedAt?.set(i, r);
    }
  }
}
