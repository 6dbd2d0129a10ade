import type { Context } from '../context.js';

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
export function findCredit(ctx: Context): void {
  const last = ctx.blocks[ctx.blocks.length - 1];
  if (!last || ctx.blocks.length < 2) return;
  const text = ctx.norm.text;
  const s = text.slice(last.start, last.end);

  const line = CREDIT_LINE.exec(s) ?? (SIGN_OFF_LINE.test(s) && s.length <= 30 ? [s, s] : null);
  if (line) {
    ctx.credit = { start: last.start, end: last.end, text: line[1]! };
    ctx.blocks = ctx.blocks.slice(0, -1);
    return;
  }
  const signOff = signOffAtEnd(ctx, s);
  if (signOff) {
    ctx.credit = { start: last.start + signOff.index, end: last.end, text: signOff.name };
    let end = last.start + signOff.index;
    while (end > last.start && text[end - 1] === ' ') end--;
    ctx.blocks = end > last.start ? [...ctx.blocks.slice(0, -1), { ...last, end }] : ctx.blocks.slice(0, -1);
    return;
  }
  const m = CREDIT_AT_END.exec(s);
  if (m) {
    const open = last.start + s.lastIndexOf('(');
    ctx.credit = { start: open, end: last.end, text: m[1]! };
    let end = open;
    while (end > last.start && text[end - 1] === ' ') end--;
    ctx.blocks = [...ctx.blocks.slice(0, -1), { ...last, end }];
  }
}

/** `… kata dia. -- BERNAMA`: an outlet's sign-off after a dash at the very end. */
function signOffAtEnd(ctx: Context, s: string): { index: number; name: string } | null {
  const tail = s.slice(-40);
  for (const lang of ctx.langs) {
    for (const name of lang.boilerplate.signOffs) {
      if (!tail.endsWith(name)) continue;
      const m = /(?:^|\s)([-–—]{1,2} ?)$/.exec(tail.slice(0, tail.length - name.length));
      if (m) return { index: s.length - name.length - m[1]!.length, name };
    }
  }
  return null;
}
