/**
 * The words of a paragraph as the organisation passes see them: the shared scan
 * (`tokens/tokenize.ts`) with its runs joined into names' words. A word is the shared token
 * (`tokens/token.ts`): `organisations/words.ts` reuses the paragraph's own token wherever its word
 * is the same, and makes one here (`wordToken`) only where the organisation passes join or cut
 * differently.
 */
import { isAcronym } from './shapes.js';
import { glueAfter as glue, type Scan, scan, scanText as textOf, T_CAP as CAP, T_HAS_LOWER as HAS_LOWER, T_SPACED as SPACED, T_WORD as WORD } from '../tokens/tokenize.js';
import { F_ACRONYM, F_CAP, F_SPACED, F_WORD, Token } from '../tokens/token.js';

/** The scan's flags and helpers as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow per token. */
const T_CAP = CAP;
const glueAfter = glue;
const scanText = textOf;
const T_SPACED = SPACED;
const T_WORD = WORD;
const T_HAS_LOWER = HAS_LOWER;

/**
 * A word of the text with its offsets (relative to the string it was cut from) and its shape, computed once:
 * `cap` (starts with a capital letter of the BMP, `isCapitalised`), `acronym` (`isAcronym`), `spaced` (only
 * spaces, at least one, stand between the previous word and this one).
 */
export type { Token };

/**
 * A word the organisation passes make themselves (a part of a cut word, a word joined across `&` or a
 * domain's dot): the shared token class, so every list of words holds one kind of object.
 */
export function wordToken(text: string, start: number, end: number, cap: boolean, acronym: boolean, spaced: boolean): Token {
  return new Token(text, text.toLowerCase(), start, end, F_WORD | (cap ? F_CAP : 0) | (acronym ? F_ACRONYM : 0) | (spaced ? F_SPACED : 0), 0);
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;
const HYPHEN = 0x2d;
const DOT = 0x2e;

/** Code unit `c` is an ASCII letter of the given case. */
function asciiOfCase(c: number, upper: boolean): boolean {
  return upper ? c >= 65 && c <= 90 : c >= 97 && c <= 122;
}

/**
 * The dot glued between run `k` and run `k + 2` (`glueAfter`) starts a short domain part: two or three ASCII letters of one case, the
 * whole run after it (`.com`, `.CO`, `.id`); in capitals only after a run in capitals (`KONTAN.CO`, not `sini.PT`: a lost space before `PT Contoh`).
 */
function domainDot(s: Scan, k: number): boolean {
  const from = s.starts[k + 2]!;
  const run = s.ends[k + 2]! - from;
  if (run < 2 || run > 3) return false;
  const upper = asciiOfCase(s.text.charCodeAt(from), true);
  if (upper && (s.flags[k]! & T_HAS_LOWER) !== 0) return false;
  for (let j = from; j < from + run; j++) if (!asciiOfCase(s.text.charCodeAt(j), upper)) return false;
  return true;
}

/** Run `k` joins the run after the character that follows it into one word. */
function joined(s: Scan, k: number): boolean {
  const c = glueAfter(s, k);
  return c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE || c === AMPERSAND || (c === DOT && domainDot(s, k));
}

/** The last run of the word that starts at run `k`: runs glued by a joining mark are one word. */
export function wordEnd(s: Scan, k: number): number {
  let last = k;
  // Most runs end at a space: no mark glued to them.
  while (s.ends[last] === s.starts[last + 1] && joined(s, last)) last += 2;
  return last;
}

/**
 * The words of `text`, in order. A word is letters and digits, joined inside by `-`, `&`, an
 * apostrophe, or a dot that starts a short domain part (`Kompas.com`, `KONTAN.CO.ID`). A dot
 * before a capital is a missing space between sentences (`Air.Pada`), so it splits. Reads the
 * shared scan of `text` (`scanned`, when the caller has it already); each word's shape is
 * computed here once for every rule that asks.
 */
export function tokenize(text: string, given?: Scan): Token[] {
  const s = given ?? scan(text);
  const out: Token[] = [];
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const f = s.flags[k]!;
    if ((f & T_WORD) === 0) continue;
    const last = wordEnd(s, k);
    const start = s.starts[k]!;
    const end = s.ends[last]!;
    const word = last === k ? scanText(s, k) : text.slice(start, end);
    // As `isCapitalised`: a capital of the BMP (styled astral letters, `𝐀𝐁`, are not a name's).
    const cap = (f & T_CAP) !== 0 && (text.charCodeAt(start) & 0xfc00) !== 0xd800;
    // A single run with a lower-case letter is no acronym (`isAcronym` allows none outside a hyphenated part).
    const acronym = cap && (last > k || (f & T_HAS_LOWER) === 0) && isAcronym(word);
    out.push(wordToken(word, start, end, cap, acronym, (f & T_SPACED) !== 0));
    k = last;
  }
  return out;
}
