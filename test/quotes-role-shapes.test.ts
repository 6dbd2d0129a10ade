import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';

/** The speaker of the first quote of `text`, as name | role | organisation. */
function speakerOf(text: string): string {
  const s = extractQuotes(text, { language: 'ind' }).quotes[0]?.speaker;
  return `${s?.name ?? '—'} | ${s?.role ?? '—'} | ${s?.organisation ?? '—'}`;
}

describe('quotes: role shapes', () => {
  it('reads `Wali Kota` and its place as one post, like `Gubernur` and its province', () => {
    expect(speakerOf('"Jalan segera diperbaiki," kata Wali Kota Sukamaju Rina Wulandari.')).toBe('Rina Wulandari | Wali Kota Sukamaju | Kota Sukamaju');
    expect(speakerOf('"Jalan segera diperbaiki," kata Wakil Wali Kota Sukamaju Rina Wulandari.')).toBe(
      'Rina Wulandari | Wakil Wali Kota Sukamaju | Kota Sukamaju',
    );
  });

  it('reads a deputy minister\'s short title as the minister\'s with `Wa` (`Wamenkes` → Kementerian Kesehatan)', () => {
    expect(speakerOf('"Stok obat aman," kata Wamenkes Bayu Santoso.')).toBe('Bayu Santoso | Wamenkes | Kementerian Kesehatan');
    expect(speakerOf('"Upah naik," kata Wamenaker Bayu Santoso.')).toBe('Bayu Santoso | Wamenaker | Kementerian Ketenagakerjaan');
  });

  it('keeps a field of two parts joined by `dan` in the role, the organisation after it', () => {
    const text = 'Kepala Riset dan Edukasi Lestari Sekuritas Bayu Santoso mengatakan pasar tenang. "Pasar tenang," kata Bayu.';
    const q = extractQuotes(text, { language: 'ind' }).quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker?.role, q?.speaker?.organisation]).toEqual(['Kepala Riset dan Edukasi', 'Lestari Sekuritas']);
  });

  it('keeps a capitalised title\'s lower-case field, and the organisation written after it', () => {
    const roleOf = (text: string) => {
      const q = extractQuotes(text, { language: 'ind' }).quotes.find((x) => x.kind === 'direct');
      return [q?.speaker?.name, q?.speaker?.role, q?.speaker?.organisation];
    };
    expect(roleOf('Pengamat politik, Bayu Santoso, menilai keputusan itu keliru. "Ini keliru," kata Bayu.')).toEqual(['Bayu Santoso', 'Pengamat politik', null]);
    expect(roleOf('Pimpinan sidang Komisi IV DPR, Bayu Santoso, menilai keputusan itu keliru. "Ini keliru," kata Bayu.')).toEqual([
      'Bayu Santoso',
      'Pimpinan sidang',
      'Komisi IV DPR',
    ]);
    // What the title implies is read without the field: not `Kementerian Keuangan terpilih`.
    expect(roleOf('Menteri Keuangan terpilih, Bayu Santoso, mengatakan hal itu. "Ini keliru," kata Bayu.')).toEqual([
      'Bayu Santoso',
      'Menteri Keuangan terpilih',
      'Kementerian Keuangan',
    ]);
  });

  it('keeps an English qualifier of an English title in Indonesian text (`Deputy Head`)', () => {
    expect(speakerOf('"Pasar tenang," ujar Deputy Head of Research Lestari Sekuritas Bayu Santoso.').split(' | ')[1]).toMatch(/^Deputy Head/);
  });
});
