import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';

/** Each organisation's mention texts, as written. */
function groups(text: string): string[][] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations codes: a listed company’s stock code after its legal form', () => {
  it('organisations codes: the code after `Tbk.` is the company, and so are its later uses', () => {
    const text = 'Saham PT Larasnusa Sentosa Tbk. (LRNS) naik 4 persen pagi ini. Analis menilai LRNS masih murah.';
    expect(groups(text)).toEqual([['PT Larasnusa Sentosa Tbk.', 'LRNS', 'LRNS']]);
  });

  it('organisations codes: reporter’s initials after a sentence’s stop stay a credit', () => {
    // A full stop that ends a sentence before brackets is no legal form's.
    const text = 'Saham PT Larasnusa Sentosa Tbk naik 4 persen. (SKAB) Esok pasar dibuka lagi.';
    expect(groups(text)).toEqual([['PT Larasnusa Sentosa Tbk']]);
  });

  it('organisations codes: a code in brackets closing the paragraph stays a credit', () => {
    // The paragraph's end is tested before the legal form's stop, so the bracket is read as the reporter's initials.
    const text = 'Dana itu dikucurkan oleh PT Larasnusa Sentosa Tbk. (LRNS)';
    expect(groups(text)).toEqual([['PT Larasnusa Sentosa Tbk.']]);
    expect(groups(`${text}\n\nRapat umum digelar bulan depan.`)).toEqual([['PT Larasnusa Sentosa Tbk.']]);
  });
});
