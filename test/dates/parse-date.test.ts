import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/dates/find-dates.js';

/** [text, expected date, expected time, expected zone, referenceDate?] */
const cases: [string, string | null, string | null, string | null, string?][] = [
  ['Ubud (14/2/2021) – Para petani', '2021-02-14', null, null],
  ['Bandung, Rabu (25/11/2020) - Warga', '2020-11-25', null, null],
  ['dibuka 07-08-2018 lalu', '2018-08-07', null, null],
  ['tanggal 10.01.2020 ini', '2020-01-10', null, null],
  ['pada 3-5-19 silam', '2019-05-03', null, null],
  ['Kamis (3/1) lalu', '2019-01-03', null, null, '2019-01-10'],
  ['Selasa (30/12)', '2014-12-30', null, null, '2015-01-02'],
  ['Jumat, 14 Agustus 2020', '2020-08-14', null, null],
  ['14 Agt 2020', '2020-08-14', null, null],
  ['14 Ags. 2020', '2020-08-14', null, null],
  ['2 Peb 2016', '2016-02-02', null, null],
  ['9 Mrt 2012', '2012-03-09', null, null],
  ['12 Sept 2017', '2017-09-12', null, null],
  ['1 Nop 2010', '2010-11-01', null, null],
  ['20 Okt 2011', '2011-10-20', null, null],
  ['31 Des 2019', '2019-12-31', null, null],
  ['Sabtu, 4 Mei 2024', '2024-05-04', null, null],
  ['Isnin, 6 Julai 2020', '2020-07-06', null, null],
  ['Khamis, 19 Ogos 2021', '2021-08-19', null, null],
  ['Jumaat, 3 Disember 2021', '2021-12-03', null, null],
  ['KOTA BHARU, 9 Mac (Bernama) --', '2022-03-09', null, null, '2022-03-10'],
  ['Ahad, 2 Januari 2022', '2022-01-02', null, null],
  ['Monday, March 2, 2020', '2020-03-02', null, null],
  ['on 21st June 2019', '2019-06-21', null, null],
  ["Jum'at (7/8/2020) pukul 10.00 WIB", '2020-08-07', '10:00', 'WIB'],
  ['Senin, 05 Oktober 2015 | 09:45 WIB', '2015-10-05', '09:45', 'WIB'],
  ['Selasa, 12 Nov 2019 16:20 WITA', '2019-11-12', '16:20', 'WITA'],
  ['Diperbarui 21/03/2021, 08:05 WIT', '2021-03-21', '08:05', 'WIT'],
  ['mulai pukul 08.15 WIB', null, '08:15', 'WIB'],
  ['rapat pkl. 19.30', null, '19:30', null],
  ['dimulai 14:30', null, '14:30', null],
];

describe('parseDate: forms', () => {
  for (const [text, date, time, zone, ref] of cases) {
    it(`parseDate reads ${JSON.stringify(text)}`, () => {
      const r = parseDate(text, ref ? { referenceDate: ref } : {});
      expect(r).not.toBeNull();
      expect(r!.date).toBe(date);
      expect(r!.time).toBe(time);
      expect(r!.timezone).toBe(zone);
    });
  }

  it('parseDate: `Senin (25/11/2019)` is one date, span covering both', () => {
    const text = 'Semarang, Senin (25/11/2019) - Hujan';
    const r = parseDate(text)!;
    expect(text.slice(r.span.start, r.span.end)).toBe('Senin (25/11/2019)');
    expect(r.warnings).toEqual([]);
  });

  it('parseDate: offsets are into the text as passed (NBSP, entities)', () => {
    const text = 'Oleh&nbsp;redaksi,\u00a0Kamis,\u00a012 Maret 2020';
    const r = parseDate(text)!;
    expect(r.date).toBe('2020-03-12');
    expect(text.slice(r.span.start, r.span.end)).toBe('Kamis,\u00a012 Maret 2020');
  });

  it('parseDate: a Date object works as referenceDate', () => {
    expect(parseDate('Rabu (8/4)', { referenceDate: new Date(Date.UTC(2020, 3, 9)) })!.date).toBe('2020-04-08');
  });

  it('parseDate: language option restricts the month words', () => {
    expect(parseDate('3 Mac 2021', { language: 'zlm' })!.date).toBe('2021-03-03');
    expect(parseDate('3 Mac 2021', { language: 'eng' })).toBeNull();
  });
});

describe('parseDate: impossible and missing', () => {
  it('parseDate: 31/02 is impossible → null date and a warning', () => {
    const r = parseDate('tanggal 31/02/2020')!;
    expect(r.date).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/impossible/);
  });

  it('parseDate: a three-digit year typo is impossible, not 0205', () => {
    const r = parseDate('Rabu (4/11/205)')!;
    expect(r.date).toBeNull();
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('parseDate: month 13 is impossible', () => {
    expect(parseDate('(12/13/2020)')!.date).toBeNull();
  });

  it('parseDate: (3/1) without a reference has no year → null and a warning', () => {
    const r = parseDate('Kamis (3/1)')!;
    expect(r.date).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/year/);
  });

  it('parseDate: wrong weekday keeps the date and warns', () => {
    const r = parseDate('Senin (26/11/2019)')!;
    expect(r.date).toBe('2019-11-26');
    expect(r.warnings.join(' ')).toMatch(/weekday/);
  });

  it('parseDate: a relative date without a reference → null date and a warning, never the clock', () => {
    const r = parseDate('dua minggu lalu')!;
    expect(r.kind).toBe('relative');
    expect(r.relative).toBe(true);
    expect(r.date).toBeNull();
    expect(r.warnings.join(' ')).toMatch(/reference/);
  });

  it('parseDate: 29 February only in leap years', () => {
    expect(parseDate('29/02/2020')!.date).toBe('2020-02-29');
    expect(parseDate('29/02/2019')!.date).toBeNull();
  });
});

describe('parseDate: negative cases', () => {
  const none = [
    'tidak ada tanggal di sini',
    'harga naik 3/4 persen',
    'sebanyak 1.000.000 orang',
    'you may 5 times try',
    'nomor KEP-95/PB.1/2020 tentang',
    'versi 4.0.1 dirilis',
    '',
  ];
  for (const text of none) {
    it(`parseDate finds nothing in ${JSON.stringify(text)}`, () => {
      expect(parseDate(text)).toBeNull();
    });
  }

  it('parseDate: non-string input is a TypeError naming text', () => {
    expect(() => parseDate(42 as unknown as string)).toThrow(/text/);
  });

  it('parseDate: linear on hostile input', () => {
    const hostile = '1/'.repeat(50_000) + ' Senin '.repeat(20_000) + '(' .repeat(20_000);
    const t0 = performance.now();
    parseDate(hostile);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
