/** English speakers: which person a quote is given to (openers, `according to`, verbs). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { type InventedArticle, englishSpeakers as speakers, scoreInventedArticles } from '../support/invented-articles.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote } from '../../src/types.js';

describe('English speaker scenes: narrative and descriptions: `According to X, …, "…"`', () => {
  it('a quote after `According to X, a spokesman for Z,` is X’s, with Z as organisation', () => {
    expect(speakers('According to Mirela Oststrand, a spokesman for the Fisheries and Marine Parks Department, “no licence will be renewed before May”.')).toEqual([
      ['Mirela Oststrand', 'spokesman', 'Fisheries and Marine Parks Department'],
    ]);
  });

  it('`According to him, "…"` names nobody new (no speaker called `him`)', () => {
    const text = ['“We were told nothing,” said Mirela Oststrand.', 'According to him, “no licence will be renewed before May”.'].join('\n\n');
    expect(speakers(text).map((s) => s[0])).not.toContain('him');
  });
});

describe('English speaker scenes: narrative and descriptions: a paragraph subject that runs to the paragraph end', () => {
  it('capitalised words alone on a line (an outlet name, a place) before a quote crash no stage', () => {
    for (const line of ['KABARPASAR', 'Dinas Pasar', 'TIRTANIA POST']) {
      const article = parseArticle(`Harga cabai naik lagi\n\n${line}\n\n“Kami sudah siapkan stok,” katanya.`);
      expect(article.warnings, line).toEqual([]);
      expect(article.quotes.filter((q) => q.kind === 'direct'), line).toHaveLength(1);
    }
  });
});

/** Two articles in the formats of Philippine and Singapore English-language outlets; expected values written before warta was run. */
const ARTICLES: readonly InventedArticle[] = [
{ id: 'ph-english-rice-tariff', text: `Farm groups slam rice tariff cut

MANILA, Philippines — Farmers' groups on Tuesday criticized the government's plan to cut the tariff on imported rice to 10 percent, saying it would push down palay prices at the height of the harvest.

"The cut will only help traders who already control the supply," said Erlinda Macaraeg-Sison, who heads the Samahan ng Magsasakang Pilipino Federation, in a statement.

She said members in Nueva Ecija were being offered as little as P14 per kilo of fresh palay.

Agriculture Undersecretary Renato Villacrusis defended the plan, saying it would bring retail prices down by at least P5 per kilo.

"We have to think of the consumers, who make up most of the population," Villacrusis told reporters in Quezon City.

Economist Jomar Baltazar-Uy of the Lakbay Policy Institute said the tariff cut alone would not lower prices if port fees stayed high.

"Tariffs are only one part of the landed cost," he said.`,
  expect: [
    ['Erlinda Macaraeg-Sison', undefined, 'Samahan ng Magsasakang Pilipino Federation'],
    ['Renato Villacrusis', 'Undersecretary', undefined],
    ['Jomar Baltazar-Uy', 'Economist', 'Lakbay Policy Institute'],
  ] },
{ id: 'sg-english-hawker-centre', text: `New hawker centre in Tengah to open with 40 stalls

SINGAPORE – A new hawker centre in Tengah will open in the second half of the year with 40 cooked food stalls, the National Environment Agency (NEA) said on Monday.

Stallholders will pay a monthly rent of between $1,200 and $2,500, depending on the size and location of the stall.

"We want to keep meals at the new centre affordable for residents," said NEA's director of hawker centres, Ms Odelia Ong Pei Wen.

Mr Bartholomew Seah, 58, who has sold fishball noodles in Jurong for 30 years, said he had applied for a stall.

"My customers have moved to Tengah, so I must follow them," he said.

Property analyst Vivienne Kho of Meridale Realty said the centre would make the estate more attractive to buyers of resale flats.

"Food options are one of the first things young families ask about," Ms Kho said.`,
  expect: [
    ['Odelia Ong Pei Wen', 'director of hawker centres', 'National Environment Agency'],
    ['Bartholomew Seah', null, null],
    ['Vivienne Kho', 'analyst', 'Meridale Realty'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
  'ph-english-rice-tariff#0:org': '`who heads the Samahan ng … Federation`: a body whose name holds a Filipino lower-case link (`ng`) is cut at it, and its first word alone names no body',
  'sg-english-hawker-centre#0:name': '`said NEA’s director of hawker centres, Ms X`: a capitalised owner’s possessive before a lower-case title whose field runs to the comma finds no name',
};

scoreInventedArticles('English speaker scenes: relative clauses and nationalities', ARTICLES, GAPS);

describe('English speaker scenes: relative clauses and nationalities: an unnamed subject right before the verb that opens a quote', () => {
  const opening = 'Perpetua Lindqvist-Ramos asked about a lost suitcase on Sunday.';
  const quote = '“Nothing like that was handed in today.”';
  it('`…, the <noun> <adverb> <verb>, "…"` is an unnamed source, not the person named before', () => {
    const text = [opening, `After an hour on hold, the dispatcher curtly told her, ${quote}`].join('\n\n');
    expect(speakers(text)).toEqual([['the dispatcher', null, null]]);
    expect(speakers([opening, `The harbour dispatcher wrote: ${quote}`].join('\n\n'))[0]?.[0]).toBe('The harbour dispatcher');
  });

  it('an object after another verb or an appositive after a name still leaves the quote to the person named', () => {
    const object = [opening, `She pocketed the ticket and wrote: ${quote}`].join('\n\n');
    expect(speakers(object)[0]?.[0]).toBe('Perpetua Lindqvist-Ramos');
    const appositive = [opening, `Perpetua Lindqvist-Ramos, the passenger, wrote: ${quote}`].join('\n\n');
    expect(speakers(appositive)[0]?.[0]).toBe('Perpetua Lindqvist-Ramos');
  });
});

describe('quotes (English speaker choice): a quote split by an unnamed description goes on in that voice', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}`);

  const OPENING = 'KUALA LEMBAYUNG: Police have detained a man over a string of break-ins at shophouses in the town centre.';

  it('`“…,” a police officer said. “…”` after another person spoke: both parts are the officer’s', () => {
    const text = [OPENING, 'Health director Ramlah Sulaiman said the clinic would close early.', '“There were too few patients,” she said.', '“He is being held for seven days,” a police officer said. “We expect to charge him next week.”'].join('\n\n');
    expect(speakers(text).slice(1)).toEqual(['a police officer | null | null', 'a police officer | null | null']);
  });

  it('must not change: a named speaker between the parts keeps the second part', () => {
    const text = [OPENING, '“There were too few patients,” she said. Health director Ramlah Sulaiman added that nothing would change. “We will reopen in May.”'].join('\n\n');
    expect(speakers(text)[1]).toMatch(/^Ramlah Sulaiman/u);
  });
});

describe('quotes (English speakers): a law as a speaker, and a sentence that only says who spoke', () => {
  const names = (text: string) => parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker?.name ?? null}`);

  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

  const PARKS = ['KUALA LEMBAYUNG: Rangers closed the northern gate of the reserve after a lorry was found inside at night.', 'Senior ranger Aminah Kassim said the gate had been left open by a contractor.'];

  describe('quotes (English speakers): a law quoted as the subject of a speech verb is the speaker, as written', () => {
    it('`… and Clause 3 states: "…"`, `Section 9 of the <Act> says:`, `The <Act> 2004 states:`: the law, not the person quoted before', () => {
      const text = [
        ...PARKS,
        'Permits were tightened last year and Clause 3 states: “Every permit holder shall carry the permit while inside the reserve.”',
        'Section 9 of the Contoh Parks Act says: “No vehicle shall enter a reserve after dark.”',
        'The Contoh Parks Act 2004 states: “A ranger may stop any vehicle found inside a reserve.”',
      ].join('\n\n');
      expect(speakers(text).filter((s) => s.startsWith('d'))).toEqual([
        'd Clause 3 | null',
        'd Section 9 of the Contoh Parks Act | null',
        'd Contoh Parks Act 2004 | null',
      ]);
    });

    it('must not fire: a law named inside the attribution of a person, or as the object in a described subject, leaves the speaker the rule would not name', () => {
      const text = [
        ...PARKS,
        'Citing Section 9, Aminah Kassim said: “No vehicle shall enter a reserve after dark, and that includes our own trucks.”',
        'The lawyer who drafted the Contoh Parks Act said: “We wrote it so that the reserves would be quiet at night.”',
      ].join('\n\n');
      const named = speakers(text).filter((s) => s.startsWith('d')).map((s) => s.split(' | ')[0]);
      expect(named[0]).toEqual('d Aminah Kassim');
      expect(named).toHaveLength(2);
      expect(named.some((s) => s?.includes('Act'))).toBe(false);
    });

    it('must not fire: a name whose law head is followed by an organisation’s head (`the Contoh Consumer Act Coalition`) stays an organisation', () => {
      const text = [...PARKS, '“Refunds should take days, not months,” said the Contoh Consumer Act Coalition.'].join('\n\n');
      expect(speakers(text).at(-1)).toEqual('d Contoh Consumer Act Coalition | Contoh Consumer Act Coalition');
    });
  });

  describe('quotes (English speakers): a sentence after a quote closed by a full stop that only says who spoke attributes it', () => {
    const opening = ['JAKARTA: The government will cut fuel subsidies next year.', 'Energy Minister Bahar Lestari said the cut would be gradual and would spare the poorest households.'];

    it('`“….” Finance Minister X said this at a briefing.` and `“….” X told Contoh Post.`: the person named after the quote', () => {
      const text = [
        ...opening,
        '“We are ready for the change and the budget allows it.” Finance Minister Rina Wulandari said this at a briefing on Tuesday.',
        '“Exporters will not pay more for their fuel this year.” Trade Minister Joko Prasetyo told Contoh Post.',
      ].join('\n\n');
      expect(names(text).filter((s) => s.startsWith('d'))).toEqual(['d Rina Wulandari', 'd Joko Prasetyo']);
    });

    it('must not fire: a sentence reporting something new after the quote leaves the quote to the speaker before', () => {
      const text = [
        ...opening,
        '“Markets will adjust within a few weeks,” Bahar said. “Prices will follow the market after that.” Central bank governor Dewi Anggraini said the rupiah was stable.',
        '“Fuel queues will be short by the end of the month.” Drivers at the depot complained.',
      ].join('\n\n');
      expect(names(text).filter((s) => s.startsWith('d')).slice(0, 2)).toEqual(['d Bahar Lestari', 'd Bahar Lestari']);
      expect(names(text).filter((s) => s.startsWith('d')).some((s) => s.includes('Drivers'))).toBe(false);
    });

    it('must not fire: a time or place after the verb, then a clause of its own (`said on Monday she would …`), reports something new', () => {
      const text = [
        ...opening,
        '“Markets will adjust within a few weeks,” Bahar said. “Prices will follow the market after that.” Opposition leader Dewi Anggraini said on Monday she would fight the plan.',
        '“The poorest will pay first.” Trade unionist Joko Prasetyo said in Surabaya his members would strike.',
      ].join('\n\n');
      const said = names(text).filter((s) => s.startsWith('d'));
      expect(said.slice(0, 2)).toEqual(['d Bahar Lestari', 'd Bahar Lestari']);
      expect(said).not.toContain('d Joko Prasetyo');
    });
  });
});

/** The direct quotes of English `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'direct');
}

describe('English speakers: auxiliaries and verbs', () => {
  it('`X has said that …` reads X with the title before the name, for a later `she told reporters`', () => {
    const text = [
      'Contoh Holdings CEO Rina Wulandari has said that the firm is studying a bid for a stake in the port.',
      '“We will decide after the audit,” she told reporters on Thursday.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'CEO', organisation: 'Contoh Holdings' });
  });

  it('`reiterated` introduces what the speaker said', () => {
    const text = 'Contoh Motors chairman Budi Santoso has reiterated that the company must export more cars.';
    const reported = extractQuotes(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'indirect');
    expect(reported[0]?.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'Contoh Motors' });
  });
});

describe('English speakers: `according to` after a quote', () => {
  it('`"…," according to X` names the speaker, but `according to the data` is no speaker', () => {
    const quotes = direct('Ports reopened on Monday.\n\n“Traders will benefit in the long run,” according to Bank Contoh chief economist Dedi Kurniawan.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'chief economist', organisation: 'Bank Contoh' });
    const facts = direct('Ports reopened on Monday.\n\n“Traders will benefit in the long run,” according to the data released on Monday.');
    expect(facts[0]?.speaker ?? null).toBeNull();
  });
});

const LEAD = 'The committee met in the capital on Monday to discuss new rules for traders, and the markets reacted calmly.';

/** The quotes (direct and reported) of English `text` after a lead paragraph. */
function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes([LEAD, ...paragraphs].join('\n\n'), { language: 'eng' }).quotes;
}

describe('English speakers: sentence openers', () => {
  it('`Yesterday, Hartono said …`: a day adverb opening the sentence is no speaker', () => {
    const [q, r] = quotes('Yesterday, Hartono said the port would stay shut.', 'Today, Sulastri said the night market would move to the square.');
    expect(q?.speaker?.name).toBe('Hartono');
    expect(r?.speaker?.name).toBe('Sulastri');
  });
});

describe('English speakers: `X of Y` without an article', () => {
  it('`“…,” Budi Hartono of Contoh Bank said`: `of` before a body ends the name, the body is the organisation', () => {
    const [q] = quotes('“Prices will keep rising this year,” Budi Hartono of Contoh Bank said.');
    expect(q?.speaker).toMatchObject({ name: 'Budi Hartono', organisation: 'Contoh Bank' });
  });
});

describe('English speakers: an age between commas', () => {
  it('`“…,” Budi Hartono, 45, said` names Budi Hartono', () => {
    const [q] = quotes('“Prices will keep rising this year,” Budi Hartono, 45, said.');
    expect(q?.speaker?.name).toBe('Budi Hartono');
  });
});
