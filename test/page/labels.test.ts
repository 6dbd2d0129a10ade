/** Boilerplate: labels (editor, page, pagination, source or author, portrait names). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts, junk } from '../support/page-lines.js';
import { unlistedOutletFixtures, uncoveredOutletFixtures } from '../support/page-fixtures.js';

describe('an editor label and a dash', () => {
  const { ID } = uncoveredOutletFixtures;

  const junk = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => `${b.kind}: ${b.text}`);

  it('`Editor - Budi Santoso` under the story is an author line', () => {
    expect(junk(parseArticle(`${ID}\n\nEditor - Budi Santoso`))).toEqual(['editor: Editor - Budi Santoso']);
  });
});

/**
 * Page furniture of outlets warta has not seen, round 25 (issue 9): a reporter's label naming the outlet before
 * the colon, joined credit lines in lower case, a source label glued to the last English sentence, a reporter's
 * full name in brackets after the last sentence, a caption with a slashed credit above the dateline, and a
 * pagination label alone. Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Pemerintah Kabupaten Wanaraja menyalurkan bibit jagung kepada empat puluh kelompok tani di lereng Gunung Talun.';
const ID_2 = '"Kami ingin petani tidak lagi bergantung pada tengkulak," kata Kepala Dinas Pertanian Wanaraja, Sutardi Wirakarsa.';
const ID_3 = 'Menurut dia, program serupa akan diperluas ke kecamatan lain setelah evaluasi selesai dilakukan oleh tim dinas.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('a reporter label that names its outlet', () => {
  it('`Reporter Outlet: Name` under the story is editor furniture', () => {
    for (const line of ['Reporter Kabarlarunda: Dewi Anggrahini', 'Kontributor Warta Talun: Dewi Anggrahini', 'Reporter Kabarlarunda.com : Dewi Anggrahini']) {
      const text = `WANARAJA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${line}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toEqual([['editor', line]]);
    }
  });

  it('a sentence whose subject is a reporter, or a label over a sentence, stays', () => {
    const prose = 'Reporter senior itu menulis: Dinas Pertanian menunda penyaluran bibit hingga bulan depan karena hujan.';
    const label = 'Penulis buku itu: Sutardi';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}\n\n${ID_3}`))).toContain(prose);
    // One word before the colon that is no label: not a credit line.
    expect(texts(parseArticle(`${ID_1}\n\n${label}\n\n${ID_3}`))).toContain(label);
  });

  it('a line of that shape inside a paragraph of several lines stays: it is body text, not a label of its own', () => {
    const award = 'Penulis Cerpen Terbaik: Larasmita Sekarwangi';
    const paragraph = `Dewan juri mengumumkan juara lomba menulis pelajar pada Sabtu malam di pendopo kabupaten.\n${award}\nPiala diserahkan langsung oleh bupati di hadapan ratusan pelajar.`;
    const text = `${ID_1}\n\n${paragraph}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toContain(award);
    expect(junkOf(a)).toEqual([]);
  });
});

describe('a pagination label alone', () => {
  it('`Halaman berikutnya` goes as navigation', () => {
    for (const line of ['Halaman berikutnya', 'Halaman sebelumnya']) {
      const a = parseArticle(`WANARAJA - ${ID_1}\n\n${ID_2}\n\n${line}\n\n${ID_3}`);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toEqual([['navigation', line]]);
    }
  });
});

describe('a page label or a byline above the headline', () => {
  const HEADLINE = 'Kampus Buka Dapur Umum untuk Warga Terdampak Banjir';
  const LEAD = 'Mahasiswa dan dosen membuka dapur umum di halaman kampus sejak Rabu pagi untuk warga dua kelurahan.';
  const MORE = 'Koordinator relawan menyebut dapur itu menyiapkan seribu porsi makanan setiap hari.';

  it('`Siaran Pers`, `Press Release` or `Oleh …` over the headline leaves the headline the title', () => {
    for (const [label, kind] of [['Siaran Pers', 'other'], ['PRESS RELEASE', 'other'], ['Oleh Gendhis Tirtaningsih', 'editor']] as const) {
      const text = `${label}\n\n${HEADLINE}\n\nSalatiga – ${LEAD}\n\n${MORE}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title?.text).toBe(HEADLINE);
      expect(a.boilerplate.map((b) => b.text)).toEqual([label]);
      expect(a.boilerplate[0]!.kind).toBe(kind === 'editor' ? 'editor' : 'navigation');
      expect(texts(a)).toEqual([LEAD, MORE]);
    }
  });

  it('a press release\'s `Narahubung:` line opens its contact block', () => {
    const text = `${HEADLINE}\n\nSalatiga – ${LEAD}\n\n${MORE}\n\nNarahubung: Laksmi Wiradinata (0812-0000-1111)\n\nhumas@kampuscontoh.ac.id`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([LEAD, MORE]);
  });

  it('a short headline that opens with a label\'s words is the headline, not a label', () => {
    const head = 'Siaran Pers Kampus Ditunda';
    const text = `${head}\n\nSalatiga – ${LEAD}\n\n${MORE}`;
    expect(parseArticle(text).title?.text).toBe(head);
  });
});

describe('boilerplate: a source or author label glued to the end of a paragraph', () => {
  const { ID_1, ID_2, ID_3 } = unlistedOutletFixtures;
  const TABLE = 'Harga rata-rata cabai sepekan terakhir:Senin41.200Selasa43.800Rabu45.100';

  it('boilerplate: a table source glued to the last figure, and an author line after the last sentence', () => {
    const cases: [string, string, string, string][] = [
      [`${TABLE}Sumber: Dinas Pasar Sukamaju`, TABLE, 'other', 'Sumber: Dinas Pasar Sukamaju'],
      [`${ID_3} Penulis: Rina Wulandari/rin (diolah dari aneka sumber)`, ID_3, 'editor', 'Penulis: Rina Wulandari/rin (diolah dari aneka sumber)'],
      [`${ID_3}Editor: Budi Santoso`, ID_3, 'editor', 'Editor: Budi Santoso'],
      ['The index closed higher on Friday, led by bank shares.SOURCE: Contoh Exchange', 'The index closed higher on Friday, led by bank shares.', 'other', 'SOURCE: Contoh Exchange'],
    ];
    for (const [last, kept, kind, junk] of cases) {
      const s = `${ID_1}\n\n${ID_2}\n\n${last}`;
      const a = parseArticle(s);
      expect(texts(a)).toEqual([ID_1, ID_2, kept]);
      expect(junkOf(a)).toEqual([[kind, junk]]);
      checkInvariants(s, a);
    }
  });

  it('boilerplate: a label inside prose, or one followed by a sentence or a quote, stays', () => {
    for (const last of [
      // No sentence end and no glue before the label: the writer's own words.
      'Data itu diperoleh dari sumber: Dinas Pasar Sukamaju mencatat kenaikan',
      'Data itu disebut oleh Sumber: Dinas Pasar Sukamaju',
      // What follows the label goes on as a sentence.
      `${ID_3} Sumber: pejabat dinas itu. dia menolak disebut namanya`,
      // A quote after the label.
      `${ID_3} Sumber: "harga akan turun"`,
    ]) {
      const a = parseArticle(`${ID_1}\n\n${last}`);
      expect(a.boilerplate).toEqual([]);
      expect(texts(a)).toEqual([ID_1, last]);
    }
  });
});

describe('boilerplate: a name label under a portrait', () => {
  const EN_1 = 'Chilli prices at the Sukamaju central market rose sharply this week as supplies from farmers fell after heavy rain.';
  const EN_3 = 'She said the alliance would meet traders and the market authority next week to discuss prices.';
  it('boilerplate: a line of a name, then a paragraph that introduces that person, is a caption', () => {
    const label = 'Prof Dr Rina Wulandari';
    const next = 'Prof Datuk Dr Rina Wulandari, a fellow of the Sukamaju Institute of Farming, said the rise would not last.';
    const s = `${EN_1}\n\n${label}\n\n${next}\n\n${EN_3}`;
    const a = parseArticle(s);
    expect(junkOf(a)).toEqual([['caption', label]]);
    expect(texts(a)).toEqual([EN_1, next, EN_3]);
    checkInvariants(s, a);
  });

  it('boilerplate: a signature (a name, then a role) or an intertitle stays', () => {
    for (const s of [
      `${EN_1}\n\n${EN_3}\n\nRina Wulandari\n\nChairwoman, Sukamaju Farmers Alliance`,
      `${EN_1}\n\nPrices Keep Rising\n\n${EN_3}`,
    ]) expect(parseArticle(s).boilerplate).toEqual([]);
  });
});
