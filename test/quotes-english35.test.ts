import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

describe('quotes (English organisations): a company called without its legal form is the company the article names with it', () => {
  it('`Lautmas Sdn Bhd … Lautmas said …" …," it said` (a mark glued to the sentence before): the speaker is named as the article names the company', () => {
    const text = [
      'Lautmas Sdn Bhd will run two extra crossings to Pulau Contoh in the school holidays. Lautmas said the extra boats would leave from the old jetty at dawn." Tickets go on sale on Friday at the counter only," it said on its notice board.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Lautmas Sdn Bhd | Lautmas Sdn Bhd']);
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
