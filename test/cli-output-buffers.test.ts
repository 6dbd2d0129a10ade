import { describe, expect, it } from 'vitest';
import { OutputBuffers } from '../src/cli/output-buffers.js';

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
