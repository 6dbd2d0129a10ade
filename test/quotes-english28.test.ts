/**
 * English speaker shapes of round 28 (issue 9): each rule with a scene where it must not fire.
 * Every person and company name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { type InventedArticle, englishSpeakers as speakers, scoreInventedArticles } from './invented-articles.js';

const ARTICLES: readonly InventedArticle[] = [
{ id: 'id-english-nickel-smelter', text: `Smelter firm delays second furnace as ore prices slide

JAKARTA (Kestrel Wire) - Nickel processor PT Arunika Logam Perkasa has postponed the start of its second furnace in Central Sulawesi to next year, citing weaker ore prices and a shortage of power.

"We will not fire up the second line until the grid connection is secured," said Hendrawan Tambunsari, the operations director of Arunika Logam, on Tuesday.

The delay means the company will produce about 40,000 tons of nickel pig iron this year, he told reporters in Jakarta.

Arunika's finance director Maretha Wulansari said the firm had enough cash to keep paying contractors through the delay.

"Our lenders have agreed to move the first repayment by six months," she said.

Yosef Darmaputra-Kin, a mining analyst at Selasar Research, said other smelters were likely to follow.

"Every new furnace on the island is competing for the same megawatts," he said.

The Energy and Mineral Resources Ministry said in a statement that new power plants for the area would be tendered in August.`,
  expect: [
    ['Hendrawan Tambunsari', 'operations director', 'Arunika Logam'],
    ['Maretha Wulansari', 'finance director', 'Arunika'],
    ['Yosef Darmaputra-Kin', 'mining analyst', 'Selasar Research'],
  ] },
{ id: 'my-english-flood-relief', text: `Flood victims in Kelantan get cash aid from Friday

KOTA BHARU: About 12,000 households hit by floods in Kelantan will receive RM1,000 each from Friday, said state welfare committee chairman Datuk Wan Rozaimi Hashim.

He said the money would be paid into bank accounts so that victims did not need to queue at district offices.

"Those without bank accounts can collect it at the nearest post office with their identity card," he told reporters after visiting a relief centre in Pasir Mas today.

Meanwhile, Malaysian Red Crescent Society Kelantan chapter chairman Tan Kok Weng said volunteers were still delivering food to villages cut off by the water.

"Boats are the only way in for at least four more days," Tan said.

Pensioner Rosmawar Idris, 67, who spent three nights at the centre, said she had lost her rice stock and two goats.

"I have never seen the water come up so fast," said the grandmother of nine.`,
  expect: [
    ['Wan Rozaimi Hashim', 'chairman', undefined],
    ['Tan Kok Weng', 'chairman', 'Malaysian Red Crescent Society'],
    ['Rosmawar Idris', undefined, undefined],
  ] },
{ id: 'my-english-budget-airline', text: `Budget carrier adds four routes to Indochina

SEPANG: Low-cost airline Terbang Kenari will fly to Da Nang, Siem Reap, Vientiane and Luang Prabang from June, its chief executive officer, Rizal Azman Teoh, said today.

"Demand from Malaysian travellers for short holidays in the region has doubled since last year," Rizal said at the launch of the routes here.

The airline's head of commercial, Priya Anand Kumaran, said fares would start at RM89 one way.

"We will add more frequencies if the load factor stays above 85 per cent," she said.

Tourism Malaysia director-general Datuk Sri Norhayati Ikhwansyah, who was also at the launch, said the routes would help bring visitors from those countries.

"This is a two-way street," said Norhayati.`,
  expect: [
    ['Rizal Azman Teoh', 'chief executive officer', 'Terbang Kenari'],
    ['Priya Anand Kumaran', 'head of commercial', 'Terbang Kenari'],
    ['Norhayati Ikhwansyah', 'director-general', 'Tourism Malaysia'],
  ] },
];

/** Fields warta still reads wrongly, by shape (\`id#quote:field\`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'my-english-budget-airline#0:org': '`Z will …, its chief executive officer, X, said`: `its` before a title points to the sentence’s subject, which is not read as the organisation',
  'my-english-budget-airline#1:org': '`The airline’s head of commercial, X,` after `Low-cost airline Z`: a possessive description points back only to a name that holds its noun, not to a name introduced by that noun',
};

scoreInventedArticles('speaker unseen 28', ARTICLES, GAPS);

describe('speaker unseen 28: a narrative paragraph that introduces the next speaker', () => {
  it('speaker unseen 28: `Growers’ Guild chairman X said …` before `"…," he said` gives the quote to X, not to the earlier speaker', () => {
    const text = [
      '“Prices at the gate fell by a fifth,” said Tobias Qvarnlind, the chief executive of Brellow Mills.',
      'Pepper Growers’ Guild chairman Anselm Vrekovic said the cut would hurt smallholders first.',
      '“Most of our members sell to one mill only,” he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['Tobias Qvarnlind', 'chief executive', 'Brellow Mills'],
      ['Anselm Vrekovic', 'chairman', 'Pepper Growers’ Guild'],
    ]);
  });

  it('speaker unseen 28: `X’s lawyer Y asked why …` (no speech verb) still makes Y the one who speaks next', () => {
    const text = [
      '“I will answer every question in court,” said Tobias Qvarnlind.',
      'Qvarnlind’s lawyer Mirela Oststrand asked why the hearing had been moved twice.',
      '“My client has waited four months for this day,” she said.',
    ].join('\n\n');
    // The owner is a person the article named (a client), not the lawyer's organisation.
    expect(speakers(text)).toEqual([
      ['Tobias Qvarnlind', null, null],
      ['Mirela Oststrand', 'lawyer', null],
    ]);
  });

  it('speaker unseen 28: a title before a one-word name, or a paragraph with a quotation of its own, leaves `he said` to the earlier speaker', () => {
    const oneWord = [
      '“Prices at the gate fell by a fifth,” said Tobias Qvarnlind, the chief executive of Brellow Mills.',
      'Guild chairman Vrekovic visited three farms on Friday.',
      '“Most of our suppliers sell to us only,” he said.',
    ].join('\n\n');
    expect(speakers(oneWord).map((s) => s[0])).toEqual(['Tobias Qvarnlind', 'Tobias Qvarnlind']);
    const quoted = [
      '“Prices at the gate fell by a fifth,” said Tobias Qvarnlind, the chief executive of Brellow Mills.',
      'Guild chairman Anselm Vrekovic called the cut a ‘slow squeeze’ on farmers.',
      '“Most of our suppliers sell to us only,” he said.',
    ].join('\n\n');
    expect(speakers(quoted)[1]?.[0]).toBe('Tobias Qvarnlind');
  });
});

describe('speaker unseen 28: a description of someone introduced before, a calling before a name', () => {
  it('speaker unseen 28: `said the welder` after `Commuter X, 41, who …` is X', () => {
    const text = [
      '“The ferry is late three days out of five,” said Tobias Qvarnlind, the chief executive of Brellow Mills.',
      'Commuter Anselm Vrekovic, 41, who crosses the strait every morning, said he had stopped counting.',
      '“I leave home an hour early now,” said the welder.',
    ].join('\n\n');
    expect(speakers(text)[1]?.[0]).toBe('Anselm Vrekovic');
  });

  it('speaker unseen 28: after a paragraph about someone who speaks for a body, `said the spokesman` is nobody named', () => {
    const text = [
      'Brellow Mills chief executive Tobias Qvarnlind toured the new line on Monday.',
      '“The line will run two shifts from June,” said the spokesman.',
    ].join('\n\n');
    expect(speakers(text)[0]?.[0]).toBe('spokesman');
  });

  it('speaker unseen 28: after someone introduced with no body, a title that speaks for a body (`said the spokesman`) is not that person', () => {
    const text = [
      'Tobias Qvarnlind, 60, walked the length of the new pier on Monday.',
      '“The pier will take two ferries from June,” said the spokesman.',
    ].join('\n\n');
    expect(speakers(text)[0]?.[0]).toBe('spokesman');
  });

  it('speaker unseen 28: `"…," grower X, 45, told <outlet>` names X with the calling as role', () => {
    expect(speakers('“Half the pods split on the vine,” grower Anselm Vrekovic, 45, told Kestrel Weekly.')).toEqual([['Anselm Vrekovic', 'grower', null]]);
    // A plural description with a list of places is nobody.
    expect(speakers('“The road floods every year,” residents of Kampung Teluk, Taman Sari and Bukit Rendah said.')[0]?.[0] ?? null).toBeNull();
  });
});

describe('speaker unseen 28: `According to X, …, "…"`', () => {
  it('speaker unseen 28: a quote after `According to X, a spokesman for Z,` is X’s, with Z as organisation', () => {
    expect(speakers('According to Mirela Oststrand, a spokesman for the Fisheries and Marine Parks Department, “no licence will be renewed before May”.')).toEqual([
      ['Mirela Oststrand', 'spokesman', 'Fisheries and Marine Parks Department'],
    ]);
  });

  it('speaker unseen 28: `According to him, "…"` names nobody new (no speaker called `him`)', () => {
    const text = ['“We were told nothing,” said Mirela Oststrand.', 'According to him, “no licence will be renewed before May”.'].join('\n\n');
    expect(speakers(text).map((s) => s[0])).not.toContain('him');
  });
});

describe('speaker unseen 28: a numbered post', () => {
  it('speaker unseen 28: `Z Deputy President 2 X said` keeps the number with the post and Z as organisation', () => {
    expect(speakers('“Every school must teach it,” Brellow Teachers Union Deputy President 2 Anselm Vrekovic said.')).toEqual([
      ['Anselm Vrekovic', 'Deputy President 2', 'Brellow Teachers Union'],
    ]);
  });

  it('speaker unseen 28: a number that is not the end of the title stays out of the post', () => {
    expect(speakers('“Every school must teach it,” Brellow Teachers Union Deputy President Anselm Vrekovic said.')).toEqual([
      ['Anselm Vrekovic', 'Deputy President', 'Brellow Teachers Union'],
    ]);
  });
});

describe('speaker unseen 28: a paragraph subject that runs to the paragraph end', () => {
  it('speaker unseen 28: capitalised words alone on a line (an outlet name, a place) before a quote crash no stage', () => {
    for (const line of ['KABARPASAR', 'Dinas Pasar', 'TIRTANIA POST']) {
      const article = parseArticle(`Harga cabai naik lagi\n\n${line}\n\n“Kami sudah siapkan stok,” katanya.`);
      expect(article.warnings, line).toEqual([]);
      expect(article.quotes.filter((q) => q.kind === 'direct'), line).toHaveLength(1);
    }
  });
});
