import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations unseen: shapes read from unlabelled text', () => {
  it('organisations unseen: English names ending in a tail inside Indonesian and Malay text', () => {
    const id = mentions('Studi itu dibuat Lestari Business School bersama Rimbun Medika Hospital dan disetujui Harbour Standing Committee.');
    for (const name of ['Lestari Business School', 'Rimbun Medika Hospital', 'Harbour Standing Committee']) expect(id).toContain(name);
    const ms = mentions('Pesakit dihantar ke Seri Cahaya Hospital semalam.', 'zlm');
    expect(ms).toContain('Seri Cahaya Hospital');
    // Indonesian words before an English loan are no English name.
    expect(mentions('Harga di pasar naik, kata pedagang sekolah itu.')).toEqual([]);
  });

  it('organisations unseen: a role before a company name with a tail stays out of it', () => {
    expect(mentions('Hal itu disampaikan CEO Rimbawan Jaya Holdings dalam jumpa pers.')).toEqual(['Rimbawan Jaya Holdings']);
    expect(mentions('Menurut Direktur Sinar Laut Sekuritas, pasar akan pulih.')).toEqual(['Sinar Laut Sekuritas']);
    // A known name that starts with a role word keeps it.
    expect(mentions('Saham General Motors turun tajam.')).toEqual(['General Motors']);
  });
});
