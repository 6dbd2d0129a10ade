import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, inputSpares, itemsOf, readBatches, STDIN } from '../../src/cli/batches.js';
import { progressLine } from '../../src/cli/progress.js';

/** Standard input delivered in chunks cut at the given byte offsets (mid-character too). */
function chunked(bytes: Buffer, cuts: number[]): Readable {
  const parts: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    parts.push(bytes.subarray(from, cut));
    from = cut;
  }
  return Readable.from(parts);
}

async function lines(stdin: Readable) {
  const out: { line: number; raw: string }[] = [];
  let batches = 0;
  for await (const batch of readBatches([STDIN], { stdin })) {
    batches++;
    expect(batch.items).toBe(batch.pieces.reduce((n, p) => n + p.lines, 0));
    for (const item of itemsOf(batch)) out.push({ line: item.line, raw: item.raw });
  }
  return { out, batches };
}

describe('cli batches: readBatches', () => {
  it('gives every line once, numbered, whatever the chunk boundaries (multi-byte characters cut too)', async () => {
    const text = ['{"t":"héllo — “dunia”"}', '', '{"t":"x"}\r', 'ü'.repeat(70_000), 'last without newline'].join('\n');
    const bytes = Buffer.from(text);
    for (const cuts of [[], [1, 2, 3], [5, 26, 27, 28, 40_000, 100_001], Array.from({ length: 50 }, (_, i) => i * 2801 + 1)]) {
      const { out } = await lines(chunked(bytes, cuts));
      expect(out.map((o) => o.raw)).toEqual(['{"t":"héllo — “dunia”"}', '', '{"t":"x"}', 'ü'.repeat(70_000), 'last without newline']);
      expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('cuts batches near BATCH_BYTES at line ends, and keeps a longer line whole', async () => {
    const line = 'x'.repeat(1000);
    const big = 'y'.repeat(3 * BATCH_BYTES);
    const bytes = Buffer.from(`${Array.from({ length: 600 }, () => line).join('\n')}\n${big}\n${line}\n`);
    const { out, batches } = await lines(chunked(bytes, [bytes.length >> 1]));
    expect(out).toHaveLength(602);
    expect(out[600]!.raw).toBe(big);
    expect(batches).toBeGreaterThanOrEqual(5);
  });

  it('decodes a broken character before a line end as one U+FFFD, as in the whole text', async () => {
    const bytes = Buffer.from([0x22, 0xe2, 0x82, 0x0a, 0xe2, 0x82, 0x0d, 0x0a, 0x22, 0x62]);
    const { out } = await lines(chunked(bytes, []));
    expect(out.map((o) => o.raw)).toEqual(['"\uFFFD', '\uFFFD', '"b']);
    expect(out.map((o) => o.raw)).toEqual(new TextDecoder().decode(bytes).split('\n').map((l) => l.replace(/\r$/, '')));
  });

  it('drops a BOM only at the start of a source', async () => {
    const { out } = await lines(chunked(Buffer.from('\uFEFF"a"\n\uFEFF"b"\n'), [1]));
    expect(out.map((o) => o.raw)).toEqual(['"a"', '\uFEFF"b"']);
  });
});

describe('cli progress: progressLine', () => {
  it('says done, rate, failed and elapsed, with a bar when the size is known', () => {
    expect(progressLine({ read: 300, failed: 2, bytes: 0 }, null, 61)).toBe('300 done, 5/s, 2 failed, 1:01');
    expect(progressLine({ read: 300, failed: 0, bytes: 50 }, 100, 10)).toBe('[############............]  50% 300 done, 30/s, 0 failed, 0:10');
  });
});

describe('cli batches: files', () => {
  it('reads a file larger than a read chunk line by line, and reuses the batch buffers given back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-batches-'));
    try {
      const file = join(dir, 'big.jsonl');
      const rows = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Rina Wulandari ${'ü'.repeat(i % 997)}` }));
      writeFileSync(file, `\uFEFF${rows.join('\n')}`);
      const spares = inputSpares();
      const seen = new Set<ArrayBufferLike>();
      const raws: string[] = [];
      for await (const batch of readBatches([file], { spares })) {
        for (const item of itemsOf(batch)) raws.push(item.raw);
        seen.add(batch.bytes.buffer);
        spares.give(batch.bytes.buffer as ArrayBuffer);
      }
      expect(raws).toEqual(rows);
      expect(seen.size).toBeLessThanOrEqual(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
