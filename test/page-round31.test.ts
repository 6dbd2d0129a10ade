import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { BODY, junk, MORE, texts } from './page-lines.js';

/** Page furniture read on real pages of outlets nobody labelled (round 31), in scenes written for these tests. */
const QUOTE = '"Kami akan memantau harga setiap hari," kata Wiratmo Sastrodiharjo, kepala dinas perdagangan kota itu.';

describe('boilerplate: an outlet masthead alone on the line after the dateline paragraph', () => {
  it('drops a one-word masthead in capitals', () => {
    const s = `Sukamaju - ${BODY}\n\nKORANLINTAS\n\n${MORE}\n\n${QUOTE}`;
    const a = parseArticle(s);
    expect(junk(a)).toEqual([['other', 'KORANLINTAS']]);
    expect(texts(a)).toEqual([BODY, MORE, QUOTE]);
    checkInvariants(s, a);
  });
  it('drops a masthead written as a domain in capitals', () => {
    const s = `Sukamaju - ${BODY}\n\nKORANLINTAS.CO.ID\n\n${MORE}\n\n${QUOTE}`;
    expect(junk(parseArticle(s))).toEqual([['other', 'KORANLINTAS.CO.ID']]);
  });
  it('keeps a capitals line with no dateline above it, a later heading, and a heading of two words', () => {
    for (const s of [
      `${BODY}\n\nKORANLINTAS\n\n${MORE}\n\n${QUOTE}`,
      `Sukamaju - ${BODY}\n\n${MORE}\n\nPENUTUP\n\n${QUOTE}`,
      `Sukamaju - ${BODY}\n\nHARGA NAIK\n\n${MORE}\n\n${QUOTE}`,
    ]) {
      const a = parseArticle(s);
      expect(a.boilerplate).toEqual([]);
      expect(a.paragraphs).toHaveLength(4);
    }
  });
  it('leaves the last line of a short text to the other stages', () => {
    const s = `Sukamaju - ${BODY}\n\nBERSAMBUNG`;
    expect(junk(parseArticle(s))).not.toContainEqual(['other', 'BERSAMBUNG']);
  });
});

describe('boilerplate: a block with no letter, digit or quote mark', () => {
  it('drops the comma an emptied embed left after the dateline', () => {
    const s = `Sukamaju, Koran Lintas -- ,\n\n${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(a.dateline?.outlet).toBe('Koran Lintas');
    expect(junk(a)).toEqual([['other', ',']]);
    expect(texts(a)).toEqual([BODY, MORE]);
    checkInvariants(s, a);
  });
  it('keeps a paragraph glued to the dateline, and a lone quote mark', () => {
    const s = `Sukamaju, Koran Lintas -- ${BODY}\n\n${MORE}`;
    const a = parseArticle(s);
    expect(texts(a)).toEqual([BODY, MORE]);
    expect(a.boilerplate).toEqual([]);
    const q = `${BODY}\n\n"\n\n${MORE}`;
    expect(parseArticle(q).boilerplate.filter((b) => b.text === '"')).toEqual([]);
  });
});

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
