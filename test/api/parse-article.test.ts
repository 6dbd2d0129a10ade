import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';

const BODY = [
  'Dinas Pertanian Kabupaten Sleman mencatat panen padi tahun ini naik dibanding tahun lalu karena curah hujan yang cukup.',
  '“Kami bersyukur hasilnya lebih baik dari perkiraan awal,” kata Kepala Dinas Pertanian Sleman, Suharno.',
  'Menurut dia, petani di wilayah utara mulai menanam varietas baru yang lebih tahan hama wereng.',
];

describe('parseArticle: the seed shape', () => {
  const title = 'Panen Padi Sleman Naik Tahun Ini';
  const body = `Sleman (2/3/2024) – ${BODY.join('\n\n')} (ADS)`;
  // As scraped: the title glued to itself, the whole body twice, share and comment widgets.
  const text = `${title}${title}\n\n${body}\n\n${body}\n\nBagikan:\n\nResponses\n`;
  const a = parseArticle(text);

  it('reports the glued title once', () => {
    expect(a.title).toMatchObject({ text: title, repeated: true, span: { start: 0, end: title.length } });
  });
  it('keeps each paragraph once and reports the copies', () => {
    expect(a.paragraphs).toHaveLength(3);
    expect(a.duplicates).toHaveLength(3);
    for (const d of a.duplicates) expect(d).toMatchObject({ kind: 'exact', similarity: 1 });
  });
  it('reports page junk and the credit', () => {
    expect(a.boilerplate.map((b) => [b.text, b.kind])).toEqual([
      ['Bagikan:', 'share'],
      ['Responses', 'comments'],
    ]);
    expect(a.credit?.text).toBe('ADS');
    expect(a.paragraphs[2]!.text.endsWith('wereng.')).toBe(true);
  });
  it('detects Indonesian', () => expect(a.language.code).toBe('ind'));
  it('keeps the invariants', () => checkInvariants(text, a));
});

describe('parseArticle: glued paragraphs', () => {
  it('splits Kompas/CNN comma joins', () => {
    const a = parseArticle(BODY.join(','));
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY);
  });
  it('splits Bisnis joins with no space after the full stop', () => {
    const a = parseArticle(`${BODY[0]} ${BODY[1]}${BODY[2]}`);
    expect(a.paragraphs.map((p) => p.text)).toEqual([`${BODY[0]} ${BODY[1]}`, BODY[2]]);
  });
  it('splits at an NBSP after a sentence end, but not at a plain space', () => {
    const a = parseArticle(`${BODY[0]}\u00a0${BODY[1]} ${BODY[2]}`);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY[0], `${BODY[1]} ${BODY[2]}`]);
  });
  it('leaves short lines whole: a headline with an NBSP after "!" is one line', () => {
    const a = parseArticle('“Halo!\u00a0Kami siap,” kata warga.\nIsi berita pertama cukup panjang untuk menjadi paragraf.');
    expect(a.paragraphs[0]!.text).toBe('“Halo! Kami siap,” kata warga.');
  });
  it('does not split domains, abbreviations or decimals', () => {
    const s = 'Menurut KOMPAS.com, harga naik 2.5 persen di Jl.Sudirman dan Kab.Bogor pada pagi hari.';
    expect(parseArticle(s).paragraphs).toHaveLength(1);
  });
});

describe('parseArticle: junk', () => {
  it('cuts an inline "Baca juga" headline out of a paragraph', () => {
    const s = 'Harga cabai naik tajam pekan ini, kata pedagang. Baca juga: Harga Bawang Merah Turun Jelang Lebaran  Pedagang berharap pasokan segera pulih.';
    const a = parseArticle(s);
    expect(a.boilerplate).toMatchObject([{ text: 'Baca juga: Harga Bawang Merah Turun Jelang Lebaran', kind: 'related-link' }]);
    expect(a.paragraphs.map((p) => p.text)).toEqual(['Harga cabai naik tajam pekan ini, kata pedagang.', 'Pedagang berharap pasokan segera pulih.']);
    checkInvariants(s, a);
  });
  it('removes detik and Antara page furniture', () => {
    const s = [
      'Warga memadati alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan.',
      'SCROLL TO CONTINUE WITH CONTENT',
      'Simak juga Video: Pawai Budaya Meriahkan Hari Jadi Kota',
      'Panitia menyebut jumlah peserta tahun ini mencapai dua ribu orang dari berbagai sanggar.',
      'ADVERTISEMENT',
      '0 Komentar',
      'Editor: Budi Santoso',
      'COPYRIGHT © ANTARA 2024',
    ].join('\n');
    const a = parseArticle(s);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['ad', 'video-promo', 'ad', 'comments', 'editor', 'copyright']);
    checkInvariants(s, a);
  });
});

describe('parseArticle: near-duplicates and decoys', () => {
  const p1 = 'Menurut Budi, gudang logistik di pelabuhan itu akan dipindah ke kawasan industri baru mulai bulan depan.';
  const p2 = '"Kami ingin bongkar muat berjalan cepat dan tidak lagi membuat antrean truk," tambahnya kepada wartawan.';
  it('reports copies that differ in spacing, quote style or a word', () => {
    const copies = [
      p1.replace('Menurut', 'menurut').replace(', berkas', ' , berkas'),
      p2.replace(/"/g, '“').replace('cepat', 'lancar'),
    ];
    const a = parseArticle([p1, p2, ...copies].join('\n'));
    expect(a.paragraphs).toHaveLength(2);
    expect(a.duplicates.map((d) => d.kind)).toEqual(['near', 'near']);
    for (const d of a.duplicates) expect(d.similarity).toBeGreaterThan(0.85);
  });
  it('keeps a decoy that opens like another paragraph but says something else', () => {
    const decoy = 'Menurut Budi, berkas perkara ketiga tersangka akan dilimpahkan ke pengadilan negeri setelah pemeriksaan saksi ahli selesai bulan depan.';
    const a = parseArticle([p1, p2, decoy].join('\n'));
    expect(a.paragraphs).toHaveLength(3);
    expect(a.duplicates).toEqual([]);
  });
});

describe('parseArticle: bad input', () => {
  it('throws a TypeError naming the argument for non-strings', () => {
    for (const bad of [undefined, null, 42, {}, ['a'], Buffer.from('a')]) {
      expect(() => parseArticle(bad as unknown as string)).toThrow(TypeError);
      expect(() => parseArticle(bad as unknown as string)).toThrow(/`text`/);
    }
    expect(() => parseArticle('a', 5 as never)).toThrow(/`options`/);
    expect(() => parseArticle('a', { language: 'fr' as never })).toThrow(/`options.language` must be 'ind', 'zlm' or 'eng', got "fr"/);
    expect(() => parseArticle('a', { referenceDate: 2024 as never })).toThrow(TypeError);
    expect(() => parseArticle('a', { quotes: 'no' as never })).toThrow(/`options.quotes`/);
    expect(() => parseArticle('a', { trace: true as never })).toThrow(/`options.trace`/);
  });
  it('returns an Article with warnings for empty and whitespace-only text', () => {
    for (const s of ['', '   \n\t  \n']) {
      const a = parseArticle(s);
      expect(a.paragraphs).toEqual([]);
      expect(a.warnings.join(' ')).toMatch(/empty/);
      expect(a.language.code).toBe('und');
    }
  });
  it('survives binary garbage, HTML and hostile repetition', () => {
    const inputs = [
      Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join(''),
      '<html><body><div class="x"><p>Halo dunia</p><script>var a=1;</script></div></body></html>',
      '“'.repeat(50_000),
      '('.repeat(50_000) + 'a',
      'Baca juga: '.repeat(20_000),
      'a.'.repeat(50_000),
      '&amp;'.repeat(50_000),
    ];
    for (const s of inputs) {
      const a = parseArticle(s);
      expect(a.warnings.filter((w) => w.includes('crashed'))).toEqual([]);
      checkInvariants(s, a);
    }
    expect(parseArticle(inputs[0]!).warnings.join(' ')).toMatch(/binary/);
    expect(parseArticle(inputs[1]!).warnings.join(' ')).toMatch(/HTML/);
  });
  it('finishes on a name written with two spaces before a quote nobody is seen saying', () => {
    // Found by npm run fuzz: the empty word between the two spaces was counted forever.
    const s = 'penyanyi  Angin  Kencang  sosial.\n\n“Saya  sana,”  tulisnya.';
    const a = parseArticle(s);
    expect(a.quotes.map((q) => q.text)).toEqual(['Saya sana,']);
    checkInvariants(s, a);
  });
  it('warns about an input too large to be one article', () => {
    // Parse time against input size is checked in test/code/linear-time.test.ts (a 5 MB line against 500 KB).
    const a = parseArticle('Warga antre sejak pagi. '.repeat(50_000));
    expect(a.warnings.join(' ')).toMatch(/very large/);
  });
});
