/**
 * A speaker quoted by one word of their name gets the full name the article writes elsewhere (issue 9, aliases),
 * with invented people: a name opening a sentence, a word two names share, an organisation before the name.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import { fullNamesFromContext } from '../src/quotes/full-names.js';
import { SpeakerBook } from '../src/quotes/speaker-book.js';
import { lexicon, tokenize } from '../src/quotes/speech-words.js';
import { Vocabulary } from '../src/quotes/vocabulary.js';
import { languageData } from '../src/lang/index.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

function quotes(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes;
}

describe('full names: a later first name or surname alone', () => {
  it('full names: `Rina Wulandari membuka …` opening the story gives the full name to a later `ujar Rina`', () => {
    const text = [
      'Rina Wulandari membuka warung kopi di Sukamaju sejak 2010. Tiga tahun lalu warungnya sempat tutup karena banjir.',
      'Kini, Rina melayani pelanggan dari subuh sampai sore.',
      '"Pelanggan lama selalu kembali ke sini," ujar Rina, Selasa (9/9).',
    ].join('\n\n');
    const q = quotes(text, 'ind');
    expect(q.map((x) => x.speaker?.name)).toEqual(['Rina Wulandari']);
    expect(q[0]!.speaker?.resolved).toBe(true);
  });

  it('full names: a surname alone (`kata Wulandari`) after a sentence-opening full name names the whole person, in English too', () => {
    const text = [
      'Rina Wulandari has watched the port for twenty years. Friends call Rina the harbour clock.',
      '"Foreign ships are back," said Wulandari.',
    ].join('\n\n');
    expect(quotes(text, 'eng').filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Rina Wulandari']);
  });

  it('full names: a word two people share (`kata Budi` with Budi Santoso and Budi Hartono) stays as written', () => {
    const text = [
      'Budi Santoso hadir dalam rapat warga di balai desa. Budi Hartono datang terlambat.',
      '"Jalan desa harus segera diperbaiki," kata Budi.',
    ].join('\n\n');
    expect(quotes(text, 'ind').map((q) => q.speaker?.name)).toEqual(['Budi']);
  });

  it('full names: an organisation word glued before the name (`Perum Contohindo Tirta Lestiani`) stays out of it', () => {
    const text = [
      'Perum Contohindo menyewa dua gudang gabah di Sumba.',
      'Direktur SDM, Mutu, dan Logistik Perum Contohindo Tirta Lestiani meninjau kedua gudang itu menjelang panen raya.',
      '"Kami ingin menyimpan lebih banyak gabah petani," kata Tirta.',
    ].join('\n\n');
    expect(quotes(text, 'ind').filter((q) => q.kind === 'direct').map((q) => q.speaker?.name)).toEqual(['Tirta Lestiani']);
  });
});

describe('full names: hostile input', () => {
  it('full names: a megabyte of people named then quoted by one word costs steps linear in its tokens', () => {
    const lex = lexicon(languageData('ind'));
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const p = `Rina${i % 50} Wulan${i % 7} Sari${i} datang. "Kami siap," kata Wulan${i % 7}.`;
      paragraphs.push(p);
      size += p.length + 1;
    }
    const plain = paragraphs.map((p) => tokenize(p, lex));
    const count = plain.reduce((n, t) => n + t.length, 0);
    // The work counted from outside too: every token read through a counting view, not only the steps it reports.
    let reads = 0;
    const tokens = plain.map((t) => new Proxy(t, { get: (o, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(o, k, r)) }));
    const book = new SpeakerBook(lex, () => new Vocabulary(tokens, paragraphs, lex));
    const hits = paragraphs.map((_, i) => ({ speaker: { name: `Wulan${i % 7}`, role: null, organisation: null, resolved: false } }));
    const steps = fullNamesFromContext(tokens, hits, lex, book);
    expect(steps).toBeLessThan(8 * count);
    expect(reads).toBeLessThan(8 * count);
    // The shared word (`Wulan3` in many different names) stands for nobody: no quote got a full name.
    expect(hits.filter((h) => h.speaker.resolved)).toHaveLength(0);
  });
});
