/**
 * Speaker choice in Indonesian for shapes found on unlabelled text of new outlets (issue 9, round 27), written
 * with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote } from '../src/types.js';

/** The quotes of an Indonesian `text`. */
function quotes(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes;
}

describe('speaker choice27: a title, its field word, then `di` and the body before the name', () => {
  it('speaker choice27: `Ahli Gempa di <body> <name> mengatakan` names the person, not the field word', () => {
    const text =
      'Getaran terasa sampai ke pesisir.\n\nAhli Gempa di Lembaga Riset Bumi Nusantara Wiryo Tanumiharjo mengatakan, getaran itu berasal dari patahan lama.\n\n“Patahan ini sudah lama tidur,” ujar Wiryo.';
    const found = quotes(text);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Wiryo Tanumiharjo', 'Wiryo Tanumiharjo']);
  });

  it('speaker choice27: must not fire when a place follows `di` (`Ahli Gempa di Kota Sukamaju`)', () => {
    const text =
      'Getaran terasa sampai ke pesisir.\n\nAhli Gempa di Kota Sukamaju mengatakan, getaran itu berasal dari patahan lama.\n\n“Patahan ini sudah lama tidur,” ujarnya.';
    for (const q of quotes(text)) expect(q.speaker?.name ?? '').not.toContain('Sukamaju');
  });

  it('speaker choice27: must not fire when a name, not a title, opens the subject', () => {
    const text =
      'Getaran terasa sampai ke pesisir.\n\nWiryo Tanumiharjo di Lembaga Riset Bumi Nusantara mengatakan, getaran itu berasal dari patahan lama.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Wiryo Tanumiharjo');
  });
});

describe('speaker choice27: a country or a place alone as a subject speaks no later quote', () => {
  it('speaker choice27: `<title> <body> <name>, yang juga <post>, <country>, <verb>` never gives a later quote to the country', () => {
    const text =
      'Kapal asing tak boleh lagi menjaring di teluk itu.\n\nDirektur LAUTARA Gandi Wirasena, yang juga Menteri Kelautan, Meksiko, menjelaskan larangan itu pada Kamis.\n\n“Kuota tangkapan tahun ini kami potong separuh,” ujarnya.';
    const q = quotes(text).find((x) => x.kind === 'direct')!;
    expect(q.speaker?.name ?? null).not.toBe('Meksiko');
  });

  // Known gap: after a one-word country in this shape the person named before is not yet found again (no speaker).
  it.todo('speaker choice27: `<title> <body> <name>, yang juga <post>, <one-word country>, <verb>` gives `ujarnya` to the person named before');

  it('speaker choice27: `<country> menuding …` before `ujarnya` gives the quote to the person who spoke before', () => {
    const text =
      'Ketua GAPRI Sinta Larasmaya mengatakan ekspor rotan tumbuh.\n\nNamun, Jepang menuding produk rotan itu disubsidi.\n\n“Harga kami tetap bersaing di pasar dunia,” ujarnya.';
    const q = quotes(text).find((x) => x.kind === 'direct')!;
    expect(q.speaker?.name).toBe('Sinta Larasmaya');
  });

  it('speaker choice27: must not fire on a body named after a country (`Kedutaan Besar Jepang menyatakan`)', () => {
    const text =
      'Ketua GAPRI Sinta Larasmaya mengatakan ekspor rotan tumbuh.\n\nNamun, Kedutaan Besar Jepang menyatakan produk rotan itu disubsidi.\n\n“Kami sudah memeriksa harga di pasar dunia,” ujarnya.';
    expect(quotes(text).find((x) => x.kind === 'direct')!.speaker?.name).toBe('Kedutaan Besar Jepang');
  });
});
