/** Comparing names word by word, whatever their case and punctuation. */

const WORD_G = /[\p{L}\p{N}]+/gu;

/** Lower-case letters and digits of a word, for comparing names (`Mu’ti` → `muti`). */
export function nameKey(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII letters and digits are their own key (most words).
  let plain = true;
  for (let i = 0; i < lower.length && plain; i++) {
    const c = lower.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  return plain ? lower : (lower.match(WORD_G) ?? []).join('');
}
