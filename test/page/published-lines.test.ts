/** Publication lines: the writer or a view counter beside the date. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { BODY, junk, MORE, texts } from '../support/page-lines.js';

describe('published: a publication line with the writer after a bar', () => {
  it('reads the date and time as the publication line and the label as editor junk', () => {
    const s = `Harga cabai naik menjelang hari raya\n\nRabu, 14 Oktober 2020 | 09:20 WIB | Penulis: Laksmi Handayani\n\nSukamaju - ${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(a.published?.raw).toBe('Rabu, 14 Oktober 2020 | 09:20 WIB');
    expect(a.published?.date).toBe('2020-10-14');
    expect(junk(a)).toEqual([['editor', 'Penulis: Laksmi Handayani']]);
    expect(texts(a)).toEqual([BODY, MORE]);
    checkInvariants(s, a);
  });
  it('keeps a date line that goes on with a sentence', () => {
    const s = `Harga cabai naik menjelang hari raya\n\nRabu, 14 Oktober 2020 | warga berkumpul di balai desa: Laksmi memimpin rapat\n\n${BODY}\n\n${MORE}`;
    expect(parseArticle(s).published).toBeNull();
  });
});

/** Page furniture of outlets warta had not seen (round 32), in scenes written for these tests. */
const HEADLINE = 'Harga Cabai Rawit Naik Tajam di Pasar Induk Sukamaju';

describe('published: a publication line with the page view counter after the date', () => {
  it.each([
    ['Rabu, 14 Oktober 2020 | 09:20 WIB Dibaca: 312 Pengunjung', 'Rabu, 14 Oktober 2020 | 09:20 WIB', 'Dibaca: 312 Pengunjung'],
    ['Rabu, 14 Oktober 2020 - 09:20 WIB | Dilihat: 1.204 kali', 'Rabu, 14 Oktober 2020 - 09:20 WIB', 'Dilihat: 1.204 kali'],
    ['Rabu 14 Oktober 2020, 09:20 WIB / Dibaca 87 kali', 'Rabu 14 Oktober 2020, 09:20 WIB', 'Dibaca 87 kali'],
    ['Rabu, 14 Oktober 2020 | 09:20 WIB | 2.310 views', 'Rabu, 14 Oktober 2020 | 09:20 WIB', '2.310 views'],
  ])('reads %j as the publication line and the counter as junk', (line, raw, counter) => {
    const s = `${HEADLINE}\n\n${line}\n\nSukamaju - ${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(a.title?.text).toBe(HEADLINE);
    expect(a.published?.raw).toBe(raw);
    expect(a.published?.date).toBe('2020-10-14');
    expect(junk(a)).toEqual([['other', counter]]);
    expect(texts(a)).toEqual([BODY, MORE]);
    checkInvariants(s, a);
  });
  it.each([
    ['Rabu, 14 Oktober 2020 | 09:20 WIB Dibaca: 312 Pengunjung', 'Dibaca: 312 Pengunjung'],
    ['Rabu, 14 Oktober 2020 | 09:20 WIB | Penulis: Rina Kartika', 'Penulis: Rina Kartika'],
  ])('reports what follows the publication line when the headline comes after it (%j)', (line, rest) => {
    const s = `${line}\n\n${HEADLINE}\n\nSukamaju - ${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(a.title?.text).toBe(HEADLINE);
    expect(a.published?.raw).toBe('Rabu, 14 Oktober 2020 | 09:20 WIB');
    expect(junk(a).map(([, text]) => text)).toEqual([rest]);
    checkInvariants(s, a);
  });
  it('drops a view counter alone on its line', () => {
    const s = `Sukamaju - ${BODY}\n\n${MORE}\n\nDilihat 2.045 kali`;
    expect(junk(parseArticle(s))).toEqual([['other', 'Dilihat 2.045 kali']]);
  });
  it('keeps a date line that goes on with a count in a sentence, and a sentence about readers', () => {
    const s = `${HEADLINE}\n\nRabu, 14 Oktober 2020 | 312 pedagang menutup lapak\n\n${BODY}\n\n${MORE}`;
    expect(parseArticle(s).published).toBeNull();
    const t = `Sukamaju - ${BODY}\n\nBerita itu dibaca 2.045 kali dalam sehari oleh warga kota.\n\n${MORE}`;
    expect(parseArticle(t).boilerplate).toEqual([]);
  });
});
