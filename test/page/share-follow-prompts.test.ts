/** Boilerplate: share and follow prompts and share-bar buttons. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts, junk } from '../support/page-lines.js';
import { outletFurnitureFixtures, labelledFurnitureFixtures } from '../support/page-fixtures.js';

const { ID_1, ID_2, MS_1, MS_2, EN_1, EN_2 } = labelledFurnitureFixtures;

describe('boilerplate: share and follow prompts of outlets the lists lacked', () => {
  it('a Malay share verb, a Malay newsletter, a copied-link notice, a follow-the-story prompt', () => {
    const cases: [string, string][] = [
      [`SUKAMAJU: ${MS_1}\n\n${MS_2}`, 'Kongsikan berita ini'],
      [`SUKAMAJU: ${MS_1}\n\n${MS_2}`, 'Langgan buletin kami'],
      [`${EN_1}\n\n${EN_2}`, 'Link copied!'],
      [`${ID_1}\n\n${ID_2}`, 'Pantau terus berita terbaru hanya di Beritacontoh'],
    ];
    for (const [story, line] of cases) expect(parseArticle(`${story}\n\n${line}`).boilerplate.map((b) => b.text)).toEqual([line]);
  });
});

describe('a share plea after a question to the reader', () => {
  const { ID_1, ID_2, ID_3, junkOf } = outletFurnitureFixtures;

  it('`Suka dengan artikel ini? Bagikan …` goes', () => {
    for (const plea of ['Suka dengan artikel ini? Bagikan ke teman-temanmu.', 'Did you like this story? Share it with your friends.']) {
      const text = `${ID_1}\n\n${ID_2}\n\n${plea}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2]);
      expect(junkOf(a)).toContainEqual(['share', plea]);
    }
  });

  it('two sentences of prose whose second opens with a share verb stay', () => {
    const prose = 'Warga menulis tentang artikel ini di grup desa. Bagikan bantuan dengan adil, pinta mereka.';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}\n\n${ID_3}`))).toContain(prose);
  });
});

describe('follow prompts naming newer platforms', () => {
  const EN_1 = 'The Contohland Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';
  const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Daniel Tan told reporters.';

  for (const line of ['Follow us on Threads', 'Ikuti kami di Threads dan LinkedIn', 'Sertai kami di Threads']) {
    it(`${JSON.stringify(line)} goes`, () => {
      const a = parseArticle(`${EN_1}\n\n${line}\n\n${EN_2}`);
      expect(a.boilerplate.map((b) => b.text)).toEqual([line]);
      expect(texts(a)).toEqual([EN_1, EN_2]);
    });
  }
});

describe("a share bar's buttons", () => {
  const EN_1 = 'The Larunda Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';
  const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Dorian Vasquel told reporters.';
  const EN_3 = 'He said the expansion would create more than a thousand jobs in the district over the next five years.';

  const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

  it('`Print` and `Email` alone on their lines go as share buttons', () => {
    const a = parseArticle(`${EN_1}\n\n${EN_2}\n\nPrint\n\nEmail\n\n${EN_3}`);
    expect(texts(a)).toEqual([EN_1, EN_2, EN_3]);
    expect(junkOf(a)).toEqual([['share', 'Print'], ['share', 'Email']]);
  });

  it('a sentence that opens with e-mail stays', () => {
    const mail = 'Email from the authority confirmed the date of the hearing to residents on Friday.';
    const a = parseArticle(`${EN_1}\n\n${mail}\n\n${EN_3}`);
    expect(texts(a)).toEqual([EN_1, mail, EN_3]);
  });
});

/**
 * Page furniture of outlet types the real sets lack, round 29 (issue 9): regional portals, TV news sites,
 * campus and press-release pages, aggregator apps, Malaysian and English-language Asian outlets. Every outlet,
 * place name of a person and sentence here is invented for these tests.
 */
describe('share buttons that each repeat the share label', () => {
  const MS_LEAD = 'Seramai 180 penduduk dipindahkan ke pusat pemindahan sementara selepas paras sungai meningkat sejak petang semalam.';
  const MS_2 = 'Pegawai daerah berkata dua buah sekolah dibuka sebagai tempat perlindungan mangsa.';

  it('`Kongsi di Facebook | Kongsi di WhatsApp` under a sentence-case headline is a share bar, not the headline under a kicker', () => {
    for (const bar of ['Kongsi di Facebook | Kongsi di WhatsApp', 'Share on X | Share on Facebook | Share on Telegram']) {
      const text = `180 penduduk dipindahkan akibat banjir\n\n${bar}\n\nKUALA TERENGGANU: ${MS_LEAD}\n\n${MS_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title?.text).toBe('180 penduduk dipindahkan akibat banjir');
      expect(junk(a)).toEqual([['share', bar]]);
      expect(a.dateline?.place).toBe('KUALA TERENGGANU');
      expect(texts(a)).toEqual([MS_LEAD, MS_2]);
    }
  });

  it('a line with a bar whose parts do not open with a share word and end with a button stays in the story', () => {
    const line = 'Pengguna Facebook di Kuantan | Pengguna WhatsApp di Temerloh';
    const text = `KUALA TERENGGANU: ${MS_LEAD}\n\n${line}\n\n${MS_2}`;
    expect(texts(parseArticle(text))).toContain(line);
  });
});
