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
});
