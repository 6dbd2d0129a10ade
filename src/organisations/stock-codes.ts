/**
 * Stock codes in brackets: market news writes a listed company's four-letter code after its name
 * (`Contoh (CNTH)`, `PT Contoh Tbk (CNTH)`). The code is the company's, whatever its letters spell,
 * and in a paragraph that pairs a company with its code, other names with a code in brackets are
 * companies too (`Sinar Contoh (SNCT), Contoh (CNTH)`). One pass over the paragraph's words: linear.
 */
import { addWordHit, CLOSE, OPEN } from './parentheses.js';
import { Finder, isCredit, nameAt, type ParagraphState, plainGap } from './paragraph.js';
import { isAcronym } from './shapes.js';

/** Letters of a stock exchange's company code (`CNTH`). */
const STOCK_CODE_LENGTH = 4;

/** Most words of a company's name read before its code when no rule found the name. */
const MAX_CODED_NAME_WORDS = 3;

/** Exactly `STOCK_CODE_LENGTH` capital letters (`CNTH`), no digit or hyphen. */
export function isStockCode(word: string): boolean {
  return word.length === STOCK_CODE_LENGTH && isAcronym(word) && !/\d/.test(word);
}

/**
 * Link each `(CODE)` of paragraph `p` to the company named right before it; hits from index `first`
 * on are this paragraph's. When one code follows a company found by another rule, a code after
 * capitalised words no rule claimed makes those words a company too.
 */
export function linkStockCodes(f: Finder, p: ParagraphState, paragraph: number, first: number): void {
  const { tokens, text } = p;
  if (!text.includes('(')) return;
  const codes: number[] = [];
  for (let t = 1; t < tokens.length; t++) {
    const tok = tokens[t]!;
    if (text.charCodeAt(tok.start - 1) !== OPEN || text.charCodeAt(tok.end) !== CLOSE || text[tok.start - 2] !== ' ') continue;
    if (isStockCode(tok.text) && !f.c.notOrganisations.has(tok.text) && !isCredit(f.c, p, t)) codes.push(t);
  }
  if (codes.length === 0) return;
  const byTo = new Map<number, number>();
  const byFrom = new Map<number, number>();
  const covered = new Set<number>();
  for (let h = first; h < f.hits.length; h++) {
    const hit = f.hits[h]!;
    byTo.set(hit.to, h);
    byFrom.set(hit.from, h);
    for (let k = hit.from; k < hit.to; k++) covered.add(k);
  }
  const unnamed: number[] = [];
  let paired = false;
  for (const t of codes) {
    const name = byTo.get(t);
    // No name before it, or one spelled out by the code that names nothing by itself (`Sinar Contoh (SNCT)`).
    if (name === undefined ? !covered.has(t - 1) : f.hits[name]!.rule === 'long-form' && f.hits[name]!.kind === null) unnamed.push(t);
    if (name === undefined || f.hits[name]!.kind !== 'company') continue;
    // A longer name runs on before the company's (`Sertifikat Bank Contoh (SBC)`): the code is that thing's.
    const from = f.hits[name]!.from;
    if (from > 0 && plainGap(p, from) && nameAt(p, from - 1)) continue;
    paired = true;
    const code = byFrom.get(t) ?? addWordHit(f, p, paragraph, t, 'acronym', 'company', f.hits[name]!.known);
    f.union(name, code);
  }
  if (!paired) return;
  for (const t of unnamed) {
    const from = codedNameStart(f, p, t);
    if (from < 0) continue;
    const spelled = byTo.get(t);
    if (spelled !== undefined) {
      const hit = f.hits[spelled]!;
      if (hit.from !== from) continue;
      Object.assign(hit, { kind: 'company', cue: true });
      continue;
    }
    // A word of it already in another name (`Contoh` of `Contoh Agro`): no second name over it.
    let free = true;
    for (let k = from; k < t && free; k++) free = !covered.has(k);
    if (!free) continue;
    const start = tokens[from]!.start;
    const end = tokens[t - 1]!.end;
    const name = f.add({ start: p.start + start, end: p.start + end, text: text.slice(start, end), rule: 'listed', known: null, kind: 'company', from, to: t, paragraph, cue: true });
    f.learn(tokens.slice(from, t).map((w) => w.text), name);
    f.union(name, byFrom.get(t) ?? addWordHit(f, p, paragraph, t, 'acronym', 'company', null));
  }
}

/**
 * Where the company's name before the code at word `t` starts: one to `MAX_CODED_NAME_WORDS`
 * capitalised words joined by spaces, after a lower-case word or a list's comma (`…), `), none of them a
 * role, a place or a sentence opener. -1 when there is no such name.
 */
function codedNameStart(f: Finder, p: ParagraphState, t: number): number {
  const { tokens, text } = p;
  let k = t - 1;
  while (k - 1 >= 0 && t - k < MAX_CODED_NAME_WORDS && plainGap(p, k) && nameAt(p, k - 1)) k--;
  if (!nameAt(p, k) || k === 0) return -1;
  const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  if (gap !== ', ' && gap !== '), ' && !(gap === ' ' && !tokens[k - 1]!.cap)) return -1;
  for (let m = k; m < t; m++) {
    const w = tokens[m]!.text;
    if (f.c.roles.has(w) || f.c.placeWords.has(w) || f.c.openers.has(w) || f.c.breakers.has(w)) return -1;
  }
  return k;
}
