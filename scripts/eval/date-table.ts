/**
 * Two tables of date expressions, each scored for warta and, side by side, for chrono-node's
 * Indonesian parser (`chrono-node/id`, a dev dependency used only here):
 *
 * - the first table (54 written dates, publication lines and times, below): chrono is judged
 *   on its best combined reading: the first result with a certain day gives the date, the
 *   first with a certain hour gives the time, and a zone counts as right when its UTC offset
 *   matches. An impossible date is right when no date is given.
 * - the date table of `test/fixtures/date-table.json` (the one `npm test` runs: relative days,
 *   counted offsets, day names, parts of the day, ranges, periods, and negative rows): both are
 *   judged on their first reading of the sentence (`parseDate`; chrono's first result, its day
 *   certain or implied, as chrono's own `parseDate` does). A period is right for chrono when its
 *   day lies in the period; a negative row when it reads nothing (warta: no day-level date).
 */
import * as chronoEn from 'chrono-node';
import * as chronoId from 'chrono-node/id';
import { findDates, parseDate } from '../../src/dates/find-dates.js';
import { loadDateTable, type DateRow } from '../../test/fixtures/date-table.js';
import type { Evaluator, Figure } from './types.js';

interface Row {
  text: string;
  /** `YYYY-MM-DD`, or null for an impossible date or a clock time alone. */
  date: string | null;
  time?: string;
  timezone?: 'WIB' | 'WITA' | 'WIT';
  /** For dates written without a year. */
  ref?: string;
}

/** UTC offsets in minutes, as chrono reports them. */
const ZONE_MINUTES: Record<string, number> = { WIB: 420, WITA: 480, WIT: 540 };

/** The reference given to chrono when a row has none (it needs one for times alone). */
const DEFAULT_REF = '2020-06-15';

const ROWS: Row[] = [
  // Numeric day/month/year.
  { text: '30/11/2019', date: '2019-11-30' },
  { text: '25-11-2019', date: '2019-11-25' },
  { text: '10.01.2020', date: '2020-01-10' },
  { text: '7/8/20', date: '2020-08-07' },
  { text: 'Ubud (30/11/2019) –', date: '2019-11-30' },
  // Day/month with the year from the reference date.
  { text: '(3/1)', date: '2019-01-03', ref: '2019-01-10' },
  { text: 'Kamis (3/1)', date: '2019-01-03', ref: '2019-01-05' },
  { text: 'Selasa (30/12)', date: '2014-12-30', ref: '2015-01-02' },
  // A day name with a parenthesised date is one date.
  { text: 'Senin (25/11/2019)', date: '2019-11-25' },
  { text: 'Jakarta, Senin (25/11/2019) -', date: '2019-11-25' },
  { text: "Jum'at (7/8/2020)", date: '2020-08-07' },
  // Indonesian month names and every abbreviation in use.
  { text: '5 Januari 2020', date: '2020-01-05' },
  { text: '5 Jan 2020', date: '2020-01-05' },
  { text: '14 Februari 2016', date: '2016-02-14' },
  { text: '2 Peb 2016', date: '2016-02-02' },
  { text: '9 Maret 2012', date: '2012-03-09' },
  { text: '9 Mar 2012', date: '2012-03-09' },
  { text: '9 Mrt 2012', date: '2012-03-09' },
  { text: '1 Apr 2021', date: '2021-04-01' },
  { text: '4 Mei 2024', date: '2024-05-04' },
  { text: '6 Jun 2019', date: '2019-06-06' },
  { text: '17 Jul 2018', date: '2018-07-17' },
  { text: '17 Agustus 1945', date: '1945-08-17' },
  { text: '17 Agu 2020', date: '2020-08-17' },
  { text: '14 Agt 2020', date: '2020-08-14' },
  { text: '14 Ags 2020', date: '2020-08-14' },
  { text: '12 Sep 2017', date: '2017-09-12' },
  { text: '12 Sept 2017', date: '2017-09-12' },
  { text: '20 Okt 2011', date: '2011-10-20' },
  { text: '1 Nop 2010', date: '2010-11-01' },
  { text: '27 Nov 2019', date: '2019-11-27' },
  { text: '31 Des 2019', date: '2019-12-31' },
  { text: 'Minggu, 30 Desember 2018', date: '2018-12-30' },
  { text: 'Jumat, 7 Agustus 2020', date: '2020-08-07' },
  // Malay months and day names.
  { text: '5 Mac 2020', date: '2020-03-05' },
  { text: 'Isnin, 6 Julai 2020', date: '2020-07-06' },
  { text: 'Khamis, 19 Ogos 2021', date: '2021-08-19' },
  { text: 'Jumaat, 3 Disember 2021', date: '2021-12-03' },
  { text: 'Ahad, 2 Januari 2022', date: '2022-01-02' },
  { text: 'KUALA LUMPUR, 5 Mac (Bernama) --', date: '2021-03-05', ref: '2021-03-06' },
  // English.
  { text: 'January 5, 2015', date: '2015-01-05' },
  { text: 'Monday, March 2, 2020', date: '2020-03-02' },
  { text: '21 June 2019', date: '2019-06-21' },
  // Publication lines: date, time and zone.
  { text: 'Kamis, 05 November 2015 | 11:13 WIB', date: '2015-11-05', time: '11:13', timezone: 'WIB' },
  { text: 'Rabu, 27 Nov 2019 10:00 WIB', date: '2019-11-27', time: '10:00', timezone: 'WIB' },
  { text: 'Diperbarui 10/01/2020, 13:05 WIB', date: '2020-01-10', time: '13:05', timezone: 'WIB' },
  { text: 'Selasa, 12 Nov 2019 16:20 WITA', date: '2019-11-12', time: '16:20', timezone: 'WITA' },
  { text: 'Senin (21/1/2019) pukul 07.30 WIT', date: '2019-01-21', time: '07:30', timezone: 'WIT' },
  // Times alone.
  { text: 'pukul 08.15', date: null, time: '08:15' },
  { text: 'pukul 19.30 WITA', date: null, time: '19:30', timezone: 'WITA' },
  { text: '14:30', date: null, time: '14:30' },
  // Impossible dates: no date, not a wrong one.
  { text: '31/02/2020', date: null },
  { text: '(4/11/205)', date: null },
  { text: '29/02/2019', date: null },
];

interface Reading {
  date: string | null;
  time: string | null;
  zoneMinutes: number | null;
  zone: string | null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function wartaReading(row: Row): Reading {
  const r = parseDate(row.text, row.ref ? { referenceDate: row.ref } : {});
  const zone = r?.timezone ?? null;
  return { date: r?.date ?? null, time: r?.time ?? null, zone, zoneMinutes: zone ? (ZONE_MINUTES[zone] ?? null) : null };
}

function chronoReading(row: Row): Reading {
  const ref = new Date(`${row.ref ?? DEFAULT_REF}T12:00:00Z`);
  let results: ReturnType<typeof chronoId.parse> = [];
  try {
    results = chronoId.parse(row.text, ref);
  } catch {
    results = [];
  }
  const withDay = results.find((r) => r.start.isCertain('day'));
  const withHour = results.find((r) => r.start.isCertain('hour'));
  const date = withDay
    ? `${withDay.start.get('year')}-${pad(withDay.start.get('month') ?? 0)}-${pad(withDay.start.get('day') ?? 0)}`
    : null;
  const time = withHour ? `${pad(withHour.start.get('hour') ?? 0)}:${pad(withHour.start.get('minute') ?? 0)}` : null;
  const offset = withHour?.start.get('timezoneOffset');
  return { date, time, zone: null, zoneMinutes: offset ?? null };
}

function right(row: Row, got: Reading): boolean {
  if (got.date !== row.date) return false;
  if ((row.time ?? null) !== got.time) return false;
  if (row.timezone) return got.zoneMinutes === ZONE_MINUTES[row.timezone];
  return true;
}

function show(r: Reading): string {
  return [r.date ?? '-', r.time ?? '', r.zone ?? (r.zoneMinutes !== null ? `UTC+${r.zoneMinutes / 60}` : '')].filter(Boolean).join(' ');
}

interface Reading2 {
  date: string | null;
  end: string | null;
  time: string | null;
  nothing: boolean;
}

function iso(c: { get(k: 'year' | 'month' | 'day'): number | null }): string {
  return `${String(c.get('year')).padStart(4, '0')}-${pad(c.get('month') ?? 0)}-${pad(c.get('day') ?? 0)}`;
}

function chronoFirst(row: DateRow, parser: typeof chronoId.parse = chronoId.parse): Reading2 {
  let results: ReturnType<typeof chronoId.parse> = [];
  try {
    results = parser(row.text, new Date(`${row.ref ?? DEFAULT_REF}T12:00:00Z`));
  } catch {
    results = [];
  }
  const r = results[0];
  if (!r) return { date: null, end: null, time: null, nothing: true };
  return {
    date: iso(r.start),
    end: r.end ? iso(r.end) : null,
    time: r.start.isCertain('hour') ? `${pad(r.start.get('hour') ?? 0)}:${pad(r.start.get('minute') ?? 0)}` : null,
    nothing: false,
  };
}

function wartaFirst(row: DateRow): Reading2 {
  const options = row.ref ? { referenceDate: row.ref } : {};
  if (row.none) return { date: null, end: null, time: null, nothing: findDates(row.text, options).length === 0 };
  const r = parseDate(row.text, options);
  return { date: r?.date ?? null, end: r?.end ?? null, time: r?.time ?? null, nothing: r === null };
}

function rightOnRow(row: DateRow, got: Reading2, peer: boolean): boolean {
  if (row.none) return got.nothing;
  if (got.nothing) return false;
  if ((row.time ?? null) !== got.time) return false;
  if (row.kind === 'time') return true;
  // A period is a span of days: chrono names one day in it.
  if (row.kind === 'period' && peer) return got.date !== null && got.date >= row.date! && got.date <= row.end!;
  return got.date === row.date && got.end === (row.end ?? null);
}

function showRow(r: Reading2): string {
  return r.nothing ? 'nothing' : `${r.date ?? '-'}${r.end ? `..${r.end}` : ''}${r.time ? ` ${r.time}` : ''}`;
}

function evaluateTable(): Figure[] {
  const rows = loadDateTable();
  const groups = ['ind', 'zlm', 'eng', 'negative'] as const;
  const count = Object.fromEntries(groups.map((g) => [g, { n: 0, warta: 0, chrono: 0 }])) as Record<(typeof groups)[number], { n: number; warta: number; chrono: number }>;
  let warta = 0;
  let chrono = 0;
  const lines: string[] = [];
  for (const row of rows) {
    const w = wartaFirst(row);
    const c = chronoFirst(row);
    const wOk = rightOnRow(row, w, false);
    const cOk = rightOnRow(row, c, true);
    const g = count[row.none ? 'negative' : row.lang];
    g.n++;
    if (wOk) (warta++, g.warta++);
    if (cOk) (chrono++, g.chrono++);
    if (!wOk) lines.push(`warta wrong: ${JSON.stringify(row.text)} → ${showRow(w)}`);
  }
  const split = groups.map((g) => `${g} ${count[g].warta}/${count[g].n} vs ${count[g].chrono}/${count[g].n}`).join('; ');
  // chrono's Indonesian parser does not read English: its English parser on the English rows, for fairness.
  const english = rows.filter((r) => r.lang === 'eng');
  const englishRight = english.filter((r) => rightOnRow(r, chronoFirst(r, chronoEn.parse), true)).length;
  return [
    { key: 'dates.table2.warta', label: `date table: warta right (${rows.length} rows, test/fixtures)`, value: warta / rows.length },
    {
      key: 'dates.table2.chrono',
      label: `date table: chrono-node id parser right (${rows.length} rows)`,
      value: chrono / rows.length,
      detail:
        `warta ${warta}/${rows.length}, chrono-node/id ${chrono}/${rows.length} (warta vs chrono: ${split}); ` +
        `chrono-node's English parser on the ${english.length} English rows: ${englishRight}/${english.length}` +
        (lines.length ? `\n  ${lines.join('\n  ')}` : ''),
    },
  ];
}

export const evaluateDateTable: Evaluator = async () => {
  let warta = 0;
  let chrono = 0;
  const lines: string[] = [];
  for (const row of ROWS) {
    const w = wartaReading(row);
    const c = chronoReading(row);
    const wOk = right(row, w);
    const cOk = right(row, c);
    if (wOk) warta++;
    if (cOk) chrono++;
    if (!wOk || !cOk) {
      const expected = [row.date ?? '-', row.time ?? '', row.timezone ?? ''].filter(Boolean).join(' ');
      lines.push(`${JSON.stringify(row.text)} → ${expected} | warta ${wOk ? 'ok' : show(w)} | chrono ${cOk ? 'ok' : show(c)}`);
    }
  }
  const figures: Figure[] = [
    {
      key: 'dates.table.warta',
      label: `date table: warta parseDate right (${ROWS.length} expressions)`,
      value: warta / ROWS.length,
    },
    {
      key: 'dates.table.chrono',
      label: `date table: chrono-node id parser right (${ROWS.length} expressions)`,
      value: chrono / ROWS.length,
      detail: `warta ${warta}/${ROWS.length}, chrono-node/id ${chrono}/${ROWS.length}` + (lines.length ? `\n  ${lines.join('\n  ')}` : ''),
    },
    ...evaluateTable(),
  ];
  return figures;
};
