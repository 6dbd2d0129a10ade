/**
 * A title held for a client, not for a body (`Pengacara Contoh Wibowo`, `kuasa hukum Contoh Wibowo`): the words after
 * it name the client. A client who is a person is no organisation; a client body keeps its name (`Kuasa Hukum PT
 * Contoh`), and so does an acronym, which may be either.
 */
import type { Lexicon, Token } from './speech-words.js';
import { nameWord } from './name-word.js';

/** Whether `title` (as written, modifiers included) ends in a title held for a client. */
function clientTitle(title: string, lex: Lexicon): boolean {
  if (lex.clientTitles.size === 0) return false;
  const words = title.toLowerCase().split(/\s+/u);
  for (let i = 0; i < words.length; i++) if (lex.clientTitles.has(words.slice(i).join(' '))) return true;
  return false;
}

/** Whether the words `[o, oe)` read as a person's name: name words written with lower-case letters (no acronym), none a place. */
function personShaped(tokens: readonly Token[], o: number, oe: number, lex: Lexicon): boolean {
  return oe > o && tokens.slice(o, oe).every((t) => nameWord(t, lex) && t.hasLower && !lex.places.has(t.text));
}

/** `Pengacara Contoh Wibowo`: whether the words `[o, oe)` after the client's title `title` name a person, no organisation. */
export function clientPerson(title: string, tokens: readonly Token[], o: number, oe: number, lex: Lexicon): boolean {
  return clientTitle(title, lex) && personShaped(tokens, o, oe, lex);
}

/**
 * `pengacara Rudi Hartawan, Agus Salimin`: the comma after the client's name (a person's, not a body's) that follows the
 * client's title `title` at token `k`, when a capitalised word comes after it; else -1.
 */
export function clientComma(title: string, tokens: readonly Token[], k: number, to: number, lex: Lexicon): number {
  let c = k;
  while (c < to && tokens[c]!.text !== ',') c++;
  return c + 1 < to && tokens[c + 1]!.cap && clientPerson(title, tokens, k, c, lex) ? c : -1;
}
