/**
 * `Tan Sri Rahman`, `Datuk Seri Hamdan`, `Dato’ Sri Aminah`: each word of a title of two words or more may be a name
 * word alone (`Tan` a surname, `Sri Wulandari`), but written whole before a capitalised word it is the title, so a
 * name run starts after the whole of it. Run once per paragraph by the tokenizer (`speech-words.ts`), on its tokens.
 */

/** A word of a title of two words or more, written whole before a capitalised word (`Tan Sri Rahman`): a token class bit beside `speech-words.ts`'s `W_*` bits. */
export const W_TITLE_WORD = 1 << 14;

/** What this pass reads of a token (the tokenizer's `Token`). */
interface TitleToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly cap: boolean;
  cls: number;
}

/** Marks between the words of one title (`Dato’ Sri`), glued to the word before them. */
const TITLE_INNER_MARKS: ReadonlySet<string> = new Set(['’', "'"]);

/**
 * Turn the name bit (`nameBit`) off and `W_TITLE_WORD` on for the words of every title of two words or more
 * (`titles`: each title's words by its first word, longest first) that a capitalised word follows; returns `tokens`.
 */
export function titleWordsOutOfNames<T extends TitleToken>(tokens: readonly T[], titles: ReadonlyMap<string, readonly (readonly string[])[]>, nameBit: number): readonly T[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.cap || !titles.has(tokens[i]!.text)) continue;
    const end = longTitleEnd(tokens, i, titles);
    if (end < 0) continue;
    for (let k = i; k < end; k++) if (tokens[k]!.word) tokens[k]!.cls = (tokens[k]!.cls & ~nameBit) | W_TITLE_WORD;
    i = end - 1;
  }
  return tokens;
}

/** Where a title of two words or more opening at token `i` ends, when a capitalised word follows it; else -1. */
function longTitleEnd(tokens: readonly TitleToken[], i: number, titles: ReadonlyMap<string, readonly (readonly string[])[]>): number {
  for (const parts of titles.get(tokens[i]!.text) ?? []) {
    if (parts.length < 2) continue;
    let k = i + 1;
    let p = 1;
    for (; p < parts.length; p++, k++) {
      const mark = tokens[k];
      if (mark !== undefined && TITLE_INNER_MARKS.has(mark.text) && mark.start === tokens[k - 1]!.end) k++;
      if (tokens[k]?.text !== parts[p]) break;
    }
    if (p === parts.length && tokens[k]?.cap) return k;
  }
  return -1;
}
