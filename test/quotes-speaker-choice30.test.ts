/**
 * Speaker choice in Indonesian for shapes found by reading every quote carried over to a speaker named before and the
 * speakers named by a cue (issue 9, round 30), written with invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote } from '../src/types.js';

/** The quotes of an Indonesian `text`, direct or indirect. */
function quotes(text: string, kind: Quote['kind']): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === kind);
}

describe('speaker choice30: `Menurut <lower-case title>, <Name>, …` names the title holder', () => {
  it('speaker choice30: a title with a place link set off before the name gives the reported clause to the name', () => {
    const text = 'Menurut pakar pertanian di Kota Selirang, Wandiraga Soponyono, lahan sempit tetap bisa ditanami sayur.';
    const [q] = quotes(text, 'indirect');
    expect(q?.speaker?.name).toBe('Wandiraga Soponyono');
    expect(q?.speaker?.role).toBe('pakar pertanian');
    expect(q?.text).toBe('lahan sempit tetap bisa ditanami sayur.');
  });

  it('speaker choice30: a body the holder comes from, closing the title, is the holder\'s organisation', () => {
    const text = 'Menurut peneliti pangan dari Lembaga Kajian Lembayung, Sutarmi Wirapraja, harga beras akan turun menjelang panen raya.';
    const [q] = quotes(text, 'indirect');
    expect([q?.speaker?.name, q?.speaker?.role, q?.speaker?.organisation]).toEqual(['Sutarmi Wirapraja', 'peneliti pangan', 'Lembaga Kajian Lembayung']);
  });

  it('speaker choice30: the holder so named speaks an unattributed quote opening the next paragraph, not the speaker before', () => {
    const text =
      '"Pupuk kompos kami habis dalam sepekan," kata Ruminten Gadingsari, pengurus kelompok tani Sidomekar.\n\nMenurut pakar pertanian di Kota Selirang, Wandiraga Soponyono, lahan sempit tetap bisa ditanami sayur. Pot bekas cat pun cukup.\n\n"Yang penting tanahnya gembur dan kena matahari pagi,"';
    expect(quotes(text, 'direct').map((q) => q.speaker?.name)).toEqual(['Ruminten Gadingsari', 'Wandiraga Soponyono']);
  });

  it('speaker choice30: `Menurut <title> <Name>,` with no comma inside also makes the holder the one speaking next', () => {
    const text =
      '"Pupuk kompos kami habis dalam sepekan," kata Ruminten Gadingsari, pengurus kelompok tani Sidomekar.\n\nMenurut pakar pertanian Wandiraga Soponyono, lahan sempit tetap bisa ditanami sayur. Pot bekas cat pun cukup.\n\n"Yang penting tanahnya gembur dan kena matahari pagi,"';
    expect(quotes(text, 'direct').map((q) => q.speaker?.name)).toEqual(['Ruminten Gadingsari', 'Wandiraga Soponyono']);
  });

  it('speaker choice30: must not fire on a place set off after the title: the clause keeps it, the title speaks', () => {
    const text = 'Menurut warga di pinggir sungai, Pasir Timur, banjir datang hampir tiap bulan tahun ini.';
    expect(quotes(text, 'indirect').map((q) => [q.speaker?.name, q.text])).toEqual([['warga', 'Pasir Timur, banjir datang hampir tiap bulan tahun ini.']]);
  });

  it('speaker choice30: must not fire on a name followed by a relative clause, in the quote nor for the quote carried after it', () => {
    const held = 'Menurut pakar pertanian di Kota Selirang, Wandiraga Soponyono, yang juga petani, lahan sempit tetap bisa ditanami sayur.';
    expect(quotes(held, 'indirect').map((q) => [q.speaker?.name, q.speaker?.role ?? null, q.text])).toEqual([
      ['pakar pertanian', null, 'Wandiraga Soponyono, yang juga petani, lahan sempit tetap bisa ditanami sayur.'],
    ]);
    const text = `"Pupuk kompos kami habis dalam sepekan," kata Ruminten Gadingsari, pengurus kelompok tani Sidomekar.\n\n${held}\n\n"Yang penting tanahnya gembur dan kena matahari pagi,"`;
    expect(quotes(text, 'direct').map((q) => q.speaker?.name)).toEqual(['Ruminten Gadingsari', 'Ruminten Gadingsari']);
  });
});
