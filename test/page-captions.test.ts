import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';

/** Captions above the dateline on outlets warta has no list entry for (issue 9); everything here is invented. */
const HEAD = 'Petani Sukamaju Panen Raya Jagung di Lahan Baru';
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const P2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';

const texts = (a: ReturnType<typeof parseArticle>) => a.paragraphs.map((p) => p.text);

describe('dateline: under a caption', () => {
  it("a caption's label in capitals and a colon gives way to the place and dash under it", () => {
    const caption = 'PANEN RAYA: Petani memanen jagung di Desa Sukamaju, kemarin.';
    for (const head of [`${HEAD}\n\n`, '']) {
      const s = `${head}${caption}\n\nSUKAMAJU - ${P1}\n\n${P2}`;
      const a = parseArticle(s);
      expect(a.dateline?.raw).toBe('SUKAMAJU -');
      expect(texts(a)).toEqual([P1, P2]);
      expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['caption', caption]]);
      checkInvariants(s, a);
    }
  });

  it('a Malay dateline with a colon and the story after it stays the dateline', () => {
    const s = 'SUKAMAJU: Seramai 120 penduduk dipindahkan ke pusat pemindahan sementara.\n\nKETUA kampung berkata, paras air mula naik petang semalam.';
    expect(parseArticle(s).dateline?.raw).toBe('SUKAMAJU:');
  });

  it('a photo credit on its own line under the caption does not hide the bare place under it', () => {
    const caption = 'Petani memanen jagung di Desa Sukamaju, Senin (3/2/2025).';
    const s = `${HEAD}\n\n${caption}\nFoto: Rina Wulandari\n\nSUKAMAJU - ${P1}\n\n${P2}`;
    const a = parseArticle(s);
    expect(a.dateline?.raw).toBe('SUKAMAJU -');
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['caption', 'caption']);
    checkInvariants(s, a);
  });
});

describe('dateline: outlet and place joined by a bar, a slash or brackets', () => {
  it('a domain and a place in capitals joined by a bar or a slash, either way round; an outlet in brackets', () => {
    for (const [opener, place, outlet] of [
      ['KABARCONTOH.COM | SUKAMAJU –', 'SUKAMAJU', 'KABARCONTOH.COM'],
      ['KABARCONTOH.COM / SUKAMAJU -', 'SUKAMAJU', 'KABARCONTOH.COM'],
      ['SUKAMAJU | KABARCONTOH.COM -', 'SUKAMAJU', 'KABARCONTOH.COM'],
      ['[KABARCONTOH] SUKAMAJU -', 'SUKAMAJU', 'KABARCONTOH'],
    ] as const) {
      const s = `${opener} ${P1}\n\n${P2}`;
      const a = parseArticle(s);
      expect([a.dateline?.raw, a.dateline?.place, a.dateline?.outlet]).toEqual([opener, place, outlet]);
      expect(texts(a)).toEqual([P1, P2]);
      checkInvariants(s, a);
    }
  });

  it('a byline and a date joined by a bar is no dateline', () => {
    const a = parseArticle(`${HEAD}\n\nRina Wulandari | Senin, 3 Maret 2025 - 10:15 WIB\n\n${P1}\n\n${P2}`);
    expect(a.dateline).toBeNull();
    expect(texts(a)).toEqual([P1, P2]);
  });
});
