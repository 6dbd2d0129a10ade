/**
 * Word shapes that matter for organisation names. All checks scan characters once; none uses
 * a regex with nested repetition. Character classes come from the shared table (`char-classes.ts`).
 */
import { domainEndings } from '../lang/domains.js';
import { NYA } from '../lang/enclitic.js';
import { classAt, LETTER_BIT, LOWER_BIT, unitClass, UPPER_BIT, widthAt, WORD_BITS } from '../tokens/char-classes.js';
import { caseCounts, isAcronym, isCapitalised } from '../tokens/shapes.js';

export { isAcronym, isCapitalised };

/** Longest word taken as a CamelCase brand (`KompasOtomotif`). */
const MAX_CAMEL_LENGTH = 24;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function hasBit(ch: string | undefined, bit: number): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) return (unitClass(ch.charCodeAt(0)) & bit) !== 0;
  return (bit === UPPER_BIT ? UPPER : LOWER).test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  return hasBit(ch, UPPER_BIT);
}

export function isLower(ch: string | undefined): boolean {
  return hasBit(ch, LOWER_BIT);
}

/** Ends with a possessive `'s` or `’s` (as `/['’]s$/`, without running a regex per word). */
export function endsPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return false;
  const q = word.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019;
}

/** Only digits. */
export function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** A roman numeral made of I, V and X (`II`, `XI`, `XIV`): a number, never an acronym. */
export function isRoman(word: string): boolean {
  if (word.length === 0 || word.length > 6) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 73 && c !== 86 && c !== 88) return false;
  }
  return true;
}

/** All letters are capitals (and there are at least two). */
export function isAllCaps(word: string): boolean {
  const { upper, lower } = caseCounts(word, 0, word.length, true);
  return lower === 0 && upper >= 2;
}

/** Prefixes of surnames that look like CamelCase (`McCarthy`, `DiCaprio`, `LeBron`). */
const NAME_PREFIXES = ['Mc', 'Mac', 'Di', 'De', 'Da', 'Du', 'La', 'Le', 'Van', 'Von', 'O'];

/** The class bits of code unit `i` of `word`, none past its end. */
function unitAt(word: string, i: number): number {
  return i < word.length ? unitClass(word.charCodeAt(i)) : 0;
}

/**
 * A CamelCase brand: a capital, then a capital after a lower-case letter (`NasDem`, `GrabCar`,
 * `AirNav`), or two capitals then lower case (`IQAir`). Not a surname prefix (`McCarthy`) and not
 * an acronym with a glued suffix (`KPKnya`).
 */
export function isCamel(word: string): boolean {
  if (word.length < 4 || word.length > MAX_CAMEL_LENGTH || !isCapitalised(word)) return false;
  let inner = -1;
  for (let i = 1; i < word.length; i++) {
    // `IQAir`: at most two capitals before the word; `CEAThe` is an acronym glued to the next word.
    if (
      unitAt(word, i) & UPPER_BIT &&
      (unitAt(word, i - 1) & LOWER_BIT || (i === 2 && unitAt(word, 1) & UPPER_BIT && unitAt(word, 3) & LOWER_BIT && word.length > 4))
    ) {
      inner = i;
      break;
    }
  }
  if (inner < 0) return false;
  if (word.includes('.') || word.includes("'") || word.includes('’') || word.endsWith(NYA)) return false;
  const prefix = word.slice(0, inner);
  return !NAME_PREFIXES.includes(prefix);
}

/** Top-level and second-level domain endings of news sites (`Kompas.com`, `Kontan.co.id`). */
const DOMAIN_ENDINGS = domainEndings.map((e) => `.${e}`);

/** A site name written as its domain: `Liputan6.com`, `Kontan.co.id`. */
export function isDomain(word: string): boolean {
  const dot = word.indexOf('.');
  if (dot < 2) return false;
  const ending = word.slice(dot).toLowerCase();
  return DOMAIN_ENDINGS.includes(ending);
}

/** A dot three or four characters from the end (`….id`, `….com`): the one look a lower-case word gets for a domain. */
export function endsLikeDomain(word: string): boolean {
  return word.charCodeAt(word.length - 3) === 0x2e || word.charCodeAt(word.length - 4) === 0x2e;
}

/** Code unit `c` is a letter or a digit (a lone surrogate is neither). */
function wordUnit(c: number): boolean {
  return (unitClass(c) & WORD_BITS) !== 0;
}

/**
 * Whether `long` can be spelled out by `short` (Schwartz & Hearst): the letters of `short`
 * appear in `long` in order, the first one at the start of a word. Linear in both lengths.
 */
export function spellsOut(short: string, long: string): boolean {
  const a = short.toLowerCase();
  const l = long.toLowerCase();
  let li = l.length - 1;
  let matched = 0;
  for (let ai = a.length - 1; ai >= 0; ai--) {
    const c = a.charCodeAt(ai);
    if (!wordUnit(c)) continue;
    const first = ai === 0;
    while (li >= 0 && (l.charCodeAt(li) !== c || (first && li > 0 && wordUnit(l.charCodeAt(li - 1))))) li--;
    if (li < 0) return false;
    li--;
    matched++;
  }
  return matched > 0;
}

/** Most letters before the digits of an amount (`Rp1`, `RM300`, `USD5`). */
const MAX_AMOUNT_LETTERS = 3;

/** One to three letters, then a digit (`Rp1`, `RM300`): an amount, not a name word. */
export function isAmount(word: string): boolean {
  let k = 0;
  let letters = 0;
  while (k < word.length && letters < MAX_AMOUNT_LETTERS && classAt(word, k) & LETTER_BIT) {
    k += widthAt(word, k);
    letters++;
  }
  const c = word.charCodeAt(k);
  return letters > 0 && c >= 48 && c <= 57;
}
