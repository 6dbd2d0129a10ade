import { describe, expect, it } from 'vitest';
import { LANGUAGES, languagesFirst } from '../src/lang/index.js';
import { patternsOf } from '../src/stages/05-boilerplate/patterns.js';
import { endMarkAt, shapeKind } from '../src/stages/05-boilerplate/shapes.js';
import { wholeBlockKind } from '../src/stages/05-boilerplate/classify.js';
import { endsInNamedCredit } from '../src/stages/05-boilerplate/photo-credit.js';
import type { BoilerplateKind } from '../src/types.js';

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
      expect(endMarkAt(block)).toBe(at);
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
