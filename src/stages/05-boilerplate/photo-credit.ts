/**
 * A caption's photo credit after its last sentence, naming where the picture came from and, mostly, who took it,
 * in any case (the capitals-only agency shapes are in `shapes.ts`):
 * - a source and the photographer's full name, in brackets or bare, or after a bar or a dash:
 *   `(Kabarcontoh/Rina Wulandari)`, `. Tribun Contoh/Dedi Kurniawan`, `| Kabarcontoh/Rina`;
 * - a source and a credit word after a dash, the way Malaysian sites sign pictures (`— Contoh Post pic`).
 * A story paragraph carries such a mark only at the very end of the article, where it is the credit: callers
 * read it on lines above the story (the title and dateline stages) and on blocks that are not the last.
 * Each pattern is anchored at the end and bounded, so it is linear.
 */

import { ANY_NAME, FULL_NAME, SOURCE } from '../../credit/photo-credit-line.js';
/** A source and a full name after the last sentence, in brackets or bare (maybe after a dash); or after a bar. */
const NAMED_CREDIT = new RegExp(
  String.raw`(?:[.!?"”] ?(?:[—–-] ?)?(?:[([]${SOURCE} ?\/ ?${FULL_NAME}[)\]]|${SOURCE} ?\/ ?${FULL_NAME})|[.!?"”)] ?\| ${SOURCE} ?\/ ?${ANY_NAME})$`,
  'u',
);

/** Characters neither credit ends on (a non-empty string: an empty line is in it, and holds no credit). */
const NEVER_ENDS = '.!?:;,"”';

/** The longest credit this module reads: it ends the line, so it starts at most this far before the end. */
const CREDIT_REACH = 140;

/** Whether `s` (a caption candidate) ends with a named photo credit, or a source and one of `creditWords` after a dash. */
export function endsInNamedCredit(s: string, postfixCredit: RegExp): boolean {
  // Both end in a bracket, a name's letter or a credit word's: most lines end in a stop or a quote mark, and are not searched.
  if (NEVER_ENDS.includes(s.charAt(s.length - 1))) return false;
  const tail = s.length > CREDIT_REACH ? s.slice(-CREDIT_REACH) : s;
  return NAMED_CREDIT.test(tail) || postfixCredit.test(tail);
}

/** `— Contoh Post pic`, `— Bernama photo`: a dash, a source of one to three capitalised words, a credit word in lower case. */
export function postfixCreditPattern(creditWords: readonly string[]): RegExp {
  const words = creditWords.filter((w) => /^\p{L}+$/u.test(w)).map((w) => w.toLowerCase());
  const group = words.length ? [...new Set(words)].join('|') : '(?!)';
  return new RegExp(String.raw`[.!?"”] ?[—–-] ?${SOURCE} (?:${group})s?$`, 'u');
}

