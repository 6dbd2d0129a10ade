import type { Context } from '../context.js';
import { collapseWhitespace, toSourceSpan } from '../util/normalize.js';

/**
 * Turn the surviving blocks into the clean body: source spans and display text.
 * The dateline is not part of the first paragraph's text.
 */
export function buildParagraphs(ctx: Context): void {
  const text = ctx.norm.text;
  const dateline = ctx.dateline;
  for (const block of ctx.blocks) {
    let start = block.start;
    if (dateline && dateline.start >= block.start && dateline.end <= block.end) {
      start = dateline.end;
      while (start < block.end && text[start] === ' ') start++;
    }
    // A dateline the scraper cut to its dash (` - Otoritas …`) leaves the dash: not text.
    if (ctx.paragraphs.length === 0) {
      const residue = /^[-–—]{1,2} +/.exec(text.slice(start, Math.min(block.end, start + 4)));
      if (residue) start += residue[0].length;
    }
    if (start >= block.end) continue;
    const region = { start, end: block.end };
    ctx.paragraphs.push({
      text: collapseWhitespace(text.slice(start, block.end)),
      span: toSourceSpan(ctx.norm, start, block.end),
      region,
    });
  }
}
