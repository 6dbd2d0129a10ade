/** Boilerplate: footers, disclaimers, copyright notices and closing furniture under the story. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts, itRemovesJunkLines } from '../support/page-lines.js';
import { outletFurnitureFixtures, labelledFurnitureFixtures, unlistedOutletFixtures } from '../support/page-fixtures.js';

const { ID_1, ID_2, MS_1, MS_2, EN_1, EN_2 } = labelledFurnitureFixtures;

describe('boilerplate: closing furniture of outlets the lists lacked', () => {
  it('comment widgets, section lists, watch labels, additional-reporting notes, handles and marked syndication notices', () => {
    const cases: [string, string][] = [
      [`${ID_1}\n\n${ID_2}`, 'Berikan Komentar'],
      [`${ID_1}\n\n${ID_2}`, 'Tulis komentar Anda'],
      [`SUKAMAJU: ${MS_1}\n\n${MS_2}`, '*Artikel ini dipetik daripada Berita Contoh'],
      [`${EN_1}\n\n${EN_2}`, '(Additional reporting by Rina Wulandari)'],
      [`${EN_1}\n\n${EN_2}`, 'Also watch:'],
      [`${EN_1}\n\n${EN_2}`, 'Follow us on X @contohpost'],
      [`${EN_1}\n\n${EN_2}`, 'MORE FROM CONTOH POST'],
      [`${EN_1}\n\n${EN_2}`, 'Top Stories'],
    ];
    for (const [story, line] of cases) {
      const s = `${story}\n\n${line}`;
      const a = parseArticle(s);
      expect(a.boilerplate.map((b) => b.text)).toEqual([line]);
      checkInvariants(s, a);
    }
  });

  it("credit: the reporter's name and the outlet after a slash on the last line", () => {
    expect(parseArticle(`${ID_1}\n\n${ID_2}\n\nRina Wulandari/Beritacontoh`).credit?.text).toBe('Rina Wulandari/Beritacontoh');
  });
});

describe('boilerplate: a blog platform footer under the story', () => {
  const { ID_1, ID_2, ID_3, ID, MS_1, MS_2, MS, EN_1, EN_2, EN } = unlistedOutletFixtures;

  it('boilerplate: share and like widgets with platforms one to a line, view counts, the comment form, post links', () => {
    const footers: [string, string][] = [
      [ID, 'Bagikan ini:\n\nTwitter\nFacebook\n\nSuka ini:\n\nSuka Memuat...\n\nTerkait'],
      [EN, 'Share this:\n\nTwitter\nFacebook\n\nLike this:\n\nLike Loading...'],
      [MS, 'Kongsi ini:\n\nFacebook\nWhatsApp\n\nBerkaitan'],
      [ID, 'Dibaca: 312 kali\n\nTinggalkan Balasan\n\nArtikel Sebelumnya\nArtikel Selanjutnya'],
      [EN, 'Post Views: 1,234\n\nLeave a Reply Cancel reply\n\nPrevious article\nNext article'],
    ];
    for (const [body, footer] of footers) {
      const s = `${body}\n\n${footer}`;
      const a = parseArticle(s);
      expect(texts(a)).toEqual(body === ID ? [ID_1, ID_2, ID_3] : body === MS ? [MS_1, MS_2] : [EN_1, EN_2]);
      expect(a.boilerplate.length).toBeGreaterThan(0);
      checkInvariants(s, a);
    }
    // A platform's name alone, with no share label above it, stays (a subhead of a story about it).
    expect(texts(parseArticle(`${EN_1}\n\nFacebook\n\n${EN_2}`))).toEqual([EN_1, 'Facebook', EN_2]);
  });
});

/** Page furniture read from unlabelled text of many outlets (issue 9); every person, outlet and sentence is invented. */
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';

const P3 =
  'Harga jagung di tingkat petani diperkirakan stabil hingga akhir tahun, sementara pupuk dari gudang kabupaten sudah tiba sejak pekan lalu dan dibagikan kepada seluruh kelompok tani di desa itu. Penyuluh pertanian akan mendampingi petani pada musim tanam berikutnya.';

describe("the site's disclaimer under the story", () => {
  const NOTE = 'Disclaimer: Tulisan ini hanya bahan bacaan dan tidak menyarankan pembaca membeli saham apa pun.';
  const MORE = 'Setiap pembaca menanggung sendiri risiko dari pilihan investasinya. Terima kasih.';

  it('from the label to the end of the article, over the blocks after it', () => {
    const s = `${P1}\n${P3}\n${NOTE}\n${MORE}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['other']);
    expect(a.boilerplate[0]!.text).toBe(`${NOTE} ${MORE}`);
    expect(texts(a)).toEqual([P1, P3]);
    checkInvariants(s, a);
  });

  it('a notice the text already holds (the body scraped twice) is left to the duplicates stage', () => {
    const s = `${P1}\n${NOTE}\n${P3}\n${P1}\n${NOTE}`;
    const a = parseArticle(s);
    expect(a.boilerplate).toEqual([]);
    expect(a.duplicates.map((d) => s.slice(d.span.start, d.span.end))).toContain(NOTE);
    checkInvariants(s, a);
  });

  it('inside the last block after a colon', () => {
    const s = `${P1}\nBerikut prediksi para analis untuk hari ini: ${NOTE}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => b.text)).toEqual([NOTE]);
    expect(texts(a)).toEqual([P1, 'Berikut prediksi para analis untuk hari ini:']);
    checkInvariants(s, a);
  });
});

describe('a footer menu on one line', () => {
  const { ID_1, ID_2, ID_3, junkOf } = outletFurnitureFixtures;

  it('three or more short capitalised items between bars or dots go', () => {
    for (const menu of ['Tentang Kami | Redaksi | Pedoman Media Siber | Kontak', 'Beranda · Redaksi · Iklan · Karier']) {
      const text = `${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${menu}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toContainEqual(['navigation', menu]);
    }
  });

  it('two items, or a sentence with bars, stay', () => {
    const two = 'Rina Wulandari | Sukamaju';
    const sentence = 'Harga cabai naik | harga bawang turun | harga beras tetap, kata pedagang.';
    expect(texts(parseArticle(`${ID_1}\n\n${ID_3}\n\n${sentence}`))).toContain(sentence);
    expect(parseArticle(`${ID_1}\n\n${ID_3}\n\n${two}`).boilerplate.some((b) => b.kind === 'navigation')).toBe(false);
  });
});

describe('boilerplate: copyright notices and prompts in more wordings', () => {
  itRemovesJunkLines([
    ['Copyright 2019 Warta Sukamaju', 'copyright'],
    ['All rights reserved', 'copyright'],
    ['Hakcipta Terpelihara 2018 Akhbar Contoh', 'copyright'],
    ['Dilarang mengutip tanpa izin', 'copyright'],
    ['Sila ikuti kami di Facebook', 'other'],
  ]);

  it('boilerplate: prose that opens with the same words stays', () => {
    for (const line of [
      'Copyright holders of the photographs said on Monday that they would sue the ministry over the decision to publish them.',
      'Sila hubungi talian kecemasan untuk maklumat lanjut mengenai operasi mencari dan menyelamat itu.',
    ]) expect(parseArticle(`${line}\n\n${line.replace('the ', 'a ')}`).boilerplate).toEqual([]);
  });
});
