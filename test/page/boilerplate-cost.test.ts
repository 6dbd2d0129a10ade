import { describe, expect, it } from 'vitest';
import { LANGUAGES, languagesFirst } from '../../src/lang/index.js';
import { patternsOf, endsInPhotoCredit } from '../../src/stages/05-boilerplate/patterns.js';
import { endMarkAt, shapeKind } from '../../src/stages/05-boilerplate/shapes.js';
import { wholeBlockKind } from '../../src/stages/05-boilerplate/classify.js';
import { endsInNamedCredit } from '../../src/stages/05-boilerplate/photo-credit.js';
import type { BoilerplateKind } from '../../src/types.js';
import { trailingLabelAt } from '../../src/stages/05-boilerplate/trailing.js';
import { phrasePattern, phraseReach } from '../../src/util/patterns.js';

/**
 * The shape tests look for a character first (a bracket at both ends, a bar, a share verb) and run their
 * pattern only on blocks that hold it: the kinds stay what the patterns alone gave. Texts written for these tests.
 */
const p = patternsOf(languagesFirst(LANGUAGES.ind));

describe('boilerplate: shapes behind a cheap pre-check', () => {
  const cases: [string, BoilerplateKind | null][] = [
    // In brackets or quote marks, both ends.
    ['(Laporan: Rina Putri)', 'editor'],
    ['[Baca juga: Harga Cabai Naik]', 'related-link'],
    ['“Baca juga: Harga Cabai Naik”', 'related-link'],
    ["'Baca juga: Harga Cabai Naik'", 'related-link'],
    ['“Baca juga: Harga Cabai Naik.', null],
    ['"Kami akan datang," kata Rina.', null],
    ['(😀)', null],
    // A bar or a slash between short facts holding an editor label or a byline.
    ['Kamis, 14 Maret 2019 | 09:40 WIB | Penulis: Rina', 'editor'],
    ['Berita / By Rina Putri / 18 Feb 2016', 'editor'],
    ['Harga naik 5 persen / tahun di pasar induk kota.', null],
    // A menu's items split by bars, not by commas.
    ['Tentang Kami | Redaksi | Pedoman Media Siber | Kontak', 'navigation'],
    ['Tentang Kami, Redaksi, Pedoman Media Siber, Kontak', null],
    // A plea to share the article, and a sentence with no share verb.
    ['Jika artikel ini bermanfaat, silakan bagikan kepada teman Anda.', 'share'],
    ['Jika artikel ini bermanfaat, silakan baca yang lain.', null],
    // A share bar, with or without its label.
    ['Bagikan: Facebook Twitter WhatsApp', 'share'],
    ['Facebook Twitter WhatsApp', 'share'],
  ];
  for (const [line, kind] of cases) {
    it(`boilerplate: ${JSON.stringify(line)} → ${kind ?? 'body text'}`, () => {
      expect(shapeKind(line, p)).toBe(kind);
    });
  }
});

describe('boilerplate: bylines joined on one line', () => {
  const cases: [string, BoilerplateKind | null][] = [
    ['By RINA PUTRI and BUDI SANTOSO', 'editor'],
    ['Story by Rina Putri; photos by Budi Santoso', 'editor'],
    ['Rina Putri and Budi Santoso', null],
    ['Harga cabai dan bawang naik', null],
  ];
  for (const [line, kind] of cases) {
    it(`boilerplate: ${JSON.stringify(line)} → ${kind ?? 'body text'}`, () => {
      expect(shapeKind(line, p)).toBe(kind);
    });
  }
});

/** Patterns that end at the block's end are searched only in blocks that end in a character they can end on. */
describe('boilerplate: end-anchored searches behind a last-character check', () => {
  const marks: [string, number][] = [
    ['Harga naik, kata dia. *', 22],
    ['Harga naik, kata dia. []', 22],
    ['Harga naik, kata dia. #', 22],
    ['Harga naik, kata dia.- 14/3/2018', 21],
    ['Harga naik, kata dia.', -1],
    ['Harga naik pada 2018', -1],
  ];
  for (const [block, at] of marks) {
    it(`boilerplate: end mark of ${JSON.stringify(block)} at ${at}`, () => {
      expect(endMarkAt(block, p)).toBe(at);
    });
  }
  const credits: [string, boolean][] = [
    ['Warga menanam pohon. (Kabarcontoh/Rina Wulandari)', true],
    ['Warga menanam pohon di Sukamaju. Kabarcontoh/Rina Wulandari', true],
    ['Warga menanam pohon di Sukamaju. — Contoh Post pic', true],
    ['Warga menanam pohon di Sukamaju.', false],
    ['Warga menanam pohon di "Sukamaju"', false],
  ];
  for (const [line, credited] of credits) {
    it(`boilerplate: ${JSON.stringify(line)} ${credited ? 'ends' : 'does not end'} in a named credit`, () => {
      expect(endsInNamedCredit(line, p.postfixCredit)).toBe(credited);
    });
  }
  const labels: [string, BoilerplateKind | null][] = [
    ['Artikel Berkaitan', 'related-link'],
    ['Artikel Berkaitan!!', 'related-link'],
    ['BACA JUGA:', 'related-link'],
    ['Baca Juga…', 'related-link'],
    ['Harga naik:', null],
  ];
  for (const [line, kind] of labels) {
    it(`boilerplate: listed line ${JSON.stringify(line)} → ${kind ?? 'body text'}`, () => {
      expect(wholeBlockKind(line, p)).toBe(kind);
    });
  }
  const dated: [string, BoilerplateKind | null][] = [
    ['Ditulis oleh Rina Putri pada 3 Desember 2019', 'editor'],
    ['Posted by Rina Putri on 3 December 2019', 'editor'],
    ['Ditulis oleh Rina Putri pada 3 Desember 2019.', null],
    ['Posted by Rina Putri on Tuesday', null],
  ];
  for (const [line, kind] of dated) {
    it(`boilerplate: dated byline ${JSON.stringify(line)} → ${kind ?? 'body text'}`, () => {
      expect(shapeKind(line, p)).toBe(kind);
    });
  }
});

/**
 * The trailing-label and photo-credit searches look only where a match can be: before each colon, and in a
 * line's last characters (issue 12). They must find what a scan of the whole paragraph finds.
 */
const patterns = patternsOf(languagesFirst(LANGUAGES.ind));

describe('trailing labels: searched before each colon', () => {
  it('phraseReach bounds the longest spacing a phrase pattern accepts', () => {
    for (const phrase of ['Sumber:', 'Keterangan foto:', 'Editor :', 'Foto']) {
      const widest = phrase.trim().split(/\s+/).join('   ').replace(/:$/, '   :');
      expect(new RegExp(`^(?:${phrasePattern(phrase)})$`).test(widest)).toBe(true);
      expect(widest.length).toBeLessThanOrEqual(phraseReach(phrase));
    }
  });

  it('finds a label after colons of prose, spaced or glued', () => {
    const prose = 'Rina Wulandari menyebut tiga hal: harga, pasokan, dan cuaca di Sukamaju.';
    expect(trailingLabelAt(`${prose} Penulis   : Budi Santoso`, patterns)).toEqual({ index: prose.length + 1, kind: 'editor' });
    expect(trailingLabelAt(`Harga naik 1,25%:41.250Sumber: Dinas Pasar Contoh`, patterns)?.index).toBe(23);
    // A label opening prose (a long tail) is skipped, and the next colon's label is still read.
    const long = 'Sumber: pejabat Dinas Pasar Contoh yang tidak mau disebut namanya memastikan harga cabai rawit turun pekan depan';
    expect(trailingLabelAt(`${prose} ${long}. Foto: Rina Wulandari`, patterns)?.index).toBe(prose.length + long.length + 3);
    expect(trailingLabelAt(`${prose} Tidak ada label di sini`, patterns)).toBeNull();
    expect(trailingLabelAt('Sumber: Dinas Pasar Contoh', patterns)).toBeNull();
  });
});

describe('photo credits: searched in the line\'s last characters', () => {
  it('agrees with a search of the whole line', () => {
    const wholeLine = new RegExp(patterns.photoCredit.source, 'iu');
    const sentence = 'Warga Sukamaju memadati alun-alun kota untuk menyaksikan pawai budaya tahunan pada Minggu pagi.';
    const lines = [
      `${sentence} Foto: Rina Wulandari`,
      `${sentence} (Foto: Dok. Humas Pemkab Contoh)`,
      `${sentence} - Foto Rina Wulandari`,
      `${sentence}(Istimewa)`,
      `${sentence.repeat(4)} Foto: Dok. Humas Pemkab Contoh`,
      `Foto: Rina Wulandari. ${sentence.repeat(3)}`,
      `${sentence} Foto: ${'Rina Wulandari dan Budi Santoso '.repeat(3)}`,
      `${sentence.repeat(3)} Photo courtesy of Aliansi Petani Tangguh Bersatu`,
      `${sentence} [Photo courtesy of Aliansi Petani Tangguh Bersatu]`,
      `${sentence.repeat(3)} [Foto: Dok. Humas Pemkab Contoh]`,
      sentence,
      `${sentence} Foto: Rina Wulandari.`,
      `${sentence} (Foto: Rina Wulandari).`,
      `${sentence} Foto: Rina Wulandari!`,
      `${sentence} Foto: Dok.`,
      '',
    ];
    for (const s of lines) expect(endsInPhotoCredit(s, patterns)).toBe(wholeLine.test(s));
    expect(lines.filter((s) => endsInPhotoCredit(s, patterns)).length).toBeGreaterThanOrEqual(6);
  });
});
