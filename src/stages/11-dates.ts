import { articleReference, findBodyDates } from '../dates/body-dates.js';
import type { DateHit } from '../dates/hit.js';
import { LANGUAGES } from '../lang/index.js';
import type { DateData, LanguageData } from '../lang/types.js';
import type { Region, Stage, StageResult } from './types.js';

export interface DatesInput {
  text: string;
  /** The clean paragraphs: a date in junk, a caption or a related headline is not the article's. */
  paragraphs: readonly Region[];
  /** The article's language data: its date words are read, then its siblings' (Malay in Indonesian news). */
  data: LanguageData;
  /** The article's date, the first that can be read: the caller's, the publication line's, the dateline's. */
  references: readonly (Date | string | null | undefined)[];
}

export interface DatesResult extends StageResult {
  /** Day-level dates in normalized offsets, in order, until the Article is assembled. */
  dates: DateHit[];
}

/** The date words an article is read with, one array per language (the grammar is compiled once per array). */
const dateData = new WeakMap<LanguageData, readonly DateData[]>();

function dataFor(lang: LanguageData): readonly DateData[] {
  let data = dateData.get(lang);
  if (!data) {
    data = [lang.dates, ...lang.markers.siblings.map((code) => LANGUAGES[code].dates)];
    dateData.set(lang, data);
  }
  return data;
}

/** Every day-level date in the clean paragraphs, resolved against the article's own date. */
export function findDatesStage(input: DatesInput): DatesResult {
  if (input.paragraphs.length === 0) return { dates: [] };
  const reference = articleReference(...input.references);
  const dates = findBodyDates(input.text, input.paragraphs, reference, dataFor(input.data));
  if (reference || !dates.some((d) => d.relative)) return { dates };
  return { dates, warnings: ['dates: no reference date (pass referenceDate): relative and year-less dates have date null'] };
}

export const datesStage: Stage<DatesInput, DatesResult> = {
  name: 'dates',
  run: findDatesStage,
  nothing: () => ({ dates: [] }),
  decisions: (r) => r.dates.map((d) => ({ what: `date:${d.kind}:${d.date ?? 'unresolved'}`, region: { start: d.start, end: d.end } })),
};
