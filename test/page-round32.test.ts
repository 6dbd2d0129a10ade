import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { BODY, junk, MORE, texts } from './page-lines.js';

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

describe('title: a photo caption above a dateline that names its outlet', () => {
  const CAPTION = 'Pedagang menata cabai rawit di lapak pasar induk Sukamaju yang ramai pembeli menjelang hari raya kemarin';
  it.each([`kabarlintas.com - ${BODY}`, `SUKAMAJU, KABARLINTAS.COM - ${BODY}`, `Sukamaju (Lintaspost) - ${BODY}`])(
    'reads a line in running prose over %j as a caption, not the headline',
    (opening) => {
      const s = `${CAPTION}\n\n${opening}\n\n${MORE}`;
      const a = parseArticle(s);
      expect(a.title).toBeNull();
      expect(a.dateline?.outlet).not.toBeNull();
      expect(junk(a)).toEqual([['caption', CAPTION]]);
      expect(texts(a)).toEqual([BODY, MORE]);
      checkInvariants(s, a);
    },
  );
  it('keeps a headline in Title Case over the same dateline', () => {
    const s = `${HEADLINE}\n\nkabarlintas.com - ${BODY}\n\n${MORE}`;
    expect(parseArticle(s).title?.text).toBe(HEADLINE);
  });
  it('keeps a shorter headline in sentence case over the same dateline', () => {
    const head = 'Kata Wiratmo harga cabai bukan soal pasokan, tapi ulah tengkulak di pasar induk';
    const s = `${head}\n\nkabarlintas.com - ${BODY}\n\n${MORE}`;
    expect(parseArticle(s).title?.text).toBe(head);
  });
  it('keeps a sentence-case headline of 14 words over an outlet dateline: a caption needs 15 words or more', () => {
    const head = 'Petani di lereng gunung mulai menanam kopi arabika setelah harga sayur terus turun tahun';
    expect(head.split(' ')).toHaveLength(14);
    const s = `${head}\n\nkabarlintas.com - ${BODY}\n\n${MORE}`;
    expect(parseArticle(s).title?.text).toBe(head);
    // One word more and the same line is read as the photo's caption.
    const t = `${head} ini\n\nkabarlintas.com - ${BODY}\n\n${MORE}`;
    expect(parseArticle(t).title).toBeNull();
  });
  it('keeps a headline in sentence case over a bare place (Malaysian papers write them so)', () => {
    const head = 'Harga cabai rawit naik mendadak di pasar besar bandar itu';
    const s = `${head}\n\nSUKAMAJU - ${BODY}\n\n${MORE}`;
    expect(parseArticle(s).title?.text).toBe(head);
  });
});

describe('dateline: a place and an outlet the lists lack in parentheses', () => {
  it.each([
    ['Palu (Antara Sulteng) - ', 'Palu', 'Antara Sulteng', 'antara'],
    ['Sukamaju (ANTARA Jabar) - ', 'Sukamaju', 'ANTARA Jabar', 'antara'],
  ])('reads %j', (opening, place, outlet, outletId) => {
    const s = `${opening}${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(a.dateline?.raw).toBe(opening.trimEnd());
    expect(a.dateline?.place).toBe(place);
    expect(a.dateline?.outlet).toBe(outlet);
    expect(a.dateline?.outletId).toBe(outletId);
    expect(texts(a)).toEqual([BODY, MORE]);
    checkInvariants(s, a);
  });
  it.each([
    ['its credit at the end', `${MORE} (Lintaskita/rin)`],
    ['its site in the footer', `${MORE}\n\nKirim tulisan Anda ke redaksi@lintaskita.com`],
    ['its copyright', `${MORE}\n\n© 2020 Lintaskita`],
  ])('reads one unknown word in parentheses as the outlet when the page names it so elsewhere: %s', (_, end) => {
    const s = `Sukamaju (Lintaskita) - ${BODY}\n\n${end}`;
    const a = parseArticle(s);
    expect(a.dateline?.place).toBe('Sukamaju');
    expect(a.dateline?.outlet).toBe('Lintaskita');
    expect(a.dateline?.outletId).toBe('lintaskita');
    checkInvariants(s, a);
  });
  it.each(['Sleman (Jogja) - ', 'Mataram (Lombok) - ', 'Sukamaju (Lintaskita) - '])(
    'reads no outlet in %j: one unknown word is as often a region or an island the place list lacks',
    (opening) => {
      const s = `${opening}${BODY}\n\nWarga Lintaskita, Jogja dan Lombok ikut antre. ${MORE}`;
      const a = parseArticle(s);
      expect(a.dateline?.outlet ?? null).toBeNull();
      checkInvariants(s, a);
    },
  );
  it('reads no outlet in a place, a region or a person in parentheses', () => {
    expect(parseArticle(`Garut (Jabar) - ${BODY}\n\n${MORE}`).dateline?.outlet ?? null).toBeNull();
    expect(parseArticle(`GUANGZHOU (China): ${BODY}\n\n${MORE}`).dateline?.outlet ?? null).toBeNull();
    expect(parseArticle(`Sukamaju (Kabupaten Lintas) - ${BODY}\n\n${MORE}`).dateline).toBeNull();
    expect(parseArticle(`Rina Wulandari (Ketua Panitia) - ${BODY}\n\n${MORE}`).dateline).toBeNull();
  });
});
