import { describe, expect, it } from 'vitest';
import { confirmCandidates, dedupeArticles, dedupeArticlesAsync, parseArticle, signArticle, type DedupeItem } from '../../src/index.js';
import { candidateProbability } from '../../src/dedupe/lsh.js';
import { estimateContainment, estimateSimilarity, minhash } from '../../src/dedupe/minhash.js';
import { bodyShingles } from '../../src/dedupe/shingles.js';
import { ClusterBuilder } from '../../src/dedupe/clusters.js';
import { MinhashStore } from '../../src/dedupe/minhash-store.js';
import { dedupeSettings } from '../../src/dedupe/settings.js';

/** Invented stories: one republished twice, one unrelated, one on the same topic. */
const story = [
  'Pemerintah menaikkan harga eceran tertinggi beras medium mulai bulan depan untuk menjaga pasokan di pasar tradisional.',
  'Menteri Perdagangan mengatakan kenaikan itu sudah dibahas bersama pemerintah daerah dan para pedagang besar di Jakarta.',
  'Harga baru berlaku di seluruh provinsi, kecuali wilayah yang masih menerima subsidi angkutan dari pemerintah pusat.',
  'Pedagang di Pasar Induk Cipinang menyambut keputusan itu karena harga gabah di tingkat petani sudah naik sejak awal tahun.',
  '"Kami berharap pasokan kembali normal dalam dua minggu," kata seorang pedagang yang sudah berjualan selama dua puluh tahun.',
];
const sameTopic = [
  'Harga beras di pasar tradisional Surabaya turun tipis pekan ini setelah panen raya di sejumlah kabupaten di Jawa Timur.',
  'Kepala dinas perdagangan setempat mengatakan stok di gudang Bulog cukup untuk tiga bulan ke depan tanpa tambahan impor.',
  'Pedagang berharap harga gabah tetap stabil agar petani tidak merugi ketika musim tanam berikutnya tiba.',
];
const junk = 'Berita Terkait\nHarga Cabai Turun Jelang Lebaran\nJadwal Kereta Mudik Diperpanjang\nDapatkan kabar pilihan setiap hari dari redaksi kami.';

const items: DedupeItem[] = [
  { id: 'b-copy', text: `JAKARTA, KOMPAS.com - ${story.slice(0, 4).join('\n').replace('bulan depan', 'pekan depan')}\nBaca juga: Harga Cabai Turun\n(ant/abc)` },
  { id: 'a-original', text: `Harga Beras Naik\nJakarta (ANTARA) - ${story.join('\n')}` },
  { id: 'c-other', text: `Jakarta - ${sameTopic.join('\n')}\n${junk}` },
  { id: 'd-copy', text: `Beras Medium Lebih Mahal Mulai Bulan Depan\n${story.join('\n')}\n${junk}` },
];

describe('dedupe: a copy cut short', () => {
  // The wire story's first two paragraphs only: well under half of the two bodies' shingles
  // together, yet every one of its shingles is in the original.
  const cut: DedupeItem[] = [
    { id: 'a-original', text: `Harga Beras Naik\nJakarta (ANTARA) - ${story.join('\n')}` },
    { id: 'b-cut', text: `SURABAYA, KOMPAS.com - ${story.slice(0, 2).join('\n')}` },
  ];

  it('clusters with the original by containment although its similarity is under the threshold', () => {
    const [a, b] = cut.map((i) => signArticle(i));
    const similarity = estimateSimilarity(a!.minhash!, b!.minhash!);
    expect(similarity).toBeLessThan(0.5);
    expect(estimateContainment(similarity, a!.shingles, b!.shingles)).toBeGreaterThanOrEqual(0.8);
    expect(dedupeArticles(cut).clusters.map((c) => c.members.map((m) => m.id))).toEqual([['a-original', 'b-cut']]);
  });

  it('stays apart when containment is required to be whole and the estimate falls short', () => {
    expect(dedupeArticles(cut, { containment: 1 }).clusters).toEqual([]);
  });

  it('estimateContainment: the share of the smaller set inside the larger, capped at 1', () => {
    // |A| = 100, |B| = 50, B inside A: J = 50/100 = 0.5 → containment 1.
    expect(estimateContainment(0.5, 100, 50)).toBeCloseTo(1, 10);
    // |A| = |B| = 100 sharing 50: J = 50/150 → containment 0.5.
    expect(estimateContainment(50 / 150, 100, 100)).toBeCloseTo(0.5, 10);
    expect(estimateContainment(0.9, 0, 10)).toBe(0);
  });

  it('rejects a containment outside (0, 1] with a TypeError naming it', () => {
    expect(() => dedupeArticles(cut, { containment: 0 })).toThrow(/options\.containment/);
    expect(() => dedupeArticles(cut, { containment: '0.8' as unknown as number })).toThrow(TypeError);
  });
});

describe('dedupe: dedupeArticles', () => {
  it('clusters republished copies under the least id and leaves other stories out', () => {
    const { clusters } = dedupeArticles(items);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.id).toBe('a-original');
    expect(clusters[0]!.members.map((m) => m.id)).toEqual(['a-original', 'b-copy', 'd-copy']);
    expect(clusters[0]!.members[0]!.similarity).toBe(1);
    for (const m of clusters[0]!.members.slice(1)) expect(m.similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('is deterministic and independent of input order', () => {
    const forward = dedupeArticles(items);
    expect(dedupeArticles([...items].reverse())).toEqual(forward);
    expect(dedupeArticles(items)).toEqual(forward);
  });

  it('accepts parsed articles, and the async form over an async iterable gives the same result', async () => {
    const parsed = items.map((i) => ({ id: i.id, article: parseArticle((i as { text: string }).text) }));
    expect(dedupeArticles(parsed)).toEqual(dedupeArticles(items));
    async function* stream() {
      yield* items;
    }
    expect(await dedupeArticlesAsync(stream())).toEqual(dedupeArticles(items));
  });

  it('confirming every pair that shares a band key reproduces dedupeArticles', () => {
    const signatures = items.map((i) => signArticle(i));
    const pairs: [ReturnType<typeof signArticle>, ReturnType<typeof signArticle>][] = [];
    for (let i = 0; i < signatures.length; i++) {
      for (let j = 0; j < signatures.length; j++) {
        if (i !== j && signatures[i]!.bands.some((b) => signatures[j]!.bands.includes(b))) pairs.push([signatures[i]!, signatures[j]!]);
      }
    }
    expect(confirmCandidates(pairs)).toEqual(dedupeArticles(items));
  });

  it('never clusters bodies too short to compare, or empty ones', () => {
    const { clusters } = dedupeArticles([
      { id: 'e1', text: '' },
      { id: 'e2', text: '' },
      { id: 's1', text: 'Jakarta - Hujan deras.' },
      { id: 's2', text: 'Jakarta - Hujan deras.' },
    ]);
    expect(clusters).toEqual([]);
    expect(signArticle({ id: 'e', text: '' })).toEqual({ id: 'e', shingles: 0, minhash: null, bands: [] });
  });

  it('a shared junk block alone does not make two stories duplicates', () => {
    const a = { id: 'x', text: `${sameTopic.join('\n')}\n${junk}` };
    const b = { id: 'y', text: `${story.slice(0, 3).join('\n')}\n${junk}` };
    expect(dedupeArticles([a, b]).clusters).toEqual([]);
  });

  it('rejects wrong arguments with a TypeError naming them', () => {
    expect(() => dedupeArticles('text' as never)).toThrow(TypeError);
    expect(() => dedupeArticles([{ id: 1, text: 'x' } as never])).toThrow(/`id` must be a string/);
    expect(() => dedupeArticles([{ id: 'a' } as never])).toThrow(/needs a string `text` or an `article`/);
    expect(() => dedupeArticles([items[0]!, items[0]!])).toThrow(/"b-copy" is given twice/);
    expect(() => dedupeArticles(items, { threshold: 2 })).toThrow(/options.threshold/);
    expect(() => dedupeArticles(items, { bands: 0 })).toThrow(/options.bands/);
    expect(() => confirmCandidates([[{ id: 'a', shingles: 1, minhash: new Uint32Array(3), bands: [] }, { id: 'b', shingles: 1, minhash: null, bands: [] }]])).toThrow(/bands × rows/);
  });
});

describe('dedupe: pieces', () => {
  it('shingles ignore case, punctuation, quote style and paragraph breaks', () => {
    expect(bodyShingles(['Harga “beras” naik,', 'kata dia.'], 3)).toEqual(bodyShingles(['harga "beras" naik kata dia'], 3));
    expect(bodyShingles([], 3)).toHaveLength(0);
  });

  it('a builder reading band keys from MinHash values (addUnkeyed) clusters as one reading their strings (add)', () => {
    const settings = dedupeSettings(undefined, 'test');
    const byStrings = new ClusterBuilder(settings);
    const byValues = new ClusterBuilder(settings);
    for (const item of items) {
      const signature = signArticle(item);
      expect(byStrings.add(signature)).toBe(true);
      expect(byValues.addUnkeyed({ ...signature, bands: [] })).toBe(true);
    }
    expect(byValues.addUnkeyed(signArticle(items[0]!))).toBe(false);
    expect(byValues.result()).toEqual(byStrings.result());
    expect(byValues.result().clusters).toHaveLength(1);
  });

  it('kept MinHash rows compare like their arrays, past growth; another length agrees with none', () => {
    const store = new MinhashStore(4);
    const rows = Array.from({ length: 200 }, (_, k) => Uint32Array.from([k % 3, 1, k % 2, 7]));
    for (const row of rows) store.push(row);
    store.push(null);
    store.push(Uint32Array.from([0, 1, 0, 7, 9]));
    for (const [i, j] of [[0, 1], [0, 6], [3, 199], [150, 4]] as const) expect(store.similarity(i, j)).toBe(estimateSimilarity(rows[i]!, rows[j]!));
    expect(store.similarity(0, 1)).toBe(0.5);
    expect(store.similarity(0, 3)).toBe(0.75);
    expect(estimateSimilarity(Uint32Array.from([1, 2]), Uint32Array.from([1, 2, 3]))).toBe(0);
    expect(store.similarity(0, 200)).toBe(0);
    expect(store.similarity(0, 201)).toBe(0);
    expect(store.similarity(201, 201)).toBe(1);
  });

  it('shingles are the distinct hashes of each run of words, ascending', () => {
    const words = 'satu dua tiga satu dua tiga satu dua empat'.split(' ');
    const shingles = [...bodyShingles([words.join(' ')], 3)];
    expect(shingles).toHaveLength(4); // satu-dua-tiga, dua-tiga-satu, tiga-satu-dua, satu-dua-empat
    expect(shingles).toEqual([...shingles].sort((a, b) => a - b));
    expect(new Set(shingles).size).toBe(shingles.length);
    expect(bodyShingles(['satu dua'], 3)).toHaveLength(1);
  });

  it('the MinHash estimate tracks the true Jaccard similarity', () => {
    const a = Uint32Array.from({ length: 400 }, (_, i) => i * 2654435761);
    const b = Uint32Array.from({ length: 400 }, (_, i) => (i + 100) * 2654435761);
    // |A∩B| = 300, |A∪B| = 500: J = 0.6.
    const sa = signArticle({ id: 'a', article: { paragraphs: [] } });
    expect(sa.minhash).toBeNull();
    expect(Math.abs(estimateSimilarity(minhash(a, 512), minhash(b, 512)) - 0.6)).toBeLessThan(0.07);
  });

  it('the default bands make pairs at the threshold candidates nearly always, and far ones rarely', () => {
    expect(candidateProbability(0.5, 32, 3)).toBeGreaterThan(0.98);
    expect(candidateProbability(0.1, 32, 3)).toBeLessThan(0.04);
  });
});
