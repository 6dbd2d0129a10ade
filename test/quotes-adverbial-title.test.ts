/**
 * An adverbial clause before a name (`Ditemui wartawan, X mengatakan`) gives no title in any pass: neither to the
 * quote it introduces nor, through the title read from another mention of the whole name, to a later short-form
 * quote. Invented people, places and bodies.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

type Language = 'ind' | 'zlm' | 'eng';

/** Each quote's speaker as `name | role | organisation`. */
function speakers(paragraphs: readonly string[], language: Language): string[] {
  return parseArticle(paragraphs.join('\n\n'), { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : 'none'));
}

describe('an adverbial clause before the name gives no title to a later mention', () => {
  it('Indonesian `Ditemui wartawan, Name mengatakan …` then `kata Name`: no role for either quote', () => {
    const got = speakers(['SEMARANG - Harga gabah naik.', 'Ditemui wartawan, Sekar Ayuningtyas mengatakan stok gabah masih cukup.', '"Kami siap membeli," kata Sekar.'], 'ind');
    expect(got).toEqual(['Sekar Ayuningtyas | null | null', 'Sekar Ayuningtyas | null | null']);
  });

  it('Indonesian `Saat dihubungi wartawan, Name …`: the same', () => {
    const got = speakers(['SEMARANG - Harga gabah naik.', 'Saat dihubungi wartawan, Sekar Ayuningtyas mengatakan stok gabah masih cukup.', '"Kami siap membeli," kata Sekar.'], 'ind');
    expect(got).toEqual(['Sekar Ayuningtyas | null | null', 'Sekar Ayuningtyas | null | null']);
  });

  it('Malay `Ketika ditemui wartawan, Name berkata …` then `kata Name`: no role', () => {
    const got = speakers(['IPOH - Harga padi naik.', 'Ketika ditemui wartawan, Zulkifli Hamdan berkata stok padi masih mencukupi.', '"Kami bersedia membeli," kata Zulkifli.'], 'zlm');
    expect(got).toEqual(['Zulkifli Hamdan | null | null', 'Zulkifli Hamdan | null | null']);
  });

  it('English `When asked by the finance minister, Name said`: no role', () => {
    const got = speakers(['PERTH - Grain prices rose.', 'When asked by the finance minister, Colin Marsh said: "Stocks are fine."', '"We will buy more," said Colin Marsh.'], 'eng');
    expect(got).toEqual(['Colin Marsh | null | null', 'Colin Marsh | null | null']);
  });

  it('near-miss: a capitalised post with no stop word (`Wartawan senior, Name mengatakan`) keeps its role', () => {
    const got = speakers(['SEMARANG - Harga gabah naik.', 'Wartawan senior, Sekar Ayuningtyas mengatakan stok gabah masih cukup.', '"Kami siap membeli," kata Sekar.'], 'ind');
    expect(got).toEqual(['Sekar Ayuningtyas | Wartawan senior | null', 'Sekar Ayuningtyas | Wartawan senior | null']);
  });

  it('near-miss: English `As chief executive of Org, Name said` names the post (`as` links a title)', () => {
    const got = speakers(['PERTH - Grain prices rose.', 'As chief executive of Westcoast Bank, Colin Marsh said: "Stocks are fine."', '"We will buy more," said Colin Marsh.'], 'eng');
    expect(got).toEqual(['Colin Marsh | chief executive | Westcoast Bank', 'Colin Marsh | chief executive | Westcoast Bank']);
  });
});
