/**
 * Generators of hostile text for the property-based tests and `npm run fuzz` (fast-check
 * arbitraries, so a failure shrinks to a small reproduction): arbitrary strings over all of
 * UTF-16, strings of the marks and words the parser reacts to, and real-shaped articles with
 * random edits (lines dropped, duplicated, joined; spaces and quotation marks changed; hostile
 * pieces inserted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { QUOTE_MARKS, UNICODE_DASHES, UNICODE_SPACES } from './adversarial.js';

/** The corpus articles (written for this repo), in file order. */
export function corpusTexts(): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Any UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Pieces the stages react to: marks, spaces, dashes, brackets, cue words, names, acronyms, markup, junk. */
const PIECES = [
  ...QUOTE_MARKS,
  ...UNICODE_SPACES,
  ...UNICODE_DASHES,
  '\n', '\n\n', '\r\n', '(', ')', '[', ']', '.', ',', ':', ';', '!', '?', '…', '/', '*', '©', '😀', '\u0301',
  ' kata ', ' ujar ', ' ujarnya', ' katanya', ' mengatakan ', 'Menurut ', ' said ', ' kata beliau', ' according to ',
  'Budi', 'Budi Santoso', 'Kepala Dinas ', 'Menteri Keuangan ', 'Presiden ', 'Kapolres ', 'Dr. ', 'H. ',
  'Badan Pusat Statistik', ' (BPS)', 'KPK', 'PT Pertamina (Persero)', 'Kementerian Luar Negeri', 'Universitas Indonesia',
  'Jakarta, KOMPAS.com - ', 'JAKARTA (ANTARA) - ', 'Denpasar (12/3/2021) – ', 'KUALA LUMPUR: ', 'Senin, 14 Maret 2022 | 09:41 WIB',
  'Baca juga: ', 'Bagikan:', 'ADVERTISEMENT', 'Editor: ', 'Foto: ', '(NP)', '(fyk/ash)', '-- BERNAMA', 'COPYRIGHT © ANTARA 2024',
  '<p>', '</p>', '<br>', '<script>', '</script>', '<!--', '-->', '&amp;', '&nbsp;', '&#8211;', '&bogus;', 'Ã³', 'â€™',
  '12/3/2024', '1.500', 'Rp 2,5 juta', '14:30 WIB', 'pukul 08.15',
];
export const piece = fc.constantFrom(...PIECES);

/** Short words to glue pieces into sentences. */
const word = fc.constantFrom('ya', 'tidak', 'kami', 'siap', 'warga', 'harga', 'naik', 'pada', 'hari', 'ini', 'yang', 'the', 'and', 'di', 'ke', 'dari');

/** Text made of the pieces the stages react to, with words and random code units between them. */
export const hostileText = fc
  .array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 3, arbitrary: word.map((w) => `${w} `) }, { weight: 1, arbitrary: codeUnit }), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** Arbitrary strings: any code points, any code units (lone surrogates), and hostile pieces. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...QUOTE_MARKS, ...UNICODE_SPACES, ...UNICODE_DASHES, 'a', 'A', '(', ')', '.'), maxLength: 300 }),
  hostileText,
);

/** One random edit of a text; positions are fractions of the text, so an edit fits any text. */
export type Edit =
  | { kind: 'drop-line' | 'duplicate-line' | 'join-lines'; at: number }
  | { kind: 'spaces'; at: number; length: number; space: string }
  | { kind: 'quotes'; at: number; length: number; mark: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number };

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop-line' as const, 'duplicate-line' as const, 'join-lines' as const), at }),
  fc.record({ kind: fc.constant('spaces' as const), at, length: fc.integer({ min: 1, max: 2000 }), space: fc.constantFrom(...UNICODE_SPACES, '  ', '') }),
  fc.record({ kind: fc.constant('quotes' as const), at, length: fc.integer({ min: 1, max: 2000 }), mark: fc.constantFrom(...QUOTE_MARKS, '') }),
  fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(piece, hostileText) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
);

const SPACE_G = / /g;
const MARK_G = /["“”«»„'‘’]/g;

/** Apply one edit. Line edits act on the line at `at`; the others on a region starting there. */
export function applyEdit(text: string, e: Edit): string {
  const i = Math.floor(e.at * (text.length + 1));
  if (e.kind === 'insert') return text.slice(0, i) + e.text + text.slice(i);
  if (e.kind === 'delete') return text.slice(0, i) + text.slice(i + e.length);
  if (e.kind === 'spaces') return text.slice(0, i) + text.slice(i, i + e.length).replace(SPACE_G, e.space) + text.slice(i + e.length);
  if (e.kind === 'quotes') return text.slice(0, i) + text.slice(i, i + e.length).replace(MARK_G, e.mark) + text.slice(i + e.length);
  const lines = text.split('\n');
  const k = Math.min(lines.length - 1, Math.floor(e.at * lines.length));
  if (e.kind === 'drop-line') lines.splice(k, 1);
  else if (e.kind === 'duplicate-line') lines.splice(k, 0, lines[k]!);
  else if (k + 1 < lines.length) lines.splice(k, 2, `${lines[k]}${lines[k + 1]}`);
  return lines.join('\n');
}

/** A corpus article (or any of `texts`) with one to eight random edits. */
export function editedArticle(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 0, max: texts.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }))
    .map(([n, edits]) => edits.reduce(applyEdit, texts[n]!));
}

const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/** An edit inside one line: it never adds or removes a line break. */
export const lineEdit: fc.Arbitrary<Edit> = edit.filter((e) => {
  if (e.kind === 'drop-line' || e.kind === 'duplicate-line' || e.kind === 'join-lines') return false;
  // No line break, and no markup (`<p>` ends a line too).
  if (e.kind === 'insert') return !LINE_BREAK.test(e.text) && !/[<&]/.test(e.text);
  if (e.kind === 'spaces') return !LINE_BREAK.test(e.space);
  return true;
});
