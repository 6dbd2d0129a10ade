/**
 * Boilerplate: a story sentence that opens with the words of a junk line (`Hak cipta …`, `Klik di sini …`, `Baca juga …`)
 * stays in the body; only a line with the junk's whole shape is cut (issue 9: warta never loses text). Every outlet,
 * person and sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import type { BoilerplateKind } from '../../src/types.js';
import { checkInvariants } from '../support/invariants.js';
import { BODY, MORE, itRemovesJunkLines, junk, texts } from '../support/page-lines.js';

/** Each sentence between two paragraphs and as the last paragraph: no boilerplate, and the sentence is a paragraph. */
function itKeepsSentences(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    it(`boilerplate: ${JSON.stringify(sentence)} stays in the body`, () => {
      for (const s of [`${BODY}\n\n${sentence}\n\n${MORE}`, `${BODY}\n\n${MORE}\n\n${sentence}`]) {
        const a = parseArticle(s);
        expect(junk(a)).toEqual([]);
        expect(texts(a)).toContain(sentence);
        checkInvariants(s, a);
      }
    });
  }
}

/** Each junk line as the last paragraph: it alone is cut, as its kind. */
function itCutsLastLines(lines: readonly (readonly [string, BoilerplateKind])[]): void {
  for (const [line, kind] of lines) {
    it(`boilerplate: ${JSON.stringify(line)} under the story is ${kind}`, () => {
      const s = `${BODY}\n\n${MORE}\n\n${line}`;
      const a = parseArticle(s);
      expect(junk(a)).toEqual([[kind, line]]);
      checkInvariants(s, a);
    });
  }
}

describe('boilerplate: a copyright label opens a notice, not a sentence about rights', () => {
  itKeepsSentences([
    'Hak cipta karya ilmiah para peneliti itu didaftarkan tahun lalu, kata Rina.',
    'Hakcipta lagu itu kini milik keluarganya, katanya.',
    // No speech: a year alone does not make the notice when prose runs on around it.
    'Hak cipta lagu itu didaftarkan pada 2019.',
    'Copyright law protects the songs, the lawyer said.',
    'Dilarang mengutip ayat suci untuk kampanye, tegas Rina.',
  ]);
  // Near misses: the notices, with their sign, their rights, or a year and an owner.
  itRemovesJunkLines([
    ['Hak Cipta © 2024 Kabarcontoh.com', 'copyright'],
    ['Hak cipta dilindungi undang-undang.', 'copyright'],
    ['Hak Cipta 2024 Kabarcontoh.com', 'copyright'],
    ['Hak Cipta Terpelihara 2024 Akhbar Contoh', 'copyright'],
    ['Dilarang mengutip tanpa izin', 'copyright'],
    ['Copyright 2021 Contoh Post', 'copyright'],
    // A list of actions after the label is no attribution (`menulis` is a speaker-first verb, not `kata`).
    ['Dilarang mengutip, menulis ulang, atau menyebarkan isi situs ini tanpa izin dari wartasukamaju.com', 'copyright'],
    // An owner's name after the label, of an outlet no list knows.
    ['Hak cipta milik Warta Sukamaju', 'copyright'],
    ['Hak Cipta oleh PT Warta Sukamaju Media', 'copyright'],
    ['Copyright Sukamaju Media Group', 'copyright'],
  ]);
  itKeepsSentences(['Copyright in the old photographs stays with the family.', 'Hak cipta lagu itu kini milik Rina.']);
});

describe('boilerplate: a click prompt points to what its link opens', () => {
  itKeepsSentences([
    'Klik di sini bukan jawapan bagi semua masalah, tegas pegawai itu.',
    'Klik di sini bukan jawapan bagi semua masalah.',
    'Click here is not the answer to every problem.',
    'Lihat di sini, kata dia sambil menunjuk peta.',
  ]);
  // Near misses: the prompt ends at its pointing word, says what the link opens, or goes on to its next step.
  itCutsLastLines([
    ['Klik di sini untuk berita penuh.', 'related-link'],
    ['Klik di sini bagi mendapatkan berita terkini.', 'related-link'],
    ['Klik di sini', 'related-link'],
    ['Klik di sini, tulis komentar Anda.', 'related-link'],
    ['Click here to subscribe.', 'related-link'],
    // What follows the pointing word is no clause about it: the prompt goes on.
    ['Klik di sini dan dapatkan hadiah menarik', 'related-link'],
    ['Klik di sini sekarang juga!', 'related-link'],
    ['Click here now', 'related-link'],
  ]);
  itRemovesJunkLines([['Klik di sini untuk berita penuh.', 'related-link']]);
});

describe('boilerplate: a junk phrase without its colon opens no sentence that reports speech', () => {
  itKeepsSentences([
    'Baca juga buku-buku lama itu, pesan Rina kepada para siswa.',
    'Terima kasih telah membaca surat kami, kata warga itu.',
    'Terima kasih kerana membaca surat kami, kata penduduk itu.',
    'Laporan wartawan itu dibantah polisi, kata Rina.',
    'Tonton video itu sebelum menilai, kata Rina.',
    'Ikuti berita ini dengan tenang, katanya.',
  ]);
  // Near misses: a label with its colon, and a headline in quotes after a prompt, are junk whatever words they hold.
  itRemovesJunkLines([
    ['Baca juga: Harga Cabai Naik, kata Pedagang', 'related-link'],
    ["Simak Video 'Harga Naik, kata Menteri':", 'video-promo'],
    // A linked headline that ends in its attribution has no stop, or is in Title Case: a headline, not a sentence.
    ['Baca juga Harga Gula Naik Lagi, kata Pedagang Pasar Sukamaju', 'related-link'],
    ['Baca juga Harga gula naik mulai esok, kata menteri', 'related-link'],
    ['BACA JUGA Warga Tolak Jembatan Baru, kata Camat.', 'related-link'],
    ['Read also Sukamaju floods: families moved, officials said', 'related-link'],
    ['Simak video berikut, ujar Rina dalam unggahannya', 'video-promo'],
  ]);
});
