/**
 * Word shapes that matter for organisation names. All checks scan characters once; none uses
 * a regex with nested repetition.
 */

/** Longest word taken as an acronym (`KEMENDIKBUDRISTEK` is longer, but is in the lexicon). */
const MAX_ACRONYM_LENGTH = 10;
/** Longest word taken as a CamelCase brand (`KompasOtomotif`). */
const MAX_CAMEL_LENGTH = 24;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

/** Starts with a capital letter: a name word in running text. */
export function isCapitalised(word: string): boolean {
  return isUpper(word[0]);
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
  for (const ch of word) if (ch !== 'I' && ch !== 'V' && ch !== 'X') return false;
  return true;
}

/**
 * An acronym or initialism: capitals and digits, at least two capitals, optionally joined by
 * hyphens (`KPK`, `UKP4`, `DPR-RI`, `BP2MI`), or a capitalised word joined to one
 * (`Hukatan-CNV`).
 */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > MAX_ACRONYM_LENGTH + 6 || !isUpper(word[0])) return false;
  const parts = word.split('-');
  let capsParts = 0;
  for (const part of parts) {
    if (part.length === 0) return false;
    let upper = 0;
    let lower = 0;
    for (const ch of part) {
      if (isUpper(ch)) upper++;
      else if (isLower(ch)) lower++;
    }
    if (lower === 0 && upper >= 2 && part.length <= MAX_ACRONYM_LENGTH) capsParts++;
    else if (lower === 0 && upper === 0) continue; // digits: `COVID-19`
    else if (!(parts.length > 1 && isUpper(part[0]) && upper === 1)) return false;
  }
  return capsParts > 0;
}

/** All letters are capitals (and there are at least two). */
export function isAllCaps(word: string): boolean {
  let upper = 0;
  for (const ch of word) {
    if (isLower(ch)) return false;
    if (isUpper(ch)) upper++;
  }
  return upper >= 2;
}

/** Prefixes of surnames that look like CamelCase (`McCarthy`, `DiCaprio`, `LeBron`). */
const NAME_PREFIXES = ['Mc', 'Mac', 'Di', 'De', 'Da', 'Du', 'La', 'Le', 'Van', 'Von', 'O'];

/**
 * A CamelCase brand: a capital, then a capital after a lower-case letter (`NasDem`, `GrabCar`,
 * `AirNav`), or two capitals then lower case (`IQAir`). Not a surname prefix (`McCarthy`) and not
 * an acronym with a glued suffix (`KPKnya`).
 */
export function isCamel(word: string): boolean {
  if (word.length < 4 || word.length > MAX_CAMEL_LENGTH || !isUpper(word[0])) return false;
  if (word.includes('.') || word.includes("'") || word.includes('’') || word.endsWith('nya')) return false;
  let inner = -1;
  for (let i = 1; i < word.length; i++) {
    // `IQAir`: at most two capitals before the word; `CEAThe` is an acronym glued to the next word.
    if (isUpper(word[i]) && (isLower(word[i - 1]) || (i === 2 && isUpper(word[1]) && isLower(word[3]) && word.length > 4))) {
      inner = i;
      break;
    }
  }
  if (inner < 0) return false;
  const prefix = word.slice(0, inner);
  return !NAME_PREFIXES.includes(prefix);
}

/** Top-level and second-level domain endings of news sites (`Kompas.com`, `Kontan.co.id`). */
const DOMAIN_ENDINGS = ['.com', '.co.id', '.id', '.net', '.org', '.co', '.tv', '.my', '.com.my'];

/** A site name written as its domain: `Liputan6.com`, `Kontan.co.id`. */
export function isDomain(word: string): boolean {
  const dot = word.indexOf('.');
  if (dot < 2) return false;
  const ending = word.slice(dot).toLowerCase();
  return DOMAIN_ENDINGS.includes(ending);
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
    const c = a[ai]!;
    if (!LETTER_OR_DIGIT.test(c)) continue;
    const first = ai === 0;
    while (li >= 0 && (l[li] !== c || (first && li > 0 && LETTER_OR_DIGIT.test(l[li - 1]!)))) li--;
    if (li < 0) return false;
    li--;
    matched++;
  }
  return matched > 0;
}
