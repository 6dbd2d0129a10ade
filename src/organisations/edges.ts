/**
 * Where a name found by pass 1 may not start or end: after a role that heads it (`CEO Contoh Holdings`),
 * inside a post's field (`Head of Contoh Research`), inside brackets it then runs out of (`(DCR) RI`),
 * before an amount's decimals or at a place before `dan`. Each looks at a few words.
 */
import type { CompiledOrganisations } from './compiled.js';
import { matchWords, nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isPersonWord, MAX_PERSON_WORDS, MIN_PERSON_WORDS } from './people.js';
import { isNumber } from './shapes.js';

/** Most capitalised words read after a regional office's level word (`Kabupaten Contoh Utara Rina Wulan`). */
const MAX_PLACE_RUN = 5;

/** Most name words of a post's field before a tail (`Head of Contoh Market Research`). */
const MAX_FIELD_WORDS = 3;

/**
 * Words `[from, to)` hold a closing bracket before any opening one: the form starts inside brackets
 * and goes on past them (`Dewan Contoh (DCR) RI` is no `DCR RI`).
 */
export function closesFirst(p: ParagraphState, from: number, to: number): boolean {
  // Only the gaps between the form's words are read: a few characters each (`formGap`).
  for (let k = from + 1; k < to; k++) {
    const gap = p.text.slice(p.tokens[k - 1]!.end, p.tokens[k]!.start);
    if (gap.includes('(')) return false;
    if (gap.includes(')')) return true;
  }
  return false;
}

/**
 * Word `i` is a role written as an acronym (`CEO`) or one that heads a unit (`Direktur`, a cue word),
 * and a name word or an acronym follows: the name starts after it. Not a known form's first word
 * (`General Motors`).
 */
export function startsWithRole(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const word = p.tokens[i]!.text;
  if (!c.roles.has(word) || c.known.has(word)) return false;
  if (!p.tokens[i]!.acronym && !c.cues.has(word.toLowerCase())) return false;
  return i + 1 < p.tokens.length && plainGap(p, i + 1) && (nameAt(p, i + 1) || p.tokens[i + 1]!.acronym);
}

/** Word `i` is one of the first few name words after a post and `of` (`Head of Contoh Market …`). */
export function afterPostOf(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < MAX_FIELD_WORDS && plainGap(p, k) && nameAt(p, k - 1)) k--;
  return k >= 2 && p.tokens[k - 1]!.text === 'of' && plainGap(p, k) && plainGap(p, k - 1) && c.roles.has(p.tokens[k - 2]!.text);
}

/**
 * Plain word `i` is in the first few name words after a post (`Kepala Divisi Riset Contoh …`), or
 * one of them is a post (`Corporate Contoh …`).
 */
export function afterPost(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const w = p.tokens[i]!;
  if (w.acronym || c.known.has(w.text) || c.heads.has(w.text)) return false;
  let k = i;
  while (k > 0 && i - k < MAX_FIELD_WORDS && plainGap(p, k) && nameAt(p, k - 1)) k--;
  if (c.roles.has(p.tokens[k]!.text)) return true;
  // Back over the post's own words (`Divisi Riset`) to its title (`Kepala`).
  let r = k - 1;
  while (r >= 0 && k - r <= MAX_FIELD_WORDS && plainGap(p, r + 1) && c.roleWords.has(p.tokens[r]!.text) && !c.roles.has(p.tokens[r]!.text)) r--;
  return r >= 0 && plainGap(p, r + 1) && c.roles.has(p.tokens[r]!.text);
}

/** Words `[from, to)` hold a body's own acronym or a known name (`ABC`, `Contoh Air`; `known` says whether one starts at a word). */
export function bodyWordIn(c: CompiledOrganisations, p: ParagraphState, from: number, to: number, known: (k: number) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = p.tokens[k]!;
    if ((t.acronym && !c.notOrganisations.has(t.text)) || known(k)) return true;
  }
  return false;
}

/** Number word `j` goes on with a decimal or thousands part (`2,8 juta`, `1.500`): an amount, not a name's number. */
export function decimalAfter(p: ParagraphState, j: number): boolean {
  const end = p.tokens[j]!.end;
  const next = p.text[end + 1];
  return (p.text[end] === ',' || p.text[end] === '.') && next !== undefined && isNumber(next);
}

/** Number `j` counts the noun after it (`74 orang`): no name's number. */
export function countsNext(c: CompiledOrganisations, p: ParagraphState, j: number): boolean {
  return j + 1 < p.tokens.length && plainGap(p, j + 1) && c.countNouns.has(p.tokens[j + 1]!.text);
}

/**
 * Joiner `j` follows a place that closes a name (`Institut Contoh Malaysia dan …`): what follows is
 * another name, unless it is a place too (`Bank Tani Makmur Jawa Barat dan Banten`).
 */
export function endsAtPlace(c: CompiledOrganisations, p: ParagraphState, j: number): boolean {
  const next = p.tokens[j + 1]?.text ?? '';
  return j > 0 && c.placeWords.has(p.tokens[j - 1]!.text) && !c.placeWords.has(next);
}

/**
 * Word `from` starts a name right after a lower-case term and a word for `or` (`<term> atau <Name>`):
 * the name is the term's other name, most often an English one for a thing, no organisation.
 */
export function glossesTerm(c: CompiledOrganisations, p: ParagraphState, from: number): boolean {
  if (from < 2 || !plainGap(p, from) || !plainGap(p, from - 1) || !c.orWords.has(p.tokens[from - 1]!.text)) return false;
  const term = p.tokens[from - 2]!;
  return !term.cap && !term.acronym && !isNumber(term.text);
}

/**
 * Where a regional office named after a national body's name ending at word `to` ends (`KPU Kabupaten
 * Contoh Utara`): a level word (`Kabupaten`), then the place. Of three or more capitalised words after the
 * level, only the first and the place words after it (`Utara`) are the place's: a person's name follows
 * (`Ketua KPU Kota Contoh Rina Wulan`). The end (exclusive), or -1. Bounded window: linear.
 */
export function regionalOfficeEnd(c: CompiledOrganisations, p: ParagraphState, to: number): number {
  const { tokens } = p;
  if (to + 1 >= tokens.length || !plainGap(p, to) || !c.regionLevels.has(tokens[to]!.text)) return -1;
  let run = to + 1;
  while (run < tokens.length && run - to - 1 < MAX_PLACE_RUN && plainGap(p, run) && nameAt(p, run) && !tokens[run]!.acronym) run++;
  const words = run - to - 1;
  if (words === 0) return -1;
  // A capitalised word after the run, a name's or not (a month's `Juni`), says a person's name may have begun in it.
  if (words <= 2 && !(run < tokens.length && plainGap(p, run) && tokens[run]!.cap)) return run;
  let end = to + 2;
  while (end < run && c.placeWords.has(tokens[end]!.text)) end++;
  return end;
}

/** Most capitalised words read after a province's name: a person's name of 2–3 words, and one more to see it end. */
const MAX_WORDS_AFTER_PROVINCE = 4;

/** A comma, a day's name and a bracketed date after a place: the venue and day of what is reported (`Banten, Senin (2/3)`). */
const VENUE_AND_DAY = /^,[ \u00a0]?\p{Lu}\p{Ll}+[ \u00a0]?\(\d/u;

/** Characters of a venue-and-day phrase read after a province's name (`, Selasa (12`). */
const VENUE_WINDOW = 16;

/**
 * Where a national body's office in a province, named by the province alone, ends (`BPS Jabar`, `Bawaslu Jawa
 * Barat`, `KPU Papua Barat Daya`): the body's name `[from, to)`, then a province's whole name (`provinces`, longest
 * first). The province must end the name: the words after it are no capitalised word, or a person's name of 2–3
 * words (`BPS Jabar Rina Wulan`), or a title (`Polda Contoh Irjen …`); one capitalised word more goes on with a
 * place (`Aceh Contoh`) or names something else (`Papua Contoh`). Not a body that seats members for a province
 * (`provinceSeats`), nor the venue of a dated report (`… BPS Banten, Senin (2/3)`). The end (exclusive), or -1.
 * Bounded window: linear.
 */
export function provinceOfficeEnd(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): number {
  const { tokens } = p;
  if (to >= tokens.length || !plainGap(p, to)) return -1;
  const names = c.provinces.get(tokens[to]!.text);
  const name = names?.find((words) => matchWords(p, to, words, plainGap));
  if (!name || c.provinceSeats.has(p.text.slice(tokens[from]!.start, tokens[to - 1]!.end))) return -1;
  const end = to + name.length;
  const after = tokens[end - 1]!.end;
  if (VENUE_AND_DAY.test(p.text.slice(after, after + VENUE_WINDOW))) return -1;
  let run = end;
  while (run < tokens.length && run - end < MAX_WORDS_AFTER_PROVINCE && plainGap(p, run) && nameAt(p, run)) run++;
  if (run === end || c.breakers.has(tokens[end]!.text)) return end;
  const words = run - end;
  if (words < MIN_PERSON_WORDS || words > MAX_PERSON_WORDS) return -1;
  for (let k = end; k < run; k++) if (!isPersonWord(c, tokens[k]!.text)) return -1;
  return end;
}
