/**
 * Speaker shapes read on unlabelled text (issue 9, round 25), written with invented people, places and stories.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function quotes(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen 25: words around an English name', () => {
  it('speaker unseen 25: `the Brisvane-born Quelaro` names Quelaro, not the place compound, and a later `she said` points to her', () => {
    const text = [
      'The harbour gallery opened a hall of granite figures on Sunday.',
      'The Brisvane-born Quelaro has carved stone for half her life and rarely gives interviews.',
      '“Every chip of the stone had to wait for the right light,” she said.',
    ].join('\n\n');
    expect(quotes(text, 'eng').map((q) => q.speaker?.name)).toEqual(['Quelaro']);
  });

  it('speaker unseen 25: `the Brisvane-born Oskwell` takes the full name written later after `Prof Emeritus`, which is no name word', () => {
    const text = [
      '“Nobody had charted the eastern channel before,” the Brisvane-born Oskwell told ferry crews on Tuesday.',
      'The atlas is the third by Prof Emeritus Varnessa Kestrowe Oskwell, who began mapping rivers as a student.',
    ].join('\n\n');
    expect(quotes(text, 'eng').map((q) => q.speaker?.name)).toEqual(['Varnessa Kestrowe Oskwell']);
  });

  it('speaker unseen 25: `said the Tovadin-based Varnessa Oskwell` keeps the full name and takes no compound as organisation', () => {
    const text = '“The ferries will run twice a day from March,” said the Tovadin-based Varnessa Oskwell.';
    const [q] = quotes(text, 'eng');
    expect(q?.speaker?.name).toBe('Varnessa Oskwell');
    expect(q?.speaker?.organisation).toBeNull();
  });

  it('speaker unseen 25: a possessive after a name (`Raja Ludovar II’s family`) leaves the name without it', () => {
    const text = [
      'Crowds lined the canal to watch the barge of Raja Ludovar II’s family come in.',
      '“Thank you all for waiting in the rain,” the Raja said, smiling.',
    ].join('\n\n');
    expect(quotes(text, 'eng').map((q) => q.speaker?.name ?? null)).toEqual(['Raja Ludovar II']);
  });

  it('speaker unseen 25: a hyphenated name (`Marvenna Kestrowe-Delatrio`) and a speaker written with a possessive (`Delatrio’s said`) keep their words', () => {
    const text = [
      '“The bridge reopens next week,” said Marvenna Kestrowe-Delatrio, the county engineer.',
      '“Prices will ease by spring,” Delatrio’s said in a note to clients.',
    ].join('\n\n');
    // The possessive is cut only where a name run is read in narrative; a speaker written so keeps the word whole.
    expect(quotes(text, 'eng').map((q) => q.speaker?.name ?? null)).toEqual(['Marvenna Kestrowe-Delatrio', 'Delatrio’s']);
  });
});

describe('speaker unseen 25: companies are not people', () => {
  it('speaker unseen 25: a name run before `Sdn Bhd` names the company, so a later `katanya` does not point to it', () => {
    const text = [
      'Kontrak membaiki jeti nelayan dimenangi Tovadin Marvena Sdn Bhd pada awal tahun.',
      'Kerja membaiki jeti itu masih belum bermula hingga kini.',
      '“Bot kami terpaksa berlabuh jauh dari kampung,” katanya.',
    ].join('\n\n');
    expect(quotes(text, 'zlm').map((q) => q.speaker?.name ?? null)).toEqual([null]);
  });

  it('speaker unseen 25: a person named away from any legal form is still the one `katanya` points to', () => {
    const text = [
      'Kontrak membaiki jeti nelayan dimenangi Tovadin Marvena Sdn Bhd pada awal tahun.',
      'Menurut nelayan Varnessa Oskwell, kerja membaiki jeti itu masih belum bermula.',
      '“Bot kami terpaksa berlabuh jauh dari kampung,” katanya.',
    ].join('\n\n');
    expect(quotes(text, 'zlm').map((q) => q.speaker?.name ?? null)).toEqual(['Varnessa Oskwell']);
  });
});
