/** Duplicates and junk: a paragraph that copies a junk line, junk as the original. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts } from '../support/page-lines.js';
import { labelledFurnitureFixtures } from '../support/page-fixtures.js';

const { ID_1, ID_2, ID_3 } = labelledFurnitureFixtures;

describe('duplicates: a paragraph that near-copies a junk line', () => {
  it('a prompt repeated with a word changed is a copy of it; a caption repeated by the story stays', () => {
    const prompt = "'Lihat juga Video: Petani Sukamaju Panen Jagung di Lahan Baru'";
    const copy = "'Lihat juganya Video: Petani Sukamaju Panen Jagung di Lahan Baru'";
    const s = `${ID_1}\n\n${prompt}\n\n${ID_2}\n\n${copy}\n\n${ID_3}`;
    const a = parseArticle(s);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    expect(a.duplicates.map((d) => s.slice(d.span.start, d.span.end))).toEqual([copy]);
    checkInvariants(s, a);
    const caption = 'Kelompok tani memanen jagung di lahan baru Desa Sukamaju pada Senin pagi. (Kabarcontoh/Rina Wulandari)';
    const story = 'Kelompok tani memanen jagung di lahan baru Desa Sukamaju pada Senin pagi.';
    const b = parseArticle(`${caption}\n\nSUKAMAJU, KABARCONTOH.COM - ${story}\n\n${ID_2}`);
    expect(texts(b)).toEqual([story, ID_2]);
    expect(b.duplicates).toEqual([]);
  });
});
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const P2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';

describe('duplicates: junk is the original only of what follows it', () => {
  it('keeps a paragraph whose words a later copyright line repeats', () => {
    const text = `${P1}\nCOPYRIGHT © CONTOHNEWS 2024${P1}\n\n${P2}\n\nPara petani berencana menanam jagung lagi pada musim hujan mendatang di lahan yang sama.`;
    const a = parseArticle(text);
    for (const d of a.duplicates) expect(d.of.start).toBeLessThan(d.span.start);
    checkInvariants(text, a);
  });
});
