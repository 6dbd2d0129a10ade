/**
 * Two furniture lines read by their shape, for sites warta has not seen:
 * - a footer or section menu printed on one line, its items split by bars or dots
 *   (`Tentang Kami | Redaksi | Pedoman Media Siber | Kontak`);
 * - a byline with the day it was posted (`Posted by Rina Putri on 3 December 2019`, `Ditulis oleh Rina Putri pada 3 Desember 2019`);
 * - bylines joined in one line (`By RINA PUTRI and BUDI SANTOSO`, `Story by Rina Putri; photos by Budi Santoso`),
 *   or a name with its byline in brackets (`Rina Putri (Kontributor Sukamaju)`), or on the line above it.
 * Each is bounded in length and split on literal separators, so they stay linear.
 */
import type { Block, Junk } from '../types.js';
import type { JunkPatterns } from './patterns.js';

/** A menu's separators: a bar, a middle dot or a bullet between spaces. */
const MENU_SEPARATOR = / [|·•] /;
/** One menu item: one to four words, the first capitalised, no sentence punctuation or digits. */
const MENU_ITEM = /^\p{Lu}[\p{L}&'’.-]{0,25}(?: [\p{L}&'’-]{1,25}){0,3}$/u;
/** A menu holds three items at least (two may be a byline and a place, `RINA PUTRI | SUKAMAJU`). */
const MIN_MENU_ITEMS = 3;
const MAX_MENU_LINE = 200;

/** `Tentang Kami | Redaksi | Kontak`: three or more short capitalised items split by bars or dots. */
export function isMenuBar(s: string): boolean {
  // The separator's character alone is looked for first: a search for the whole separator stops at every space.
  if (s.length > MAX_MENU_LINE || !(s.includes('|') || s.includes('·') || s.includes('•')) || !MENU_SEPARATOR.test(s)) return false;
  const items = s.split(MENU_SEPARATOR);
  return items.length >= MIN_MENU_ITEMS && items.every((x) => MENU_ITEM.test(x) && !/\.$/.test(x));
}

/** `… on 3 December 2019`, `… pada 3 Desember 2019`, `…, 3/12/2019`: the posting day after a byline's name. */
const POSTED_ON = /(?: (?:on|pada)|,| [|-]) (?:\p{L}{3,9},? )?(?:[0-3]?[0-9] \p{L}{3,9} |\p{L}{3,9} [0-3]?[0-9], |[0-3]?[0-9]\/[01]?[0-9]\/)(?:19|20)[0-9]{2}$/u;
const MAX_DATED_BYLINE = 100;

/** A byline (`Posted by Rina Putri`) followed by the day it was posted. */
export function isDatedByline(s: string, p: JunkPatterns): boolean {
  // The day ends in the year's digits: most lines end otherwise, and are not searched.
  if (s.length > MAX_DATED_BYLINE || !isDigit(s.charCodeAt(s.length - 1))) return false;
  const m = POSTED_ON.exec(s);
  return m !== null && m.index > 0 && p.byline.test(s.slice(0, m.index));
}

/** An ASCII digit's code. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** What joins the names or bylines of one line: `and`, `dan`, `&`, a semicolon. */
const JOINED = / (?:and|dan|&) |; /;
/** A name after the first byline: one to four capitalised words (`BUDI SANTOSO`, `Budi Santoso`). */
const NAME_ONLY = /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}$/u;
/** `Rina Putri (Kontributor Sukamaju)`: a name, then a byline word and its place in brackets. */
const NAME_THEN_BRACKET = /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){1,3} ?\(([^()\n]{3,60})\)$/u;
const MAX_JOINED_BYLINE = 120;

/** Bylines joined on one line, or a name with its byline in brackets. */
export function isJoinedByline(s: string, p: JunkPatterns): boolean {
  if (s.length > MAX_JOINED_BYLINE) return false;
  // The pattern ends at a closing bracket: most lines end otherwise, and are not searched.
  const bracket = s.charCodeAt(s.length - 1) === 0x29 ? NAME_THEN_BRACKET.exec(s) : null;
  if (bracket) return p.byline.test(bracket[1]!);
  if (!JOINED.test(s)) return false;
  const [first, ...rest] = s.split(JOINED);
  // `photos by Budi Santoso`: a later byline may open in lower case.
  const byline = (x: string) => p.byline.test(x.charAt(0).toUpperCase() + x.slice(1));
  return byline(first!) && rest.every((x) => NAME_ONLY.test(x) || byline(x));
}

/** A full name alone on its line: two to four capitalised words. */
const FULL_NAME_LINE = /^\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){1,3}$/u;

/**
 * `Rina Putri` over `Kontributor Sukamaju`: a name alone on the line above a byline line is the byline's, not the
 * story's. `before` is the block right above the byline; it moves from `kept` to `junk` when it is that name.
 */
export function takeNameAbove(text: string, kept: Block[], junk: Junk[], before: Block | undefined, byline: Block): void {
  const prev = kept[kept.length - 1];
  if (!prev || !before || prev.start !== before.start || prev.end !== before.end || prev.line === byline.line || kept.length < 2 || kept[kept.length - 2]!.line === prev.line) return;
  if (!FULL_NAME_LINE.test(text.slice(prev.start, prev.end))) return;
  kept.pop();
  junk.push({ start: prev.start, end: prev.end, kind: 'editor' });
}
