/** Organisations on new text: a body named after a person's post set beside the person's name. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Each organisation's mention texts, as written. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: a body after a person’s apposed post', () => {
  it('the capitalised words after an analyst’s post, set after the analyst’s name, are the body', () => {
    expect(groups('Harga karet masih tertekan, kata Rudi Hartanto, analis Kalvera Shoji, kepada wartawan.')).toEqual([['Kalvera Shoji']]);
  });

  it('an English post the text quotes, and one word that is no word of the language', () => {
    expect(groups('Harga emas turun, kata Sinta Maharani, commodity strategist Lorvane kepada wartawan.')).toEqual([['Lorvane']]);
  });

  it('the post may say where the person works with `di`', () => {
    const text = 'Pasar masih ragu, kata Dimas Prayoga, ahli strategi pasar di Lorvane Sentosa, pada Senin.';
    expect(groups(text)).toEqual([['Lorvane Sentosa']]);
  });

  it('in English text, and with the paragraph opening on the name', () => {
    expect(groups('Oil fell, said John Carter, an analyst at Lorvane Sentosa, on Monday.', 'eng')).toEqual([['Lorvane Sentosa']]);
    expect(groups('Rudi Hartanto, ekonom Lorvane Sentosa, menilai inflasi turun.')).toEqual([['Lorvane Sentosa']]);
  });

  it('near miss: a post that names no body (`warga`), a unit head’s post, a kin word, and a place after the post', () => {
    expect(groups('Jalan itu rusak, kata Rudi Hartanto, warga Sukamaju Hilir, kepada wartawan.')).toEqual([]);
    expect(groups('Jalan itu rusak, kata Rudi Hartanto, ketua Rukun Warga, kepada wartawan.')).toEqual([]);
    expect(groups('Ia datang, kata Rina Wulandari, istri Budi Santoso, kepada wartawan.')).toEqual([]);
    expect(groups('Harga naik, kata Rina Wulandari, analis Jakarta Selatan, kepada wartawan.')).toEqual([]);
  });

  it('near miss: a post that serves a person, a village head’s, and an expert’s field', () => {
    expect(groups('Rina Wulandari, sekretaris Budi Santoso, membenarkan kabar itu.')).toEqual([]);
    expect(groups('Ia datang, kata Dimas Prakoso, manajer Raisa Andriana, kepada wartawan.')).toEqual([]);
    expect(groups('Rudi Salim, kepala Desa Sukamaju, menyambut rombongan.')).toEqual([]);
    expect(groups('Ahmad Zaki, ahli Kesehatan Masyarakat, sependapat.')).toEqual([]);
    // A common given name after the post starts a person's name.
    expect(groups('Harga naik, kata Rina Wulandari, analis Ahmad Santoso, kemarin.')).toEqual([]);
  });

  it('the region or market a post covers, with no `di`/`at` before it, is no body', () => {
    expect(groups('Stocks fell, said Marta Velez, chief economist Asia Pacific, in a note.', 'eng')).toEqual([]);
    expect(groups('Bonds rose, said Paulo Tenreiro, chief economist Europe, on Monday.', 'eng')).toEqual([]);
    expect(groups('Yields rose, said Kevin Ardan, senior analyst Fixed Income, adding that bonds fell.', 'eng')).toEqual([]);
    expect(groups('Gold rose, said Tomas Reyna, strategist Global Commodities, on Monday.', 'eng')).toEqual([]);
    expect(groups('Rates may rise, said Anna Lorim, analyst Mining Sector, on Monday.', 'eng')).toEqual([]);
    expect(groups('Harga naik, kata Paulus Chandra, analis senior Pendapatan Tetap, kepada wartawan.')).toEqual([]);
    expect(groups('Menurut Rina Wulandari, ekonom Pasar Berkembang, suku bunga naik.')).toEqual([]);
  });

  it('near miss: a body after `at`/`di`, even one named for a market, and a body no beat word names', () => {
    expect(groups('Oil fell, said John Carter, an analyst at Lorvane Markets, on Monday.', 'eng')).toEqual([['Lorvane Markets']]);
    expect(groups('Harga turun, kata Rudi Hartanto, ekonom di Lorvane Sekuritas, kepada wartawan.')).toEqual([['Lorvane Sekuritas']]);
    expect(groups('Oil fell, said John Carter, chief economist Lorvane Asia, on Monday.', 'eng')).toEqual([['Lorvane Asia']]);
  });

  it('near miss: no person named before the post, and the post’s own field before another body', () => {
    expect(groups('Menurut analis Rina Wulandari, harga naik.')).toEqual([]);
    expect(groups('Kata Rina Wulandari, peneliti Ilmu Politik di kampus itu, harga naik.')).toEqual([]);
    expect(groups('Kata Rina Wulandari, analis Pasar Modal dan obligasi, harga naik.')).toEqual([]);
  });
});
