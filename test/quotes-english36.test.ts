import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const speakers = (text: string, language: 'eng' | 'zlm' = 'eng') =>
  parseArticle(text, { language }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}` : null}`);

describe('quotes (English speakers): a Malay name that repeats its hereditary first word keeps it', () => {
  it('`Shaikh Irfan Shaikh Kamal, 47, said …`: the first `Shaikh` is the name’s, not a word glued before it', () => {
    const text = [
      'Night market traders in Kampung Contoh say the price of cooking gas has doubled since the rainy season began.',
      'Shaikh Irfan Shaikh Kamal, 47, said he now opens his noodle stall only at weekends because weekday sales no longer cover the gas.',
      '“Customers still come, but they order one plate where they used to order two,” he added, stacking empty crates behind the stall.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Shaikh Irfan Shaikh Kamal | null | null']);
  });

  it('`… Minister Syed Amran Syed Basir said`: the name is whole and the post names its ministry', () => {
    const text = [
      'Smallholders will receive free seedlings for replanting ageing palms under a scheme starting in March.',
      '“A farm with old trees loses half its harvest, and a small family cannot wait ten years for new ones,” Plantation and Commodities Minister Syed Amran Syed Basir said on Tuesday.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Syed Amran Syed Basir | Plantation and Commodities Minister | Plantation and Commodities Ministry']);
  });

  it('Malay text too: `Menteri …, Syed Amran Syed Basir` keeps `Syed`', () => {
    const text = [
      'Pekebun kecil akan menerima anak benih percuma untuk menanam semula pokok sawit tua di bawah skim yang bermula pada Mac.',
      '“Ladang dengan pokok tua kehilangan separuh hasilnya, dan keluarga kecil tidak mampu menunggu sepuluh tahun,” kata Menteri Perladangan dan Komoditi, Syed Amran Syed Basir.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['d Syed Amran Syed Basir | Menteri Perladangan dan Komoditi | Kementerian Perladangan dan Komoditi']);
  });

  it('must not change: a first word the article also writes alone before another name is still cut (`Contoh Rina Sari Dewi`)', () => {
    const text = [
      'Sukamaju Hall hosted the regional book fair for the third year, and Sukamaju traders sold out by noon.',
      '“We printed twice as many copies as last year and still ran short,” Sukamaju Rina Sari Dewi said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Rina Sari Dewi | null | null']);
  });
});
