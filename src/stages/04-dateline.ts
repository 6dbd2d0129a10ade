import type { Context } from '../context.js';
import { findDateline, findPublished } from '../dateline/find-dateline.js';
import { MAX_CAPTION_LENGTH } from '../options.js';

/**
 * The publication line and the opening dateline, searched just after the title.
 * Blocks before the dateline that are neither the title nor the publication line are
 * page furniture (tempo: a photo caption between the date line and the dateline).
 */
export function findDatelineStage(ctx: Context): void {
  const text = ctx.norm.text;
  const from = ctx.title ? lineEndAfter(text, ctx.title.end) : 0;
  // Outlets and months cross languages (an Indonesian site quoting Reuters), so all are searched.
  const data = ctx.langs;
  // The publication line may stand above the headline too (`Kamis, 12 Maret 2020 10:00 WIB`, then the title).
  const published = (from > 0 ? findPublished(text, 0, data) : null) ?? findPublished(text, from, data);
  if (published) {
    ctx.published = published;
    ctx.warnings.push(...published.warnings);
  }
  const referenceDate = ctx.options.referenceDate ?? published?.date ?? undefined;
  let dateline = findDateline(text, from, data, referenceDate ? { referenceDate } : {});
  // Blocks are in order, and both lines sit near the top: only the leading blocks are looked at.
  const blocks = ctx.blocks;
  const limit = Math.max(published?.end ?? 0, dateline?.start ?? 0);
  let lead = 0;
  while (lead < blocks.length && blocks[lead]!.start < limit) lead++;
  // An opening dateline comes before the story: long text before it means this is not one.
  for (let i = 0; dateline && i < lead; i++) {
    const b = blocks[i]!;
    if (b.end <= dateline.start && b.end - b.start > MAX_CAPTION_LENGTH) dateline = null;
  }
  if (dateline) {
    ctx.dateline = dateline;
    ctx.warnings.push(...dateline.warnings);
  }
  if (lead === 0) return;

  // Take the publication line out of the body, and whatever precedes the dateline.
  const kept = [];
  for (let i = 0; i < lead; i++) {
    const b = blocks[i]!;
    if (published && b.start >= published.start && b.end <= published.end) continue;
    if (dateline && b.end <= dateline.start) {
      ctx.junk.push({ start: b.start, end: b.end, kind: 'caption' });
      continue;
    }
    kept.push(b);
  }
  ctx.blocks = lead === kept.length ? blocks : [...kept, ...blocks.slice(lead)];
}

function lineEndAfter(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl + 1;
}
