import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/index.js';
import { loadDateTable } from '../fixtures/date-table.js';

/** The date table (`test/fixtures/date-table.json`); `npm run eval` scores chrono-node on the same rows. */
const DATE_ROWS = loadDateTable();
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
