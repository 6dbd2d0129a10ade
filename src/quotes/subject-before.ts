/**
 * The subject before a speech verb (`Rina Wulandari, Manajer Program APTB, mengatakan`): back to the start of its
 * sentence, skipping adverbials, keeping the comma segments that look like a name or a role. Used before an opening
 * mark and wherever narrative names a speaker before the verb.
 */
import { type ParsedSpeaker, parsePhrase } from './phrase.js';
import { adverbialOpener, linkedTitleAt, possessiveRole, relativeLinkAt, roleLinkAt, titleBefore } from './role-words.js';
import { demonstrativeAt, honorificEndingAt } from './references.js';
import { listComma, titleAfterList } from './field-list.js';
import { placeLinkAt } from './name-edges.js';
import { fieldHeldAt, honorificNameAfter } from './title-field.js';
import { legalFormSet } from '../lang/legal-forms.js';
import { definiteRole, unnamedSubjectBefore } from './definite-title.js';
import { lowerTitleAt, lowerTitleSegment, MAX_TITLE_FIELD_WORDS, titleRunAt } from './appositive-title.js';
import { isInitial, type Lexicon, type Token } from './speech-words.js';
import { dottedDegreeStart } from './name-word.js';
import { titleOnly, unnamedSpeaker } from './nameless-speakers.js';

/** How far back a subject may start before `mengatakan`, in tokens. */
const MAX_SUBJECT_TOKENS = 24;
/** Punctuation that ends the search for a subject before a speech verb (sentence ends and quote marks). */
const SUBJECT_BREAK = new Set(['.', '!', '?', '”', '“', '"', ':', ';', '«', '»']);
/** Legal forms of company names (`Tbk`, `Ltd`), which may be written with a full stop. */
const LEGAL_FORMS = legalFormSet;

/** The subject before a verb at token `v`: back to the start of its sentence, skipping adverbials. */
export function subjectBefore(text: string, tokens: readonly Token[], v: number, lex: Lexicon): ParsedSpeaker | 'pronoun' | null {
  let e = v;
  while (e > 0 && lex.fillers.has(tokens[e - 1]!.lower) && !tokens[e - 1]!.cap) e--;
  // `Rina Wulandari, Manajer Program APTB, mengatakan`: the appositive's closing comma.
  if (e > 0 && tokens[e - 1]!.text === ',') e--;
  let s = e;
  while (s > 0 && e - s < MAX_SUBJECT_TOKENS) {
    const t = tokens[s - 1]!;
    // `Budi Santoso, Ph.D., mengatakan`: the stops of a dotted degree set off after a name end no sentence.
    const degree = t.text === '.' ? dottedDegreeStart(tokens, s, lex) : -1;
    if (degree >= 0) {
      s = degree;
      continue;
    }
    // `… PT Contoh Tbk. Budi Santoso mengatakan`: an initial's or a legal form's full stop ends no sentence.
    if (!t.word && SUBJECT_BREAK.has(t.text) && !(t.text === '.' && s > 1 && (isInitial(tokens[s - 2], lex) || LEGAL_FORMS.has(tokens[s - 2]!.text)))) break;
    s--;
  }
  if (s >= e) return null;
  if (e - s === 1 && lex.pronouns.has(tokens[s]!.lower)) return 'pronoun';
  // `The Prime Minister said`, `Earlier, the menteri besar said`: a definite title, resolved to its holder later.
  let d = e;
  while (d > s && tokens[d - 1]!.text !== ',') d--;
  // Only after an adverbial (`Earlier,`), not as an appositive after a name (`Budi Santoso, the minister, said`).
  const adverbial = tokens.slice(s, d).every((t) => !t.cap || lex.fillers.has(t.lower) || lex.weekdays.has(t.lower));
  if (adverbial && definiteRole(tokens, d, e, text, lex) !== null) return unnamedSpeaker(text, tokens, d, e);
  // `…, <article> <noun> [<adverb>] <verb>, "…"`: someone the article does not name, right before the verb.
  const described = unnamedSubjectBefore(tokens, v, lex);
  if (described) return unnamedSpeaker(text, tokens, described[0], described[1]);
  // `Terbaru, Ahli Parlimen Contoh itu mendakwa`: a title closed by a demonstrative is someone named before.
  if (e < v && demonstrativeAt(tokens, e, lex.references)) {
    let c = e;
    while (c > s && tokens[c - 1]!.text !== ',') c--;
    if (c < e && lex.roles.has(tokens[c]!.text)) {
      const speaker = parsePhrase(text, tokens, c, e, lex);
      if (speaker && !speaker.unnamed) return titleOnly(text, tokens, c, e, speaker);
    }
  }
  const honorific = honorificEndingAt(tokens, e, lex.references);
  if (honorific >= 0 && (honorific === s || tokens[honorific - 1]!.text === ',')) return 'pronoun';
  // Walk the comma-separated segments back from the verb: skip adverbials right before it
  // (`, saat dihubungi Kamis (4/6),`), then keep the segments that look like a name or a role.
  let start = e;
  let end = e;
  let k = e;
  let skipping = true;
  for (let c = e - 1; c >= s - 1; c--) {
    if (c >= s && (tokens[c]!.text !== ',' || listComma(tokens, c, lex))) continue;
    let segFrom = c + 1;
    // `Sementara itu Budi Santoso, Ketua …, mengatakan`: an opener closed by a demonstrative is no part of the name
    // (a preposition alone, `Kepada Budi`, `Senada dengan Budi`, leaves the segment no subject).
    if (segFrom === s) {
      let q = segFrom;
      while (q < k - 1 && tokens[q]!.word && lex.fillers.has(tokens[q]!.lower)) q++;
      if (q > segFrom + 1 && demonstrativeAt(tokens, q - 1, lex.references) && tokens[q]!.cap) segFrom = q;
      // `Terdahulu Budi berkata`: one sentence adverb right before the subject.
      else if (q === segFrom + 1 && k === e && tokens[q]!.cap && lex.openers.has(tokens[segFrom]!.lower)) segFrom = q;
    }
    if (segFrom >= k) {
      k = c;
      continue;
    }
    let head = tokens[segFrom]!;
    // `dr Sinta mengingatkan`: a lower-case title before a name opens the subject.
    if (!head.cap && lex.titles.has(head.text) && tokens[segFrom + 1]?.cap && segFrom + 1 < k) head = tokens[segFrom + 1]!;
    const nearest = start === e;
    const segEnd = nearest && head.cap ? nearestSubjectEnd(tokens, segFrom, k, lex) : k;
    if (!segmentIsSubject(tokens, { from: segFrom, end: segEnd, to: k, head }, s, nearest, lex)) {
      if (lex.pronouns.has(head.lower) && k - segFrom === 1 && nearest) return 'pronoun';
      if (skipping && nearest && (!head.cap || lex.weekdays.has(head.lower))) {
        end = c;
        k = c;
        continue;
      }
      break;
    }
    skipping = false;
    start = segFrom;
    if (segEnd < k) end = segEnd;
    k = c;
  }
  if (start >= end) return null;
  // `He said the early findings revealed …`: a subject cut at a stop word may leave a pronoun, which names nobody.
  if (end - start === 1 && lex.pronouns.has(tokens[start]!.lower)) return 'pronoun';
  return parsePhrase(text, tokens, start, end, lex);
}

/**
 * The end of the segment nearest the verb, `[from, to)`: it may trail an adverbial (`Rina Wulandari di Surabaya,
 * Rabu (16/9), mengatakan`), so it ends at the first stop word.
 */
function nearestSubjectEnd(tokens: readonly Token[], segFrom: number, k: number, lex: Lexicon): number {
  for (let q = segFrom + 1; q < k; q++) {
    const t = tokens[q]!;
    // `Pengerusi Bersama jawatankuasa itu Ahmad Faizal`: a demonstrative before a name closes the title, not the subject.
    // `Pengamat Ekonomi Politik dari Universitas Contoh Budi Santoso`: a title of title words holds its organisation.
    if (t.word && !t.cap && lex.connectors.has(t.lower) && tokens[q + 1]?.cap && titleBefore(tokens, segFrom, q, lex)) continue;
    // `<Title> <Field> di <Body> <Name>`: a title's field word before the link, the body and the name after it.
    if (fieldHeldAt(tokens, segFrom, q, k, lex, (a, b) => titleBefore(tokens, a, b, lex))) continue;
    // `<Title> <Body> di <Body> Prof Dr <Name>`: an honorific after the body marks the name, past the link.
    if (honorificNameAfter(tokens, q, k, lex)) continue;
    // `Budi Santoso yang juga Ketua Koperasi Contoh berkata`: a title linked by `yang juga` stays in the subject.
    if (relativeLinkAt(tokens, q, lex)) continue;
    if (t.word && !t.cap && lex.nameStops.has(t.lower) && !(demonstrativeAt(tokens, q, lex.references) && tokens[q + 1]?.cap) && !placeLinkAt(tokens, q, lex)) {
      return q;
    }
  }
  return k;
}

/** A comma segment of the subject walk: its words `[from, end)` in the stretch up to `to`, `head` the word opening it. */
interface Segment {
  from: number;
  end: number;
  to: number;
  head: Token;
}

/**
 * The segment looks like a name or a role; `s` is where the sentence starts, `nearest` says that no segment nearer
 * the verb was kept.
 */
function segmentIsSubject(tokens: readonly Token[], seg: Segment, s: number, nearest: boolean, lex: Lexicon): boolean {
  const { from: segFrom, end: segEnd, to: k, head } = seg;
  // `Katanya, pihaknya berharap …`: a speech verb opening the sentence is no subject.
  let ok = head.cap && !lex.fillers.has(head.lower) && !lex.weekdays.has(head.lower) && !lex.according.has(head.lower) && !lex.pronounVerb.has(head.lower);
  // `Ditemui wartawan, Budi mengatakan`: a clause set off before the name and opened by a stop word is an adverbial.
  if (ok && !nearest && adverbialOpener(head, lex)) ok = false;
  // `Ketuanya, Ahmad Faizal Ramli berkata`: a possessive title before the name is the name's role.
  if (!ok && !nearest && segEnd - segFrom === 1 && possessiveRole(head, lex)) ok = true;
  // `Upaya ini juga … memastikan`: one word and a demonstrative is a thing referred back to, not a person.
  if (ok && segEnd === segFrom + 1 && segEnd < k && demonstrativeAt(tokens, segEnd, lex.references) && !lex.roles.has(head.text)) ok = false;
  // `…, Ahad, Menteri X berkata`: a segment ending in a day name is the date adverbial, where the subject starts after it.
  if (ok && k > segFrom && lex.weekdays.has(tokens[k - 1]!.lower)) ok = false;
  // `Budi Santoso, the general manager of PT Contoh, said`: a lower-case title after the name is part of the subject.
  const lowerTitle = !head.cap && segFrom > s && lowerTitleAt(tokens, segFrom, lex);
  // `The chief of the Contoh Police, Budi Santoso, said`: the same title opening the sentence, its article capitalised.
  const openingTitle = segFrom === s && !nearest && head.cap && lex.articles.has(head.lower) && lowerTitleAt(tokens, segFrom + 1, lex);
  // `Budi Santoso, yang juga Ketua Koperasi Contoh, berkata`: a title linked by `yang juga` after the name, set off by
  // commas right before the verb (with more after it, `…, Meksiko, menjelaskan`, the subject is not read that far).
  const linkedTitle = !head.cap && segFrom > s && nearest && linkedTitleAt(tokens, segFrom, lex);
  if (lowerTitle || openingTitle || linkedTitle) {
    ok = lowerTitleSegment(tokens, linkedTitle ? segFrom + 2 : segFrom, segEnd, lex);
  } else if (ok && !lex.roles.has(head.text) && !lex.orgWords.has(head.text)) {
    // `Contoh Energy vice president of corporate communications Budi Santoso said`: beside a lower-case title
    // word, a few lower-case words of its field.
    let field = 0;
    for (let q = segFrom; q < segEnd; q++) {
      const t = tokens[q]!;
      if (t.word && !t.cap && !lex.connectors.has(t.lower) && !t.num && !lex.titles.has(t.text) && !(q > segFrom && lex.lowerRoles.has(t.lower)) && !roleLinkAt(tokens, q, lex) && !relativeLinkAt(tokens, q, lex) && !placeLinkAt(tokens, q, lex)) {
        if (!titleRunAt(tokens, q, segFrom, segEnd, lex) || lex.nameStops.has(t.lower) || lex.post.has(t.lower) || lex.intro.has(t.lower) || ++field > MAX_TITLE_FIELD_WORDS) ok = false;
      }
      if (!t.word && t.text !== '.' && t.text !== '-' && t.text !== '(' && t.text !== ')' && !(t.text === ',' && titleAfterList(tokens, q, lex)) && !pluralPossessiveAt(tokens, q)) ok = false;
    }
  }
  return ok;
}

/** Token `q` is the apostrophe of a plural possessive glued to its word (`Consumers' Forum`, `Growers’ Association`). */
export function pluralPossessiveAt(tokens: readonly Token[], q: number): boolean {
  const t = tokens[q];
  const w = tokens[q - 1];
  return t !== undefined && (t.text === "'" || t.text === '’') && w !== undefined && w.word && w.end === t.start && /s$/iu.test(w.text) && tokens[q + 1]?.cap === true;
}
