/**
 * Step 2 of quote finding: who said it.
 *
 * Attribution is read from the words around the marks: `"…," ujar Rina Wulandari, Manajer
 * Program APTB.` (verb then speaker), `"…," Roland menambahkan` / `"…," he said` (speaker then
 * verb), `Roland mengatakan, "…"` (speaker, verb, quote), `ujarnya` / `kata dia` (a pronoun,
 * resolved later to an earlier speaker). The speaker phrase is split into name, role and
 * organisation with the language's role words, ranks and honorifics.
 */
import { MAX_PHRASE_TOKENS, type ParsedSpeaker, parsePhrase, phraseEnd } from './phrase.js';
import { adverbialOpener, linkedTitleAt, possessiveRole, relativeLinkAt, roleLinkAt, titleBefore } from './role-words.js';
import { demonstrativeAt, honorificAt, honorificEndingAt } from './references.js';
import { listComma, titleAfterList } from './field-list.js';
import { placeLinkAt } from './name-edges.js';
import { fieldHeldAt, honorificNameAfter } from './title-field.js';
import { legalForms } from '../lang/legal-forms.js';
import { definiteRole, unnamedSubjectBefore } from './definite-title.js';
import { appositiveAfter, lowerTitleAt, titleBeforeName, lowerTitleSegment, MAX_TITLE_FIELD_WORDS, titleRunAt } from './appositive-title.js';
import { isInitial, type Lexicon, slice, type Token } from './speech-words.js';
import { describedTitle } from './described-title.js';
import { dottedDegreeStart, pronounOpensName } from './name-word.js';
import type { RoleParts } from './role-parts.js';
import { lawSubject } from './law-subject.js';
import { attributesQuoteBefore } from './next-sentence.js';

/** How many words a speaker may have before a trailing verb (`"…," the finance minister said`). */
const MAX_PRE_VERB_WORDS = 6;
/** How far back a subject may start before `mengatakan`, in tokens. */
const MAX_SUBJECT_TOKENS = 24;
/** Punctuation that ends the search for a subject before a speech verb (sentence ends and quote marks). */
const SUBJECT_BREAK = new Set(['.', '!', '?', '”', '“', '"', ':', ';', '«', '»']);
/** Legal forms of company names (`Tbk`, `Ltd`), which may be written with a full stop. */
const LEGAL_FORMS: ReadonlySet<string> = new Set(legalForms);
/** A name written capitalised (`Budi`, not `sumber`). */
const CAPITALISED = /^\p{Lu}/u;

/** What the words around a quote say about its speaker. */
export interface Attribution {
  /** Base form of the speech verb. */
  verb: string;
  /** The speaker phrase, or null for a pronoun (`ujarnya`, `kata dia`) to resolve from context. */
  speaker: ParsedSpeaker | null;
  /** The subject is a first-person pronoun (`saya menyebut "…"`): the writer, who is not to be guessed from context. */
  self?: true;
  /** A description standing for the speaker names the post they speak under (`<description> yang menjabat <title> ini`). */
  title?: RoleParts;
}

/**
 * `kata pria yang menjabat sebagai …`, `kata perwira itu`: a description of someone already named,
 * resolved like a pronoun. A description followed by a name (`kata pria bernama Budi`) is not one.
 */
export function describes(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  if (t.cap || !lex.descriptions.has(t.lower)) return false;
  const next = tokens[j + 1];
  return next === undefined || (!next.cap && next.lower !== 'bernama' && next.lower !== 'named');
}

/**
 * A document as the speaker (`keterangan BoK`, `keterangan tertulis PT X`, `keterangan tersebut`): the issuer
 * is the capitalised phrase after the noun, or, when none is written, resolved later to the organisation
 * named before it.
 */
export function documentSpeaker(text: string, tokens: readonly Token[], j: number, end: number, lex: Lexicon): ParsedSpeaker {
  let k = j;
  while (k < end && !tokens[k]!.cap) k++;
  let e = k;
  while (e < end && (tokens[e]!.cap || (e > k && lex.connectors.has(tokens[e]!.lower) && tokens[e + 1]?.cap) || tokens[e]!.text === '(' || tokens[e]!.text === ')')) e++;
  while (e > k && !tokens[e - 1]!.word && tokens[e - 1]!.text !== ')') e--;
  const from = tokens[j]!.start;
  const to = tokens[Math.max(j, (e > k ? e : k) - 1)]!.end;
  const organisation = e > k ? slice(text, tokens, k, e) : null;
  return {
    name: null,
    role: null,
    organisation,
    start: from,
    end: to,
    nameStart: e > k ? tokens[k]!.start : from,
    nameEnd: e > k ? tokens[e - 1]!.end : tokens[j]!.end,
    unnamed: false,
    document: true,
  };
}

/** A document noun at token `j` in narrative with its issuer (`keterangan LPKR`). */
export function documentAt(text: string, tokens: readonly Token[], j: number, lex: Lexicon): ParsedSpeaker | null {
  const t = tokens[j];
  if (!t || t.cap || !lex.documents.has(t.lower)) return null;
  return documentSpeaker(text, tokens, j, Math.min(tokens.length, j + MAX_PHRASE_TOKENS), lex);
}

/** A post verb (`said`) or a lower-case `according` phrase not about a fact (`according to data`) at token `j`. */
function verbAt(tokens: readonly Token[], j: number, lex: Lexicon): { verb: string; length: number } | null {
  const verb = lex.post.get(tokens[j]!.lower);
  if (verb !== undefined) return { verb, length: 1 };
  const seq = tokens[j]!.cap ? undefined : lex.accordingSeqs.find((q) => q.every((w, i) => tokens[j + i]?.lower === w));
  if (seq === undefined) return null;
  const at = j + seq.length;
  const next = lex.articles.has(tokens[at]?.lower ?? '') ? tokens[at + 1] : tokens[at];
  return next?.word && !lex.nonSpeakers.has(next.lower) ? { verb: seq.join(' '), length: seq.length } : null;
}

/** The attribution after a closing mark; `k` is the first token after the mark. */
export function attributeAfter(text: string, tokens: readonly Token[], k: number, lex: Lexicon, endsSentence = false, continues = false): Attribution | null {
  let j = k;
  if (tokens[j]?.text === ',') j++;
  const lead = lex.postVerbLeads.has(tokens[j]?.lower ?? '') ? tokens[j++]! : null;
  const w = tokens[j];
  if (!w || !w.word) return null;
  // `"…," demikian <document noun> <issuer>`: a lead word before a document noun, with no verb, gives the quote to the
  // issuer the document is written by, not to the speaker carried over from before.
  if (lead && !w.cap && lex.documents.has(w.lower)) return { verb: lead.lower, speaker: documentSpeaker(text, tokens, j, phraseEnd(tokens, j, lex), lex) };
  const pv = lex.pronounVerb.get(w.lower);
  if (pv !== undefined) return { verb: pv, speaker: null };
  // `"…," according to Budi Santoso`: the cue stands where a verb would, its phrase named by the cue.
  const cue = verbAt(tokens, j, lex);
  const verb = cue?.verb;
  if (verb !== undefined && (!w.cap || tokens[k]?.text !== ',')) {
    j += cue!.length;
    while (tokens[j] && lex.fillers.has(tokens[j]!.lower) && !lex.pronouns.has(tokens[j]!.lower)) j++;
    const next = tokens[j];
    if (!next || !next.word || (lex.pronouns.has(next.lower) && !pronounOpensName(tokens, j)) || (!next.cap && lex.nameStops.has(next.lower))) return { verb, speaker: null };
    // `ujar Baginda`, `kata mantan panglima ini`: someone already named, resolved like a pronoun.
    if (describes(tokens, j, lex)) {
      const title = describedTitle(text, tokens, j, lex);
      return title ? { verb, speaker: null, title } : { verb, speaker: null };
    }
    if (honorificAt(tokens, j, lex.references)) return { verb, speaker: null };
    const end = phraseEnd(tokens, j, lex);
    if (!next.cap && lex.documents.has(next.lower)) return { verb, speaker: documentSpeaker(text, tokens, j, end, lex) };
    const speaker = end > j ? parsePhrase(text, tokens, j, end, lex) : null;
    // `tutur mantan kepala dinas ini` (a former post) is someone named before; `ujar pengemudi ojek itu` stays an unnamed source.
    if (speaker?.unnamed && demonstrativeAt(tokens, end, lex.references) && tokens.slice(j, end).some((t) => t.cap)) return { verb, speaker: null };
    // `kata bawahan Gubernur Contoh Budi Santoso itu`: a plain noun before a named person, closed by a demonstrative,
    // is someone named before whom that person is related to, resolved like a pronoun; the name is not the speaker's.
    if (speaker?.name && CAPITALISED.test(speaker.name) && !next.cap && !lex.lowerRoles.has(next.lower) && !lex.titles.has(next.text) && !lex.titleModifiers.has(next.lower) && demonstrativeAt(tokens, end, lex.references)) return { verb, speaker: null };
    if (!speaker && next.cap) return null;
    // `kata Ketua Umum Partai Contoh itu`, `kata pelatih asal Contoh itu`: a title closed by a demonstrative is someone
    // named before, found by the title.
    if (speaker && !speaker.unnamed && (lex.roles.has(next.text) || lex.lowerRoles.has(next.lower)) && demonstrativeAt(tokens, end, lex.references)) return { verb, speaker: titleOnly(text, tokens, j, end, speaker) };
    return { verb, speaker };
  }
  // Speaker then verb: `"…," Roland menambahkan.` / `"…," he said.` A quote ending in a full stop
  // is followed by a new sentence (`"…." Ia menambahkan …`), not by its attribution.
  if (endsSentence && !attributesQuoteBefore(tokens, j, lex, continues)) return null;
  // `"…," the ministry's director of disease prevention, Rina Wulandari, said`: a title set off before the name.
  let c = j;
  while (!w.cap && c - j < MAX_PHRASE_TOKENS && tokens[c]?.word) c++;
  const titled = c > j && tokens[c]?.text === ',' ? titleBeforeName(text, tokens, j, c, lex) : null;
  if (titled) return titled;
  let words = 0;
  for (let v = j; v < tokens.length && words <= MAX_PRE_VERB_WORDS && v - j < MAX_PHRASE_TOKENS; v++) {
    const t = tokens[v]!;
    if (!t.word) {
      if (t.text === '.' && v > 0 && isInitial(tokens[v - 1], lex)) continue;
      // `Bank Contoh (BC) Governor Budi Santoso said`: an organisation's short form in brackets inside the phrase.
      const short = tokens[v + 1];
      if (t.text === '(' && v > j && short?.word && !short.hasLower && tokens[v + 2]?.text === ')') {
        v += 2;
        continue;
      }
      if (t.text === ',' && v > j && listComma(tokens, v, lex)) continue;
      // `"…," grower X, 45, told …`: a lower-case calling before the name opens the phrase as a capitalised word does.
      if (t.text === ',' && v > j && (w.cap || (lex.lowerRoles.has(w.lower) && tokens[j + 1]?.cap))) return appositiveAfter(text, tokens, j, v, lex);
      return null;
    }
    const base = lex.post.get(t.lower) ?? lex.intro.get(t.lower);
    if (base !== undefined && v > j) {
      if ((v === j + 1 && lex.pronouns.has(w.lower)) || honorificAt(tokens, j, lex.references) === v - j) return { verb: base, speaker: null };
      // `"…," economist Budi Santoso said`: a lower-case title may open the phrase before a name.
      if (!w.cap && !lex.unnamed.has(w.lower) && !lex.articles.has(w.lower) && !(lex.lowerRoles.has(w.lower) && tokens.slice(j, v).some((x) => x.cap))) return null;
      let e = v;
      while (e > j && lex.fillers.has(tokens[e - 1]!.lower)) e--;
      const speaker = parsePhrase(text, tokens, j, e, lex);
      return speaker && (w.cap || !speaker.unnamed || lex.unnamed.has(w.lower) || lex.articles.has(w.lower)) ? { verb: base, speaker } : null;
    }
    // A capitalised title before the name (`Coordinating Minister for Rural Development Rudi Hartono said`) is long
    // without being a clause: only lower-case words outside such a run count toward the limit.
    if (!t.cap && !(lex.connectors.has(t.lower) && tokens[v + 1]?.cap)) words++;
  }
  return null;
}

/**
 * The attribution before an opening mark; `k` is the last token before the mark.
 * `Roland mengatakan, "…"`, `Menurut Roland, "…"`, `He said: "…"`.
 * `separated` is false when no comma or colon stands between the verb and the quote.
 */
export function attributeBefore(text: string, tokens: readonly Token[], k: number, lex: Lexicon): (Attribution & { separated: boolean }) | null {
  let j = k;
  const separated = tokens[j]?.text === ',' || tokens[j]?.text === ':';
  if (separated) j--;
  const w = tokens[j];
  if (!w || !w.word) return null;
  const verb = lex.intro.get(w.lower);
  if (verb !== undefined) {
    const law = lawSubject(text, tokens, j, lex);
    if (law) return { verb, speaker: law, separated };
    const subject = subjectBefore(text, tokens, j, lex);
    if (subject === 'pronoun') return { verb, speaker: null, separated };
    if (subject === null && selfSubject(tokens, j, lex)) return { verb, speaker: null, separated, self: true };
    return subject ? { verb, speaker: subject, separated } : null;
  }
  // `Menurut Roland, "…"` / `Kata dia, "…"`: the speaker sits between the word and the comma.
  if (!separated) return null;
  for (let a = j; a >= 0 && j - a < MAX_PHRASE_TOKENS; a--) {
    const t = tokens[a]!;
    if (!t.word && t.text !== '.' && t.text !== '(' && t.text !== ')' && t.text !== ',') return null;
    if (t.text === '.' && !(a > 0 && isInitial(tokens[a - 1], lex))) return null;
    // `According to X, a spokesman for Z, "…"`: a cue of several words (`according to`) opens the phrase after its last word.
    const seq = t.word && (a === 0 || !tokens[a - 1]!.word) ? lex.accordingSeqs.find((q) => q.length > 1 && q.every((x, i) => tokens[a + i]?.lower === x)) : undefined;
    if (seq || (t.word && lex.according.has(t.lower) && (a === 0 || !tokens[a - 1]!.word))) {
      const from = a + (seq?.length ?? 1);
      const cue = seq ? seq[0]! : t.lower;
      // `According to him, "…"`: one lower-case word after the cue is a pronoun (an object form too), someone named before.
      if (from <= j && (lex.pronouns.has(tokens[from]!.lower) || (seq !== undefined && from === j && !tokens[from]!.cap))) return { verb: cue, speaker: null, separated };
      if (from > j) return null;
      const speaker = parsePhrase(text, tokens, from, j + 1, lex);
      return speaker ? { verb: cue, speaker, separated } : null;
    }
  }
  return null;
}

/** The speaker phrase `[from, to)` read as a title only (`Ketua Umum Partai Contoh itu`): found by the title, not by a name. */
function titleOnly(text: string, tokens: readonly Token[], from: number, to: number, speaker: ParsedSpeaker): ParsedSpeaker {
  const title = slice(text, tokens, from, to);
  return { ...speaker, name: null, role: title, organisation: null, title, nameStart: speaker.start, nameEnd: speaker.end };
}

/** The word right before the verb at token `v` is a first-person pronoun opening its clause (`Oleh itu, saya menyebut`). */
export function selfSubject(tokens: readonly Token[], v: number, lex: Lexicon): boolean {
  const t = v > 0 ? tokens[v - 1] : undefined;
  if (!t?.word || !lex.selfPronouns.has(t.lower)) return false;
  const before = v > 1 ? tokens[v - 2] : undefined;
  return before === undefined || !before.word;
}

/** An unnamed description over tokens `[from, to)` as the speaker phrase (resolved to its holder, or kept unnamed, later). */
function unnamedSpeaker(text: string, tokens: readonly Token[], from: number, to: number): ParsedSpeaker {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { name: text.slice(start, end), role: null, organisation: null, start, end, nameStart: start, nameEnd: end, unnamed: true };
}

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
    // The subject nearest the verb may trail an adverbial (`Rina Wulandari di Surabaya, Rabu (16/9), mengatakan`):
    // it ends at the first stop word.
    let segEnd = k;
    if (start === e && head.cap) {
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
          segEnd = q;
          break;
        }
      }
    }
    // `Katanya, pihaknya berharap …`: a speech verb opening the sentence is no subject.
    let ok = head.cap && !lex.fillers.has(head.lower) && !lex.weekdays.has(head.lower) && !lex.according.has(head.lower) && !lex.pronounVerb.has(head.lower);
    // `Ditemui wartawan, Budi mengatakan`: a clause set off before the name and opened by a stop word is an adverbial.
    if (ok && start < e && adverbialOpener(head, lex)) ok = false;
    // `Ketuanya, Ahmad Faizal Ramli berkata`: a possessive title before the name is the name's role.
    if (!ok && start < e && segEnd - segFrom === 1 && possessiveRole(head, lex)) ok = true;
    // `Upaya ini juga … memastikan`: one word and a demonstrative is a thing referred back to, not a person.
    if (ok && segEnd === segFrom + 1 && segEnd < k && demonstrativeAt(tokens, segEnd, lex.references) && !lex.roles.has(head.text)) ok = false;
    // `…, Ahad, Menteri X berkata`: a segment ending in a day name is the date adverbial, where the subject starts after it.
    if (ok && k > segFrom && lex.weekdays.has(tokens[k - 1]!.lower)) ok = false;
    // `Budi Santoso, the general manager of PT Contoh, said`: a lower-case title after the name is part of the subject.
    const lowerTitle = !head.cap && segFrom > s && lowerTitleAt(tokens, segFrom, lex);
    // `The chief of the Contoh Police, Budi Santoso, said`: the same title opening the sentence, its article capitalised.
    const openingTitle = segFrom === s && start < e && head.cap && lex.articles.has(head.lower) && lowerTitleAt(tokens, segFrom + 1, lex);
    // `Budi Santoso, yang juga Ketua Koperasi Contoh, berkata`: a title linked by `yang juga` after the name, set off by
    // commas right before the verb (with more after it, `…, Meksiko, menjelaskan`, the subject is not read that far).
    const linkedTitle = !head.cap && segFrom > s && start === e && linkedTitleAt(tokens, segFrom, lex);
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
    if (!ok) {
      if (lex.pronouns.has(head.lower) && k - segFrom === 1 && start === e) return 'pronoun';
      if (skipping && start === e && (!head.cap || lex.weekdays.has(head.lower))) {
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

/** Token `q` is the apostrophe of a plural possessive glued to its word (`Consumers' Forum`, `Growers’ Association`). */
export function pluralPossessiveAt(tokens: readonly Token[], q: number): boolean {
  const t = tokens[q];
  const w = tokens[q - 1];
  return t !== undefined && (t.text === "'" || t.text === '’') && w !== undefined && w.word && w.end === t.start && /s$/iu.test(w.text) && tokens[q + 1]?.cap === true;
}
