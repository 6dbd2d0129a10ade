import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../src/index.js';
import type { DateKind } from '../src/index.js';

/**
 * The date table (`test/fixtures/date-table.json`): sentences written for warta in the shapes
 * Indonesian, Malay and English news use, each with the reading it must get. `npm run eval`
 * scores chrono-node's Indonesian parser on the same rows.
 */
export interface DateRow {
  lang: 'ind' | 'zlm' | 'eng';
  text: string;
  ref?: string;
  /** A positive row: what `parseDate` must read first. */
  kind?: DateKind;
  date?: string | null;
  end?: string;
  time?: string;
  zone?: string;
  /** The expression as written. */
  match?: string;
  /** Read by `parseDate` only: `findDates` leaves counted offsets forward (`dalam 7 hari`) out. */
  loose?: boolean;
  /** A negative row: no day-level date in it. */
  none?: boolean;
  note?: string;
}

export const DATE_ROWS: DateRow[] = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'date-table.json'), 'utf8'));
const DAY_LEVEL = new Set(['absolute', 'weekday-date', 'weekday', 'relative']);

describe('date table', () => {
  it('date table: at least 150 rows over the three languages, negatives among them', () => {
    expect(DATE_ROWS.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['ind', 'zlm', 'eng']) expect(DATE_ROWS.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(30);
    expect(DATE_ROWS.filter((r) => r.none).length).toBeGreaterThanOrEqual(30);
  });

  for (const row of DATE_ROWS) {
    const options = row.ref ? { referenceDate: row.ref } : {};
    if (row.none) {
      it(`date table: no day-level date in ${JSON.stringify(row.text)} (${row.note ?? ''})`, () => {
        expect(findDates(row.text, options)).toEqual([]);
      });
      continue;
    }
    it(`date table: ${JSON.stringify(row.text)} → ${row.kind} ${row.date}${row.end ? `..${row.end}` : ''}`, () => {
      const got = parseDate(row.text, options);
      expect(got).not.toBeNull();
      expect({ text: got!.text, kind: got!.kind, date: got!.date, end: got!.end, time: got!.time, timezone: got!.timezone }).toEqual({
        text: row.match ?? got!.text,
        kind: row.kind,
        date: row.date,
        end: row.end ?? null,
        time: row.time ?? null,
        timezone: row.zone ?? null,
      });
      expect(row.text.slice(got!.span.start, got!.span.end)).toBe(got!.text);
      // findDates reads the same day-level expression (counted offsets forward excepted).
      const found = findDates(row.text, options).map((f) => `${f.text} ${f.date}`);
      if (DAY_LEVEL.has(row.kind!) && !row.loose) expect(found).toContain(`${got!.text} ${got!.date}`);
      if (row.loose) expect(found).toEqual([]);
    });
  }
});
