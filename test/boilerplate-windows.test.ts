import { describe, expect, it } from 'vitest';
import { LANGUAGES, languagesFirst } from '../src/lang/index.js';
import { endsInPhotoCredit, patternsOf } from '../src/stages/05-boilerplate/patterns.js';
import { trailingLabelAt } from '../src/stages/05-boilerplate/trailing.js';
import { phrasePattern, phraseReach } from '../src/util/patterns.js';

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
