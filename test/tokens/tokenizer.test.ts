import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageData } from '../../src/lang/index.js';
import { tokenize as organisationWords, wordToken } from '../../src/organisations/tokens.js';
import { lexicon, tokenize as quoteTokens } from '../../src/quotes/speech-words.js';
import { ASCII_CLASS, classify } from '../../src/tokens/char-classes.js';
import { scanBlocks } from '../../src/segment.js';
import { glueAfter, scan, scanText, T_CAP, T_HAS_LOWER, T_HAS_UPPER, T_INNER_UPPER, T_NON_ASCII, T_NUM, T_SPACED, T_WORD } from '../../src/tokens/tokenize.js';

/** The tokens of a scan as `[text, start, end]`. */
function cut(text: string): [string, number, number][] {
  const s = scan(text);
  return Array.from({ length: s.length }, (_, k) => [scanText(s, k), s.starts[k]!, s.ends[k]!]);
}

/** Every character `\s` matches (the spaces the scanner skips). */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)), '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];

/** Every dash punctuation character (`\p{Pd}`) and the minus sign. */
const DASHES = ['-', '\u058a', '\u05be', '\u1400', '\u1806', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2e17', '\u2e1a', '\u2e3a', '\u2e3b', '\u2e40', '\u2e5d', '\u301c', '\u3030', '\u30a0', '\ufe31', '\ufe32', '\ufe58', '\ufe63', '\uff0d', '\u{10ead}', '\u2212'];

describe('tokens: the shared scan', () => {
  it('tokens: the ASCII class table, filled by ranges at import, says what the Unicode patterns say of each character', () => {
    for (let c = 0; c < 128; c++) expect(ASCII_CLASS[c], `code ${c}`).toBe(classify(String.fromCharCode(c)));
  });

  it('tokens: runs of letters and digits and single marks, with offsets into the text', () => {
    expect(cut('Rina Wulandari (APTB): “kecil-kecilan” 2024.')).toEqual([
      ['Rina', 0, 4],
      ['Wulandari', 5, 14],
      ['(', 15, 16],
      ['APTB', 16, 20],
      [')', 20, 21],
      [':', 21, 22],
      ['“', 23, 24],
      ['kecil', 24, 29],
      ['-', 29, 30],
      ['kecilan', 30, 37],
      ['”', 37, 38],
      ['2024', 39, 43],
      ['.', 43, 44],
    ]);
    expect(cut('')).toEqual([]);
    expect(cut('  \n ')).toEqual([]);
  });

  it('tokens: flags say what every pass asks of a run', () => {
    const s = scan('Rina  APTB,Bersatu 12a naïve ÉTAT');
    const flags = Array.from(s.flags);
    expect(flags[0]).toBe(T_WORD | T_CAP | T_HAS_UPPER | T_HAS_LOWER);
    expect(flags[1]).toBe(T_WORD | T_CAP | T_HAS_UPPER | T_INNER_UPPER | T_SPACED);
    expect(flags[2]).toBe(0); // the comma
    expect(flags[3]).toBe(T_WORD | T_CAP | T_HAS_UPPER | T_HAS_LOWER); // after a comma: not spaced
    expect(flags[4]).toBe(T_WORD | T_NUM | T_HAS_LOWER | T_SPACED);
    expect(flags[5]).toBe(T_WORD | T_HAS_LOWER | T_NON_ASCII | T_SPACED);
    expect(flags[6]).toBe(T_WORD | T_CAP | T_HAS_UPPER | T_INNER_UPPER | T_NON_ASCII | T_SPACED);
    // A capital after the first letter, ASCII or not: CamelCase.
    expect(Array.from(scan('SinarBumi sinarÉ').flags)).toEqual([T_WORD | T_CAP | T_HAS_UPPER | T_INNER_UPPER | T_HAS_LOWER, T_WORD | T_HAS_LOWER | T_HAS_UPPER | T_INNER_UPPER | T_NON_ASCII | T_SPACED]);
  });

  it('tokens: a surrogate pair is one character; an emoji is one mark, an astral letter part of a run', () => {
    expect(cut('Budi 😀hadir')).toEqual([
      ['Budi', 0, 4],
      ['😀', 5, 7],
      ['hadir', 7, 12],
    ]);
    expect(cut('a𝐀𝐁b')).toEqual([['a𝐀𝐁b', 0, 6]]);
    expect(scan('𝐀𝐁').flags[0]! & T_CAP).toBe(T_CAP);
  });

  it('tokens: a lone surrogate is a mark of its own and never takes the next character', () => {
    expect(cut('x\ud800Budi')).toEqual([
      ['x', 0, 1],
      ['\ud800', 1, 2],
      ['Budi', 2, 6],
    ]);
    expect(cut('\udc00a\ud800')).toEqual([
      ['\udc00', 0, 1],
      ['a', 1, 2],
      ['\ud800', 2, 3],
    ]);
    expect(cut('\udc00\ud800')).toEqual([
      ['\udc00', 0, 1],
      ['\ud800', 1, 2],
    ]);
  });

  it('tokens: every Unicode space separates words; only U+0020 makes them `spaced`', () => {
    for (const space of SPACES) {
      const s = scan(`Rina${space}Wulandari`);
      expect(s.length, JSON.stringify(space)).toBe(2);
      expect(s.starts[1], JSON.stringify(space)).toBe(5);
      expect((s.flags[1]! & T_SPACED) !== 0, JSON.stringify(space)).toBe(space === ' ');
    }
  });

  it('tokens: every dash is a mark; only the hyphen-minus joins words, in both adapters', () => {
    const lex = lexicon(languageData('ind'));
    for (const dash of DASHES) {
      const text = `kecil${dash}kecilan`;
      const s = scan(text);
      expect(s.length, dash).toBe(3);
      expect(scanText(s, 1), dash).toBe(dash);
      // An astral dash is two code units: never a joiner.
      expect(glueAfter(s, 0), dash).toBe(dash.length === 1 ? dash.charCodeAt(0) : -1);
      const joined = dash === '-';
      expect(quoteTokens(text, lex).length, dash).toBe(joined ? 1 : 3);
      expect(organisationWords(text).length, dash).toBe(joined ? 1 : 2);
    }
  });

  it('tokens: quote tokens join apostrophes and hyphens, at most eight times; punctuation stays', () => {
    const lex = lexicon(languageData('ind'));
    expect(quoteTokens('Mu’ti berkata: A&B Kompas.com', lex).map((t) => t.text)).toEqual(['Mu’ti', 'berkata', ':', 'A', '&', 'B', 'Kompas', '.', 'com']);
    const long = Array.from({ length: 11 }, (_, k) => `k${k}`).join('-');
    expect(quoteTokens(long, lex).map((t) => t.text)).toEqual(['k0-k1-k2-k3-k4-k5-k6-k7-k8', '-', 'k9-k10']);
    const [word] = quoteTokens('Jean-Marc', lex);
    expect([word!.lower, word!.cap, word!.hasLower, word!.num]).toEqual(['jean-marc', true, true, false]);
  });

  it('tokens: organisation words join `&`, hyphens, apostrophes and short domain parts, and skip marks', () => {
    const words = organisationWords('Aliansi Petani & Tangguh (APTB) di Kompas.com, KONTAN.CO.ID; A&B Air.Pada x.comx');
    expect(words.map((t) => t.text)).toEqual(['Aliansi', 'Petani', 'Tangguh', 'APTB', 'di', 'Kompas.com', 'KONTAN.CO.ID', 'A&B', 'Air', 'Pada', 'x', 'comx']);
    expect(words.map((t) => t.spaced)).toEqual([false, true, false, false, false, true, false, false, true, false, true, false]);
  });

  it('tokens: the lower form of an organisation word is its text lower-cased, whatever its letters (capitals, non-ASCII, curly apostrophes)', () => {
    const words = organisationWords('Dinas Contoh di Jawa-Timur İstanbul Ma’ruf rakyat’s kota-kota ÉCOLE');
    expect(words.map((t) => t.lower)).toEqual(['dinas', 'contoh', 'di', 'jawa-timur', 'i̇stanbul', 'ma’ruf', 'rakyat’s', 'kota-kota', 'école']);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 })), (text) =>
        organisationWords(text).every((t) => t.lower === t.text.toLowerCase() && wordToken(t.text, t.start, t.end, t.cap, t.acronym, t.spaced).lower === t.text.toLowerCase()),
      ),
      { numRuns: 2000 },
    );
  });

  it('tokens: a text longer than the scratch buffers, and scans made one after another, keep their own tokens', () => {
    const long = 'Rina hadir. '.repeat(3000);
    const first = scan(long);
    const second = scan('APTB menolak');
    expect(first.length).toBe(9000);
    expect([first.starts[8999], first.ends[8999], scanText(first, 8997)]).toEqual([long.length - 2, long.length - 1, 'Rina']);
    expect([second.length, scanText(second, 0), scanText(second, 1)]).toEqual([2, 'APTB', 'menolak']);
  });

  it('tokens: scanned blocks are the regions of the text, each with its scan', () => {
    const text = 'Rina hadir.\n\nAPTB menolak.';
    const blocks = scanBlocks(text, [
      { start: 0, end: 11 },
      { start: 13, end: 26 },
    ]);
    expect(blocks.map((b) => [b.text, b.start, b.scan.length])).toEqual([
      ['Rina hadir.', 0, 3],
      ['APTB menolak.', 13, 3],
    ]);
  });

  it('tokens: a scanned block is the scan of its region cut out, whatever the characters around it', () => {
    const plain = (x: ReturnType<typeof scan>) => [x.text, x.length, [...x.starts], [...x.ends], [...x.flags]];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.nat(80), { maxLength: 8 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
        const regions = points.slice(1).map((end, k) => ({ start: points[k]!, end }));
        const blocks = scanBlocks(text, regions);
        return blocks.every((b, k) => JSON.stringify(plain(b.scan)) === JSON.stringify(plain(scan(text.slice(regions[k]!.start, regions[k]!.end)))));
      }),
    );
  });

  it('tokens: over any string, tokens are ordered, disjoint, slice back to their text and cover every non-space character', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 })), (text) => {
        const s = scan(text);
        let at = 0;
        for (let k = 0; k < s.length; k++) {
          const start = s.starts[k]!;
          const end = s.ends[k]!;
          if (start < at || end <= start || end > text.length) return false;
          if (!/^\s*$/.test(text.slice(at, start))) return false;
          if (scanText(s, k) !== text.slice(start, end)) return false;
          at = end;
        }
        return /^\s*$/.test(text.slice(at));
      }),
      { numRuns: 2000 },
    );
  });
});
