/**
 * A body named by a list of portfolios after its head (`Kementerian Contoh, Koperasi dan
 * Kepenggunaan (KCKK)`): the comma would end the name, so the list is read on only when the short
 * form in brackets right after it spells the whole list out, and not the name before the comma,
 * or, for a government body, when the list ends the name before a small word or a stop
 * (`Kementerian Perikanan, Pelancongan dan Sukan.`) and no item is a body, a place or a person.
 */
import type { CompiledOrganisations } from './compile.js';
import { MAX_NAME_WORDS } from './names.js';
import { commaGap, nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isCamel, spellsOut } from './shapes.js';

/** A portfolio word: a name word that is no known form's or acronym (a head may be one: `Koperasi`). */
function portfolioWord(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  const t = p.tokens[k]!;
  return nameAt(p, k) && !t.acronym && !c.known.has(t.text);
}

/** Items of a list `[from, to)` that open with no head nor place and hold no role or person's word. */
function plainItems(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (c.joiners.has(w)) continue;
    if (c.roles.has(w) || c.personFirstWords.has(w) || c.honorifics.has(w) || c.breakers.has(w)) return false;
    // An item's first word, after the comma or the joiner (a place inside one: `Pembangunan Daerah`)
    const first = !plainGap(p, k) || c.joiners.has(p.tokens[k - 1]!.text);
    if (first && (c.heads.has(w) || c.places.has(w) || c.placeWords.has(w))) return false;
  }
  return true;
}

/**
 * The end (exclusive) of the portfolio list after a name of words `[from, to)`, or `to` when none:
 * `, A, B dan C` (each one or more words), then ` (SHORT)` spelling out the name with the list.
 */
export function portfolioListEnd(c: CompiledOrganisations, p: ParagraphState, from: number, to: number, government = false): number {
  const { tokens, text } = p;
  const n = tokens.length;
  if (to >= n || !commaGap(p, to)) return to;
  let k = to;
  let joined = false;
  for (let words = 0; k < n && words < MAX_NAME_WORDS; ) {
    // `, A` or `, dan A` or ` dan A`
    if (commaGap(p, k)) {
      if (c.joiners.has(tokens[k]!.text) && plainGap(p, k + 1)) {
        joined = true;
        k++;
      }
    } else if (c.joiners.has(tokens[k]!.text) && plainGap(p, k) && plainGap(p, k + 1)) {
      joined = true;
      k++;
    } else break;
    if (k >= n || !portfolioWord(c, p, k)) return to;
    do {
      k++;
      words++;
    } while (k < n && words < MAX_NAME_WORDS && plainGap(p, k) && portfolioWord(c, p, k));
    if (joined) break;
  }
  if (!joined) return to;
  if (government && (k >= n || !plainGap(p, k) || !nameAt(p, k)) && plainItems(c, p, to, k)) return k;
  if (k >= n) return to;
  const short = tokens[k]!;
  if (text.slice(tokens[k - 1]!.end, short.start) !== ' (' || text[short.end] !== ')' || !(short.acronym || isCamel(short.text))) return to;
  // The short form starts with the head's letter (`Serikat …, dan Jaringan … (JKP)` names the last one only).
  if (short.text[0]!.toLowerCase() !== tokens[from]!.text[0]!.toLowerCase()) return to;
  const name = text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const whole = text.slice(tokens[from]!.start, tokens[k - 1]!.end);
  return spellsOut(short.text, whole) && !spellsOut(short.text, name) ? k : to;
}
