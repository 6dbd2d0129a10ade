/** Speakers named again later: first names, surnames, initials and short forms. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { fullNamesFromContext } from '../../src/quotes/full-names.js';
import { SpeakerBook } from '../../src/quotes/speaker-book.js';
import { lexicon, tokenize } from '../../src/quotes/speech-words.js';
import { ArticleWords, Vocabulary } from '../../src/quotes/vocabulary.js';
import { languageData } from '../../src/lang/index.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

/**
 * A speaker quoted by one word of their name gets the full name the article writes elsewhere (issue 9, aliases),
 * with invented people: a name opening a sentence, a word two names share, an organisation before the name.
 */

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
    const lower = new ArticleWords(paragraphs.length * 12);
    const plain = paragraphs.map((p) => tokenize(p, lex, undefined, lower));
    const count = plain.reduce((n, t) => n + t.length, 0);
    // The work counted from outside too: every token read through a counting view, not only the steps it reports.
    let reads = 0;
    const tokens = plain.map((t) => new Proxy(t, { get: (o, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(o, k, r)) }));
    const book = new SpeakerBook(lex, () => new Vocabulary(tokens, paragraphs, lex, lower));
    const hits = paragraphs.map((_, i) => ({ speaker: { name: `Wulan${i % 7}`, role: null, organisation: null, resolved: false } }));
    const steps = fullNamesFromContext(tokens, hits, lex, book);
    expect(steps).toBeLessThan(8 * count);
    expect(reads).toBeLessThan(8 * count);
    // The shared word (`Wulan3` in many different names) stands for nobody: no quote got a full name.
    expect(hits.filter((h) => h.speaker.resolved)).toHaveLength(0);
  });
});

/** The direct quotes of Indonesian `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker later mentions: a one-word name after the bracketed short form closing a title', () => {
  it('`Kepala Badan Contoh (BC) Name meninjau …` gives the later `ujar Name` the title', () => {
    const text = 'JAKARTA - Kepala Badan Statistik Contoh (BSC) Suharyono meninjau pasar. "Inflasi bulan ini rendah," ujar Suharyono di Jakarta.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Suharyono', role: 'Kepala', organisation: 'Badan Statistik Contoh (BSC)' });
  });

  it('near miss: a bracketed short form with no title before it gives none (`warga Desa Contoh (DC) Name`)', () => {
    const text = 'JAKARTA - Sejumlah warga Desa Sukamaju (DS) Suharyono ikut meninjau pasar. "Harga cabai naik," ujar Suharyono di Jakarta.';
    expect(direct(text)[0]!.speaker?.role ?? null).toBeNull();
  });
});

describe('speaker titles: a name spelt with a letter doubled at its titled mention', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  it('speaker titles: `Ketua KTC Sollihin` then `kata Solihin` → the title of that mention', () => {
    const text = [
      'Jadwal lelang gabah itu diumumkan Ketua KTC Sollihin di balai desa pada Selasa pagi.',
      '"Lelangnya kami geser ke pekan depan karena gudang masih basah," kata Solihin di depan gudang.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Solihin', role: 'Ketua', organisation: 'KTC' });
  });

  it('speaker titles: a name that differs by another letter (`Rahmat`, `Rahmad`) is someone else (near-miss)', () => {
    const text = [
      'Jadwal lelang gabah itu diumumkan Ketua KTC Rahmat di balai desa pada Selasa pagi.',
      '"Lelangnya kami geser ke pekan depan karena gudang masih basah," kata Rahmad di depan gudang.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rahmad', role: null, organisation: null });
  });
});

describe('speaker links: a one-word name set off by commas from its title elsewhere in the article', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  it('speaker links: Indonesian `… Deputi Bidang X Otorita Y, Nama, di …` then `ujar Nama` → role and organisation', () => {
    const text = [
      'Bantuan diserahkan oleh Deputi Bidang Sosial dan Budaya Otorita Contoh, Rahmatullah, di lokasi pada Senin.',
      '"Kami memiliki tim di lapangan," ujar Rahmatullah dalam keterangannya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rahmatullah', role: 'Deputi Bidang Sosial dan Budaya', organisation: 'Otorita Contoh' });
  });

  it('speaker links: a bracketed short form of the title is no part of the organisation (`Direktur Jenderal X (DJX) Kementerian Y, Nama`)', () => {
    const text = [
      'Direktur Jenderal Pengembangan Ekspor Nasional (PEN) Kementerian Perdagangan, Hartanto mencatat nilai ekspor naik.',
      '"Ini menjadi catatan penting," ujar Hartanto dalam webinar.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Hartanto', organisation: 'Kementerian Perdagangan' });
  });

  it('speaker links: a one-word name with no title set off by a comma stays without one', () => {
    const text = ['Nilai ekspor naik tahun ini. Hartanto juga mencatat kenaikan itu.', '"Ini menjadi catatan penting," ujar Hartanto dalam webinar.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Hartanto', role: null, organisation: null });
  });

  it('speaker links: Malay `…, Setiausaha Persatuan X, Rahim, berkata` then `kata Rahim`', () => {
    const text = [
      'Sementara itu, Setiausaha Persatuan Pengguna Contoh, Rahimi, berkata harga barang masih tinggi.',
      '“Kami akan terus memantau harga,” kata Rahimi.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahimi', role: 'Setiausaha', organisation: 'Persatuan Pengguna Contoh' });
  });
});

describe('speaker later mentions: a short name and initials the article refers back by', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  describe('speaker later mentions: a title word alone after the verb is a short name, not a body', () => {
    it('Indonesian `kata Utama` gives no organisation `Utama`', () => {
      const text = 'Brigjen Utama Wirawan mengatakan penyelidikan berlanjut.\n\n“Tim kami sedang bekerja,” kata Utama.';
      const quote = direct(text, 'ind')[0]!;
      expect(quote.speaker?.organisation ?? null).not.toBe('Utama');
      expect(quote.speaker?.name).toMatch(/^Utama/);
    });
  });

  describe('speaker later mentions: a name written with its initials in brackets, then the initials alone', () => {
    const text = [
      'Wakil Presiden Budi Santoso (BS) lagi-lagi mengatakan biaya proyek terlalu mahal.',
      '"Saya minta maaf soal itu," ungkap BS di depan para insinyur.',
      '"Itu harus dipahami," kata Anggota Komisi V DPR RI Rina Wulandari (RW).',
      '"Kami setuju," tandas RW.',
    ].join('\n\n');
    const quotes = direct(text, 'ind');

    it('`ungkap BS` is the person `Wakil Presiden Budi Santoso (BS)`, with no organisation `BS`', () => {
      expect(quotes[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Wakil Presiden', organisation: null });
    });

    it('`kata … Rina Wulandari (RW)` keeps the name before the initials', () => {
      expect(quotes[1]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Anggota', organisation: 'Komisi V DPR RI' });
      expect(quotes[2]!.speaker?.name).toBe('Rina Wulandari');
    });
  });
});
