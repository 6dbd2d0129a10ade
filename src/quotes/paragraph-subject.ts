/**
 * The person a narrative paragraph is about, when it opens with them: `Health Minister Dr Lee Chong
 * Wei launched …`, `Meanwhile, Budi Santoso visited …`. A quote paragraph right after it that only
 * says `"…," he said` / `"…," katanya` is theirs by news convention, even though the paragraph
 * showed them doing something other than speaking: the last person named outranks an earlier speaker.
 */
import { type Lexicon, type Token } from './speech-words.js';
import { W_FILLER, W_NAME, W_ROLE } from './word-classes.js';
import { type ParsedSpeaker, parsePhrase } from './phrase.js';
import { roleIntroEnd } from './phrase-end.js';
import { demonstrativeAt, honorificAt } from './references.js';
import { lowerTitleAt, MAX_TITLE_FIELD_WORDS } from './appositive-title.js';
import { headedBodyAt } from './affiliation.js';
import { pluralPossessiveAt } from './subject-before.js';

/** A name run opening a paragraph needs this many words (one capitalised word is often a place or an organisation). */
const MIN_NAME_WORDS = 2;
/** The longest opening adverbial before the subject (`Sementara itu,`, `On Monday,`), in tokens. */
const MAX_ADVERBIAL_TOKENS = 4;
/** Capitalised words before a title word (`Health Minister`, `Johor Ruler`). */
const MAX_FIELD_WORDS = 2;

/** The subject that opens the paragraph, when it is a person named in full (with or without a title), else null. */
export function paragraphSubject(text: string, tokens: readonly Token[], lex: Lexicon): ParsedSpeaker | null {
  let i = 0;
  // `Adapun Budi Santoso …`: a topic word straight before the subject, with no comma (not a preposition
  // or an article: `Kepada Budi …`, `The Contoh Raya …`).
  while (i < MAX_ADVERBIAL_TOKENS && tokens[i]?.word && tokens[i]!.cls & W_FILLER && !lex.nameStops.has(tokens[i]!.lower) && !lex.connectors.has(tokens[i]!.lower)) i++;
  if (!tokens[i]?.cap) i = 0;
  if (i === 0 && tokens[0] && tokens[0].cls & W_FILLER) {
    // `Meanwhile,` / `Sementara itu,`: an adverbial of filler words closed by a comma.
    let c = 0;
    while (c < tokens.length && c <= MAX_ADVERBIAL_TOKENS && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text !== ',') return null;
    i = c + 1;
  }
  const t = tokens[i];
  // `His Majesty said …`: an honorific refers back to the ruler already speaking.
  if (!t?.cap || honorificAt(tokens, i, lex.references) > 0) return null;
  // `Health Minister Dr Lee …`, `Johor Ruler …`: capitalised field or place words may come before the title word.
  let r = i;
  while (r < i + MAX_FIELD_WORDS && tokens[r]?.cap && !(tokens[r]!.cls & (W_ROLE | W_NAME))) r++;
  let end = i;
  if (tokens[r] && tokens[r]!.cls & W_ROLE) end = roleIntroEnd(tokens, r, lex);
  else end = ownerTitleNameEnd(tokens, i, lex) || nameRunEnd(tokens, i);
  // The subject is followed by its verb: a lower-case word, or an age or a relative clause set off by a comma
  // (`Trader X, 52, who …`, `X, who …`).
  const next = tokens[end]?.text === ',' && (ageAt(tokens, end + 1) || lex.references.relatives.has(tokens[end + 1]?.lower ?? '')) ? tokens[end + 1] : tokens[end];
  if (end - i < MIN_NAME_WORDS || !next?.word || next.cap) return null;
  // `Contoh Fire and Rescue Department director …`: after a bare name run (no title read), a connector before a
  // body's name, a title and a name goes on with the body (`Budi Santoso and Rina Wulandari met …` still opens with Budi).
  if (!(tokens[r] && tokens[r]!.cls & W_ROLE) && lex.connectors.has(next.lower) && titledNameAhead(tokens, end + 1, lex)) return null;
  // `Terbaru, Ahli Parlimen Contoh itu mendakwa …`: a title closed by a demonstrative refers back to someone named before.
  if (demonstrativeAt(tokens, end, lex.references)) return null;
  // `X, who heads the Contoh Institute, said …`: the body the subject heads is read with the name.
  const headed = headedBodyAt(tokens, end, lex);
  const p = parsePhrase(text, tokens, i, headed ? headed[1] : end, lex);
  return p?.name && !p.unnamed && p.name.split(' ').length >= MIN_NAME_WORDS ? p : null;
}

/**
 * From token `i`: a capitalised run holding an organisation word (`Rescue Department`), a lower-case title, then a
 * capitalised name. A run without an organisation word is another person or a place (`Umno president X`), not a body.
 */
function titledNameAhead(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  let k = i;
  let body = false;
  while (k - i < MAX_ADVERBIAL_TOKENS && tokens[k]?.cap) body ||= lex.orgWords.has(tokens[k++]!.text);
  if (!body || !lowerTitleAt(tokens, k, lex)) return false;
  while (k - i < MAX_ADVERBIAL_TOKENS * 2 && tokens[k]?.word && !tokens[k]!.cap) k++;
  return tokens[k]?.cap === true;
}

/** The end of the run of name words from token `i`. */
function nameRunEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  while (end < tokens.length && tokens[end]!.cls & W_NAME) end++;
  return end;
}

/**
 * From token `i`: a capitalised body or owner (`Consumers' Water Forum`, `Contoh’s`), a lower-case title
 * (`president`, `lawyer`, `head of research`) and a name of at least two words (`Consumers' Water Forum
 * president Wong Kee Loong said …`): the end of the name, else 0. The person is the one named last.
 */
function ownerTitleNameEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let k = i;
  while (k - i < MAX_ADVERBIAL_TOKENS && (tokens[k]?.cap || (k > i && pluralPossessiveAt(tokens, k)))) k++;
  if (k === i || !lowerTitleAt(tokens, k, lex)) return 0;
  const title = k;
  while (k - title <= MAX_TITLE_FIELD_WORDS && tokens[k]?.word && !tokens[k]!.cap) k++;
  const end = nameRunEnd(tokens, k);
  return end - k >= MIN_NAME_WORDS ? end : 0;
}

/** Token `i` is an age set off by commas (`, 52,`). */
function ageAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.num && t.text.length <= 3 && tokens[i + 1]?.text === ',';
}
