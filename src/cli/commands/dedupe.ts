import { parseArgs } from 'node:util';
import { ClusterBuilder } from '../../dedupe/clusters.js';
import { dedupeSettings, type DedupeSettings } from '../../dedupe/settings.js';
import type { ArticleSignature, DedupeResult } from '../../dedupe/types.js';
import { BATCH_FLAGS, BATCH_FLAGS_HELP, batchInputs, jobsOption, languageOption } from '../batch-options.js';
import { DEDUPE_FLAGS, DEDUPE_FLAGS_HELP, dedupeOptions } from '../dedupe-options.js';
import { errorRecord, readInputs, resolveInputs } from '../inputs.js';
import { Output } from '../output.js';
import { EXIT, exitCode, runBatch } from '../run-batch.js';
import { decodeSignature } from '../signature-records.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: warta dedupe [options] [inputs…]
       warta dedupe --candidates <pairs.jsonl> [options]

Finds clusters of near-duplicate articles (the same story republished with another dateline,
title or junk, a paragraph dropped, sentences cut, words edited) and writes one JSON line per
cluster, sorted by id: {"id": "<representative>", "members": [{"id": "…", "similarity": 0.83}, …]}.
The representative is the least id; similarity is the estimated Jaccard similarity of a
member's clean body to the representative's. Articles without a duplicate are left out.

Inputs are as for warta signatures (texts, warta parse output, or warta signatures output).
A bad input, or an id seen before, gets an error record (written before the clusters).

With --candidates, the input is candidate pairs, one JSON line each, as a cluster engine
finds them by grouping warta signatures output on band keys:
  {"a": <signature record>, "b": <signature record>}   (or a two-element array)
Pairs may repeat and come in any order; given every pair that shares a band key, the clusters
equal those of warta dedupe on the articles themselves.

  --candidates <file>    confirm candidate pairs instead of reading articles
${DEDUPE_FLAGS_HELP}
${BATCH_FLAGS_HELP}

Exit status: 0 all inputs used, 1 some failed, 2 usage error, 130 interrupted (Ctrl-C).`;

/** `warta dedupe`: clusters of near-duplicate articles as JSONL. */
export async function runDedupe(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...BATCH_FLAGS, ...DEDUPE_FLAGS, candidates: { type: 'string' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = dedupeOptions(values, languageOption(values.language));
  const settings = dedupeSettings(options, 'warta dedupe');
  if (values.candidates !== undefined) {
    if (positionals.length > 0 || values.input) throw new UsageError('--candidates reads pairs only; give no other inputs');
    return confirmPairs(resolveInputs([values.candidates]), settings, values.output, values.quiet ?? false);
  }
  const files = batchInputs(positionals, values.input);
  const jobs = jobsOption(values.jobs);
  const output = new Output(values.output);
  const builder = new ClusterBuilder(settings);
  const seen = new Map<string, string>();
  const outcome = await runBatch({
    command: 'warta dedupe',
    verb: 'signed',
    files,
    jobs,
    task: { kind: 'signatures', field: values.field ?? 'text', dedupe: options, withSource: true },
    quiet: values.quiet ?? false,
    stats: values.stats ?? false,
    sink: (batch) => {
      const errors: string[] = [];
      const text = new TextDecoder().decode(batch.bytes);
      batch.release();
      for (const line of text.split('\n')) {
        if (line === '') continue;
        const record = JSON.parse(line) as { error?: string; file: string; line: number };
        if (record.error !== undefined) {
          errors.push(line);
          continue;
        }
        const signature = decodeSignature(record)!;
        if (builder.add(signature)) seen.set(signature.id, `${record.file}:${record.line}`);
        else {
          errors.push(JSON.stringify(errorRecord(record, `id "${signature.id}" seen before (${seen.get(signature.id)}); ignored`, signature.id)));
          batch.failed++;
        }
      }
      if (errors.length > 0) return output.write(`${errors.join('\n')}\n`);
    },
    output,
  });
  if (!outcome.closed && !outcome.interrupted) await writeClusters(builder.result(), output, values.quiet ?? false);
  await output.end();
  return exitCode(outcome);
}

/** `--candidates`: confirm pairs of signatures and cluster them. */
async function confirmPairs(files: string[], settings: DedupeSettings, path: string | undefined, quiet: boolean): Promise<number> {
  const output = new Output(path);
  const builder = new ClusterBuilder(settings);
  const slots = settings.bands * settings.rows;
  let read = 0;
  let failed = 0;
  for await (const item of readInputs(files)) {
    read++;
    const pair = decodePair(item.raw, slots);
    if (typeof pair === 'string') {
      failed++;
      await output.write(`${JSON.stringify(errorRecord(item, pair, null))}\n`);
    } else builder.addPair(pair[0], pair[1]);
    if (output.closed) return EXIT.ok;
  }
  const result = builder.result();
  await writeClusters(result, output, true);
  await output.end();
  if (!quiet && !output.closed) process.stderr.write(`warta dedupe: ${read} pairs read, ${read - failed} confirmed or rejected, ${failed} failed; ${clustersLine(result)}\n`);
  return output.closed ? EXIT.ok : failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** Two signatures from a pair line, or why the line is not a pair. */
function decodePair(raw: string, slots: number): [ArticleSignature, ArticleSignature] | string {
  if (raw.trim() === '') return 'empty line';
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const [a, b] = Array.isArray(value) ? value : [(value as { a?: unknown } | null)?.a, (value as { b?: unknown } | null)?.b];
  const x = decodeSignature(a);
  const y = decodeSignature(b);
  if (!x || !y) return 'not a pair of signature records ({"a": {…}, "b": {…}} with "id" and "minhash")';
  for (const s of [x, y]) {
    if (s.minhash && s.minhash.length !== slots) return `signature "${s.id}" has ${s.minhash.length} MinHash values, expected ${slots} (bands × rows)`;
  }
  return [x, y];
}

async function writeClusters(result: DedupeResult, output: Output, quiet: boolean): Promise<void> {
  for (const cluster of result.clusters) {
    await output.write(`${JSON.stringify(cluster)}\n`);
    if (output.closed) return;
  }
  if (!quiet) process.stderr.write(`warta dedupe: ${clustersLine(result)}\n`);
}

function clustersLine(result: DedupeResult): string {
  const articles = result.clusters.reduce((n, c) => n + c.members.length, 0);
  return `${result.clusters.length} clusters of ${articles} articles`;
}
