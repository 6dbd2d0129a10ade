/**
 * Lower-case titles set off by commas around a name in English attributions: `"…," Budi Santoso, head of research at
 * Contoh Securities, said` (title after the name) and `"…," the ministry's director of planning, Rina Wulandari, said`
 * (title before it), read after the closing mark.
 */
import { parsePhrase, type ParsedSpeaker } from './phrase.js';
import { MAX_PHRASE_TOKENS } from './phrase-end.js';
import { type Lexicon, slice, type Token } from './speech-words.js';
import { affiliationAt, headedEnd } from './affiliation.js';
import { placeWordsOnly } from './body-beside-title.js';
import { isCountryName } from '../lang/countries.js';

/** An attribution read from an appositive: the verb's base form and the speaker. */
export interface Appositive {
  verb: string;
  speaker: ParsedSpeaker;
}

/**
 * `"…," Budi Santoso, deputy head of lending at Contoh Bank, said`: a name, its lower-case title between commas,
 * then the verb. `c` is the comma after the name that starts at `j`.
 */
export function appositiveAfter(text: string, tokens: readonly Token[], j: number, c: number, lex: Lexicon): Appositive | null {
  // `"…," Budi Santoso, 45, said`: an age between commas, then the verb.
  const age = tokens[c + 1];
  if (age?.num && age.text.length <= 3 && tokens[c + 2]?.text === ',') return verbAfter(text, tokens, j, c, c + 2, lex);
  // `"…," Budi Santoso, who heads the Contoh Institute, said`: the body the person heads between commas, then the verb;
  // a phrase of place or time may follow the body (`… Institute in Contoh, said`).
  const headed = headedEnd(tokens, c, lex), comma = headed > 0 ? adverbialEnd(tokens, headed, lex) : -1;
  if (tokens[comma]?.text === ',') return verbAfter(text, tokens, j, headed, comma, lex);
  // `"…," Budi Santoso, Contoh Energi chief executive, said`: a title opening with its body's capitalised name.
  const capitalisedTitle = tokens[c + 1]?.word === true && tokens[c + 1]!.cap;
  if (!capitalisedTitle && !lowerTitleAt(tokens, c + 1, lex)) return null;
  for (let e = c + 2; e < tokens.length && e - j < MAX_PHRASE_TOKENS; e++) {
    if (tokens[e]!.text !== ',') continue;
    const base = speechVerbAt(tokens, e + 1, lex);
    if (base === undefined || !lowerTitleSegment(tokens, c + 1, e, lex)) return null;
    if (capitalisedTitle && !holdsTitleWord(tokens, c + 1, e, lex)) return null;
    const speaker = parsePhrase(text, tokens, j, e, lex);
    return speaker?.name ? { verb: base, speaker } : null;
  }
  return null;
}

/** Tokens `[from, to)` hold a title word (`spokesman`, `Speaker`): a capitalised run without one is a place or a body. */
function holdsTitleWord(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.word && (t.cap ? lex.roles.has(t.text) && !lex.orgWords.has(t.text) : lex.lowerRoles.has(t.lower) && !lex.connectors.has(t.lower))) return true;
  }
  return false;
}

/** The speaker `[j, end)` when the comma at token `comma` is followed by a speech verb: the attribution, else null. */
function verbAfter(text: string, tokens: readonly Token[], j: number, end: number, comma: number, lex: Lexicon): Appositive | null {
  const base = speechVerbAt(tokens, comma + 1, lex);
  const speaker = base !== undefined ? parsePhrase(text, tokens, j, end, lex) : null;
  return base !== undefined && speaker?.name && !speaker.unnamed ? { verb: base, speaker } : null;
}

/** The most capitalised words of a place or time phrase after a body (`in Contoh`, `at Universiti Contoh`). */
const MAX_ADVERBIAL_WORDS = 4;

/** After token `k`, a lower-case stop word and a few capitalised words (`in Contoh`): where they end, else `k`. */
function adverbialEnd(tokens: readonly Token[], k: number, lex: Lexicon): number {
  const link = tokens[k];
  if (!link?.word || link.cap || !lex.nameStops.has(link.lower)) return k;
  let e = k + 1;
  while (e - k <= MAX_ADVERBIAL_WORDS && tokens[e]?.word && tokens[e]!.cap) e++;
  return e > k + 1 && tokens[e]?.text === ',' ? e : k;
}

/**
 * `"…," the ministry's director of planning, Rina Wulandari, said`, `"…," the company's chief executive, Budi Santoso,
 * told reporters`: a lower-case title, its holder's name between commas, then the verb. `j` is the title's first
 * token, `c` the comma after it. The name segment holds capitalised words only, so a clause (`the director, who …`)
 * is none.
 */
export function titleBeforeName(text: string, tokens: readonly Token[], j: number, c: number, lex: Lexicon): Appositive | null {
  if (!lowerTitleAt(tokens, j, lex) || !lowerTitleSegment(tokens, j, c, lex)) return null;
  let e = c + 1;
  while (e < tokens.length && e - j < MAX_PHRASE_TOKENS && (tokens[e]!.cap || (tokens[e]!.text === '.' && e > c + 1))) e++;
  if (e === c + 1 || tokens[e]?.text !== ',') return null;
  const base = speechVerbAt(tokens, e + 1, lex);
  if (base === undefined) return null;
  const speaker = parsePhrase(text, tokens, j, e, lex);
  return speaker?.name && !speaker.unnamed ? { verb: base, speaker } : null;
}

/** The base form of the lower-case speech verb at token `i` (`said`, `told`), if one stands there. */
function speechVerbAt(tokens: readonly Token[], i: number, lex: Lexicon): string | undefined {
  const verb = tokens[i];
  return verb?.word && !verb.cap ? (lex.post.get(verb.lower) ?? lex.intro.get(verb.lower)) : undefined;
}

/** Lower-case words of a title's field after its role word (`head of research at …`), at most. */
export const MAX_TITLE_FIELD_WORDS = 4;

/** A lower-case title opens at token `i` (`head of …`, `the chief economist`, `deputy head`, `seorang pakar`). */
export function lowerTitleAt(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  if (!t?.word || t.cap) return false;
  if (lex.lowerRoles.has(t.lower)) return true;
  const qualifies = lex.connectors.has(t.lower) || lex.unnamed.has(t.lower) || lex.titleModifiers.has(t.text);
  if (qualifies && lex.lowerRoles.has(tokens[i + 1]?.lower ?? '')) return true;
  // `salah seorang anggota APTB`, `one of the founders`: a quantifier of a few lower-case words before the title.
  if (!lex.unnamed.has(t.lower) && !lex.articles.has(t.lower)) return false;
  for (let j = i + 1; j <= i + MAX_QUANTIFIER_WORDS; j++) {
    const w = tokens[j];
    if (!w?.word || w.cap) return false;
    if (lex.lowerRoles.has(w.lower)) return true;
  }
  return false;
}

/** Lower-case words after a quantifier before its title (`salah seorang`, `one of the`), at most. */
const MAX_QUANTIFIER_WORDS = 3;

/** The lower-case word at `q` is in a run of lower-case words inside `[from, to)` (connectors included) that holds a title word (`corporate communications`, `communications chief`). */
export function titleRunAt(tokens: readonly Token[], q: number, from: number, to: number, lex: Lexicon): boolean {
  let a = q;
  while (a > from && tokens[a - 1]!.word && !tokens[a - 1]!.cap) a--;
  for (let k = a; k < to && tokens[k]!.word && !tokens[k]!.cap; k++) if (lex.lowerRoles.has(tokens[k]!.lower) && !lex.connectors.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * Tokens `[from, to)` are a lower-case title after a name (`head of research at Contoh Property`,
 * `deputy head of lending at Contoh Bank`): role words, connectors, a few field words, an organisation.
 */
export function lowerTitleSegment(tokens: readonly Token[], from: number, to: number, lex: Lexicon): boolean {
  let field = 0;
  for (let q = from; q < to; q++) {
    const t = tokens[q]!;
    if (!t.word) {
      if (t.text !== '.' && t.text !== '-' && t.text !== '(' && t.text !== ')') return false;
      continue;
    }
    if (t.cap || t.num || lex.connectors.has(t.lower) || lex.unnamed.has(t.lower) || lex.lowerRoles.has(t.lower) || lex.titleModifiers.has(t.text) || lex.titlePlaces.has(t.lower)) continue;
    // A field word of the title (`research`, `lending`), never a word that ends a name (`said`, `who`, `in`).
    if (lex.nameStops.has(t.lower) || lex.post.has(t.lower) || lex.intro.has(t.lower) || ++field > MAX_TITLE_FIELD_WORDS) return false;
  }
  return true;
}

/** The most words of a name set off after a lower-case title (`…, Sutarmi Wirapraja Dewangkara, …`). */
const MAX_HELD_NAME_WORDS = 5;

/**
 * `Menurut ahli gizi di Kota Contoh, Sutarmi Wirapraja, pola makan …`: a lower-case title opening at `from` and closed by
 * the comma at `c`, then its holder's name set off by a second comma before the reported clause. Returns the name's
 * phrase and that second comma, else null. A run holding a place (`…, Contoh Timur, …`) or one followed by a relative
 * or a capitalised word is no holder's name.
 */
export function nameAfterTitle(text: string, tokens: readonly Token[], from: number, c: number, lex: Lexicon): { speaker: ParsedSpeaker; comma: number } | null {
  if (!lowerTitleAt(tokens, from, lex) || tokens[c]?.text !== ',') return null;
  let e = c + 1;
  let words = 0;
  while (e < tokens.length && words <= MAX_HELD_NAME_WORDS && (tokens[e]!.cap || (tokens[e]!.text === '.' && e > c + 1))) if (tokens[e++]!.word) words++;
  const next = tokens[e + 1];
  if (words === 0 || words > MAX_HELD_NAME_WORDS || tokens[e]?.text !== ',' || !next?.word || next.cap || lex.references.relatives.has(next.lower)) return null;
  const run = tokens.slice(c + 1, e).filter((t) => t.word).map((t) => t.text);
  if (placeWordsOnly(run, lex) || isCountryName(run.join(' ')) || run.some((w) => lex.orgWords.has(w) || lex.places.has(w))) return null;
  const name = parsePhrase(text, tokens, c + 1, e, lex);
  if (!name?.name || name.unnamed || name.role || name.organisation) return null;
  // The title as the name's role: read whole when it names its body (`koordinator Tim Contoh`), else its lower-case
  // words before a link (`ahli gizi` of `ahli gizi di Kota Contoh`); a body the person comes from, closing the title
  // (`pengamat pasar dari Lembaga Kajian Contoh`), is the name's organisation.
  const title = parsePhrase(text, tokens, from, c, lex);
  let r = from;
  while (r < c && tokens[r]!.word && !tokens[r]!.cap && !lex.nameStops.has(tokens[r]!.lower)) r++;
  const role = title?.unnamed ? title.role : slice(text, tokens, from, r);
  const speaker: ParsedSpeaker = { ...name, role, start: tokens[from]!.start };
  if (title?.unnamed && title.title) speaker.title = title.title;
  const body = title?.unnamed ? null : affiliationAt(tokens, r, lex);
  if (body && body[1] === c) speaker.organisation = slice(text, tokens, body[0], body[1]);
  return { speaker, comma: e };
}
