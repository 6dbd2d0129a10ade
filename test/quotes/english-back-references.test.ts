/** English speakers: descriptions and titles that point back to someone named before. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { type InventedArticle, englishSpeakers as speakers, scoreInventedArticles } from '../support/invented-articles.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote } from '../../src/types.js';

describe('quotes (English): a description with `the` after a paragraph where someone spoke points back to them', () => {
  /** The speaker's name of each direct quote of `paragraphs` read as an English article. */
  const speakers = (paragraphs: readonly string[]) =>
    parseArticle(paragraphs.join('\n\n'), { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker?.name ?? null);

  const OPENING = 'MERBAU: The district council will rebuild the flooded market hall before the end of the year.';

  it('`X said …` then `"…," the official added.`: a word the language uses to point back', () => {
    const text = [OPENING, 'Council secretary Hafizuddin Wiranegara said the stalls would reopen in stages.', '"Traders will move back street by street, starting in June," the official added.'];
    expect(speakers(text)).toEqual(['Hafizuddin Wiranegara']);
  });

  it('`said the 44-year-old <noun>`: an age before the noun', () => {
    const text = [OPENING, 'Salmiah Darmaputri said she had sold fish in the hall for two decades.', '"We lost a whole month of takings when the water came in," said the 44-year-old trader.'];
    expect(speakers(text)).toEqual(['Salmiah Darmaputri']);
  });

  it('`X, a <description>, said …` then `"…," the youngster said.`: a plain noun before the verb, with its article', () => {
    const text = [OPENING, 'Ferdiansyah Kusumawardhana, a school leaver who helps at his uncle’s stall, said he hoped the roof would be higher.', '"It gets far too hot inside in the afternoons," the youngster said.'];
    expect(speakers(text)).toEqual(['Ferdiansyah Kusumawardhana']);
  });

  it('must not fire: a body with `the` stays the body, and a title that speaks for a body is someone else', () => {
    const said = 'Council secretary Hafizuddin Wiranegara said the stalls would reopen in stages.';
    expect(speakers([OPENING, said, '"Tenders will open next month," the council said.'])[0]).not.toBe('Hafizuddin Wiranegara');
    expect(speakers([OPENING, said, '"Tenders will open next month," said the spokesman.'])[0]).not.toBe('Hafizuddin Wiranegara');
  });

  it('must not fire: after a paragraph where the person named only acted, a title with a body is not them', () => {
    const text = [OPENING, 'Council secretary Hafizuddin Wiranegara of the Merbau District Council visited the hall on Monday.', '"Tenders will open next month," the official added.'];
    expect(speakers(text)[0]).not.toBe('Hafizuddin Wiranegara');
  });
});

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

scoreInventedArticles('English speaker scenes: narrative and descriptions', ARTICLES, GAPS);

describe('English speaker scenes: narrative and descriptions: a narrative paragraph that introduces the next speaker', () => {
  it('`Growers’ Guild chairman X said …` before `"…," he said` gives the quote to X, not to the earlier speaker', () => {
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

  it('`X’s lawyer Y asked why …` (no speech verb) still makes Y the one who speaks next', () => {
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

  it('a title before a one-word name, or a paragraph with a quotation of its own, leaves `he said` to the earlier speaker', () => {
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

describe('English speaker scenes: narrative and descriptions: a description of someone introduced before, a calling before a name', () => {
  it('`said the welder` after `Commuter X, 41, who …` is X', () => {
    const text = [
      '“The ferry is late three days out of five,” said Tobias Qvarnlind, the chief executive of Brellow Mills.',
      'Commuter Anselm Vrekovic, 41, who crosses the strait every morning, said he had stopped counting.',
      '“I leave home an hour early now,” said the welder.',
    ].join('\n\n');
    expect(speakers(text)[1]?.[0]).toBe('Anselm Vrekovic');
  });

  it('after a paragraph about someone who speaks for a body, `said the spokesman` is nobody named', () => {
    const text = [
      'Brellow Mills chief executive Tobias Qvarnlind toured the new line on Monday.',
      '“The line will run two shifts from June,” said the spokesman.',
    ].join('\n\n');
    expect(speakers(text)[0]?.[0]).toBe('spokesman');
  });

  it('after someone introduced with no body, a title that speaks for a body (`said the spokesman`) is not that person', () => {
    const text = [
      'Tobias Qvarnlind, 60, walked the length of the new pier on Monday.',
      '“The pier will take two ferries from June,” said the spokesman.',
    ].join('\n\n');
    expect(speakers(text)[0]?.[0]).toBe('spokesman');
  });

  it('`"…," grower X, 45, told <outlet>` names X with the calling as role', () => {
    expect(speakers('“Half the pods split on the vine,” grower Anselm Vrekovic, 45, told Kestrel Weekly.')).toEqual([['Anselm Vrekovic', 'grower', null]]);
    // A plural description with a list of places is nobody.
    expect(speakers('“The road floods every year,” residents of Kampung Teluk, Taman Sari and Bukit Rendah said.')[0]?.[0] ?? null).toBeNull();
  });
});

describe('quotes (English back-reference): a chief, a deputy minister or `X said this` pointing back', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}`);

  const OPENING = 'KUALA LEMBAYUNG: Police have detained a man over a string of break-ins at shophouses in the town centre.';

  describe('quotes (English back-reference): `the police chief` points to the chief of the police named before', () => {
    it('`the chief of the Contoh Police, X, said` then `the police chief said`: that person, with the body', () => {
      const text = [
        OPENING,
        'The chief of the Lembayung Police, Assistant Commissioner Farid Zulkarnain, said the suspect was caught on camera.',
        '“He is being held for seven days,” the police chief said.',
      ].join('\n\n');
      expect(speakers(text)).toEqual(['Farid Zulkarnain | chief | Lembayung Police']);
    });

    it('`Contoh police chief X` then `the police chief said`: the same role as written', () => {
      const text = [OPENING, 'Lembayung police chief Farid Zulkarnain said the suspect was caught on camera.', '“He is being held for seven days,” the police chief said.'].join('\n\n');
      expect(speakers(text)[0]).toMatch(/^Farid Zulkarnain \| police chief/u);
    });

    it('must not fire: `the police said` is the force, no chief', () => {
      const text = [OPENING, 'Lembayung police chief Farid Zulkarnain said the suspect was caught on camera.', '“The suspect has a record,” the police said.'].join('\n\n');
      expect(speakers(text)[0]).not.toMatch(/Farid/u);
    });

    it('must not fire: a chief of another kind of body is not `the police chief`', () => {
      const text = [OPENING, 'The chief of the Lembayung Fire Department, Farid Zulkarnain, said the shop was empty.', '“He is being held for seven days,” the police chief said.'].join('\n\n');
      expect(speakers(text)[0]).not.toMatch(/Farid/u);
    });
  });

  describe('quotes (English back-reference): `X said this …` opening the paragraph after a quote-only one', () => {
    const text = (next: string) =>
      ['JAKARTA: The bill was passed on Tuesday.', 'Speaker Puan Wulandari opened the session.', '“We have waited for ten years. Now the work begins.”', next].join('\n\n');

    it('the subject of `said this`/`said so` closing its clause speaks the paragraph before', () => {
      expect(speakers(text('Wahyu Hidayat, chairman of House Commission IV, said this after the vote.'))).toEqual(['Wahyu Hidayat | chairman | House Commission IV']);
      expect(speakers(text('House Commission IV chairman Wahyu Hidayat said so at a press conference.'))).toEqual(['Wahyu Hidayat | chairman | House Commission IV']);
    });

    it('must not fire: `said this year …` opens a report; a pronoun names nobody new', () => {
      expect(speakers(text('Wahyu Hidayat said this year would be hard.'))[0]).toMatch(/^Puan Wulandari/u);
      expect(speakers(text('He said this after the vote.'))[0]).toMatch(/^Puan Wulandari/u);
    });
  });

  describe('quotes (English back-reference): `the deputy minister` points to a deputy minister of a portfolio', () => {
    const text = (intro: string) =>
      ['JAKARTA: The ministry will build a new market in every district.', `${intro} said the markets would open next year.`, '“The traders have waited long enough,” the deputy minister said.'].join('\n\n');

    it('`Deputy Trade Minister X` then `the deputy minister said`: that person', () => {
      expect(speakers(text('Deputy Trade Minister Farid Zulkarnain'))).toEqual(['Farid Zulkarnain | Deputy Trade Minister | Trade Ministry']);
    });

    it('must not fire: `Deputy Prime Minister` leaves out no portfolio', () => {
      expect(speakers(text('Deputy Prime Minister Farid Zulkarnain'))[0]).not.toMatch(/Farid/u);
    });
  });
});

describe('quotes (English speakers): `the minister said` refers back to a holder named before it', () => {
  const names = (text: string) => parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker?.name ?? null}`);

  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

  const text = [
    'JAKARTA: The government will cut fuel subsidies next year.',
    'Energy Minister Bahar Lestari said the cut would be gradual. “We will protect the poor first,” the minister said.',
    'Finance Minister Rina Wulandari said the budget was ready for the change.',
    '“This is fair to every household,” the minister said.',
  ].join('\n\n');

  it('the minister named before the quote, not one the article names only later', () => {
    expect(names(text).filter((s) => s.startsWith('d'))[0]).toEqual('d Bahar Lestari');
  });

  it('must not fire: after a second minister is named, `the minister` is the second', () => {
    expect(names(text).filter((s) => s.startsWith('d'))[1]).toEqual('d Rina Wulandari');
  });
});

/** The direct quotes of English `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'direct');
}

describe('English speakers: a definite title refers back to its holder', () => {
  it('`the minister said` is the minister named before', () => {
    const text = [
      'Deputy Prime Minister Datuk Seri Hamdan Rosli said the government was watching prices closely.',
      'Separately, trader Lim Kok Seng said sales had been slow.',
      '“The budget will address these issues,” the minister said.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker?.name).toBe('Hamdan Rosli');
  });

  it('`The menteri besar said …` in narrative makes the next `he said` his, not the person he spoke about', () => {
    const text = [
      'SEGAMAT: Johor Menteri Besar Rahim Kassim has backed the state assembly in criticising Hamdan Rosli over his remarks on water tariffs.',
      'The menteri besar said the criticism was fair and that Hamdan should have checked the figures first.',
      '“He (Hamdan) is only trying to stir up anger,” he told reporters after opening a clinic here today.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker?.name).toBe('Rahim Kassim');
  });
});

describe('English speakers: pronouns and quotes that go on', () => {
  it('`He said early findings revealed …` makes no person named `He`', () => {
    const text = [
      'JASIN: Police have detained a man who broke into a hardware store in the town centre.',
      'State police chief Datuk Rahim Kassim said the man, 41, would be held for a week.',
      'He said early findings revealed that the man owed money to several people.',
      '"We are tracing the goods he took," he said at a press conference.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker?.name).toBe('Rahim Kassim');
  });

  it('`“…,” he said. “…”`: the second quote is the same speaker', () => {
    const text = [
      'Contoh Motors chairman Tun Dr Rahim Kassim has stressed the need to sell more cars abroad.',
      'Once again, he named shipping costs as the main obstacle for the company.',
      '“Selling abroad keeps our factories busy,” he said. “Last year, for instance, we shipped thousands of cars to Contoland.”',
    ].join('\n\n');
    const quotes = direct(text);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.speaker?.name).toBe('Rahim Kassim');
  });
});
