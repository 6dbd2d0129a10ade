import type { Context } from '../context.js';
import { findSignOff } from '../credit/sign-off.js';

/**
 * The credit: the sign-off at the very end of the last body block (`(NP)`, `(fyk/ash)`,
 * `-- BERNAMA`, `– OUTLETDAILY 26/10/2017`, a name in capitals on the last line), taken out of
 * the body. See `credit/sign-off.ts` for the shapes.
 */
export function findCredit(ctx: Context): void {
  const last = ctx.blocks[ctx.blocks.length - 1];
  if (!last) return;
  const text = ctx.norm.text;
  const signOff = findSignOff(text.slice(last.start, last.end), ctx.langs);
  // A text of one block is never all credit.
  if (!signOff || (signOff.index === 0 && ctx.blocks.length < 2)) return;
  ctx.credit = { start: last.start + signOff.index, end: last.end, text: signOff.text };
  let end = last.start + signOff.index;
  while (end > last.start && /\s/.test(text[end - 1]!)) end--;
  ctx.blocks = end > last.start ? [...ctx.blocks.slice(0, -1), { ...last, end }] : ctx.blocks.slice(0, -1);
}
