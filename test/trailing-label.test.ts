import { describe, expect, it } from 'vitest';
import { LANGUAGES, languagesFirst } from '../src/lang/index.js';
import { patternsOf } from '../src/stages/05-boilerplate/patterns.js';
import { trailingLabelAt } from '../src/stages/05-boilerplate/trailing.js';
import { phrasePattern, phraseReach } from '../src/util/patterns.js';

/** The trailing-label search looks only at the stretch before each colon (issue 12): it must find what a whole-paragraph scan finds. */
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
