import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

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

describe('quotes (English titles): `the <post> of the <Body>, <Name>` keeps the body whole', () => {
  it('a body ending in a word that can be a post (`Police`) is the organisation, the post before `of` the role', () => {
    expect(speakers(`${OPENING}\n\n“We are ready,” said the chief of the Lembayung Police, Farid Zulkarnain.`)).toEqual(['Farid Zulkarnain | chief | Lembayung Police']);
    expect(speakers(`${OPENING}\n\nThe head of the Lembayung Police, Farid Zulkarnain, said: “We are ready.”`)).toEqual(['Farid Zulkarnain | head | Lembayung Police']);
  });

  it('a written-out rank before the name is no part of it (`Senior Commissioner X`)', () => {
    expect(speakers(`${OPENING}\n\n“We are ready,” said Senior Commissioner Farid Zulkarnain.`)[0]).toMatch(/^Farid Zulkarnain \|/u);
  });

  it('must not change: `Lembayung Police chief X` reads the body before the post', () => {
    expect(speakers(`${OPENING}\n\n“We are ready,” Lembayung Police chief Farid Zulkarnain said.`)).toEqual(['Farid Zulkarnain | chief | Lembayung Police']);
  });
});

describe('quotes (English speaker choice): a quote split by an unnamed description goes on in that voice', () => {
  it('`“…,” a police officer said. “…”` after another person spoke: both parts are the officer’s', () => {
    const text = [OPENING, 'Health director Ramlah Sulaiman said the clinic would close early.', '“There were too few patients,” she said.', '“He is being held for seven days,” a police officer said. “We expect to charge him next week.”'].join('\n\n');
    expect(speakers(text).slice(1)).toEqual(['a police officer | null | null', 'a police officer | null | null']);
  });

  it('must not change: a named speaker between the parts keeps the second part', () => {
    const text = [OPENING, '“There were too few patients,” she said. Health director Ramlah Sulaiman added that nothing would change. “We will reopen in May.”'].join('\n\n');
    expect(speakers(text)[1]).toMatch(/^Ramlah Sulaiman/u);
  });
});

describe('quotes (English titles): a minister’s portfolio of words the field list lacks stays in the title', () => {
  const said = (subject: string) => speakers(`KUALA LEMBAYUNG: The plan was announced on Monday.\n\n${subject} said the plan was ready.\n\n“We are ready,” he said.`)[0];

  it('`Environment and Forestry Minister X`, `Domestic Trade Minister X`: the whole title, and the ministry it names', () => {
    expect(said('Environment and Forestry Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Environment and Forestry Minister | Environment and Forestry Ministry');
    expect(said('Domestic Trade Minister Datuk Farid Zulkarnain')).toBe('Farid Zulkarnain | Domestic Trade Minister | Domestic Trade Ministry');
  });

  it('must not fire: a place before a title that heads no ministry (`Chief Minister`, `Prime Minister`)', () => {
    expect(said('Lembayung Chief Minister Datuk Seri Farid Zulkarnain')).toBe('Farid Zulkarnain | Chief Minister | Lembayung');
    expect(said('Malaysian Prime Minister Datuk Seri Farid Zulkarnain')).toBe('Farid Zulkarnain | Prime Minister | null');
  });

  it('must not fire: a sentence opener, a company before a lower-case post', () => {
    expect(said('When Tourism Minister Farid Zulkarnain arrived, he')).toBe('Farid Zulkarnain | Tourism Minister | Tourism Ministry');
    expect(said('Lembayung Trade Bhd chief executive Farid Zulkarnain')).toBe('Farid Zulkarnain | chief executive | Lembayung Trade Bhd');
  });
});

describe('quotes (English titles): a minister’s portfolio starts after the words that set the scene', () => {
  const said = (subject: string) => speakers(`KUALA LEMBAYUNG: The plan was announced on Monday.\n\n${subject} said the plan was ready.\n\n“We are ready,” he said.`)[0];

  it('a month or weekday before the portfolio is no part of it (`In March Trade Minister X`, `Earlier Thursday Tourism Minister X`)', () => {
    expect(said('In March Trade Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Trade Minister | Trade Ministry');
    expect(said('Earlier Thursday Tourism Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Tourism Minister | Tourism Ministry');
  });

  it('near-miss: after the month, a portfolio of words the field list lacks keeps all its words', () => {
    expect(said('In March Environment and Forestry Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Environment and Forestry Minister | Environment and Forestry Ministry');
  });

  it('a word right after a preposition of place or time is where or when, no portfolio (`Speaking in Contoh Tourism Minister X`)', () => {
    expect(said('Speaking in Lembayung Tourism Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Tourism Minister | Tourism Ministry');
    expect(said('Back from Selatan Tourism Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Tourism Minister | Tourism Ministry');
  });

  it('near-miss: after another lower-case word (`with`) the whole portfolio stays; after a place, the place is cut and the portfolio stays whole', () => {
    expect(speakers('KUALA LEMBAYUNG: The plan was announced on Monday.\n\nThe plan was agreed with Environment and Forestry Minister Farid Zulkarnain, who said it was ready.\n\n“We are ready,” he said.')[0])
      .toBe('Farid Zulkarnain | Environment and Forestry Minister | Environment and Forestry Ministry');
    expect(said('Speaking in Lembayung Environment and Forestry Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Environment and Forestry Minister | Environment and Forestry Ministry');
  });

  it('near-miss: a comma ends the scene, the portfolio starts after it (`In March, Tourism Minister X`, `Speaking in Contoh, Domestic Trade Minister X`)', () => {
    expect(said('In March, Tourism Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Tourism Minister | Tourism Ministry');
    expect(said('Speaking in Lembayung, Domestic Trade Minister Farid Zulkarnain')).toBe('Farid Zulkarnain | Domestic Trade Minister | Domestic Trade Ministry');
  });
});

describe('quotes (English names): a given name before a Chinese surname and its given names', () => {
  const text = (name: string, short: string) =>
    `KUALA LEMBAYUNG: The plan was announced on Monday.\n\nParti Contoh Rakyat information chief ${name} said the plan came too late.\n\n“Every year we wait, the bill grows,” ${short} said.`;

  it('`Ivan Loh Kah Meng` referred to as `Loh`: the whole name, and the party as the body', () => {
    expect(speakers(text('Ivan Loh Kah Meng', 'Loh'))).toEqual(['Ivan Loh Kah Meng | information chief | Parti Contoh Rakyat']);
  });

  it('must not fire: a word before a name whose last word is long, or with an initial, is still cut when the article uses the next word alone', () => {
    expect(speakers(text('Sukamaju Ivan Lohmann', 'Ivan'))[0]).toMatch(/^Ivan Lohmann \|/u);
  });
});

describe('quotes (English organisations): a possessive title read where the speaker was first named', () => {
  const text = (intro: string) =>
    [
      'JAKARTA: PT Bank Lembayung Makmur Tbk booked a higher profit in the first nine months, as household lending grew.',
      `${intro}, Yohanes Sitorus Pardede, said loans to households rose 17 percent.`,
      '“People are buying homes again,” Yohanes said at a press conference.',
    ].join('\n\n');

  it('`The bank’s president director, X, said …` then `“…,” X said`: the bank the article is about', () => {
    expect(speakers(text('The bank’s president director'))).toEqual(['Yohanes Sitorus Pardede | president director | PT Bank Lembayung Makmur Tbk']);
  });

  it('must not fire: a noun the bank’s name does not hold (`The regulator’s`) names no body', () => {
    expect(speakers(text('The regulator’s chief economist'))[0]).toMatch(/\| null$/u);
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

describe('quotes (English titles): a lower-case post after the name with a field word inside it', () => {
  const said = (tail: string) => speakers(`KUALA LEMBAYUNG: Lembayung Holdings Bhd reported a loss for the year.\n\n“It was a tough year,” ${tail}.`)[0];

  it('`said X, the chief financial officer`: the whole post, not `chief`', () => {
    expect(said('said Lee Mei Ling, the chief financial officer')).toBe('Lee Mei Ling | chief financial officer | null');
  });

  it('`the company’s chief financial officer`: the owner’s possessive is no part of the post', () => {
    expect(said('said the company’s chief financial officer, Lee Mei Ling')).toBe('Lee Mei Ling | chief financial officer | Lembayung Holdings Bhd');
    expect(said('said Lee Mei Ling, the company’s chief financial officer')).toBe('Lee Mei Ling | chief financial officer | Lembayung Holdings Bhd');
    // Not a noun the company's name does not hold.
    expect(said('said Lee Mei Ling, the regulator’s chief economist')).toBe('Lee Mei Ling | chief economist | null');
  });

  it('must not change: a speech verb after the post ends it (`…, the chief, adding …`)', () => {
    expect(said('said Lee Mei Ling, the chief executive, adding that costs rose')).toMatch(/^Lee Mei Ling \| chief executive \|/u);
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

describe('quotes (English titles): `“…,” X, <Body> <post>, said` — a title opening with its body’s name between commas', () => {
  const said = (tail: string) => speakers(`JAKARTA: The bill was passed on Tuesday.\n\n“We have waited for ten years,” ${tail}.`)[0];

  it('the name, then the body’s capitalised name and the post, then the verb', () => {
    expect(said('Wahyu Hidayat, Trade Ministry spokesman, said')).toBe('Wahyu Hidayat | spokesman | Trade Ministry');
    expect(said('Wahyu Hidayat, Lembayung Energi chief executive, told reporters')).toBe('Wahyu Hidayat | chief executive | Lembayung Energi');
  });

  it('must not fire: a place between commas holds no post', () => {
    expect(said('Wahyu Hidayat, Jakarta, said') ?? '').not.toMatch(/Jakarta/u);
  });
});
