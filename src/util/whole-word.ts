/** Whole-word matching of names in raw text: `Verna Kewuan` is not inside `LaVerna Kewuan`, `Budi` not inside `Budiman`. */

const ALNUM = /[\p{L}\p{N}]/u;

/** No letter or digit touches `[at, at + length)` in `text` on either side. */
export function wholeWordAt(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  return (before === undefined || !ALNUM.test(before)) && (after === undefined || !ALNUM.test(after));
}
