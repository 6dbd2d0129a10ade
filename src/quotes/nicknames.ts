/**
 * Step 3a of quote finding: the nicknames an article declares for its people, so that a later
 * `kata Bud` is the `Budi Santoso` introduced before: `Budi Santoso (Bud)`, `Budi Santoso atau Mas
 * Bud`, `Budi Santoso, yang akrab disapa Bud`, `Budi Santoso, who is known as Bud`. The cue words
 * are language data (`SpeechData.nicknameCues`); the bracket is universal.
 */
import { type Lexicon, type Token } from './speech-words.js';
import { W_NICKNAME_CUE } from './word-classes.js';
import { nameKey } from './name-key.js';

/** Lower-case words between a nickname cue and the nickname (`yang akrab disapa`, `dikenali sebagai`), at most. */
const MAX_NICKNAME_GLUE = 3;

/** Words of a nickname (`Ayu Lestari`), at most: a longer run is another person's full name. */
const MAX_NICKNAME_WORDS = 2;

/** The class as a module constant: imported bindings may be read through a getter (CommonJS output, tsx), too slow per token. */
const C_NICKNAME_CUE = W_NICKNAME_CUE;

/** A capitalised word that may belong to a person's name (no title, organisation or place word). */
function personWord(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.word && t.cap && t.hasLower && !lex.roles.has(t.text) && !lex.orgWords.has(t.text) && !lex.roleWords.has(t.text) && !lex.places.has(t.text) && !lex.titles.has(t.text);
}

/**
 * `Budi Santoso (Bud)`, `Budi Santoso atau Mas Bud`, `Budi Santoso, yang akrab disapa Bud`: the nickname
 * after a full name (two words or more), after a bracket or a nickname cue, an honorific allowed before it.
 */
function readParagraph(tokens: readonly Token[], lex: Lexicon, nicknames: Map<string, string[]>): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The cue words are classed once per token (`W_NICKNAME_CUE`, as `lex.nicknameCues`).
    const cue = t.word ? !t.cap && (t.cls & C_NICKNAME_CUE) !== 0 : t.text === '(';
    if (!cue) continue;
    // The nickname: past lower-case glue (`sebagai`, `as`) and an honorific.
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_NICKNAME_GLUE && tokens[k]!.word && !tokens[k]!.cap) k++;
    while (k < tokens.length && lex.titles.has(tokens[k]!.text) && tokens[k + 1]?.cap) k++;
    const nick = tokens[k];
    if (!personWord(nick, lex)) continue;
    if (t.text === '(' && tokens[k + 1]?.text !== ')') continue;
    // The full name: back over `, yang akrab` to a run of name words.
    let e = i;
    while (e > 0 && i - e <= MAX_NICKNAME_GLUE && (!tokens[e - 1]!.word || !tokens[e - 1]!.cap) && tokens[e - 1]!.text !== '.') e--;
    // A nickname of several words (`yang akrab disapa Ayu Lestari`) only after words that glue it to the name: a cue
    // right after the name with a full name after it is a choice between two people (`Budi Santoso atau Andi Wijaya`).
    let n = k + 1;
    if (t.text !== '(' && personWord(tokens[n], lex)) {
      if (!tokens.slice(e, i).some((x) => x.word)) continue;
      while (n < tokens.length && n - k < MAX_NICKNAME_WORDS && personWord(tokens[n], lex)) n++;
      if (personWord(tokens[n], lex)) continue;
    }
    let b = e;
    while (b > 0 && personWord(tokens[b - 1], lex)) b--;
    if (e - b < 2) continue;
    const full = tokens.slice(b, e).map((x) => nameKey(x.text));
    for (const word of tokens.slice(k, n)) {
      const key = nameKey(word.text);
      if (!full.includes(key)) nicknames.set(key, full);
    }
  }
}

/** Every nickname the paragraphs declare: nickname (a `nameKey`) → the full name's words. */
export function readNicknames(paragraphs: readonly (readonly Token[])[], lex: Lexicon): ReadonlyMap<string, readonly string[]> {
  const nicknames = new Map<string, string[]>();
  for (const tokens of paragraphs) readParagraph(tokens, lex, nicknames);
  return nicknames;
}

/**
 * `tutur Randa` with `Opik Randa` named in the article: the word is a name word of its own there (next to another
 * name word), so it is no nickname cut from inside a longer word of someone else's name (`Wirandaru`). The
 * `nameKey`s of all such words, read once per article.
 */
export function ownNameWords(paragraphs: readonly (readonly Token[])[], lex: Lexicon): ReadonlySet<string> {
  const own = new Set<string>();
  for (const tokens of paragraphs) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (personWord(t, lex) && (personWord(tokens[i - 1], lex) || personWord(tokens[i + 1], lex))) own.add(nameKey(t.text));
    }
  }
  return own;
}
