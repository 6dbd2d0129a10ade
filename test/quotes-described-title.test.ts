/**
 * A describing attribution that names a post (issue 9): `<description> yang menjabat <title> ini` points back to
 * the person quoted before and gives the quote that post. Invented people and organisations only.
 */
import { describe, expect, it } from 'vitest';
import { directQuotes } from './speaker-lines.js';

const direct = (text: string) => directQuotes(text);

const INTRO = 'Ketua Asosiasi Pemilik Kapal Tirtamaya (APKT) Bramantyo Wisesa menuturkan hasil tangkapan tuna turun sejak bulan lalu.\n\n';
const QUOTE = '“Kapal kami harus berlayar dua hari lebih jauh untuk mendapat ikan,” ujar politisi ';

describe('described title: the post a describing attribution names', () => {
  it('described title: `ujar <description> yang menjabat sebagai <title> ini` speaks as that post', () => {
    const text = INTRO + QUOTE + 'yang menjabat sebagai Bendahara Partai Gerakan Bahari ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Bendahara', organisation: 'Partai Gerakan Bahari' });
  });

  it('described title: a title of role words and its short form in brackets keeps the short form without its bracket', () => {
    const text = INTRO + QUOTE + 'yang kini menjabat Staf Ahli Bupati (SAB) ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Staf Ahli Bupati', organisation: 'SAB' });
  });

  it('described title: a second post (`yang sekaligus menjabat …`) leaves the quote under the title of the introduction', () => {
    const text = INTRO + QUOTE + 'yang sekaligus menjabat Bendahara Partai Gerakan Bahari ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Ketua', organisation: expect.stringContaining('Asosiasi Pemilik Kapal Tirtamaya') });
  });

  it('described title: a description that names no post keeps the title of the introduction', () => {
    const text = INTRO + QUOTE + 'yang biasa dipanggil Bram ini.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Bramantyo Wisesa', role: 'Ketua', organisation: expect.stringContaining('Asosiasi Pemilik Kapal Tirtamaya') });
  });
});
