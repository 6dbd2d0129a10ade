/**
 * The archive part of `npm run bench`: archive rate, query latency and database size in
 * SQLite, on the real articles repeated with fresh ids up to `size` articles
 * (`npm run bench -- --archive 100000` for the 100k figures).
 *
 * Articles go in through `archive.add` in chunks of 200 (as `warta archive` does), so the rate
 * includes parsing, search documents and writing; parsing alone is timed on the same texts in
 * the same run for the ratio. Repeated texts reuse the stemmer's memo after the first round,
 * as a real archive reuses its common words (see README: the first sight of a word costs
 * ~0.1 ms). Query latency is each of 20 fixed queries run `QUERY_ROUNDS` times against the full
 * archive (results and snippets, limit 20): median and 95th percentile over every run.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, parseArticle, type ArchiveInput } from '../src/index.js';
import { formatTable, progress } from './eval/shared.js';

const CHUNK = 200;
const QUERY_ROUNDS = 15;
export const BENCH_QUERIES = [
  'harga beras',
  'pertemuan',
  'banjir',
  'korupsi',
  'presiden',
  'pemerintah daerah',
  'inflasi',
  'pajak',
  'kebakaran hutan',
  'polisi',
  'menteri keuangan',
  'sekolah',
  'ekonomi',
  'investasi',
  'kerajaan',
  'jakarta',
  'kesehatan',
  'bank',
  'harga minyak',
  'pembangunan jalan',
];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function benchArchive(base: readonly { id: string; text: string; url?: string | null; outlet?: string | null }[], size: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  const path = join(dir, 'bench.sqlite');
  try {
    const archive = await openArchive(path);
    const inputAt = (i: number): ArchiveInput => {
      const a = base[i % base.length]!;
      return { id: `${a.id}#${Math.floor(i / base.length)}`, text: a.text, url: a.url ?? null, outlet: a.outlet ?? null };
    };
    // Parsing alone, once over the base texts: the share of the archive rate that is parsing.
    let t = performance.now();
    for (const a of base) parseArticle(a.text);
    const parseRate = (base.length * 1000) / (performance.now() - t);

    t = performance.now();
    let lastReport = t;
    for (let start = 0; start < size; start += CHUNK) {
      const chunk = Array.from({ length: Math.min(CHUNK, size - start) }, (_, k) => inputAt(start + k));
      await archive.add(chunk);
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        progress(`bench: archived ${start + chunk.length}/${size}`);
      }
    }
    const archiveMs = performance.now() - t;
    const count = await archive.count();

    // Re-archiving unchanged articles (a resumed run): hash and look-up only.
    t = performance.now();
    const resumeSize = Math.min(size, 20_000);
    for (let start = 0; start < resumeSize; start += CHUNK) {
      await archive.add(Array.from({ length: Math.min(CHUNK, resumeSize - start) }, (_, k) => inputAt(start + k)));
    }
    const resumeRate = (resumeSize * 1000) / (performance.now() - t);

    const latencies: number[] = [];
    let hits = 0;
    for (let round = 0; round <= QUERY_ROUNDS; round++) {
      for (const query of BENCH_QUERIES) {
        const q0 = performance.now();
        hits += (await archive.search(query)).length;
        if (round > 0) latencies.push(performance.now() - q0); // round 0 warms the statement cache
      }
    }
    const quoteLatencies: number[] = [];
    for (let round = 0; round <= QUERY_ROUNDS; round++) {
      const q0 = performance.now();
      await archive.quotes({ speaker: 'Sri Mulyani' });
      if (round > 0) quoteLatencies.push(performance.now() - q0);
    }
    await archive.close();
    const bytes = statSync(path).size;
    latencies.sort((a, b) => a - b);
    quoteLatencies.sort((a, b) => a - b);
    const rows = [
      ['articles archived (SQLite)', count.toLocaleString('en')],
      ['archive rate, parse + index + write (articles/s)', ((count * 1000) / archiveMs).toFixed(0)],
      ['  parse alone, same texts (articles/s)', parseRate.toFixed(0)],
      ['re-archive unchanged, resume (articles/s)', resumeRate.toFixed(0)],
      [`search latency, ${BENCH_QUERIES.length} queries × ${QUERY_ROUNDS}, median (ms)`, quantile(latencies, 0.5).toFixed(2)],
      ['search latency, p95 (ms)', quantile(latencies, 0.95).toFixed(2)],
      [`quotes --speaker latency × ${QUERY_ROUNDS}, median (ms)`, quantile(quoteLatencies, 0.5).toFixed(2)],
      ['database size (MB)', (bytes / 1e6).toFixed(1)],
      ['database size per article (kB)', (bytes / count / 1000).toFixed(2)],
      ['mean hits per query (limit 20)', (hits / (BENCH_QUERIES.length * (QUERY_ROUNDS + 1))).toFixed(1)],
    ];
    return formatTable(['archive (SQLite)', 'value'], rows, [1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
