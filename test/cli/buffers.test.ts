import { describe, expect, it } from 'vitest';
import { OutputBuffers } from '../../src/cli/output-buffers.js';
import { BatchBuilder } from '../../src/cli/batch-builder.js';
import { SpareBuffers } from '../../src/cli/spare-buffers.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function batch(buffers: OutputBuffers, lines: string[]): Uint8Array {
  for (const line of lines) buffers.writeLine(line);
  return buffers.finish();
}

describe('OutputBuffers', () => {
  it('writes lines into a new buffer with room to spare, then reuses it once given back', () => {
    const buffers = new OutputBuffers(8, 64, 1024);
    const first = batch(buffers, ['{"id":"a","title":"Rina Wulandari menanam padi"}', '{"id":"b"}']);
    expect(decode(first)).toBe('{"id":"a","title":"Rina Wulandari menanam padi"}\n{"id":"b"}\n');
    expect(first.buffer.byteLength).toBeGreaterThanOrEqual(64);
    const buffer = first.buffer as ArrayBuffer;
    buffers.give(buffer);
    expect(buffers.spareCount).toBe(1);
    const second = batch(buffers, ['{"id":"c"}']);
    expect(second.buffer).toBe(buffer);
    expect(decode(second)).toBe('{"id":"c"}\n');
    expect(buffers.spareCount).toBe(0);
  });

  it('grows a batch past its buffer, keeping the lines already written', () => {
    const buffers = new OutputBuffers(8, 16, 4096);
    const lines = Array.from({ length: 40 }, (_, i) => `{"id":"${i}","desa":"Sukamaju Ÿ"}`);
    expect(decode(batch(buffers, lines))).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it('counts UTF-8 bytes, not characters, when checking that a spare fits', () => {
    const buffers = new OutputBuffers(8, 16, 1024);
    buffers.give(new ArrayBuffer(16));
    // 12 characters, 24 bytes and a line end: the 16-byte spare is dropped and a larger buffer made.
    const text = 'ÄÖÜäöüÄÖÜäöü';
    const bytes = batch(buffers, [text]);
    expect(decode(bytes)).toBe(`${text}\n`);
    expect(bytes.byteLength).toBe(25);
    expect(buffers.spareCount).toBe(0);
  });

  it('encodes lone surrogates as the replacement character, as TextEncoder does', () => {
    const buffers = new OutputBuffers(8, 16, 1024);
    const text = 'a\uD800b';
    expect([...batch(buffers, [text])]).toEqual([...new TextEncoder().encode(`${text}\n`)]);
  });

  it('keeps no buffer too small, too large, or beyond the spare count', () => {
    const buffers = new OutputBuffers(2, 64, 256);
    buffers.give(new ArrayBuffer(32));
    buffers.give(new ArrayBuffer(512));
    expect(buffers.spareCount).toBe(0);
    for (let i = 0; i < 3; i++) buffers.give(new ArrayBuffer(128));
    expect(buffers.spareCount).toBe(2);
  });

  it('gives an empty batch as no bytes', () => {
    expect(new OutputBuffers().finish().byteLength).toBe(0);
  });
});

describe('SpareBuffers', () => {
  it('makes a new buffer with room to spare, then hands back one given to it', () => {
    const spares = new SpareBuffers(4, 64, 1024);
    const first = spares.take(100);
    expect(first.byteLength).toBe(150);
    spares.give(first.buffer as ArrayBuffer);
    expect(spares.count).toBe(1);
    expect(spares.take(120).buffer).toBe(first.buffer);
    expect(spares.count).toBe(0);
  });

  it('drops a spare too small for what is asked, and keeps none too small, too large or beyond the count', () => {
    const spares = new SpareBuffers(2, 64, 256);
    spares.give(new ArrayBuffer(80));
    expect(spares.take(200).byteLength).toBe(300);
    expect(spares.count).toBe(0);
    spares.give(new ArrayBuffer(32));
    spares.give(new ArrayBuffer(512));
    for (let i = 0; i < 3; i++) spares.give(new ArrayBuffer(128));
    expect(spares.count).toBe(2);
  });
});

describe('BatchBuilder', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('merges consecutive lines of one file into one piece and keeps an unfinished line for the next batch', () => {
    const builder = new BatchBuilder(new SpareBuffers(4, 16, 1024));
    builder.append(bytes('{"id":"a"}\n'));
    builder.commit({ file: 'x.jsonl', format: 'jsonl', firstLine: 1, lines: 1 });
    builder.append(bytes('{"id":"b"}\n{"id":"c"}\n'));
    builder.commit({ file: 'x.jsonl', format: 'jsonl', firstLine: 2, lines: 2 });
    builder.append(bytes('{"desa":"Sukama'));
    expect(builder.size).toBe(33);
    expect(builder.openBytes).toBe(15);
    const batch = builder.take();
    expect(decode(batch.bytes)).toBe('{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n');
    expect(batch.pieces).toEqual([{ file: 'x.jsonl', format: 'jsonl', firstLine: 1, lines: 3, byteLength: 33 }]);
    expect(batch.items).toBe(3);
    builder.append(bytes('ju"}\n'));
    builder.commit({ file: 'x.jsonl', format: 'jsonl', firstLine: 4, lines: 1 });
    const next = builder.take();
    expect(decode(next.bytes)).toBe('{"desa":"Sukamaju"}\n');
    expect(next.bytes.buffer).not.toBe(batch.bytes.buffer);
  });

  it('reads a batch into a buffer given back, growing past it when a line needs more', () => {
    const spares = new SpareBuffers(4, 16, 1024);
    const builder = new BatchBuilder(spares);
    builder.append(bytes('Rina Wulandari\n'));
    builder.commit({ file: 'a.txt', format: 'text', firstLine: 1, lines: 1 });
    const first = builder.take();
    spares.give(first.bytes.buffer as ArrayBuffer);
    builder.append(bytes('APTB\n'));
    builder.commit({ file: 'b.txt', format: 'text', firstLine: 1, lines: 1 });
    builder.append(bytes('Aliansi Petani Tangguh Bersatu\n'));
    builder.commit({ file: 'c.txt', format: 'text', firstLine: 1, lines: 1 });
    const second = builder.take();
    expect(decode(second.bytes)).toBe('APTB\nAliansi Petani Tangguh Bersatu\n');
    expect(second.pieces.map((p) => p.byteLength)).toEqual([5, 31]);
  });
});
