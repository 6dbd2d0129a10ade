import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import { parseArticle } from '../src/index.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations cited: outlets and English bodies named in Indonesian text', () => {
  it('organisations cited: the name after `diberitakan` is an outlet, not a person', () => {
    expect(mentions('Harga kopi naik, seperti diberitakan Lentera Pagi, Senin (3/2).')).toEqual(['Lentera Pagi']);
    expect(mentions('Seperti diberitakan sebelumnya, harga kopi naik.')).toEqual([]);
    // The text writes the surname alone: a person.
    expect(mentions('Harga naik, seperti diberitakan Rina Sulastri di blognya. Menurut Sulastri, stok aman.')).toEqual([]);
  });

  it('organisations cited: after bare `dikutip` one word or a brand word names an outlet, two plain words a person', () => {
    expect(mentions('Harga naik, kata Dirga seperti dikutip Lenteranet.')).toEqual(['Lenteranet']);
    expect(mentions('Harga naik, kata Dirga seperti dikutip Lentera Daily, Senin.')).toEqual(['Lentera Daily']);
    expect(mentions('Harga naik, tulis Dirga seperti dikutip Rina Sulastri dalam bukunya.')).toEqual([]);
    expect(mentions('Harga naik, kata Dirga seperti dikutip Senin (3/2).')).toEqual([]);
  });

  it('organisations cited: a newsroom that reached the speaker (`dihubungi`) or keeps records (`catatan`)', () => {
    expect(mentions('Harga naik, kata Dirga saat dihubungi KWP, Selasa.')).toEqual(['KWP']);
    expect(mentions('Dirga tidak menjawab saat dihubungi, Selasa.')).toEqual([]);
    const text =
      'Kabarnusa.com, JAKARTA — Harga beras di pasar induk naik pekan ini karena pasokan dari sentra produksi berkurang.\n\n' +
      'Kenaikan itu terasa di banyak kota, kata Tarno Wiryo saat dihubungi Kabarnusa, Selasa (3/2/2026). Ia meminta pemerintah menambah stok.';
    const found = parseArticle(text).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
    expect(found).toEqual(['Kabarnusa']);
    const records =
      'Kabarnusa.com, JAKARTA — Harga beras di pasar induk naik pekan ini karena pasokan dari sentra produksi berkurang.\n\n' +
      'Berdasarkan catatan Kabarnusa, kenaikan serupa terjadi tahun lalu. Catatan keuangan pedagang pun memburuk.';
    expect(parseArticle(records).organisations.flatMap((o) => o.mentions.map((m) => records.slice(m.start, m.end)))).toEqual(['Kabarnusa']);
  });

  it('organisations cited: an English `… Organization` in Indonesian text', () => {
    expect(mentions('Lembah Hijau Tourism Organization menyiapkan promosi.')).toEqual(['Lembah Hijau Tourism Organization']);
    // Indonesian puts its own word first, and a lower-case borrowing names nothing.
    expect(mentions('Lembah Hijau Tourism Organisasi menyiapkan promosi.')).toEqual([]);
    expect(mentions('Kelompok itu bukan organization resmi.')).toEqual([]);
  });
});
