import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError, type Archive, type ArchiveErrorCode } from '../../src/index.js';
import { ARTICLES } from './fixtures.js';

/** Opens a fresh, empty archive (`readonly` reopens the same one for reading). */
export type OpenFresh = () => Promise<{ archive: Archive; reopen: (readonly: boolean) => Promise<Archive> }>;

async function rejectsWith(promise: Promise<unknown>, code: ArchiveErrorCode): Promise<ArchiveError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ArchiveError ${code}`).toBeInstanceOf(ArchiveError);
  expect((error as ArchiveError).code).toBe(code);
  return error as ArchiveError;
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

/**
 * What every back end must do alike: the same calls give the same articles. Run by
 * test/archive/sqlite.test.ts and test/archive/postgres.test.ts.
 */
export function archiveContract(backend: string, openFresh: OpenFresh | null, skipped = ''): void {
  describe.skipIf(openFresh === null)(`${backend} archive: the shared contract${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
    let archive: Archive;
    let reopen: (readonly: boolean) => Promise<Archive>;

    beforeAll(async () => {
      ({ archive, reopen } = await openFresh!());
      const result = await archive.add([...ARTICLES]);
      expect(result).toMatchObject({ added: ARTICLES.length, updated: 0, unchanged: 0 });
    });
    afterAll(async () => {
      await archive?.close();
    });

    it('re-archiving the same articles changes nothing and duplicates nothing', async () => {
      const again = await archive.add([...ARTICLES]);
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: ARTICLES.length, ids: ARTICLES.map((a) => a.id) });
      expect(await archive.count()).toBe(ARTICLES.length);
    });

    it('a changed text under the same id updates the article in place', async () => {
      const first = ARTICLES[0]!;
      const changed = await archive.add([{ ...first, text: `${first.text}\n\nHarga jagung ikut dibahas.` }]);
      expect(changed.statuses).toEqual(['updated']);
      expect(await archive.count()).toBe(ARTICLES.length);
      expect(ids(await archive.search('jagung'))).toEqual([first.id]);
      await archive.add([first]);
      expect(await archive.search('jagung')).toEqual([]);
    });

    it('keys an article without an id by the hash of its text, and the same id twice in a batch once', async () => {
      const text = 'Jakarta - Warga Kampung Melayu menggelar kerja bakti membersihkan saluran air.';
      const first = await archive.add([{ text }, { text }]);
      expect(first.ids[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(first.statuses).toEqual(['added', 'unchanged']);
      expect((await archive.add([{ text }])).statuses).toEqual(['unchanged']);
      const twice = await archive.add([
        { id: 'twice', text: 'Jakarta - Versi pertama berita banjir.' },
        { id: 'twice', text: 'Jakarta - Versi kedua berita banjir yang diperbarui.' },
      ]);
      expect(twice.statuses).toEqual(['added', 'updated']);
      expect((await archive.get('twice'))!.source).toContain('Versi kedua');
      expect(await archive.remove([first.ids[0]!, 'twice'])).toBe(2);
      expect(await archive.count()).toBe(ARTICLES.length);
    });

    it('finds every form of a stemmed word: pertemuan finds bertemu and menemui, marked in the snippet', async () => {
      const hits = await archive.search('pertemuan');
      expect(ids(hits)).toEqual(['bernama-ms-mesyuarat', 'detik-defisit', 'kompas-gabah']);
      const gabah = hits.find((h) => h.id === 'kompas-gabah')!;
      expect(gabah).toMatchObject({ title: expect.stringContaining('Bertemu'), date: '2024-03-05', outlet: 'kompas', language: 'ind', url: 'https://example.test/kompas-gabah' });
      expect(gabah.snippet).toMatch(/\*\*bertemu\*\*/);
      expect(hits.find((h) => h.id === 'detik-defisit')!.snippet).toMatch(/\*\*menemui\*\*/);
      expect(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score)).toBe(true);
    });

    it('requires every word, ranks title matches first, and finds English word for word', async () => {
      expect(ids(await archive.search('pertemuan gabah'))).toEqual(['kompas-gabah']);
      expect((await archive.search('harga'))[0]!.id).toBe('kompas-gabah');
      expect(ids(await archive.search('meeting'))).toEqual(['antara-en-rice']);
      expect(ids(await archive.search('Farmers RICE'))).toEqual(['antara-en-rice']);
    });

    it('applies the filters: outlet (any case), dates, language, speaker and organisation', async () => {
      expect(ids(await archive.search('harga', { outlet: 'KOMPAS' }))).toEqual(['kompas-gabah']);
      expect(ids(await archive.search('harga', { from: '2024-03-06' }))).toEqual([]); // the Malay article has no date
      expect(ids(await archive.search('pajak', { from: '2024-04-01', to: '2024-04-30' }))).toEqual(['detik-defisit']);
      expect(ids(await archive.search('pertemuan', { language: 'zlm' }))).toEqual(['bernama-ms-mesyuarat']);
      expect(ids(await archive.search('pertemuan', { speaker: 'rina wulandari' }))).toEqual(['detik-defisit']);
      expect(ids(await archive.search('pertemuan', { organisation: 'APL' }))).toEqual(['kompas-gabah']);
      expect(ids(await archive.search('pertemuan', { organisation: 'aliansi petani' }))).toEqual(['kompas-gabah']);
      expect(await archive.search('pertemuan', { speaker: 'mulya' })).toEqual([]); // whole words only
      expect((await archive.search('pertemuan', { limit: 1 })).length).toBe(1);
      expect(ids(await archive.search('pertemuan', { limit: 2, offset: 1 }))).toHaveLength(2);
    });

    it('lists what a person said, with date, outlet and role', async () => {
      const quotes = await archive.quotes({ speaker: 'Rina Wulandari' });
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes[0]).toMatchObject({
        id: 'detik-defisit',
        date: '2024-04-10',
        outlet: 'detik',
        kind: 'direct',
        verb: 'kata',
        speaker: { name: 'Rina Wulandari Putri', role: 'Menteri Keuangan' },
      });
      expect(quotes[0]!.text).toMatch(/^Defisit kita masih di bawah tiga persen/);
      const source = (await archive.get('detik-defisit'))!.source;
      expect(source.slice(quotes[0]!.span.start, quotes[0]!.span.end)).toBe(quotes[0]!.text);
    });

    it("lists what an organisation's people said, by acronym or by the name the article expands it to", async () => {
      for (const organisation of ['APL', 'apl', 'Aliansi Petani Lestari']) {
        const quotes = await archive.quotes({ organisation });
        expect(quotes.map((q) => q.speaker.name)).toContain('Rina Kusumawati');
        expect(quotes.every((q) => q.id === 'kompas-gabah')).toBe(true);
      }
      expect(await archive.quotes({ organisation: 'Kementerian Luar Negeri' })).toEqual([]);
    });

    it('reads an article back with spans into its source', async () => {
      const article = (await archive.get('kompas-gabah'))!;
      expect(article).toMatchObject({ id: 'kompas-gabah', outlet: 'kompas', language: 'ind', date: '2024-03-05', parser: expect.stringMatching(/^warta@/) });
      for (const p of article.paragraphs) expect(article.source.slice(p.span.start, p.span.end).replace(/\s+/g, ' ').trim()).toBe(p.text);
      const apl = article.organisations.find((o) => o.acronym === 'APL')!;
      expect(apl.mentions.length).toBeGreaterThan(1);
      for (const m of apl.mentions) expect(['APL', 'Aliansi Petani Lestari', 'Aliansi Petani Lestari (APL)']).toContain(article.source.slice(m.start, m.end));
      // The speaker's `APL` is named as the article's organisations entry names it (one organisation, one name).
      expect(article.quotes[0]!.speaker).toEqual({ name: 'Rina Kusumawati', role: 'Koordinator Program', organisation: 'Aliansi Petani Lestari' });
      expect(await archive.get('no-such-article')).toBeNull();
    });

    it('reads any query as plain words: search syntax and SQL never act, never crash', async () => {
      const hostile = [
        '"pertemuan',
        'pertemuan*',
        '* pertemuan',
        'NEAR(pertemuan gabah)',
        'NEAR(pertemuan, 5',
        'title:pertemuan',
        '{title body}: pertemuan',
        'pertemuan AND OR NOT gabah',
        '^pertemuan',
        'pertemuan -gabah',
        "pertemuan' OR '1'='1",
        "'; DROP TABLE articles; --",
        'pertemuan); DELETE FROM articles; --',
        '\\x00 pertemuan \u0000',
        '%_pertemuan%',
      ];
      for (const query of hostile) {
        const hits = await archive.search(query);
        expect(Array.isArray(hits), query).toBe(true);
      }
      expect(ids(await archive.search('NEAR(pertemuan gabah)'))).toEqual([]); // "near" is a word here, and no article has it
      expect(ids(await archive.search('"pertemuan" gabah*'))).toEqual(['kompas-gabah']);
      expect(await archive.count()).toBe(ARTICLES.length);
    });

    it('answers an empty, a wordless, an over-long query and a bad filter with a clear error', async () => {
      await rejectsWith(archive.search(''), 'empty-query');
      await rejectsWith(archive.search('*** ( ) "'), 'empty-query');
      const long = await rejectsWith(archive.search('pertemuan '.repeat(110_000)), 'query-too-long');
      expect(long.message).toMatch(/at most 1000/);
      await rejectsWith(archive.search(Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' ')), 'query-too-long');
      await rejectsWith(archive.search('harga', { from: '2024-02-31' }), 'bad-filter');
      await rejectsWith(archive.search('harga', { language: 'fra' as never }), 'bad-filter');
      await rejectsWith(archive.search('harga', { limit: 0 }), 'bad-filter');
      await rejectsWith(archive.quotes({}), 'bad-filter');
      await rejectsWith(archive.quotes({ speaker: '***' }), 'bad-filter');
      await expect(archive.search(42 as never)).rejects.toThrow(TypeError);
      await expect(archive.add([{ text: 5 } as never])).rejects.toThrow(TypeError);
    });

    it('opened read-only, reads and refuses to write', async () => {
      const reader = await reopen(true);
      try {
        expect(await reader.count()).toBe(ARTICLES.length);
        expect(ids(await reader.search('pertemuan gabah'))).toEqual(['kompas-gabah']);
        await rejectsWith(reader.add([{ id: 'x', text: 'x' }]), 'read-only');
        await rejectsWith(reader.remove(['kompas-gabah']), 'read-only');
      } finally {
        await reader.close();
      }
      expect(await archive.count()).toBe(ARTICLES.length);
    });
  });
}
