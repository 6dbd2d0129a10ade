import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';

/** The speaker of the first direct quote of `text` (English), as name | role | organisation. */
function speakerOf(text: string): string {
  const s = extractQuotes(text, { language: 'eng' }).quotes.find((q) => q.kind === 'direct')?.speaker;
  return `${s?.name ?? '—'} | ${s?.role ?? '—'} | ${s?.organisation ?? '—'}`;
}

describe('quotes: English posts of government', () => {
  it('reads a `… Minister` title past its portfolio’s bracketed short form, and leaves the short form out of role and ministry', () => {
    const text = 'The port opened on Monday. "The boats can dock at night now," Trade and Industry (TI) Minister Lestiani Dharmaputra said.';
    expect(speakerOf(text)).toBe('Lestiani Dharmaputra | Trade and Industry Minister | Trade and Industry Ministry');
  });

  it('leaves a bracketed form before a title that names no ministry (`Bank Contoh (BC) Director`) with the organisation', () => {
    const text = '"Loans grew this quarter," Bank Wiratmaja (BW) Director Lestiani Dharmaputra said.';
    expect(speakerOf(text)).toBe('Lestiani Dharmaputra | Director | Bank Wiratmaja (BW)');
  });

  it('reads `Coordinating Minister for …` whole as the role, its coordinating ministry as the organisation', () => {
    const text = '"The rice stock lasts until June," Coordinating Minister for Rural Affairs Lestiani Dharmaputra said on Tuesday.';
    expect(speakerOf(text)).toBe('Lestiani Dharmaputra | Coordinating Minister for Rural Affairs | Coordinating Ministry for Rural Affairs');
  });

  it('reads `Minister in the X Department` as the post and the department it serves in', () => {
    const text = '"Every district library will stay open until nine," Minister in the Chief Secretary’s Department Datuk Harvind Toleman said at a briefing on Thursday.';
    expect(speakerOf(text)).toBe('Harvind Toleman | Minister | Chief Secretary’s Department');
  });

  it('does not link a post over `in` to a date or a field (`Minister in June`, `Lecturer in Economics`)', () => {
    const minister = '"We tried a night ferry once and nobody came," said Ardiman Solihin, Transport Minister in June 2019.';
    expect(speakerOf(minister)).toBe('Ardiman Solihin | Transport Minister | Transport Ministry');
    const lecturer = '"We need more buses," Senior Lecturer in Economics Yusrina Kaltaro said.';
    expect(speakerOf(lecturer)).toBe('Yusrina Kaltaro | Senior Lecturer | —');
  });

  it('still ends a title before `in` and a place (`Minister in Ipoh`)', () => {
    const text = '"The night market moves to the stadium car park," said Housing Minister Ardiman Solihin in Ipoh on Friday.';
    expect(speakerOf(text)).toBe('Ardiman Solihin | Housing Minister | Housing Ministry');
  });
});
