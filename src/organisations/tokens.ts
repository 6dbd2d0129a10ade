/** A word of the text with its offsets (relative to the string it was cut from). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * A word: letters and digits, joined inside by `-`, `&`, an apostrophe, or a dot that starts a
 * short domain part (`Kompas.com`, `KONTAN.CO.ID`). A dot before a capital is a
 * missing space between sentences (`Air.Pada`), so it splits. Every repetition starts with a
 * character the previous part cannot contain, so matching is linear.
 */
const WORD = /[\p{L}\p{N}]+(?:(?:['’&-]|\.(?=(?:[a-z]{2,3}|[A-Z]{2,3})(?![\p{L}\p{N}])))[\p{L}\p{N}]+)*/gu;

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
