/**
 * A company named by one word between a company officer's title and the officer's name
 * (`CEO Contohpay Rina Wulandari`, `Direktur Utama Contohpay Budi Santoso`), or before the title in
 * English word order (`Contohpay CEO Rina Wulandari`): one word there is the company when the text
 * also writes it alone elsewhere (`… lending Contohpay, …`), as it does a company it reports on; a
 * title's own word or a person's first name is no such word. Bounded look-around: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isPersonWord } from './people.js';

/** Fewest and most words of the officer's name after the company. */
const MIN_OFFICER_WORDS = 2;
const MAX_OFFICER_WORDS = 4;

/** Word `i` is a company named between an officer's title before it and the officer's name after it, in either order. */
export function officerCompany(c: CompiledOrganisations, p: ParagraphState, i: number, alone: ReadonlyMap<string, number>): boolean {
  // The word's shape first (`companyWord` starts with it too): it needs no look-up.
  if (c.officerTitles.size === 0 || !companyShape(p, i)) return false;
  // The title beside the word first: one look-up rules out nearly every word, before the word's own tests.
  // `CEO Contohpay Rina Wulandari`
  const before = titleEndingAt(c, p, i);
  if (before >= 0) return companyWord(c, p, i, alone) && officerAt(c, p, i + 1);
  // `Contohpay CEO Rina Wulandari`, `Contohpay president director Rina Wulandari`
  const after = titleStartingAt(c, p, i + 1);
  return after > 0 && companyWord(c, p, i, alone) && officerAt(c, p, after);
}

/** Word `i` has a company's shape: a capitalised name word, no acronym (the acronym rules read those). */
function companyShape(p: ParagraphState, i: number): boolean {
  const t = p.tokens[i]!;
  return t.cap && !t.acronym && nameAt(p, i);
}

/** Word `i` can name a company: its shape, written alone elsewhere, and no word of a title, a role, a place or a person's first name. */
function companyWord(c: CompiledOrganisations, p: ParagraphState, i: number, alone: ReadonlyMap<string, number>): boolean {
  const w = p.tokens[i]!.text;
  if (!companyShape(p, i) || !alone.has(w)) return false;
  return !c.placeWords.has(w) && !c.roles.has(w) && !c.roleWords.has(w) && !c.breakers.has(w) && !c.personFirstWords.has(w) && !c.heads.has(w) && !c.officerTitles.has(w);
}

/** Where a title that ends right before word `i` starts, or -1. */
export function titleEndingAt(c: CompiledOrganisations, p: ParagraphState, i: number): number {
  if (i === 0 || !plainGap(p, i)) return -1;
  for (const words of c.officerTitles.get(p.tokens[i - 1]!.text) ?? []) if (i - words.length >= 0 && matches(p, i - words.length, words)) return i - words.length;
  return -1;
}

/** The word after a title that starts at word `k`, or -1. */
function titleStartingAt(c: CompiledOrganisations, p: ParagraphState, k: number): number {
  if (k >= p.tokens.length || !plainGap(p, k)) return -1;
  for (const words of c.officerTitlesByFirst.get(p.tokens[k]!.text) ?? []) if (matches(p, k, words)) return k + words.length;
  return -1;
}

function matches(p: ParagraphState, from: number, words: readonly string[]): boolean {
  if (from + words.length > p.tokens.length) return false;
  for (let w = 0; w < words.length; w++) if (p.tokens[from + w]!.text !== words[w] || (w > 0 && !plainGap(p, from + w))) return false;
  return true;
}

/** Most honorifics before the officer's name (`Tun Dr`, `Datuk Seri`). */
const MAX_HONORIFICS = 3;

/** Words from `k` on are a person's name of two to four words, after honorifics, and the run of capitalised words ends there. */
function officerAt(c: CompiledOrganisations, p: ParagraphState, k: number): boolean {
  for (let h = 0; h < MAX_HONORIFICS && k < p.tokens.length && plainGap(p, k) && c.honorifics.has(p.tokens[k]!.text); h++) k++;
  let m = k;
  while (m < p.tokens.length && m - k < MAX_OFFICER_WORDS && plainGap(p, m) && isPersonWord(c, p.tokens[m]!.text)) m++;
  return m - k >= MIN_OFFICER_WORDS && !(m < p.tokens.length && plainGap(p, m) && nameAt(p, m));
}
