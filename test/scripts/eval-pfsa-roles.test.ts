import { describe, expect, it } from 'vitest';
import { type PfsaSpan, pfsaSpeakerGold } from '../../scripts/eval/pfsa-roles.js';

/** A span of `text` for the first copy of `part`. */
function span(text: string, part: string): PfsaSpan {
  const start = text.indexOf(part);
  return { text: part, start, end: start + part.length };
}

describe('PFSA gold speaker role and organisation link (eval heuristic)', () => {
  it('links role + organisation + name, name + comma + role, and skips coreference speakers', () => {
    const text =
      '“Panen naik,” kata Ketua Aliansi Petani Tangguh Bersatu Rina Wulandari. ' +
      '“Harga turun,” kata Bayu Santoso, peneliti dari Lembaga Kajian Pangan Nusantara. ' +
      '“Kami siap,” kata Bupati. “Tidak ada,” kata Dimas Pratama di kantornya.';
    const row = {
      id: 'x',
      text,
      roles: [span(text, 'Ketua'), span(text, 'peneliti')],
      affiliations: [span(text, 'Aliansi Petani Tangguh Bersatu'), span(text, 'Lembaga Kajian Pangan Nusantara')],
      quotes: [
        { speaker: { ...span(text, 'Rina Wulandari'), label: 'PERSON' } },
        { speaker: { ...span(text, 'Bayu Santoso'), label: 'PERSON' } },
        { speaker: { ...span(text, 'Bupati'), label: 'PERSONCOREF' } },
        { speaker: { ...span(text, 'Dimas Pratama'), label: 'PERSON' } },
      ],
    };
    expect(pfsaSpeakerGold(row)).toEqual([
      { role: 'Ketua', organisation: 'Aliansi Petani Tangguh Bersatu' },
      { role: 'peneliti', organisation: 'Lembaga Kajian Pangan Nusantara' },
      { role: null, organisation: null },
      { role: null, organisation: null },
    ]);
  });
});
