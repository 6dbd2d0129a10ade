/**
 * A Unicode character class as a lookup table, for scanners that walk a string by char code
 * instead of running a `u`-flag regular expression over it (a `[^\p{L}\p{N}]+` replace costs
 * several times a plain loop). The class is given as a one-character `u`-flag regex; each BMP
 * code unit is tested once, on first sight, and remembered; astral code points (surrogate
 * pairs) are tested every time, as they are rare in news text. A lone surrogate is a code point
 * of its own in a `u`-flag regex, so it is tested as one.
 */
export interface CharClass {
  /** Whether the BMP code unit `code` (not half of a surrogate pair) belongs to the class. */
  unit(code: number): boolean;
  /** Whether the surrogate pair starting at `i` belongs to the class. */
  pair(s: string, i: number): boolean;
}

const UNKNOWN = 0;
const IN = 1;

export function charClass(re: RegExp): CharClass {
  // 0 = not yet tested, 1 = in, 2 = out. 64 kB per class, allocated on first use, not at import.
  let table: Uint8Array | undefined;
  return {
    unit(code) {
      table ??= new Uint8Array(0x10000);
      const known = table[code]!;
      if (known !== UNKNOWN) return known === IN;
      const inside = re.test(String.fromCharCode(code));
      table[code] = inside ? IN : 2;
      return inside;
    },
    pair: (s, i) => re.test(s.slice(i, i + 2)),
  };
}

/** Whether a high surrogate at `i` starts a surrogate pair. */
export function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** How many code points of `s` belong to `cls`: `s.match(/<cls>/gu)?.length ?? 0` without the array. */
export function countIn(s: string, cls: CharClass): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && isPairAt(s, i)) {
      if (cls.pair(s, i)) count++;
      i++;
    } else if (cls.unit(c)) count++;
  }
  return count;
}
