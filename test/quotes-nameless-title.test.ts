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
      'Menteri Pariwisata , memastikan dermaga wisata baru di Pantai Sukamaju siap dipakai pada Sabtu pagi.\n\n' +
      '"Kapal pesiar kecil sudah bisa bersandar di sini mulai bulan depan," kata Rini Handayani di tepi dermaga.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Rini Handayani');
    expect(q?.speaker?.role).toBe('Menteri Pariwisata');
  });

  it('nameless title: a lower-case verb right after the comma', () => {
    const text =
      'Menteri Kelautan dan Perikanan, menyebut nelayan di Sukamaju kini bisa menjual tangkapan langsung ke pabrik.\n\n' +
      '"Harga ikan di tingkat nelayan naik hampir dua kali lipat," ujar Darto di pelabuhan.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Darto');
    expect(q?.speaker?.role).toBe('Menteri Kelautan dan Perikanan');
  });

  it('nameless title: near-miss, a title written with its name gives nothing to another speaker', () => {
    const text =
      'Menteri Pariwisata Rini Handayani, meresmikan dermaga wisata baru di Pantai Sukamaju pada Sabtu pagi.\n\n' +
      '"Kami siap melayani penumpang dari dermaga ini," kata Darto Wibisono di kantornya.';
    const [q] = direct(text);
    expect(q?.speaker?.name).toBe('Darto Wibisono');
    expect(q?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, the first person quoted after it already has a title', () => {
    const text =
      'Menteri Pariwisata , memastikan dermaga wisata baru di Pantai Sukamaju siap dipakai pada Sabtu pagi.\n\n' +
      '"Kami siap melayani penumpang dari dermaga ini," kata Direktur Utama Feri Contoh Darto Wibisono.\n\n' +
      '"Pedagang di pantai ini belum diajak bicara," kata Lina Marlina di Sukamaju.';
    const qs = direct(text);
    expect(qs[1]?.speaker?.name).toBe('Lina Marlina');
    expect(qs[1]?.speaker?.role).toBeNull();
  });
  it('nameless title: near-miss, a title before a parenthetical is a generic subject (`Kepala Desa, misalnya, …`)', () => {
    const text =
      'Kepala Desa, misalnya, wajib melaporkan penggunaan dana desa setiap tiga bulan.\n\n' +
      '"Laporan kami selalu tepat waktu," ujar Sutrisno di balai desa.';
    expect(direct(text)[0]?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, `Gubernur, kata para pedagang, …` gives the trader quoted next no title', () => {
    const text =
      'Gubernur, kata para pedagang, belum turun tangan meski pasar sudah sepi dua pekan.\n\n' +
      '"Kami rugi setiap hari," ujar Wartini di lapaknya.';
    expect(direct(text)[0]?.speaker?.role).toBeNull();
  });

  it('nameless title: near-miss, a spaced comma before a parenthetical (`Menteri Contoh , kata sumber itu, …`)', () => {
    const text =
      'Menteri Dalam Negeri , kata sumber itu, belum memberi jawaban atas surat para kepala desa.\n\n' +
      '"Kami masih menunggu," kata Agus Salim, pengurus koperasi desa.';
    expect(direct(text)[0]?.speaker?.role ?? null).not.toBe('Menteri Dalam Negeri');
  });
});
