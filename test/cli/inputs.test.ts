import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeInput, errorRecord, readInputs, resolveInputs, STDIN, type InputItem } from '../../src/cli/inputs.js';
import { UsageError } from '../../src/cli/usage-error.js';

async function collect(files: string[], stdin = ''): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(files, Readable.from([stdin]))) items.push(item);
  return items;
}

describe('cli inputs: resolveInputs', () => {
  it('reads standard input when no path is given', () => {
    expect(resolveInputs([])).toEqual([STDIN]);
  });

  it('expands folders recursively to their .txt and .jsonl files, sorted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-inputs-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'z.txt'), 'z');
    writeFileSync(join(dir, 'a.jsonl'), '');
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    expect(resolveInputs([dir])).toEqual([join(dir, 'a.jsonl'), join(dir, 'b', 'z.txt')]);
  });

  it('names a missing path in a usage error', () => {
    expect(() => resolveInputs(['/no/such/file.jsonl'])).toThrow(UsageError);
    expect(() => resolveInputs(['/no/such/file.jsonl'])).toThrow(/no such file or folder: \/no\/such\/file.jsonl/);
  });
});

describe('cli inputs: readInputs', () => {
  it('numbers every JSONL line, empty ones too, and drops a BOM and CRLF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-inputs-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, '\uFEFF{"id":1,"text":"a"}\r\n\r\n{"id":3,"text":"c"}\r\n');
    const items = await collect([file]);
    expect(items.map((i) => [i.line, i.raw])).toEqual([
      [1, '{"id":1,"text":"a"}'],
      [2, ''],
      [3, '{"id":3,"text":"c"}'],
    ]);
  });

  it('reads a .txt file as one article whose id is its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-inputs-'));
    const file = join(dir, 'one.txt');
    writeFileSync(file, '\uFEFFJudul\nIsi berita.\n');
    const [item] = await collect([file]);
    expect(item).toEqual({ file, line: 1, format: 'text', raw: 'Judul\nIsi berita.\n' });
    expect(decodeInput(item!, 'text')).toEqual({ ok: true, id: file, text: 'Judul\nIsi berita.\n', fields: { id: file } });
  });

  it('reads standard input for "-"', async () => {
    const items = await collect([STDIN], '"x"\n"y"');
    expect(items.map((i) => [i.file, i.line, i.raw])).toEqual([
      ['-', 1, '"x"'],
      ['-', 2, '"y"'],
    ]);
  });

  it('gives an empty file no items', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-inputs-'));
    writeFileSync(join(dir, 'empty.jsonl'), '');
    expect(await collect([join(dir, 'empty.jsonl')])).toEqual([]);
  });
});

describe('cli inputs: decodeInput', () => {
  const line = (raw: string): InputItem => ({ file: 'in.jsonl', line: 7, format: 'jsonl', raw });

  it('passes every other field through', () => {
    expect(decodeInput(line('{"id":"a","url":"u","body":"T"}'), 'body')).toEqual({ ok: true, id: 'a', text: 'T', fields: { id: 'a', url: 'u' } });
  });

  it('says why a line is unusable, keeping its id when it has one', () => {
    expect(decodeInput(line('{"id":'), 'text')).toMatchObject({ ok: false, id: null, error: expect.stringMatching(/^not valid JSON/) });
    expect(decodeInput(line('{"id":5}'), 'text')).toEqual({ ok: false, id: 5, error: 'no field "text"' });
    expect(decodeInput(line('{"id":5,"text":3}'), 'text')).toEqual({ ok: false, id: 5, error: 'field "text" is not a string' });
    expect(decodeInput(line('[1]'), 'text')).toEqual({ ok: false, id: null, error: 'not a JSON object or string' });
    expect(decodeInput(line('  '), 'text')).toEqual({ ok: false, id: null, error: 'empty line' });
  });

  it('builds error records with the line, the file and the id when known', () => {
    expect(errorRecord(line(''), 'empty line', null)).toEqual({ error: 'empty line', line: 7, file: 'in.jsonl' });
    expect(errorRecord(line(''), 'x', 'a1')).toEqual({ error: 'x', line: 7, file: 'in.jsonl', id: 'a1' });
  });
});
