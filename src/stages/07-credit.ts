import { findSignOff } from '../credit/sign-off.js';
import type { LanguageData } from '../lang/types.js';
import type { BodyResult, Block, Region, Stage } from './types.js';

export interface CreditInput {
  text: string;
  body: readonly Block[];
  /** Outlet names and sign-offs of every language (`-- BERNAMA`, `- Bernama`). */
  langs: readonly LanguageData[];
  /** The opening dateline: in a one-line story it shares the last block, and no sign-off reaches into it. */
  dateline?: Region | null;
}

export interface CreditHit extends Region {
  /** Without the parentheses or the dash: `NP`, `fyk/ash`, `BERNAMA`, `OUTLETDAILY 26/10/2017`. */
  text: string;
  /** The outlet or agency a dashed sign-off names (`K! ONLINE` in `- K! ONLINE`): an organisation the article names. */
  outlet?: Region;
}

export interface CreditResult extends BodyResult {
  credit: CreditHit | null;
}

/**
 * The credit: the sign-off at the very end of the last body block (`(NP)`, `(fyk/ash)`,
 * `-- BERNAMA`, `– OUTLETDAILY 26/10/2017`, a name in capitals on the last line), taken out of
 * the body. The shapes are in `credit/sign-off.ts`.
 */
export function findCredit(input: CreditInput): CreditResult {
  const blocks = input.body;
  const last = blocks[blocks.length - 1];
  if (!last) return { credit: null, body: blocks };
  const { text, dateline } = input;
  const from = dateline && dateline.start >= last.start && dateline.start < last.end ? Math.min(dateline.end, last.end) : last.start;
  const signOff = findSignOff(text.slice(from, last.end), input.langs);
  // A text of one block is never all credit.
  if (!signOff || (signOff.index === 0 && blocks.length < 2)) return { credit: null, body: blocks };
  const outlet = signOff.outlet ? { start: from + signOff.outlet.index, end: from + signOff.outlet.index + signOff.outlet.name.length } : null;
  const credit: CreditHit = { start: from + signOff.index, end: last.end, text: signOff.text, ...(outlet ? { outlet } : {}) };
  let end = credit.start;
  while (end > last.start && /\s/.test(text[end - 1]!)) end--;
  return { credit, body: end > last.start ? [...blocks.slice(0, -1), { ...last, end }] : blocks.slice(0, -1) };
}

export const creditStage: Stage<CreditInput, CreditResult> = {
  name: 'credit',
  run: findCredit,
  nothing: (input) => ({ credit: null, body: input.body }),
  decisions: (r) => (r.credit ? [{ what: 'credit', region: r.credit }] : []),
};
