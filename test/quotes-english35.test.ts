import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

describe('quotes (English organisations): a company called without its legal form is the company the article names with it', () => {
  it('`Pelangi Feri Sdn Bhd … Pelangi Feri said … “…,” it said`: the speaker is named as the article names the company', () => {
    const text = [
      'Pelangi Feri Sdn Bhd will run two extra crossings to Pulau Contoh in the school holidays. Pelangi Feri said the extra boats would leave from the old jetty. “Tickets for them go on sale on Friday at the counter only,” it said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['i Pelangi Feri Sdn Bhd | Pelangi Feri Sdn Bhd', 'd Pelangi Feri Sdn Bhd | Pelangi Feri Sdn Bhd']);
  });

  it('`KEMBANG Corp Bhd` then `Kembang Corp` speaking: the company is named by its fullest form', () => {
    const text = [
      'KEMBANG Corp Bhd will add four cargo barges to its river fleet by the end of next year.',
      '“The new barges draw less water, so they can reach the upriver jetties in the dry months,” it said on Tuesday.',
      'Kembang Corp moved timber and palm kernels along the Sungai Contoh for three decades before it listed.',
      '“We will hire forty more deckhands from the river towns,” it adds.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d KEMBANG Corp Bhd | KEMBANG Corp Bhd', 'd KEMBANG Corp Bhd | KEMBANG Corp Bhd']);
  });

  it('must not fire: a fuller name adding more than a legal form (`Kembang Corp Holdings Bhd`) leaves `Kembang Corp` as written', () => {
    const text = [
      'KEMBANG Corp Holdings Bhd will add four cargo barges to its river fleet by the end of next year.',
      '“The new barges draw less water, so they can reach the upriver jetties in the dry months,” it said on Tuesday.',
      'Kembang Corp moved timber and palm kernels along the Sungai Contoh for three decades before it listed.',
      '“We will hire forty more deckhands from the river towns,” it adds.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d KEMBANG Corp Holdings Bhd | KEMBANG Corp Holdings Bhd', 'd Kembang Corp | Kembang Corp']);
  });
});
