/**
 * Steps 2–4 of the sentence splitter: what each stop (`.`, `!`, `?`, `…`) is to the engine. A stop before a
 * lowercase word is neutralised: news sentences start with a capital, so `dll. dan`, `S.H. mengatakan`,
 * `Apa? tanya dia` never end one. A number before a final period is masked unless it is a list index
 * (`numbers.ts`). And the ends the engine never finds are forced: a closing quote or bracket after a stop
 * before a capital (`“Saya setuju.” Kemudian …`), and paragraphs the scraper glued (`Bangladesh.Direktur`,
 * `kecil.,Dia`).
 */
import type { AbbreviationData } from '../lang/types.js';
import { WORD_BITS, unitHas } from '../tokens/char-classes.js';
import { isAbbreviationBefore, isSpace } from './abbreviations.js';
import { isDigit, isLineBreak, isLower, isUpper, NEUTRAL, QUOTES } from './characters.js';
import { maskFinalNumber } from './numbers.js';
import type { Pairs } from './pairs.js';

/** How far back a glued stop looks for signs of a URL or e-mail address (`/`, `@`, `www.`). */
const MAX_URL_LOOKBACK = 64;

/**
 * Reads every stop of `text`: writes the engine's stand-ins into `mask` and the sentence ends the engine
 * would miss into `forced` (unsorted). Linear in the text's length.
 */
export function markStops(text: string, data: AbbreviationData, { partner, depth }: Pairs, mask: string[], forced: number[]): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    const next = text[i + 1];
    if (next === undefined || isLineBreak(next)) continue;
    if (isSpace(next)) {
      if (ch === '\u2026') continue;
      let j = i + 2;
      while (j < n && isSpace(text[j]) && !isLineBreak(text[j])) j++;
      if (j < n && isLower(text[j])) {
        mask[i] = NEUTRAL;
      } else if (ch === '.' && isDigit(text[i - 1])) {
        maskFinalNumber(text, i, mask, data);
      }
      continue;
    }
    // The engine ends a sentence at `?`/`!` even inside a word (`?igsh=` in a URL); we do not.
    if ((ch === '?' || ch === '!') && isWordish(next)) mask[i] = NEUTRAL;
    if (partner[i + 1]! >= 0 && partner[i + 1]! < i + 1) {
      // A closing mark after a stop: the sentence ends after it (the engine never splits there).
      const end = sentenceEndAfter(text, i + 2, depth, true);
      if (end >= 0) forced.push(end);
    } else if (isGluedEnd(text, i, data)) {
      // Paragraphs the scraper glued: `Bangladesh.Direktur`, `ekspor.“Ini`, `kecil.,Dia`.
      const end = sentenceEndAfter(text, i + 1, depth, false);
      if (end >= 0) forced.push(end);
    }
  }
}

/** A character that continues a word or URL after `?`/`!` (`?igsh=`, `Yahoo!News`). */
const isWordish = (ch: string): boolean => unitHas(ch, WORD_BITS) || ch === '=' || ch === '&' || ch === '_' || ch === '/';

/**
 * Where the sentence ends when a stop (or a closing mark after one) is followed by `text[p]`, or -1.
 * After spaces (allowed only after a closing mark) a capital or a quote must follow; with no space, a
 * capitalised word or an opening quote; `,` then either is paragraphs glued with a comma
 * (`kecil.,Dia`), and the sentence ends after the comma. Never inside another pair.
 */
function sentenceEndAfter(text: string, p: number, depth: Int32Array, spacedAllowed: boolean): number {
  if (depth[p] !== 0) return -1;
  const n = text.length;
  let j = p;
  const comma = text[j] === ',';
  if (comma) j++;
  const spaceStart = j;
  while (j < n && isSpace(text[j]) && !isLineBreak(text[j])) j++;
  const spaced = j > spaceStart;
  if (j >= n || (spaced && !spacedAllowed && !comma)) return -1;
  const ch = text[j]!;
  const ok = QUOTES.has(ch) || (isUpper(ch) && (spaced || comma || isLower(text[j + 1])));
  if (!ok) return -1;
  return comma ? p + 1 : p;
}

/**
 * Whether the stop at `i`, with no space after it, looks like the end of a sentence glued to the
 * next one: after a lowercase word, a number or `)`, and not after an abbreviation (`Drs.Budi`), an
 * initial (`M.Si`), or inside a URL or e-mail address (`www.Detik`).
 */
function isGluedEnd(text: string, i: number, data: AbbreviationData): boolean {
  const a = text[i - 1] ?? '';
  const b = text[i - 2] ?? '';
  const before = (isLower(a) && isLower(b)) || a === ')' || (isDigit(a) && isDigit(b));
  if (!before) return false;
  if (text[i] === '.' && isAbbreviationBefore(text, i, data)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_URL_LOOKBACK && !isSpace(text[k]); k--) {
    const c = text[k];
    if (c === '/' || c === '@' || c === ':') return false;
    if (c === 'w' && text.startsWith('www.', k)) return false;
  }
  return true;
}
