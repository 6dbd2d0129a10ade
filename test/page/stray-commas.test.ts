import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { LANGUAGES, languagesFirst } from '../../src/lang/index.js';
import { endMarkAt, leadingCommasLength } from '../../src/stages/05-boilerplate/end-mark.js';
import { patternsOf } from '../../src/stages/05-boilerplate/patterns.js';

/**
 * Some scrapers strip the links between paragraphs and leave their separators: commas after a paragraph's
 * last full stop (`…kata dia., ,`) or before the next paragraph's first word (`,Rina menambahkan …`). They are cut
 * off the paragraph and reported; a comma after a closing quote or inside a sentence stays. Texts written for these tests.
 */
describe('boilerplate: stray commas after a paragraph’s last sentence', () => {
  const text = [
    'Sukamaju, Kabar Contoh -- Dinas Pasar Contoh mencatat harga beras naik dua persen sepekan terakhir.,',
    'Kepala Dinas Pasar Contoh Rina Wulandari mengatakan pasokan dari Lembah Hijau tertahan hujan.,',
    '"Kami menambah pasokan dari gudang cadangan mulai pekan depan," ujar Rina., ,',
    '                ,',
    ',Rina menambahkan harga diperkirakan turun setelah panen raya bulan depan.',
  ].join('\n');
  const article = parseArticle(text);

  it('boilerplate: the commas are cut off every paragraph that ends in a full stop', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'Dinas Pasar Contoh mencatat harga beras naik dua persen sepekan terakhir.',
      'Kepala Dinas Pasar Contoh Rina Wulandari mengatakan pasokan dari Lembah Hijau tertahan hujan.',
      '"Kami menambah pasokan dari gudang cadangan mulai pekan depan," ujar Rina.',
      'Rina menambahkan harga diperkirakan turun setelah panen raya bulan depan.',
    ]);
  });

  it('boilerplate: each cut is reported as junk, so nothing is lost unseen', () => {
    const commas = article.boilerplate.filter((b) => /^[ ,]+$/.test(b.text));
    expect(commas.map((b) => b.kind)).toEqual(['other', 'other', 'other', 'other']);
    for (const b of commas) expect(text.slice(b.span.start, b.span.end)).toBe(b.text);
  });

  const marks: [string, number][] = [
    ['Harga naik, kata dia.,', 21],
    ['Harga naik, kata dia., ,', 21],
    ['Harga naik, kata dia. ,', 22],
    ['Harga naik? Tanya dia. , ,', 23],
    // Near misses: a comma after a closing quote or a bracket may run on to the next line, one inside a sentence is the sentence's.
    ['"Kami siap",', -1],
    ['“Kami siap”,', -1],
    ['Menurut data BPS (2019),', -1],
    ['Harga beras, gula, dan minyak,', -1],
    // The stop ends an abbreviation (`S.H.`, `Dr.`, `M.Si.`): the comma is the sentence's, which runs on past the line break.
    ['Kuasa hukum terdakwa, Budi Santoso, S.H.,', -1],
    ['Acara itu dibuka oleh Dr.,', -1],
    ['Dosen pembimbingnya, Rina Kartika, M.Si.,', -1],
    // A capitalised abbreviation of the language's lists (`Tbk.`, `St.`), or a segment after another's stop (`M.Kn.`).
    ['Laba bersih PT Contoh Makmur Tbk.,', -1],
    ['Notaris itu, Rina Kartika, S.H., M.Kn.,', -1],
    // Near misses: two capitals (`AS`, `RI`), a word and a short name (`Li`) end a sentence.
    ['Rombongan itu bertolak ke AS.,', 29],
    ['Harga naik lagi.,', 16],
    ['Belum ada yang menemui Pak Li.,', 30],
  ];
  for (const [block, at] of marks) {
    it(`boilerplate: stray commas of ${JSON.stringify(block)} at ${at}`, () => {
      expect(endMarkAt(block, patternsOf(languagesFirst(LANGUAGES.ind)))).toBe(at);
    });
  }

  const leads: [string, number][] = [
    [',Rina menambahkan', 1],
    [', ,"Kami siap," kata Rina.', 3],
    // Near misses: a line that goes on with the sentence before it (lower case), and a lone comma.
    [', dan harga turun.', 0],
    [',', 0],
    ['Rina menambahkan', 0],
  ];
  for (const [block, n] of leads) {
    it(`boilerplate: leading stray commas of ${JSON.stringify(block)}: ${n} characters`, () => {
      expect(leadingCommasLength(block)).toBe(n);
    });
  }

  it('boilerplate: a comma after an abbreviation at a line break stays with its sentence', () => {
    const text = 'Sukamaju, Kabar Contoh -- Kuasa hukum terdakwa, Budi Santoso, S.H.,\nM.H., dan rekannya hadir di pengadilan pada Senin.';
    const a = parseArticle(text);
    expect(a.paragraphs.map((p) => p.text).join('\n')).toContain('Budi Santoso, S.H.,');
    expect(a.boilerplate.filter((b) => /^[ ,]+$/.test(b.text))).toEqual([]);
  });

  it('boilerplate: a paragraph that ends in a comma inside its sentence keeps it (near miss)', () => {
    const near = parseArticle('Sukamaju, Kabar Contoh -- Warga menanam pohon di tepi sungai, kata Budi,\nsaat ditemui di balai desa.');
    expect(near.paragraphs.map((p) => p.text).join('\n')).toContain('kata Budi,');
    expect(near.boilerplate.filter((b) => /^[ ,]+$/.test(b.text))).toEqual([]);
  });
});
