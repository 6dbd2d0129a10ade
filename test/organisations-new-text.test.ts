import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: shapes counted on unlabelled articles', () => {
  it('organisations new text: a person after a known body at the end of a unit name is no part of it', () => {
    const two = mentions('Kepala Badan Kajian Pesisir Kementerian Keuangan Rina Wulandari menyebut angka naik.');
    expect(two).toContain('Badan Kajian Pesisir Kementerian Keuangan');
    expect(two.some((m) => m.includes('Rina'))).toBe(false);
    // One word is a person only when the text writes it alone too.
    const one = mentions('Direktur Jenderal Tata Niaga Kemenkeu Sutarno membuka acara. Menurut Sutarno, harga turun.');
    expect(one.some((m) => m.includes('Sutarno'))).toBe(false);
    // A company's name goes on past a known form with any words.
    expect(mentions('Saham PT Bank Mandiri Sejahtera Abadi naik.')).toContain('PT Bank Mandiri Sejahtera Abadi');
  });
});
