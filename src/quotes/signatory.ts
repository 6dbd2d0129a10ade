/**
 * The person who signs a statement or a letter at its end: a line with the name, then a line that
 * opens with their role (`Rina Wulandari` / `Ketua Umum Aliansi Petani Tangguh Bersatu`, a date line
 * may follow). A first-person quote in such a piece (`saya menyebut "…"`) is theirs.
 */
import { type ParsedSpeaker, parsePhrase } from './phrase.js';
import { type Lexicon, type Token, tokenize } from './speech-words.js';
import { W_ROLE } from './word-classes.js';

/** Signature lines are short: longer paragraphs are prose. */
const MAX_SIGNATURE_CHARS = 160;
/** How far back from the end the signature may start (name, role, a date or outlet line after it). */
const MAX_TRAILING_LINES = 4;
/** A signing name has two to this many words. */
const MAX_NAME_WORDS = 8;

/** The signer of a statement: who they are, and the paragraph that names them. */
export interface Signatory extends Pick<ParsedSpeaker, 'role' | 'organisation'> {
  name: string;
  paragraph: number;
}

/** The signer of the article, read from its last short paragraphs; null when it has none. */
export function findSignatory(paragraphs: readonly { text: string }[], allTokens: readonly (readonly Token[])[], lex: Lexicon): Signatory | null {
  const first = Math.max(0, paragraphs.length - MAX_TRAILING_LINES);
  for (let p = paragraphs.length - 2; p >= first; p--) {
    const name = paragraphs[p]!;
    const role = paragraphs[p + 1]!;
    if (name.text.length > MAX_SIGNATURE_CHARS || role.text.length > MAX_SIGNATURE_CHARS) continue;
    const words = allTokens[p]!;
    const opener = allTokens[p + 1]![0];
    if (!opener || !(opener.cls & W_ROLE) || !isNameLine(words, lex)) continue;
    // Read `Name, Role` as one appositive phrase, the way an attribution writes it.
    const joined = `${name.text}, ${role.text}`;
    const tokens = tokenize(joined, lex);
    const parsed = parsePhrase(joined, tokens, 0, tokens.length, lex);
    // The name must come from the name line (not from inside the role), else try an earlier pair.
    if (!parsed?.name || parsed.unnamed || parsed.nameEnd > name.text.length) continue;
    return { name: parsed.name, role: parsed.role, organisation: parsed.organisation, paragraph: p };
  }
  return null;
}

/**
 * Capitalised words only (titles and initials with their full stops allowed), two to MAX_NAME_WORDS of
 * them, neither opening with a role nor holding an organisation word: a second role line
 * (`Wakil Ketua Aliansi …`) is no name.
 */
function isNameLine(tokens: readonly Token[], lex: Lexicon): boolean {
  if (tokens[0] && tokens[0].cls & W_ROLE) return false;
  let words = 0;
  for (const t of tokens) {
    if (!t.word) {
      if (t.text !== '.' && t.text !== "'" && t.text !== '’') return false;
      continue;
    }
    if (!t.cap || t.num || lex.orgWords.has(t.text)) return false;
    words++;
  }
  return words >= 2 && words <= MAX_NAME_WORDS;
}
