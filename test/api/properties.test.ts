/**
 * properties: fast-check runs parseArticle on arbitrary strings (all of UTF-16, lone surrogates,
 * every space, dash and quotation mark) and on corpus articles with random edits, and checks the
 * properties of properties.ts on every result: it never throws, spans slice back to their texts,
 * paragraphs are ordered and disjoint, quotes lie in paragraphs, regions never overlap, every
 * character is accounted for, the same input gives the same output whatever was parsed before,
 * and an edit far from a paragraph leaves that paragraph's extraction alone.
 *
 * Run counts are bounded to keep `npm test` short; `npm run fuzz` runs the same checks for as
 * long as you like. The seed is fixed so CI is reproducible; set WARTA_FC_SEED to explore others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../src/index.js';
import { anyText, corpusTexts, editedArticle, lineEdit, applyEdit } from '../support/mutations.js';
import { localityViolations, violations } from '../support/properties.js';

const SEED = Number(process.env.WARTA_FC_SEED ?? 20_241_202);
const corpus = corpusTexts();

/** Parse, turning a throw into a violation so fast-check shrinks it like any other. */
function parsed(text: string): { article: Article | null; problems: string[] } {
  try {
    const article = parseArticle(text);
    return { article, problems: violations(text, article) };
  } catch (error) {
    return { article: null, problems: [`threw: ${error instanceof Error ? error.stack : String(error)}`] };
  }
}

function holds(numRuns: number, arbitrary: fc.Arbitrary<string>): void {
  fc.assert(
    fc.property(arbitrary, (text) => {
      expect(parsed(text).problems).toEqual([]);
    }),
    { numRuns, seed: SEED },
  );
}

describe('properties: every parse keeps the invariants', () => {
  it('properties: arbitrary strings', { timeout: 60_000 }, () => holds(300, anyText));
  it('properties: corpus articles with random edits', { timeout: 60_000 }, () => holds(120, editedArticle(corpus)));
});

describe('properties: the same input gives the same output', () => {
  it('properties: whatever was parsed before', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(editedArticle(corpus), fc.integer({ min: 0, max: corpus.length - 1 }), (text, other) => {
        const first = JSON.stringify(parseArticle(text));
        parseArticle(corpus[other]!, { language: 'eng' });
        parseArticle(corpus[other]!);
        expect(JSON.stringify(parseArticle(text))).toBe(first);
      }),
      { numRuns: 40, seed: SEED },
    );
  });
});

describe('properties: an edit far from a paragraph leaves it alone', () => {
  // Articles of at least five body paragraphs, one block each, separated by blank lines.
  const articles = corpus
    .map((text) => parseArticle(text).paragraphs.map((p) => p.text))
    .filter((blocks) => blocks.length >= 5);
  it('properties: has articles to edit', () => expect(articles.length).toBeGreaterThan(10));
  it('properties: paragraphs two blocks away keep text, span and direct quotes', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: articles.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        fc.array(lineEdit, { minLength: 1, maxLength: 4 }),
        (n, where, edits) => {
          const blocks = articles[n]!;
          const j = Math.floor(where * blocks.length);
          const edited = edits.reduce(applyEdit, blocks[j]!);
          const problems = localityViolations(parseArticle, blocks, j, edited);
          fc.pre(problems !== null);
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: 60, seed: SEED },
    );
  });
});

describe('properties: fuzz findings stay fixed', () => {
  // Shapes the long fuzz run found (texts written anew, same shapes).
  const cases: [string, string][] = [
    ['a publication line above a single body line is no headline', 'Senin, 03 Maret 2025 | 09:15 WIB\nKepala dinas mengatakan armada bus listrik kota ini akan ditambah tahun depan, katanya.'],
    [
      'a short date line above a publication line is no crumb',
      '</p>4/2/2025\nSelasa, 4 Feb 2025 | 10:00 WIB Dibaca: 120 Pengunjung\n\n[KABARKITA] - Warga desa membersihkan pantai dari sampah plastik setiap akhir pekan.\n\nKegiatan itu diikuti ratusan relawan dari berbagai kota di sekitar pantai.',
    ],
    [
      'a label glued to the end of a dateline-like opening word is no dateline',
      `SUKAMEditor: Rina KABARCONTOH.CO.ID - SUKAMAJU. ${'Bursa Contoh membuka kembali perdagangan saham PT Bank Contoh Makmur Tbk pada hari ini, Selasa (21/1). Kemarin bursa menghentikan perdagangan saham kedua bank karena rencana penggabungan usaha. Suspensi itu dilakukan untuk menjaga perdagangan yang wajar dan teratur. '.repeat(4)}`.trim().replaceAll(' ', '\u00a0'),
    ],
  ];
  for (const [what, text] of cases) {
    it(`properties: ${what}`, () => {
      expect(parsed(text).problems).toEqual([]);
    });
  }
});

describe('properties: a dateline-shaped line low in the story', () => {
  it('properties: `Kota, OUTLET.com -` at the start of the last paragraph leaves the paragraphs above it in the body', () => {
    const text = [
      'Dinas Pertanian Sukamaju menyiapkan bantuan mesin pengering gabah bagi delapan puluh kelompok tani tahun ini.',
      'Kepala Dinas Pertanian Sukamaju Budi Santoso mengatakan bantuan itu diberikan bergiliran mulai bulan depan.',
      'Menurut dia, gabah yang tidak segera dikeringkan cepat rusak dan harganya turun di tingkat petani.',
      'Budi menambahkan, mesin akan dikirim ke desa-desa yang panennya paling besar lebih dulu.',
      'Ia juga mengatakan kelompok tani tidak perlu membayar biaya sewa selama masa percobaan berlangsung.',
      'Sukamaju, KABARCONTOH.com - Rina Wulandari, ketua kelompok tani di Desa Contoh, menyambut baik rencana itu.',
    ].join('\n\n');
    const article = parseArticle(text);
    expect(article.boilerplate.filter((b) => b.kind === 'caption')).toEqual([]);
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(article.paragraphs[0]!.text).toMatch(/^Dinas Pertanian Sukamaju/);
  });
});
