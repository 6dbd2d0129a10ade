/**
 * `GUANGZHOU (China):`, `DHAKA (Bangladesh) –`: a foreign city in capitals, then its country in
 * parentheses in ordinary case (one or two words: `(Arab Saudi)`; an acronym's expansion runs longer),
 * before the separator. An outlet in parentheses (`(ANTARA)`, `(Bernama)`) is read before this, by
 * the outlet tables.
 */
const COUNTRY = /[ ]{0,2}\(\p{Lu}\p{Ll}{1,30}(?: \p{Lu}\p{Ll}{1,30})?\)/uy;

/** Where a country in parentheses at `pos` ends, or `pos` when there is none. */
export function countryAfter(text: string, pos: number): number {
  COUNTRY.lastIndex = pos;
  return COUNTRY.exec(text) ? COUNTRY.lastIndex : pos;
}

/** `MANILA, Philippines —`: a city and its country after a comma (the list is language knowledge). */
export { isCountryName } from '../lang/countries.js';
