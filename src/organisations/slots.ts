/**
 * Word slots: the hashed keys of the compiled tables' per-word look-ups (`starts`, `wordBits`), and
 * the bits stored there. A slot may say yes wrongly, never no, so a rule asks the slot first and
 * the exact table only when the slot says yes.
 */

/**
 * Where a word stands in `CompiledOrganisations.starts`: its first two code units, folded into 16
 * bits (unique for ASCII pairs). Words that share a slot share its bits, so the table may say yes
 * wrongly, but never no.
 */
export function startSlot(word: string): number {
  return ((word.charCodeAt(0) << 7) ^ (word.charCodeAt(1) | 0)) & 0xffff;
}

/**
 * Where a whole word stands in `CompiledOrganisations.wordBits`: its first two code units, its length
 * and its last code unit, hashed into 16 bits. Like `startSlot`, the table may say yes wrongly, but
 * never no; with a few thousand keys it rarely does.
 */
export function wordSlot(word: string): number {
  const n = word.length;
  return slotOfUnits(word.charCodeAt(0), word.charCodeAt(1) | 0, n, word.charCodeAt(n - 1));
}

/** `wordSlot` of a word of `length` code units from its first, second (0 for none) and last code units, read where the word stands. */
export function slotOfUnits(first: number, second: number, length: number, last: number): number {
  const h = Math.imul(Math.imul((first << 16) ^ second, 31) ^ length, 0x9e3779b1) ^ last;
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Bits of `CompiledOrganisations.starts`: a word with this start can be… */
/** …a known form's first word; */
export const STARTS_KNOWN = 1;
/** …a head phrase's first word; */
export const STARTS_HEAD = 2;
/** …a tail phrase's last word; */
export const STARTS_TAIL = 4;
/** …the first word of a two-word place. */
export const STARTS_PLACE_PAIR = 8;
/** …a word glued to the name after it (`dariContoh`). */
export const STARTS_GLUED = 16;
/** Bit of `wordBits` only: the whole word may be a breaker or an opener (`breakers`). */
export const WORD_BREAKER = 32;

/**
 * The `starts` and `wordBits` tables: each key's bit at its `startSlot` and its `wordSlot`, and
 * `WORD_BREAKER` at the `wordSlot` of each breaker.
 */
export function slotTables(keyed: readonly (readonly [keys: Iterable<string>, bit: number])[], breakers: Iterable<string>): { starts: Uint8Array; wordBits: Uint8Array } {
  const starts = new Uint8Array(0x10000);
  const wordBits = new Uint8Array(0x10000);
  for (const [keys, bit] of keyed) {
    for (const key of keys) {
      if (key.length === 0) continue;
      starts[startSlot(key)]! |= bit;
      wordBits[wordSlot(key)]! |= bit;
    }
  }
  for (const w of breakers) if (w.length > 0) wordBits[wordSlot(w)]! |= WORD_BREAKER;
  return { starts, wordBits };
}
