import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';

/** The mention texts of each organisation `extractOrganisations` finds in Indonesian `text`. */
function groups(text: string): string[][] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

// The closing word is looked for before the name's words are tested (a speed step): these pin where it may stand.
describe('organisations: how far a foreign name reaches for its English closing word', () => {
  it('organisations closer reach: up to three name words before the closer, only spaces between', () => {
    expect(groups('Kredit itu datang dari Vellmoor Tarsen Growth Bank pada awal tahun.')).toEqual([['Vellmoor Tarsen Growth Bank']]);
    // Four words before it: no name of this shape.
    expect(groups('Kredit itu datang dari Vellmoor Tarsen Quill Growth Bank pada awal tahun.')).toEqual([]);
    // A comma before the closer, or no closer at all: none either.
    expect(groups('Kredit itu datang dari Vellmoor Growth, Bank pada awal tahun.')).toEqual([]);
    expect(groups('Kredit itu datang dari Vellmoor Growth')).toEqual([]);
  });
});
