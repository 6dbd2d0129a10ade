import type { Context } from '../context.js';
import { articleReference, findBodyDates } from '../dates/body-dates.js';
import { toFoundDate } from '../dates/find-dates.js';
import { LANGUAGES } from '../lang/index.js';
import type { DateData, LanguageData } from '../lang/types.js';

/** The date words an article is read with: its language's, then its siblings' (Malay in Indonesian news). One array per language. */
const dateData = new WeakMap<LanguageData, readonly DateData[]>();

function dataFor(lang: LanguageData): readonly DateData[] {
  let data = dateData.get(lang);
  if (!data) {
    data = [lang.dates, ...lang.markers.siblings.map((code) => LANGUAGES[code].dates)];
    dateData.set(lang, data);
  }
  return data;
}

/**
 * Every day-level date in the clean paragraphs (never junk, captions or related headlines),
 * resolved against the article's date: the caller's, else the publication line's, else the dateline's.
 */
export function findDatesStage(ctx: Context): void {
  if (ctx.paragraphs.length === 0) return;
  const reference = articleReference(ctx.options.referenceDate, ctx.published?.date, ctx.dateline?.date);
  const regions = ctx.paragraphs.map((p) => p.region);
  const read = { text: ctx.norm.text, norm: ctx.norm };
  ctx.dates = findBodyDates(ctx.norm.text, regions, reference, dataFor(ctx.lang)).map((hit) => toFoundDate(read, hit));
  if (!reference && ctx.dates.some((d) => d.relative)) {
    ctx.warnings.push('dates: no reference date (pass referenceDate): relative and year-less dates have date null');
  }
}
