import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractQuotes } from '../src/quotes/extract-quotes.js';

/** Every direct quote's speaker of `text`, as name | role | organisation. */
function speakers(text: string): string[] {
  return extractQuotes(text, { language: 'ind' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => `${q.speaker?.name ?? '—'} | ${q.speaker?.role ?? '—'} | ${q.speaker?.organisation ?? '—'}`);
}

/** The same, read by the whole pipeline: the passes that know the article's organisations run after quote finding. */
function articleSpeakers(text: string): string[] {
  return parseArticle(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => `${q.speaker?.name ?? '—'} | ${q.speaker?.role ?? '—'} | ${q.speaker?.organisation ?? '—'}`);
}

describe('quotes: Indonesian roles and bodies, round 30', () => {
  it('reads the state secretary\'s ministry as a secretariat, the deputy\'s too', () => {
    expect(speakers('"Rapat digeser ke Kamis," kata Menteri Sekretaris Negara Yudha Permana Lestaluhu.')).toEqual([
      'Yudha Permana Lestaluhu | Menteri Sekretaris Negara | Kementerian Sekretariat Negara',
    ]);
    expect(speakers('"Rapat digeser ke Kamis," kata Wakil Menteri Sekretaris Negara Yudha Permana Lestaluhu.')).toEqual([
      'Yudha Permana Lestaluhu | Wakil Menteri Sekretaris Negara | Kementerian Sekretariat Negara',
    ]);
  });

  it('still reads other ministers\' portfolios into their ministries, and a minister of state into none', () => {
    expect(speakers('"Rapat digeser ke Kamis," kata Menteri Sosial Yudha Permana Lestaluhu.')).toEqual([
      'Yudha Permana Lestaluhu | Menteri Sosial | Kementerian Sosial',
    ]);
    expect(speakers('"Rapat digeser ke Kamis," kata Menteri Negara Yudha Permana Lestaluhu.')).toEqual(['Yudha Permana Lestaluhu | Menteri Negara | —']);
  });

  it('reads a field ending in a word that is both a field and a body\'s word (`Research`) into the role, before a body the article names', () => {
    const lead = 'JAKARTA - Bank Arunika memperkirakan gagal bayar obligasi korporasi naik tahun depan.\n\n';
    expect(articleSpeakers(`${lead}"Emiten properti paling rawan gagal bayar," kata Kepala Credit Research Bank Arunika Larasati Tirtamaya.`)).toEqual([
      'Larasati Tirtamaya | Kepala Credit Research | Bank Arunika',
    ]);
  });

  it('keeps a field that opens with a body\'s word (`Departemen`) in the organisation', () => {
    const lead = 'JAKARTA - Bank Arunika memperkirakan gagal bayar obligasi korporasi naik tahun depan.\n\n';
    expect(articleSpeakers(`${lead}"Emiten properti paling rawan gagal bayar," kata Kepala Departemen Riset Bank Arunika Larasati Tirtamaya.`)).toEqual([
      'Larasati Tirtamaya | Kepala | Departemen Riset Bank Arunika',
    ]);
  });

  it('reads a field opener and its field after a body the article names into the role (`Kadin X Bidang Y`)', () => {
    const lead = 'JAKARTA - Asosiasi Pengrajin Rotan Nusantara (Aperona) meminta bea keluar bahan baku dinaikkan.\n\n';
    expect(articleSpeakers(`${lead}"Pasokan ke perajin kecil harus aman," kata Wakil Ketua Umum Aperona Bidang Bahan Baku Dodi Marpaung.`)).toEqual([
      'Dodi Marpaung | Wakil Ketua Umum Bidang Bahan Baku | Asosiasi Pengrajin Rotan Nusantara',
    ]);
  });

  it('keeps a field opener inside a body\'s name the article writes whole, or after a body it does not name', () => {
    const named = 'JAKARTA - Kementerian Koordinator Bidang Pangan menggelar rapat stok beras.\n\n';
    expect(articleSpeakers(`${named}"Stok aman sampai Lebaran," kata Deputi Kementerian Koordinator Bidang Pangan Dodi Marpaung.`)).toEqual([
      'Dodi Marpaung | Deputi | Kementerian Koordinator Bidang Pangan',
    ]);
    const unnamed = 'JAKARTA - Perajin rotan kecil kesulitan mendapat bahan baku sejak awal tahun.\n\n';
    expect(articleSpeakers(`${unnamed}"Pasokan ke perajin kecil harus aman," kata Wakil Ketua Umum Aperona Bidang Bahan Baku Dodi Marpaung.`)).toEqual([
      'Dodi Marpaung | Wakil Ketua Umum | Aperona Bidang Bahan Baku',
    ]);
  });
});
