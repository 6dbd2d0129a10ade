/** The dateline engine's options and what it returns (see `find-dateline.ts`, which re-exports them). */
import type { Dateline, Published } from '../types.js';

/** Options of the dateline engine. */
export interface DateOptions {
  /** Supplies the year for dates written without one (`(3/1)`, `5 Mac`). */
  referenceDate?: Date | string | null;
  /** Whether a first line is a photo caption: a bare place (`Jakarta -`) may follow one, as it may follow a headline. */
  captionLine?: (line: string) => boolean;
  /** Whether a line on top is page furniture that is no part of the story (a byline, a reporter's e-mail): skipped like a publication line. */
  furnitureLine?: (line: string) => boolean;
  /**
   * Whether a line on top is a widget's label the boilerplate classifier knows (`Share:`, a share bar, a breadcrumb, a
   * reading time): skipped before any place is read, as `Share:` has the shape of a bare place (`KUALA LUMPUR:`).
   */
  widgetLine?: (line: string) => boolean;
  /** Whether a line is nothing but share buttons (`Facebook`): skipped like a widget's label when one is right above it. */
  buttonLine?: (line: string) => boolean;
}

/** Where a hit lies in the normalized text searched, and what was odd about it. */
export interface Hit {
  start: number;
  end: number;
  warnings: string[];
}

/**
 * A dateline found by `findDateline`: the public fields, with normalized offsets instead of `raw`/`span`.
 * `yearMissing`: its day and month were written without a year and stayed undated (no reference date to take it from):
 * a year found elsewhere in the article may still date it.
 */
export type DatelineHit = Omit<Dateline, 'raw' | 'span'> & Hit & { yearMissing: boolean };

/** A publication line found by `findPublished`. */
export type PublishedHit = Omit<Published, 'raw' | 'span'> & Hit;
