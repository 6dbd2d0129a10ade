/**
 * Direct and indirect quotes and their speakers.
 *
 * Per paragraph: pair the marks and read the attribution around each span (`span-candidates`),
 * drop spans nobody is reported saying (scare quotes, titles, terms), then
 * resolve pronouns, surnames and role-only mentions against the people met so far in the
 * article, in reading order. Reported speech without marks (`Menurut X, …`, `X mengatakan
 * bahwa …`) is read last in each paragraph (`indirect-hits`), so it never repeats a direct quote.
 */
import type { LanguageData } from '../lang/types.js';
import type { Attribution } from './attribution.js';
import type { QuoteHit } from './quote-hit.js';
import { spanCandidates } from './span-candidates.js';
import { cueTest, indirectHits } from './indirect-hits.js';
import { type Token, lexicon, tokenAt, tokenize } from './speech-words.js';
import { continues } from './lost-opener.js';
import type { DirectRef } from './indirect.js';
import { type Person, SpeakerBook } from './speaker-book.js';
import { nobody } from './person.js';
import { definiteHolder, describesSomeone } from './definite-title.js';
import { ArticleWords, Vocabulary } from './vocabulary.js';
import { isSpeechShaped } from './speech-shape.js';
import { noteNarrative } from './narrative.js';
import { type RoleReads, registerNames } from './register-names.js';
import { collectReferences } from './short-references.js';
import { backReference } from './back-reference.js';
import { mayHoldTitle, pointingTitle, pointsBackByTitle } from './retitled-voice.js';
import { nameAfterLink } from './linked-name.js';
import { paragraphSubject } from './paragraph-subject.js';
import { endsPossessive } from '../organisations/shapes.js';
import { findSignatory } from './signatory.js';
import { titlesFromContext } from './context-title.js';
import { namelessTitles } from './nameless-title.js';
import { fullNamesFromContext } from './full-names.js';
import { pronounVerbAfter, spokespersonOf } from './person-pronoun.js';
import { pluralVoice } from './plural-voice.js';
import { titlesFromDescriptions } from './description-title.js';
import type { ParsedSpeaker } from './phrase.js';
import { withRegnalTitles } from './regnal-name.js';

export interface FindQuotesOptions {
  /** Keep quotes nobody is named for (default true: they still carry a context speaker or null). */
  unattributed?: boolean;
  /** Also report indirect (reported) speech, `kind: 'indirect'` (default true). */
  indirect?: boolean;
}

const HAS_ALNUM = /[\p{L}\p{N}]/u;
/** Any quotation mark, double or single (a backtick opens the two-character ``` `` ``` mark). */
const MARK = /["“”«»„'‘’`]/;
/** A quotation mark, not an apostrophe: a single mark after a letter (`Musa’s`, `Consumers'`) opens no quote. */
const QUOTE_MARK = /["“”«»„`]|(?<!\p{L})['‘’]/u;

/**
 * Find direct and (unless `options.indirect` is false) indirect quotes in the paragraphs of one article, in reading order. Each paragraph's
 * `text` is a slice of the normalized article starting at normalized offset `start` (with its shared
 * `tokens`, when the caller made them already); the hits carry normalized offsets. Never throws.
 */
export function findQuotes(
  paragraphs: readonly { text: string; start: number; tokens?: readonly Token[] }[],
  data: LanguageData,
  options: FindQuotesOptions = {},
): QuoteHit[] {
  // No quotation mark and no reporting cue anywhere: no quote, and nothing else to do (most of the cost is
  // the people pass below).
  const lex = lexicon(data);
  const indirect = options.indirect !== false;
  const cue = indirect ? cueTest(lex) : null;
  // The last paragraph with either, read from the end: the paragraphs before it need no test.
  let last = -1;
  for (let p = paragraphs.length - 1; p >= 0 && last < 0; p--) {
    const text = paragraphs[p]!.text;
    if (MARK.test(text) || cue?.test(text)) last = p;
  }
  if (last < 0) return [];
  const hits: (QuoteHit & { continued: boolean; unclosed: boolean; atStart: boolean })[] = [];
  const reported: QuoteHit[] = [];
  // First pass: everyone named in the article, so `kata Roland` finds `Roland Manurung` even when
  // the full name comes later (labels use the fullest name given anywhere).
  // The article's lower-case words for its vocabulary (built below on first need) are gathered by the same pass.
  let tokenCount = 0;
  // Without the shared tokens, about one token per four characters.
  for (const para of paragraphs) tokenCount += para.tokens?.length ?? (para.text.length >> 2);
  const lowerWords = new ArticleWords(tokenCount);
  const allTokens = paragraphs.map((para) => tokenize(para.text, lex, para.tokens, lowerWords));
  /** The quote opening at `open` starts paragraph `p`, and the paragraph before quotes nobody: a narrative one. */
  const opensAfterNarrative = (open: number, p: number): boolean => open >= 0 && p > 0 && paragraphs[p]!.text.slice(0, open).trim() === '' && !QUOTE_MARK.test(paragraphs[p - 1]!.text);
  const book = new SpeakerBook(lex, () => new Vocabulary(allTokens, paragraphs.map((para) => para.text), lex, lowerWords));
  for (const tokens of allTokens) collectReferences(tokens, lex, book.refs, book.refPhrases);
  // The signer of a statement, read once and only when a first-person quote needs them.
  let signer: ReturnType<typeof findSignatory> | undefined;
  // Holders of a title no name was given for (`kata Perdana Menteri`), who speak again through a pronoun.
  const titleVoices = new Map<Person, string>();
  book.setArticle(allTokens, paragraphs.map((para) => para.text));
  // The role phrases registerNames reads, kept for the narrative pass below (which reads them again) where it runs.
  const roleReads: RoleReads[] = [];
  for (let p = 0; p < paragraphs.length; p++) registerNames(paragraphs[p]!.text, allTokens[p]!, lex, book, paragraphs[p]!.start, p <= last ? (roleReads[p] = new Map()) : undefined);
  // Narrative after the last quote or reporting cue can no longer change any speaker.
  for (let p = 0; p <= last; p++) {
    const { text, start: base } = paragraphs[p]!;
    const tokens = allTokens[p]!;
    const resolvedAt = new Map<number, { person: Person; resolved: boolean }>();
    if (!MARK.test(text)) {
      noteNarrative(text, tokens, [], lex, book, base, resolvedAt, roleReads[p]);
      if (indirect) reported.push(...indirectHits(text, tokens, lex, book, base, p, [], resolvedAt));
      continue;
    }
    const candidates = spanCandidates(text, tokens, allTokens[p - 1] ?? [], lex, continues(hits, p));
    const kept = candidates.filter((c) => isSpeechShaped(text, c, tokens, lex));
    noteNarrative(text, tokens, kept.map((c) => c.span), lex, book, base, resolvedAt, roleReads[p]);
    const firstHit = hits.length;
    for (const c of kept) {
      const attribution = pick(c.after, c.before);
      let speaker: QuoteHit['speaker'] = null;
      let continued = false;
      if (attribution?.speaker) {
        // `"…," said the accountant` after a paragraph about `Commuter X, 34, …`: that person.
        const describes = describesSomeone(attribution.speaker, text, lex) && opensAfterNarrative(c.span.open, p);
        const described = describes ? paragraphSubject(paragraphs[p - 1]!.text, allTokens[p - 1]!, lex) : null;
        const holder = described ? book.resolve(described) : null;
        // `X said …` then `"…," the official added` / `said the 31-year-old defender`: the person just seen speaking.
        const spoke = describes ? book.spokeSince(base + c.span.start, paragraphs[p - 1]!.start) : null;
        // `kata Menteri itu`, `kata menteri tersebut` (the lower-case title read as the title it is): the holder of that
        // title named before the quote (`speaker-book.ts`); the lower-case one with none points back like `ujarnya`.
        const titled = pointingTitle(attribution.speaker, tokens, lex);
        const pointed = titled ?? (pointsBackByTitle(attribution.speaker, tokens, lex) ? attribution.speaker : null);
        const held = pointed ? book.pointedHolder(pointed, base + c.span.start) : null;
        const voice = titled && !held ? (book.before(base + c.span.start, base) ?? book.lastNamed(base + c.span.start)) : null;
        let r =
          definiteHolder(attribution.speaker, book, lex, base + attribution.speaker.nameStart) ??
          (held ?? voice ? { person: (held ?? voice)!, resolved: true } : null) ??
          (holder && !holder.person.organisation && !holder.person.org ? holder : null) ??
          (spoke && !nobody(spoke) && !spoke.org ? { person: spoke, resolved: true } : null) ??
          book.resolve(attribution.speaker);
        // `“…,” kata Ahli Parlimen Contoh itu` with that title given to no one before: the demonstrative points back like
        // a pronoun, to the one just seen speaking (introduced under another post), when nothing of theirs contradicts it.
        if (r && nobody(r.person) && pointsBackByTitle(attribution.speaker, tokens, lex)) {
          const voice = book.before(base + c.span.start, base);
          if (voice && !nobody(voice) && !voice.org && mayHoldTitle(voice, base + c.span.start, book, data)) r = { person: voice, resolved: true };
        }
        // `kata Perdana Menteri` with no holder named anywhere: the title as written is the describing phrase that
        // stands for the speaker (never a name guessed nearby); a following `katanya` is the same unnamed holder's.
        if (r && nobody(r.person) && !attribution.speaker.name && attribution.speaker.role && !attribution.speaker.unnamed) {
          const sp = attribution.speaker;
          book.mention(base + sp.nameStart, r.person);
          // Not when a name follows past a link (`linked-name.ts`): the phrase was cut short of it; nor when a
          // demonstrative closes it (`kata manajer itu`): someone named before. The role and body are the title as read
          // (`Menteri dari Partai Contoh Raya` → `Menteri` of `Partai Contoh Raya`).
          if (!nameAfterLink(tokens, tokenAt(tokens, sp.end), lex) && !pointsBackByTitle(sp, tokens, lex)) {
            titleVoices.set(r.person, text.slice(sp.nameStart, sp.nameEnd));
            const read = r.person.role ? r.person : sp;
            speaker = { name: titleVoices.get(r.person)!, role: read.role, organisation: read.organisation, start: base + sp.nameStart, end: base + sp.nameEnd, resolved: false };
          }
        } else if (r) {
          const sp = attribution.speaker;
          const own = book.ownTitle;
          speaker = {
            name: r.person.name,
            role: own?.role ?? r.person.role ?? sp.role,
            organisation: own ? (own.organisation ?? r.person.organisation) : (r.person.organisation ?? writtenOrganisation(sp, r.person)),
            start: base + sp.nameStart,
            end: base + sp.nameEnd,
            resolved: r.resolved,
          };
          if (r.person.words.length > 0 || r.person.org) book.mention(base + sp.nameStart, r.person);
        }
      } else if (!attribution?.self) {
        // A quote opening the paragraph after one about a person (`Minister X launched …`): theirs (`paragraph-subject.ts`).
        const prev = opensAfterNarrative(c.span.open, p) ? paragraphSubject(paragraphs[p - 1]!.text, allTokens[p - 1]!, lex) : null;
        const opener = prev ? withoutPersonalOwner(prev, book.resolve(prev)?.person, book) : undefined;
        // `ujarnya` with nobody seen speaking before: the person named last (`Rina merasakan …`).
        // `“…,” kata mereka`: a group's words, no one person's (`plural-voice.ts`).
        let person = attribution && pluralVoice(text, c.span.close, lex) ? null : (opener ?? book.before(base + c.span.start, base) ?? (attribution ? book.lastNamed(base + c.span.start) : null));
        // `“…,” ujarnya` after the organisation's own reported speech: its spokesperson's words (`person-pronoun.ts`).
        if (person?.org && attribution && pronounVerbAfter(tokens, c.span.close, lex)) person = spokespersonOf(person, book, base + c.span.start) ?? person;
        continued = attribution === null;
        // `“…,” the police chief said. “…”`: when nobody was mentioned since the quote before it in the paragraph, whose
        // speaker the book does not hold, the quote goes on in that speaker's voice, not in an earlier one's.
        const last = continued && hits.length > firstHit ? hits[hits.length - 1]! : null;
        if (person && last?.speaker && last.speaker.name !== person.name && book.before(last.start, base) === person) person = null;
        // `“…,” he said. “…”`: a quote with no attribution goes on in the voice of the one before it in the paragraph.
        const previousVoice = !person && continued && hits.length > firstHit ? hits[hits.length - 1]!.speaker : null;
        // `<description> yang menjabat <title> ini`: the quote speaks under the post its description names.
        const own = attribution?.title;
        if (person && (!nobody(person) || titleVoices.has(person))) speaker = { name: titleVoices.get(person) ?? person.name, role: own?.role ?? person.role, organisation: own ? (own.organisation ?? person.organisation) : person.organisation, start: null, end: null, resolved: true };
        else if (previousVoice) speaker = { ...previousVoice, start: null, end: null, resolved: true };
      } else {
        // `saya menyebut "…"`: the writer, who signs a statement at its end.
        if (signer === undefined) signer = findSignatory(paragraphs, allTokens, lex);
        if (signer?.name) speaker = { name: signer.name, role: signer.role, organisation: signer.organisation, start: null, end: null, resolved: true };
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
        atStart: text.slice(0, c.span.open >= 0 ? c.span.open : c.span.start).trim() === '',
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
    if (sp && r) h.speaker = { name: r.person.name, role: r.person.role ?? sp.role, organisation: r.person.organisation ?? writtenOrganisation(sp, r.person), start: next.start + sp.nameStart, end: next.start + sp.nameEnd, resolved: r.resolved };
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
  // A speaker quoted with no title that another mention of the whole name gives (`context-title.ts`).
  const read = hits.map((h) => h.speaker);
  titlesFromContext(paragraphs, allTokens, hits, lex);
  // ... or a describing title after the quote (`Politikus Partai Contoh itu berharap …`, `description-title.ts`).
  titlesFromDescriptions(paragraphs, allTokens, hits, lex);
  // A speaker named by one word whose full name the article writes elsewhere (`full-names.ts`).
  // One call over both lists: the article's name index is built once (each hit is read on its own, in the same order).
  fullNamesFromContext(allTokens, [...hits, ...reported], lex, book);
  // Read titles again only for speakers still without a role whose name or organisation changed since the first read:
  // a one-word speaker just completed (`lanjut Dewi` → `Dewi Anggraini`), or one given only a body (`kata X dari Y`),
  // who may take the role of a title naming that body. For every other speaker the read would repeat the first one.
  const again = hits.filter((h, i) => h.speaker !== null && h.speaker.role === null && (h.speaker.name !== read[i]?.name || h.speaker.organisation !== read[i]?.organisation));
  if (again.length > 0) titlesFromContext(paragraphs, allTokens, again, lex);
  // Still untitled: the title of a name the page lost (`Menteri Contoh , meminta …`, `nameless-title.ts`).
  namelessTitles(paragraphs, allTokens, hits, lex);
  // Last, once every name is complete: a ruler's regnal title skipped as an honorific goes back into his name.
  withRegnalTitles([...hits, ...reported], paragraphs.map((para, p) => ({ text: para.text, start: para.start, tokens: allTokens[p]! })));
  const out: QuoteHit[] = hits.map(({ continued: _c, unclosed: _u, atStart: _a, ...hit }) => hit);
  if (reported.length === 0) return out;
  return [...out, ...reported].sort((a, b) => a.start - b.start);
}

/** Prefer a named speaker; a pronoun on one side yields to a name on the other. */
function pick(after: Attribution | null, before: Attribution | null): Attribution | null {
  if (after?.speaker || after?.self) return after;
  if (before?.speaker) return after ? { verb: after.verb, speaker: before.speaker } : before;
  return after ?? before;
}

/** The organisation a phrase wrote, unless the phrase was only a person's initials read as one (`ungkap BS`). */
function writtenOrganisation(sp: ParsedSpeaker, person: Person): string | null {
  return !sp.name && !sp.role && !person.org ? null : sp.organisation;
}

/**
 * `X's lawyer Y asked …` where X is a person the article named: X is Y's client, not the body Y speaks for, so the
 * organisation read from the owner is dropped (an owner the article names nobody after, a company, stays).
 */
function withoutPersonalOwner(sp: ParsedSpeaker, person: Person | undefined, book: SpeakerBook): Person | undefined {
  const role = sp.role ?? '';
  const owner = role.slice(0, Math.max(0, role.indexOf(' ')));
  if (!person || !endsPossessive(owner) || person.organisation !== owner.slice(0, -2) || !book.byWord(person.organisation, true)) return person;
  return { ...person, organisation: null };
}
