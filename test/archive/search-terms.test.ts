import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/index.js';
import { MAX_TERM_LENGTH, queryWords, textTerms } from '../../src/search/terms.js';

const root = join(import.meta.dirname, '..', '..');

describe('search terms: stemming', () => {
  it('gives one stem to the forms of a word (Indonesian)', () => {
    expect(searchTerms('pertemuan bertemu menemui ditemukan mempertemukan')).toBe('temu temu temu temu temu');
    expect(searchTerms('pembangunan membangun dibangun bangunan')).toBe('bangun bangun bangun bangun');
  });

  it('keeps words whose stem is not a known root, and root words that look affixed', () => {
    expect(searchTerms('berita menteri mereka pesawat')).toBe('berita menteri mereka pesawat');
  });

  it('joins a reduplicated word into its stem, and splits other joined words', () => {
    expect(searchTerms('anak-anak buku-bukunya')).toBe('anak buku');
    expect(searchTerms('Kompas.com covid-19')).toBe('kompas com covid 19');
  });

  it('does not stem English', () => {
    expect(searchTerms('The meetings were delayed', 'eng')).toBe('the meetings were delayed');
  });

  it('folds case, diacritics and apostrophes', () => {
    expect(searchTerms("António Jum'at", 'eng')).toBe('antonio jumat');
  });

  it('drops runs longer than any word (hashes, glued junk)', () => {
    expect(textTerms(`kata ${'x'.repeat(MAX_TERM_LENGTH + 1)} lain`, true)).toEqual(['kata', 'lain']);
  });

  it('throws a TypeError on a non-string text', () => {
    expect(() => searchTerms(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('search terms: queries', () => {
  it('offers the stem and the word itself for each query word', () => {
    expect(queryWords('Pertemuan mitra')).toEqual([['temu', 'pertemuan'], ['mitra']]);
  });

  it('reads search syntax as plain words: quotes, *, NEAR, column filters, operators', () => {
    expect(queryWords('"harga gabah" NEAR(title:beras* OR -jagung)')).toEqual([['harga'], ['gabah'], ['near'], ['title'], ['beras'], ['or'], ['jagung']]);
    expect(queryWords(`'; DROP TABLE articles; --`)).toEqual([['drop'], ['table'], ['articles']]);
    expect(queryWords('*** ( ) " :')).toEqual([]);
  });
});

/**
 * The published builds bundle natural's stemmer with a strict-mode patch (tsup.config.ts). It
 * must stem exactly as natural's own file does, and must leave no globals behind.
 */
describe('search terms: the built stemmer', () => {
  const dist = join(root, 'dist', 'index.js');
  beforeAll(() => {
    if (!existsSync(dist)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }, 120_000);

  const WORDS =
    'pertemuan bertemu menemui penemuan mempertemukan pembangunan pemerintahan memerintahkan kebijakan mengatakan perkataan menyampaikan penyampaian pengumuman penyelidikan menyelidiki keamanan pengamanan perekonomian pertanian petani bertani memperkuat diperkuat penjelasan penanaman memakan makanan penyakit kesakitan pernyataan kenyataan melaporkan pelapor memberikan pemberian menggunakan penggunaan mempengaruhi memengaruhi keputusan kependudukan kedudukan kenegaraan bukankah siapapun dialah bukunya rumahku anak-anak buku-bukunya berlari-lari mereka berita pesawat menteri kementerian perusahaan pengusaha selanjutnya pembelajaran mempelajari kerajaan berkata menyiasat penyiasatan perbelanjaan dimaklumkan berkenaan pendakwaan didakwa';

  it('stems like natural’s own file, word for word', () => {
    const probe = `const w = await import(${JSON.stringify(dist)});
const before = new Set(Object.keys(globalThis));
const out = w.searchTerms(${JSON.stringify(WORDS)});
const leaked = Object.keys(globalThis).filter((k) => !before.has(k));
process.stdout.write(JSON.stringify({ out, leaked }));`;
    const report = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as { out: string; leaked: string[] };
    expect(report.out).toBe(searchTerms(WORDS));
    expect(report.leaked).toEqual([]);
  });
});
