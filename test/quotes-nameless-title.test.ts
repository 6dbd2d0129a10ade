/**
 * A title whose holder's name the page lost (`Menteri Contoh , meminta …`) is the title of the first person quoted
 * after it with neither role nor organisation (`nameless-title.ts`): invented people and bodies.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote } from '../src/types.js';

/** The direct quotes of an Indonesian `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
}

describe('nameless title: a title running into a comma where a name was lost', () => {
  it('nameless title: a space left before the comma', () => {
    const text =
      'Menteri Keuangan , meminta empat bank di Sukamaju menyalurkan kredit lebih besar.\n\n' +
      '"Untuk setiap satu rupiah yang ditempatkan, bank bisa menyalurkan tiga rupiah," kata Rini Handayani di ruang rapat.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Rini Handayani');
    expect(q?.speaker?.role).toBe('Menteri Keuangan');
  });

  it('nameless title: a lower-case verb right after the comma', () => {
    const text =
      'Menteri Koperasi dan UKM, mengakui pelaku usaha di Sukamaju masih sulit mendapat pembiayaan.\n\n' +
      '"Saya akui masih belum mudah bagi mereka untuk mengakses kredit," ujar Darto dalam keterangan resmi.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Darto');
    expect(q?.speaker?.role).toBe('Menteri Koperasi dan UKM');
  });

  it('nameless title: near-miss, a title written with its name gives nothing to another speaker', () => {
    const text =
      'Menteri Keuangan Rini Handayani, meminta empat bank di Sukamaju menyalurkan kredit lebih besar.\n\n' +
      '"Kami siap menyalurkan kredit itu secepatnya kepada nasabah," kata Darto Wibisono di kantornya.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Darto Wibisono');
    expect(q?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, the first person quoted after it already has a title', () => {
    const text =
      'Menteri Keuangan , meminta empat bank di Sukamaju menyalurkan kredit lebih besar.\n\n' +
      '"Kami siap menyalurkan kredit itu," kata Direktur Utama Bank Contoh Darto Wibisono.\n\n' +
      '"Pasar masih menunggu kepastian dari pemerintah," kata Lina Marlina di Sukamaju.';
    const qs = direct(text);
    expect(qs[1]?.speaker?.name).toBe('Lina Marlina');
    expect(qs[1]?.speaker?.role).toBeNull();
  });
});
