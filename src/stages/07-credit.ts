import type { LanguageData } from '../lang/types.js';
import type { BodyResult, Block, Region, Stage } from './types.js';

export interface CreditInput {
  text: string;
  body: readonly Block[];
  /** Outlet sign-offs of every language (`-- BERNAMA`). */
  langs: readonly LanguageData[];
}

export interface CreditHit extends Region {
  /** Without the parentheses: `NP`, `fyk/ash`. */
  text: string;
}

export interface CreditResult extends BodyResult {
  credit: CreditHit | null;
}

/**
 * Reporter or editor initials in parentheses at the very end: `(NP)`, `(fyk/ash)`,
 * `(kpl/pur/tch)`, `(Cas/Isk)`. Groups of 1–6 letters (an optional `*`), up to five of them.
 * After a sentence end, or after two spaces: two, not `{2,}`, which matches the same texts
 * but made the search quadratic on a long run of spaces.
 */
const CREDIT_AT_END = /(?:^|[.!?"”’)] {0,3}| {2})\(([A-Za-z]{1,6}\*?(?:\/[A-Za-z]{1,6}\*?){0,4})\)$/;
/** The same initials alone on their line. */
const CREDIT_LINE = /^\(([A-Za-z]{1,6}\*?(?:\/[A-Za-z]{1,6}\*?){0,4})\)$/;
/** A sign-off of one to three upper-case words alone on the last line (`DINI TEJA`). */
const SIGN_OFF_LINE = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}$/u;

/** Find the credit in the last body block and take it out of the body. */
export function findCredit(input: CreditInput): CreditResult {
  const blocks = input.body;
  const last = blocks[blocks.length - 1];
  if (!last || blocks.length < 2) return { credit: null, body: blocks };
  const { text } = input;
  const s = text.slice(last.start, last.end);

  const line = CREDIT_LINE.exec(s) ?? (SIGN_OFF_LINE.test(s) && s.length <= 30 ? [s, s] : null);
  if (line) {
    return { credit: { start: last.start, end: last.end, text: line[1]! }, body: blocks.slice(0, -1) };
  }
  const signOff = signOffAtEnd(input.langs, s);
  if (signOff) {
    const credit = { start: last.start + signOff.index, end: last.end, text: signOff.name };
    let end = last.start + signOff.index;
    while (end > last.start && text[end - 1] === ' ') end--;
    return { credit, body: end > last.start ? [...blocks.slice(0, -1), { ...last, end }] : blocks.slice(0, -1) };
  }
  const m = CREDIT_AT_END.exec(s);
  if (m) {
    const open = last.start + s.lastIndexOf('(');
    let end = open;
    while (end > last.start && text[end - 1] === ' ') end--;
    return { credit: { start: open, end: last.end, text: m[1]! }, body: [...blocks.slice(0, -1), { ...last, end }] };
  }
  return { credit: null, body: blocks };
}

export const creditStage: Stage<CreditInput, CreditResult> = {
  name: 'credit',
  run: findCredit,
  nothing: (input) => ({ credit: null, body: input.body }),
  decisions: (r) => (r.credit ? [{ what: 'credit', region: r.credit }] : []),
};

/** `… kata dia. -- BERNAMA`: an outlet's sign-off after a dash at the very end. */
function signOffAtEnd(langs: readonly LanguageData[], s: string): { index: number; name: string } | null {
  const tail = s.slice(-40);
  for (const lang of langs) {
    for (const name of lang.boilerplate.signOffs) {
      if (!tail.endsWith(name)) continue;
      const m = /(?:^|\s)([-–—]{1,2} ?)$/.exec(tail.slice(0, tail.length - name.length));
      if (m) return { index: s.length - name.length - m[1]!.length, name };
    }
  }
  return null;
}
