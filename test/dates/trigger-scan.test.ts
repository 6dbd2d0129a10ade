import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGrammar } from '../../src/dates/grammar.js';
import { DateTrigger, patternSource } from '../../src/dates/trigger.js';
import { LANGUAGES } from '../../src/lang/index.js';

/** Every trigger end from `from` on, as the pattern finds them (each search resumes where the last ended). */
function patternEnds(words: readonly string[], text: string, from = 0): number[] {
  const re = new RegExp(patternSource(words), 'gi');
  re.lastIndex = from;
  const out: number[] = [];
  while (re.test(text)) out.push(re.lastIndex);
  return out;
}

function scanEnds(trigger: DateTrigger, text: string, from = 0): number[] {
  const out: number[] = [];
  for (let end = trigger.next(text, from, text.length); end >= 0; end = trigger.next(text, end, text.length)) out.push(end);
  return out;
}

const grammars = [
  compileGrammar([LANGUAGES.ind.dates, LANGUAGES.zlm.dates]),
  compileGrammar([LANGUAGES.zlm.dates, LANGUAGES.ind.dates]),
  compileGrammar([LANGUAGES.eng.dates]),
];
const triggers = grammars.flatMap((g) => [g.trigger, g.periodTrigger, g.looseTrigger]);

/** Pieces a date trigger turns on: its words in any case, numbers, separators, word characters around them. */
function pieces(trigger: DateTrigger): fc.Arbitrary<string> {
  const word = fc
    .tuple(fc.constantFrom(...trigger.words), fc.integer({ min: 0, max: 2 }))
    .map(([w, c]) => (c === 0 ? w : c === 1 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)));
  const other = fc.constantFrom('\u2019', 'É', 'é', 'ſ', ' ', '  ', '   ', '(', ')', '/', '.', ',', ':', '-', '–', '—', "'", '’', '_', 'é', 'x', 'S', 'nya', '\n', '7', '12', '2024', '12345', '.00');
  return fc.array(fc.oneof(word, other, fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 14 }).map((parts) => parts.join(''));
}

describe('dates: the trigger scan', () => {
  it('dates: the scan finds the ends the trigger pattern finds', () => {
    for (const trigger of triggers) {
      fc.assert(
        fc.property(pieces(trigger), fc.nat(), (text, cut) => {
          const from = text.length === 0 ? 0 : cut % text.length;
          expect(scanEnds(trigger, text, from)).toEqual(patternEnds(trigger.words, text, from));
        }),
        { numRuns: 400 },
      );
    }
  });

  it('dates: triggers in an invented sentence (a bracketed date, a number before a letter), none inside a word or a long number', () => {
    const trigger = new DateTrigger(['senin', 'hari', 'kemarin lusa']);
    const text = 'Rapat (12/3) digelar Senin, kemarin  lusa, bukan hariannya; kode 123456 atau 2.500 unit, 5 km.';
    expect(scanEnds(trigger, text)).toEqual(patternEnds(trigger.words, text));
    expect(scanEnds(trigger, text).map((end) => text.slice(end - 6, end))).toEqual(['apat (', 'at (12', ' Senin', '  lusa', ' 2.500', 'nit, 5']);
    expect(trigger.next(text, 0, 3)).toBe(-1);
  });

  it('dates: letters outside ASCII compare as the pattern compares them', () => {
    const words = ['sábado', 'jum’at', 'straße'];
    const trigger = new DateTrigger(words);
    for (const text of ['El SÁBADO (3/4)', 'el sábado', 'JUM’AT, Jum’At', 'STRASSE straße STRAẞE', 'ſábado']) {
      expect(scanEnds(trigger, text)).toEqual(patternEnds(words, text));
    }
    expect(() => new DateTrigger(['’tis'])).toThrow(TypeError);
  });
});
