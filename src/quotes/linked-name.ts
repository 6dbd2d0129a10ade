/**
 * A title that names no one (`kata Perdana Menteri`) stands for its unnamed holder only when the attribution really ends
 * there. Words linked after it (`di`, `untuk`, `dari`) usually say where the holder spoke or what the post is for
 * (`kata Perdana Menteri di Putrajaya hari ini`, `ujar Gubernur di Kupang, Kamis`), but the phrase may also run on to
 * the holder's name past the link (`kata Penganalisis Kanan untuk Bank Contoh di Kuantan Kamarul Hisyam Osman`): then
 * the title was cut short of its name and stands for no one.
 */
import type { Lexicon, Token } from './speech-words.js';
import { nameWord } from './name-word.js';

/** Words of a person's name, at least (one capitalised word after a place is as likely the place's own). */
const MIN_NAME_WORDS = 2;

/** A word of a person's name: a name word written in lower-case letters (no acronym), no place word. */
function personWord(t: Token, lex: Lexicon): boolean {
  return nameWord(t, lex) && t.hasLower && !lex.places.has(t.text);
}

/** Whether token `k` is a link (`di`, `untuk`) followed by a capitalised word. */
function linkAt(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && !t.cap && lex.connectors.has(t.lower) && tokens[k + 1]?.cap === true;
}

/** Whether the comma at token `j` opens a person's name of two or more words that ends the capitalised run (`…, <Given> <Surname>`). */
function nameAfterComma(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  if (tokens[j]?.text !== ',') return false;
  let s = j + 1;
  while (s < tokens.length && tokens[s]!.word && tokens[s]!.cap && personWord(tokens[s]!, lex)) s++;
  return s - (j + 1) >= MIN_NAME_WORDS && tokens[s]?.cap !== true;
}

/**
 * Whether, from token `e` (right after a title phrase) on, links and their capitalised words run on to a person's name
 * before the clause ends: a run of name words (two or more, no place word) closing a link's capitalised words, after
 * the place or body the link names first, or set off by a comma after them (`… di Kuantan, <Given> <Surname>`). A run
 * that opens with an organisation word is that body's name whole.
 */
export function nameAfterLink(tokens: readonly Token[], e: number, lex: Lexicon): boolean {
  let k = e;
  while (linkAt(tokens, k, lex)) {
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.word && tokens[j]!.cap) j++;
    if (!lex.orgWords.has(tokens[k + 1]!.text)) {
      let s = j;
      while (s > k + 2 && personWord(tokens[s - 1]!, lex)) s--;
      if (j - s >= MIN_NAME_WORDS) return true;
    }
    if (nameAfterComma(tokens, j, lex)) return true;
    k = j;
  }
  return false;
}
