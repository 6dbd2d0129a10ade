/**
 * The attribution after a closing mark, in either order: verb then speaker (`"…," ujar Rina Wulandari`,
 * `"…," according to Budi Santoso`) or speaker then verb (`"…," Roland menambahkan`, `"…," he said`). A quote
 * ending in a full stop is followed by a new sentence, not by its attribution, unless that sentence reads as one.
 */
import { parsePhrase } from './phrase.js';
import { MAX_PHRASE_TOKENS, phraseEnd } from './phrase-end.js';
import { demonstrativeAt, honorificAt } from './references.js';
import { listComma } from './field-list.js';
import { appositiveAfter, titleBeforeName } from './appositive-title.js';
import { isInitial, type Lexicon, type Token } from './speech-words.js';
import { describedTitle } from './described-title.js';
import { pronounOpensName } from './name-word.js';
import { attributesQuoteBefore } from './next-sentence.js';
import type { Attribution } from './attribution.js';
import { documentSpeaker, titleOnly } from './nameless-speakers.js';

/** How many words a speaker may have before a trailing verb (`"…," the finance minister said`). */
const MAX_PRE_VERB_WORDS = 6;
/** A name written capitalised (`Budi`, not `sumber`). */
const CAPITALISED = /^\p{Lu}/u;

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
