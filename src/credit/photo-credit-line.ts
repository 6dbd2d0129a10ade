/**
 * The parts of a caption's photo credit (a source and the photographer's name), shared by the boilerplate stage (a
 * credit after a caption's last sentence) and the dateline stage (a credit on a line of its own above the dateline).
 */

/** The source: one to three capitalised words, a domain's dots and digits allowed (`Kabarcontoh.com`, `Antara Foto`). */
export const SOURCE = String.raw`\p{Lu}[\p{L}\p{N}.]{1,24}(?: \p{Lu}[\p{L}\p{N}.]{1,24}){0,2}`;
/** A full name: two to four capitalised words (`(rin/bud)`, a desk's initials, is no name). */
export const FULL_NAME = String.raw`\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’-]{1,20}){1,3}`;
/** After a bar the credit is unmistakable, so a first name alone will do. */
export const ANY_NAME = String.raw`\p{Lu}[\p{Ll}'’-]{1,20}(?: \p{Lu}[\p{Ll}'’-]{1,20}){0,3}`;

/** The longest credit line read. */
const CREDIT_LINE_REACH = 140;

/**
 * A photo credit on a line of its own, a source and the photographer's name (`Kabarcontoh/Rina`), or the full name
 * and the source (`(Rina Wulandari/Kabarcontoh)`), bare or in brackets. Read only above the dateline, where
 * the caption's credit may drop to the next line; in the story a slash between names is prose.
 */
const CREDIT_LINE = new RegExp(String.raw`^[([]?(?:${SOURCE} ?\/ ?${ANY_NAME}|${FULL_NAME} ?\/ ?${SOURCE})[)\]]?$`, 'u');

export function isPhotoCreditLine(s: string): boolean {
  return s.length <= CREDIT_LINE_REACH && CREDIT_LINE.test(s);
}

/** The full name first and the outlet after the slash, bare (`Rina Wulandari/Kabarcontoh`): the shape of a byline as well. */
const NAME_FIRST_LINE = new RegExp(String.raw`^${FULL_NAME} ?\/ ?${SOURCE}$`, 'u');

/** A credit line that names the person first, bare: right under the headline, with no caption above it, the byline. */
export function isNameFirstCreditLine(s: string): boolean {
  return s.length <= CREDIT_LINE_REACH && NAME_FIRST_LINE.test(s);
}
