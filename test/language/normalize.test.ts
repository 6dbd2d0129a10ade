import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, collapseWhitespace, normalize, toSourceSpan } from '../../src/util/normalize.js';

describe('normalize', () => {
  it('keeps a lone high surrogate alone: the line break after it is still a line break', () => {
    // Found by npm run fuzz: the break was taken as the surrogate's other half.
    const n = normalize('찢\ud9bb\nBaris dua');
    expect(n.text).toBe('찢\ud9bb\nBaris dua');
    expect([...n.offsets]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reads the Unicode line and paragraph separators as line breaks', () => {
    // Found by npm run fuzz: `12/3/2024` + U+2029 stayed one block with the separator in it, so the
    // publication line was reported twice (as itself and as a paragraph).
    expect(normalize('a\u2028b\u2029c').text).toBe('a\nb\nc');
  });

  it('gives each unit its own offset when a combining mark has nothing to compose with', () => {
    // Found by npm run fuzz: a quote starting after `”́` was mapped back onto the `”`.
    const n = normalize('a ”\u0301Kata');
    expect(n.text).toBe('a ”\u0301Kata');
    expect(n.offsets[3]).toBe(3);
    expect(normalize('e\u0301').text).toBe('é');
  });

  it('decodes entities, NBSP, zero-width, BOM and CRLF while keeping offsets', () => {
    const source = '\uFEFFGEORGE TOWN &#8211; Harga\u00a0naik &amp; turun.\r\nBaris\u200B dua';
    const n = normalize(source);
    expect(n.text).toBe('GEORGE TOWN – Harga naik & turun.\nBaris dua');
    const dash = n.text.indexOf('–');
    expect(source.slice(n.offsets[dash]!, n.offsets[dash + 1]!)).toBe("&#8211;");
    const baris = n.text.indexOf('Baris');
    expect(source.slice(n.offsets[baris]!, n.offsets[baris]! + 5)).toBe('Baris');
  });

  it('repairs double-encoded UTF-8 (mojibake), Latin-1 and Windows-1252 alike', () => {
    expect(normalize('AntÃ³nio Ferreira').text).toBe('António Ferreira');
    expect(normalize('itâ€™s').text).toBe('it’s');
    // Genuine accented text is left alone.
    expect(normalize('café Ã la carte').text).toBe('café Ã la carte');
  });

  it('composes combining marks (NFC)', () => {
    expect(normalize('Pe\u0301rez').text).toBe('Pérez');
  });

  it('maps normalized spans back to the source', () => {
    const source = 'a&amp;b\r\nc';
    const n = normalize(source);
    expect(n.text).toBe('a&b\nc');
    expect(toSourceSpan(n, 1, 2)).toEqual({ start: 1, end: 6 });
    expect(toSourceSpan(n, 4, 5)).toEqual({ start: 9, end: 10 });
  });

  it('leaves unknown entities and lone ampersands as they are', () => {
    expect(normalize('PT A & B &bogus; &#;').text).toBe('PT A & B &bogus; &#;');
  });

  it('keeps surrogate pairs whole', () => {
    const n = normalize('a😀b');
    expect(n.text).toBe('a😀b');
    expect(Array.from(n.offsets)).toEqual([0, 1, 1, 3, 4]);
  });

  it('cleanText collapses whitespace for display', () => {
    expect(cleanText('  Harga \u00a0 naik\n turun ')).toBe('Harga naik turun');
  });
});

describe('collapseWhitespace', () => {
  it('collapseWhitespace: equals replacing every whitespace run by one space and trimming, on any string', () => {
    const unit = fc.constantFrom(' ', ' ', '\n', '\r', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'Z', '.', '“');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (s) => {
        expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });
});
