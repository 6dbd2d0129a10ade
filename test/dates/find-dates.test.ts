import { describe, expect, it } from 'vitest';
import { findDates, parseArticle, parseDate } from '../../src/index.js';
import { addMonths, fromDayNumber, isValidDate, periodAround, readReference, resolveWeekday, toDayNumber, toIso, weekdayOf, yearFor } from '../../src/dates/calendar.js';

describe('calendar', () => {
  it('calendar: day numbers round-trip over four centuries, leap days included', () => {
    let broken = 0;
    for (let n = toDayNumber({ y: 1900, m: 1, d: 1 }); n < toDayNumber({ y: 2300, m: 1, d: 1 }); n++) {
      if (toDayNumber(fromDayNumber(n)) !== n) broken++;
    }
    expect(broken).toBe(0);
    expect(toIso(fromDayNumber(toDayNumber({ y: 2024, m: 2, d: 29 }) + 1))).toBe('2024-03-01');
    expect(isValidDate(2100, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
  });

  it('calendar: weekdays (1970-01-01 was a Thursday, 2025-10-20 a Monday)', () => {
    expect(weekdayOf({ y: 1970, m: 1, d: 1 })).toBe(4);
    expect(weekdayOf({ y: 2025, m: 10, d: 20 })).toBe(1);
    expect(weekdayOf({ y: 1768, m: 5, d: 4 })).toBe(3);
  });

  it('calendar: months keep the day where they can (31 January + 1 month = 29 February 2024)', () => {
    expect(toIso(addMonths({ y: 2024, m: 1, d: 31 }, 1))).toBe('2024-02-29');
    expect(toIso(addMonths({ y: 2024, m: 3, d: 31 }, -13))).toBe('2023-02-28');
  });

  it('calendar: a day name is the latest on or before the reference unless told otherwise', () => {
    const monday = { y: 2025, m: 10, d: 20 };
    expect(toIso(resolveWeekday(monday, 1, 'latest'))).toBe('2025-10-20');
    expect(toIso(resolveWeekday(monday, 1, 'previous'))).toBe('2025-10-13');
    expect(toIso(resolveWeekday(monday, 1, 'next'))).toBe('2025-10-27');
    expect(toIso(resolveWeekday(monday, 0, { weeks: 0 }))).toBe('2025-10-26');
    expect(toIso(resolveWeekday(monday, 2, { weeks: -1 }))).toBe('2025-10-14');
  });

  it('calendar: the year of a day and month, nearest, past or future', () => {
    const jan2 = { y: 2015, m: 1, d: 2 };
    expect(yearFor(30, 12, jan2)).toBe(2014);
    expect(yearFor(5, 1, jan2, 'past')).toBe(2014);
    expect(yearFor(5, 1, jan2, 'future')).toBe(2015);
  });

  it('calendar: periods are Monday-to-Sunday weeks, calendar months and years', () => {
    const p = periodAround({ y: 2024, m: 3, d: 14 }, 'week', -1);
    expect([toIso(p.first), toIso(p.last)]).toEqual(['2024-03-04', '2024-03-10']);
    const q = periodAround({ y: 2024, m: 3, d: 14 }, 'month', -1);
    expect([toIso(q.first), toIso(q.last)]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('calendar: references read as written (ISO with or without a time), a Date in UTC, junk as null', () => {
    expect(readReference('2025-10-20T14:30:00+07:00')).toEqual({ y: 2025, m: 10, d: 20, minutes: 870 });
    expect(readReference(new Date(Date.UTC(2020, 3, 9, 23, 5)))).toEqual({ y: 2020, m: 4, d: 9, minutes: 1385 });
    expect(readReference('not a date')).toBeNull();
    expect(readReference('2025-02-30')).toBeNull();
  });
});

describe('findDates', () => {
  const text = 'Rapat digelar kemarin, Senin (20/10/2025), lalu dilanjutkan Rabu lalu dan 3 hari lalu.';

  it('findDates: every day-level expression in order, spans slicing back to the text', () => {
    const found = findDates(text, { referenceDate: '2025-10-21' });
    expect(found.map((f) => [f.text, f.kind, f.date, f.relative])).toEqual([
      ['kemarin', 'relative', '2025-10-20', true],
      ['Senin (20/10/2025)', 'weekday-date', '2025-10-20', false],
      ['Rabu lalu', 'weekday', '2025-10-15', true],
      ['3 hari lalu', 'relative', '2025-10-18', true],
    ]);
    for (const f of found) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('findDates: without a reference, relative dates get date null and a warning, never the clock', () => {
    const found = findDates(text);
    expect(found.map((f) => f.date)).toEqual([null, '2025-10-20', null, null]);
    expect(found[0]!.warnings?.join(' ')).toMatch(/reference/);
    expect(found[1]!.warnings).toBeUndefined();
  });

  it('findDates: periods and times alone only when asked for; durations never', () => {
    const t = 'Harga naik bulan lalu, selama 20 hari, mulai pukul 10.00 WIB, dan turun kemarin.';
    expect(findDates(t, { referenceDate: '2025-10-20' }).map((f) => f.kind)).toEqual(['relative']);
    const all = findDates(t, { referenceDate: '2025-10-20', kinds: ['period', 'time', 'relative'] });
    expect(all.map((f) => [f.text, f.kind, f.date, f.end])).toEqual([
      ['bulan lalu', 'period', '2025-09-01', '2025-09-30'],
      ['pukul 10.00 WIB', 'time', null, null],
      ['kemarin', 'relative', '2025-10-19', null],
    ]);
  });

  it('findDates: offsets are into the text as passed (NBSP, entities)', () => {
    const t = 'Diumumkan&nbsp;pada\u00a0Jumat\u00a0(24/10/2025) &amp; besok.';
    const found = findDates(t, { referenceDate: '2025-10-24' });
    expect(found.map((f) => t.slice(f.span.start, f.span.end))).toEqual(['Jumat\u00a0(24/10/2025)', 'besok']);
    expect(found.map((f) => f.text)).toEqual(['Jumat (24/10/2025)', 'besok']);
  });

  it('findDates: a language option reads that language only', () => {
    expect(findDates('Mesyuarat diadakan pada Isnin.', { referenceDate: '2024-03-14', language: 'zlm' })[0]!.date).toBe('2024-03-11');
    expect(findDates('Mesyuarat diadakan pada Isnin.', { referenceDate: '2024-03-14', language: 'eng' })).toEqual([]);
  });

  it('findDates: wrong argument types are TypeErrors naming the argument', () => {
    expect(() => findDates(1 as unknown as string)).toThrow(/text/);
    expect(() => findDates('x', { referenceDate: 5 as unknown as string })).toThrow(/referenceDate/);
    expect(() => findDates('x', { kinds: ['day' as never] })).toThrow(/kinds/);
  });

  it('findDates: linear on hostile input', () => {
    const hostile = [
      '1/'.repeat(40_000),
      'Senin '.repeat(20_000),
      '(' .repeat(30_000) + '1',
      '25-'.repeat(30_000) + ' November',
      'dua '.repeat(30_000) + 'hari',
      'hari ini '.repeat(20_000),
      '12.'.repeat(30_000),
    ];
    for (const h of hostile) {
      const t0 = performance.now();
      findDates(h, { referenceDate: '2025-10-20' });
      parseDate(h, { referenceDate: '2025-10-20' });
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});

describe('Article.dates', () => {
  it('Article.dates: resolved against the publication line when no reference is passed', () => {
    const text = [
      'Banjir Rendam Tiga Desa',
      'Kamis, 16 Oktober 2025 | 09:10 WIB',
      'Jakarta - Banjir merendam tiga desa sejak kemarin, Rabu (15/10), kata petugas.',
      'Air mulai surut pada Senin lalu.',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.published?.date).toBe('2025-10-16');
    expect(a.dates.map((d) => [d.text, d.date])).toEqual([
      ['kemarin', '2025-10-15'],
      ['Rabu (15/10)', '2025-10-15'],
      ['Senin lalu', '2025-10-13'],
    ]);
  });

  it('Article.dates: the caller’s referenceDate comes first, the dateline’s date last', () => {
    const text = 'Ubud (30/11/2019) – Petani memanen padi kemarin.\nPanen berlanjut hingga Selasa depan.';
    expect(parseArticle(text).dates.map((d) => d.date)).toEqual(['2019-11-29', '2019-12-03']);
    expect(parseArticle(text, { referenceDate: '2019-12-05' }).dates.map((d) => d.date)).toEqual(['2019-12-04', '2019-12-10']);
  });

  it('Article.dates: with no date to go by, relative and year-less dates keep date null, with one warning', () => {
    const a = parseArticle('Warga berkumpul kemarin di balai desa.\nRapat lanjutan digelar Kamis (3/1).');
    expect(a.dates.map((d) => d.date)).toEqual([null, null]);
    expect(a.warnings.filter((w) => w.startsWith('dates:'))).toHaveLength(1);
  });

  it('Article.dates: never from junk (a related headline with a date is not the article’s)', () => {
    const text = [
      'Jakarta - Harga beras turun pada Senin (20/10/2025).',
      'Baca juga: Harga Cabai Naik Lagi pada Jumat (17/10/2025)',
      'Pedagang berharap harga stabil.',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.dates.map((d) => d.text)).toEqual(['Senin (20/10/2025)']);
  });

  it('Article.dates: a relative date inside a quotation is read from the day its attribution names', () => {
    const text = 'Jakarta - "Hari ini kami mulai bekerja," kata Sekar, Kamis (24/7/2025).\nProyek dilanjutkan besok.';
    const a = parseArticle(text, { referenceDate: '2025-07-25' });
    expect(a.dates.map((d) => [d.text, d.date])).toEqual([
      ['Hari ini', '2025-07-24'],
      ['Kamis (24/7/2025)', '2025-07-24'],
      ['besok', '2025-07-26'],
    ]);
  });
});

describe('glued sentences', () => {
  it('glued: two date words with only a full stop between them (a dropped zero-width space) are two dates, in order', () => {
    for (const [text, words] of [
      ['Rapat digelar hari ini.\u200bKemarin panitia bertemu.', ['hari ini', 'Kemarin']],
      ['The panel met today.\u200bYesterday it had adjourned.', ['today', 'Yesterday']],
      ['Sidang dibuka Senin.Besok hakim membacakan putusan.', ['Senin', 'Besok']],
    ] as const) {
      const found = findDates(text);
      expect(found.map((d) => d.text)).toEqual(words);
      expect(found[0]!.span.end).toBeLessThanOrEqual(found[1]!.span.start);
    }
  });
});
