import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/** Captions above the dateline on outlets warta has no list entry for (issue 9); everything here is invented. */
const HEAD = 'Petani Sukamaju Panen Raya Jagung di Lahan Baru';
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const P2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';

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

describe('bylines and widgets above the story', () => {
  const EN_HEAD = 'Sukamaju police arrest two over fake bank calls';
  const EN_1 = 'Police in Sukamaju have arrested two men suspected of running a fake bank call scam that cheated 40 victims.';
  const EN_2 = '"We seized six phones and a laptop," district police chief Budi Santoso said on Monday.';

  it('a byline naming the outlet in any case, with no dateline under it', () => {
    for (const byline of ['Rina Wulandari - kabarcontohNews', 'Rina Wulandari, Kabarcontoh', 'Rina Wulandari | Kabarcontoh']) {
      const s = `${HEAD}\n\n${byline}\n\n${P1}\n\n${P2}\n\n${P1.replace('Senin', 'Selasa')}`;
      const a = parseArticle(s);
      expect(a.boilerplate.map((b) => b.text)).toEqual([byline]);
      expect(texts(a)[0]).toBe(P1);
      checkInvariants(s, a);
    }
  });

  it('the reading time, the text-size buttons and the site domain alone on a line', () => {
    for (const widget of ['Waktu baca 2 menit', '3 min read', 'A+ A-', 'Kabarcontoh.com']) {
      const a = parseArticle(`${HEAD}\n\n${widget}\n\n${P1}\n\n${P2}`);
      expect(a.boilerplate.map((b) => b.text)).toEqual([widget]);
      expect(texts(a)).toEqual([P1, P2]);
    }
  });

  it('a name and a publication line, or a name and the site name, above a bare place', () => {
    const a = parseArticle(`${HEAD}\n\nRina Wulandari\nSelasa, 4 Feb 2025 10:15 WIB\n\nSUKAMAJU - ${P1}\n\n${P2}`);
    expect(a.dateline?.raw).toBe('SUKAMAJU -');
    expect(texts(a)).toEqual([P1, P2]);
    const b = parseArticle(`${EN_HEAD}\n\nRina Wulandari\nThe Contoh Post\n\nSUKAMAJU: ${EN_1}\n\n${EN_2}`);
    expect(b.dateline?.raw).toBe('SUKAMAJU:');
    expect(texts(b)).toEqual([EN_1, EN_2]);
    expect(b.boilerplate.map((j) => [j.kind, j.text])).toEqual([
      ['caption', 'Rina Wulandari'],
      ['navigation', 'The Contoh Post'],
    ]);
  });

  it('a place and an outlet alone on a line stay the dateline', () => {
    const a = parseArticle(`${HEAD}\n\nSukamaju, Contoh Online\n\n${P1}\n\n${P2}`);
    expect(a.dateline?.raw).toBe('Sukamaju, Contoh Online');
  });
});
