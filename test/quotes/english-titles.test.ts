/** English speakers: titles and posts (portfolios, ranks, lower-case posts, places in titles). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { englishSpeakers as speakers } from '../support/invented-articles.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

describe('English speaker scenes: narrative and descriptions: a numbered post', () => {
  it('`Z Deputy President 2 X said` keeps the number with the post and Z as organisation', () => {
    expect(speakers('“Every school must teach it,” Brellow Teachers Union Deputy President 2 Anselm Vrekovic said.')).toEqual([
      ['Anselm Vrekovic', 'Deputy President 2', 'Brellow Teachers Union'],
    ]);
  });

  it('a number that is not the end of the title stays out of the post', () => {
    expect(speakers('“Every school must teach it,” Brellow Teachers Union Deputy President Anselm Vrekovic said.')).toEqual([
      ['Anselm Vrekovic', 'Deputy President', 'Brellow Teachers Union'],
    ]);
  });
});

describe('English speaker scenes: relative clauses and nationalities: a nationality before a title', () => {
  it('`Malaysian Foreign Minister X`, `Thai Prime Minister X`: a nationality is no organisation, the title’s ministry is', () => {
    expect(speakers('“The border stays open,” Malaysian Foreign Minister Rafidah Kamaluddin-Osei said.')).toEqual([
      ['Rafidah Kamaluddin-Osei', 'Foreign Minister', 'Foreign Ministry'],
    ]);
    expect(speakers('“The border stays open,” said Thai Prime Minister Somchai Vorapongrit.')).toEqual([['Somchai Vorapongrit', 'Prime Minister', null]]);
  });

  it('a body whose name opens with a nationality keeps it (`Singaporean Ferry Operators Association`)', () => {
    expect(speakers('“Fares will not rise,” said Singaporean Ferry Operators Association chairman Lim Qiao Venn.')).toEqual([
      ['Lim Qiao Venn', 'chairman', 'Singaporean Ferry Operators Association'],
    ]);
  });
});

describe('quotes (English roles): field words before a title word stay in the post a later short name or pronoun takes', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - The regency will repave its coastal road before the rainy season, officials said on Monday.';
  const speaker = (intro: string, tail: string) => {
    const q = parseArticle(`${OPENING}\n\n${intro} inspected the coastal road on Sunday.\n\n"The asphalt arrives next week," ${tail}`, { language: 'eng' }).quotes[0];
    return q?.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}` : null;
  };

  it('`Public Works Minister X inspected …` then `X said`: the role and the ministry keep the field', () => {
    expect(speaker('Public Works Minister Wiratama Sukardi', 'Wiratama said.')).toBe('Wiratama Sukardi | Public Works Minister | Public Works Ministry');
  });

  it('two fields joined by `and` (`Public Works and Housing Minister`), then `he said`', () => {
    expect(speaker('Public Works and Housing Minister Wiratama Sukardi', 'he said.')).toBe('Wiratama Sukardi | Public Works and Housing Minister | Public Works and Housing Ministry');
  });

  it('must not fire: a nationality before the post is no field of it', () => {
    expect(speaker('Indonesian Finance Minister Wiratama Sukardi', 'Wiratama said.')).toBe('Wiratama Sukardi | Finance Minister | Finance Ministry');
  });
});

describe('quotes (English titles): a minister’s portfolio and a lower-case post after the name', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}`);

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
});

describe('quotes (English roles): a ruler\'s post written before his regnal title is his role', () => {
  const OPENING = 'KUALA LEMBAYUNG: Thousands gathered at the state mosque on Friday for the opening of the new library wing.';

  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null}`);

  it('`Sultan of <State> Sultan X` and `The Yang di-Pertuan Agong Sultan X`: the post as written', () => {
    const quote = '“Read, and let your children see you read,” he said in his speech.';
    expect(speakers([OPENING, 'Sultan of Lembayung Barat Sultan Harun Kamal Shah today opened the wing.', quote].join('\n\n'))).toEqual(['Sultan Harun Kamal Shah | Sultan of Lembayung Barat']);
    expect(speakers([OPENING, 'The Yang di-Pertuan Agong Sultan Harun Kamal Shah today opened the wing.', quote].join('\n\n'))).toEqual(['Sultan Harun Kamal Shah | Yang di-Pertuan Agong']);
  });

  it('must not fire: a post read for him already stays (`Lembayung Ruler`)', () => {
    const text = [OPENING, 'Lembayung Ruler Sultan Harun Kamal Shah said the wing was open to all.', '“Read, and let your children see you read,” he said.'].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Harun Kamal Shah | Ruler']);
  });

  it('must not fire: a sultanate named as a place before the name is no post (`in Lembayung Barat`)', () => {
    const text = [OPENING, 'Visiting Lembayung Barat, Sultan Harun Kamal Shah opened the wing.', '“Read, and let your children see you read,” he said.'].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Harun Kamal Shah | null']);
  });
});

/** The speaker of the first direct quote of `text` (English), as name | role | organisation. */
function speakerOf(text: string): string {
  const s = extractQuotes(text, { language: 'eng' }).quotes.find((q) => q.kind === 'direct')?.speaker;
  return `${s?.name ?? '—'} | ${s?.role ?? '—'} | ${s?.organisation ?? '—'}`;
}

describe('quotes: English posts of government', () => {
  it('reads a `… Minister` title past its portfolio’s bracketed short form, and leaves the short form out of role and ministry', () => {
    const text = 'The port opened on Monday. "The boats can dock at night now," Trade and Industry (TI) Minister Lestiani Dharmaputra said.';
    expect(speakerOf(text)).toBe('Lestiani Dharmaputra | Trade and Industry Minister | Trade and Industry Ministry');
  });

  it('leaves a bracketed form before a title that names no ministry (`Bank Contoh (BC) Director`) with the organisation', () => {
    const text = '"Loans grew this quarter," Bank Wiratmaja (BW) Director Lestiani Dharmaputra said.';
    expect(speakerOf(text)).toBe('Lestiani Dharmaputra | Director | Bank Wiratmaja (BW)');
  });

  it('reads `Coordinating Minister for …` whole as the role, its coordinating ministry as the organisation', () => {
    const text = '"The rice stock lasts until June," Coordinating Minister for Rural Affairs Lestiani Dharmaputra said on Tuesday.';
    expect(speakerOf(text)).toBe('Lestiani Dharmaputra | Coordinating Minister for Rural Affairs | Coordinating Ministry for Rural Affairs');
  });

  it('reads `Minister in the X Department` as the post and the department it serves in', () => {
    const text = '"Every district library will stay open until nine," Minister in the Chief Secretary’s Department Datuk Harvind Toleman said at a briefing on Thursday.';
    expect(speakerOf(text)).toBe('Harvind Toleman | Minister | Chief Secretary’s Department');
  });

  it('does not link a post over `in` to a date or a field (`Minister in June`, `Lecturer in Economics`)', () => {
    const minister = '"We tried a night ferry once and nobody came," said Ardiman Solihin, Transport Minister in June 2019.';
    expect(speakerOf(minister)).toBe('Ardiman Solihin | Transport Minister | Transport Ministry');
    const lecturer = '"We need more buses," Senior Lecturer in Economics Yusrina Kaltaro said.';
    expect(speakerOf(lecturer)).toBe('Yusrina Kaltaro | Senior Lecturer | —');
  });

  it('still ends a title before `in` and a place (`Minister in Ipoh`)', () => {
    const text = '"The night market moves to the stadium car park," said Housing Minister Ardiman Solihin in Ipoh on Friday.';
    expect(speakerOf(text)).toBe('Ardiman Solihin | Housing Minister | Housing Ministry');
  });
});

/** The direct quotes of English `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'direct');
}

describe('English speakers: long titles and initials', () => {
  it('a capitalised title of many words before the name and the verb after the quote is the speaker', () => {
    const text = '“Every village will have a clinic by next year,” Coordinating Minister for Rural Development Rudi Hartono said on Monday.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Coordinating Minister for Rural Development' });
  });

  it('an organisation’s short form in brackets inside the title before the verb (`Bank Contoh (BC) Governor X said`)', () => {
    const text = 'Markets fell on Monday.\n\n“Investors are nervous,” Bank Contoh (BC) Governor Budi Santoso said.';
    expect(direct(text)[0]?.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Governor', organisation: 'Bank Contoh (BC)' });
  });

  it('middle initials with full stops stay in the name (`Sari A.B. Wulandari`)', () => {
    const text = [
      'Indonesia and Contoland agreed to train port staff together, officials said on Monday.',
      '“Both sides will send harbour pilots on joint courses,” Foreign Minister Sari A.B. Wulandari stated on Monday.',
      '“Our harbours have much to learn from each other,” she pointed out.',
    ].join('\n\n');
    const quotes = direct(text);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(q.speaker).toMatchObject({ name: 'Sari A.B. Wulandari', role: 'Foreign Minister' });
  });
});

describe('English speakers: hyphenated and compound posts', () => {
  it('a hyphenated post (`vice-president`) is a role after the verb and before it', () => {
    const after = direct('Ports reopened on Monday.\n\n“Traders will benefit,” said Contoh Logistics vice-president Dedi Kurniawan.');
    expect(after[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'vice-president', organisation: 'Contoh Logistics' });
    const apposed = direct('Ports reopened on Monday.\n\n“Traders will benefit,” said Dedi Kurniawan, the vice-president of Contoh Logistics.');
    expect(apposed[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'vice-president', organisation: 'Contoh Logistics' });
  });

  it('`managing director` after the verb is the role, not the organisation before it', () => {
    const quotes = direct('Ports reopened on Monday.\n\n“Traders will benefit,” said Contoh Logistics managing director Dedi Kurniawan.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'managing director', organisation: 'Contoh Logistics' });
  });
});

describe('English speakers: social posts, passives, affiliations and relative clauses', () => {
  it('`X tweeted that …` and `“…,” X posted on Instagram` name X', () => {
    const reported = extractQuotes('Bambang Sutrisno tweeted that the delay was unacceptable.', { language: 'eng' }).quotes;
    expect(reported[0]?.speaker?.name).toBe('Bambang Sutrisno');
    expect(direct('Ports reopened on Monday.\n\n“The delay is unacceptable,” Bambang Sutrisno posted on Instagram.')[0]?.speaker?.name).toBe('Bambang Sutrisno');
  });

  it('`“…,” X was quoted as saying` names X', () => {
    const quotes = direct('Ports reopened on Monday.\n\n“We will keep tariffs low,” Rina Wulandari was quoted as saying by a local daily.');
    expect(quotes[0]?.speaker?.name).toBe('Rina Wulandari');
  });

  it('`an analyst with Y` gives Y as the organisation', () => {
    const quotes = direct('Ports reopened on Monday.\n\n“Traders will benefit,” said Dedi Kurniawan, an analyst with Contoh Securities.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'analyst', organisation: 'Contoh Securities' });
  });

  it('`said X, who is also chairman of Y` reads the role from the relative clause', () => {
    const quotes = direct('Ports reopened on Monday.\n\n“Traders will benefit,” said Dedi Kurniawan, who is also chairman of the Contoh Traders Association.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'chairman', organisation: 'Contoh Traders Association' });
  });
});

const LEAD = 'The committee met in the capital on Monday to discuss new rules for traders, and the markets reacted calmly.';

/** The quotes (direct and reported) of English `text` after a lead paragraph. */
function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes([LEAD, ...paragraphs].join('\n\n'), { language: 'eng' }).quotes;
}

describe('English speakers: titles with places', () => {
  it('`Central Java Deputy Governor Wahyu Adi Prasetyo said`: the place stands before the title, the word after it opens the name', () => {
    const [q] = quotes('Central Java Deputy Governor Wahyu Adi Prasetyo said the ferry fare would be cut.');
    expect(q?.speaker).toMatchObject({ name: 'Wahyu Adi Prasetyo', role: 'Deputy Governor', organisation: 'Central Java' });
  });

  it('`Ambassador to Malaysia Pierre Dubois said`: `to` links the title to its place, it ends no subject', () => {
    const [q] = quotes('Ambassador to Malaysia Pierre Dubois said the fee would rise.');
    expect(q?.speaker).toMatchObject({ name: 'Pierre Dubois', role: 'Ambassador to Malaysia' });
  });

  it('`Indonesia’s Finance Minister X`, `US President X`: a country is no organisation, the title’s ministry is', () => {
    const [a, b] = quotes('Indonesia’s Finance Minister Dedi Wijaya said the road would be open.', 'US President Joe Walker said the price would rise.');
    expect(a?.speaker).toMatchObject({ name: 'Dedi Wijaya', role: 'Finance Minister', organisation: 'Finance Ministry' });
    expect(b?.speaker).toMatchObject({ name: 'Joe Walker', role: 'President', organisation: null });
  });
});

describe('English speakers: a lower-case title after the quote', () => {
  it('`“…,” economist Budi Hartono said` names the economist, also with a body after the name', () => {
    const [q] = quotes('“Prices will keep rising this year,” economist Budi Hartono said.');
    expect(q?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'economist' });
    const [r] = quotes('“Prices will keep rising,” chief executive Budi Hartono of Contoh Bank said.');
    expect(r?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'chief executive', organisation: 'Contoh Bank' });
  });

  it('a body’s short form before a title stays the organisation (`ASEAN Secretary-General X`)', () => {
    const [q] = quotes('ASEAN Secretary-General Rina Wulandari said the treaty would be ratified soon.');
    expect(q?.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'ASEAN' });
  });
});

describe('English speakers: a title whose portfolio is a list', () => {
  it('`Contoh Trade, Crafts and Tourism Minister X said`: the list before the title is its portfolio', () => {
    const [q] = quotes('Contoh Trade, Crafts and Tourism Minister Datuk Seri Rahim Yusof said the levy on sugar would go.');
    expect(q?.speaker).toMatchObject({ name: 'Rahim Yusof', role: 'Contoh Trade, Crafts and Tourism Minister' });
    const [r] = quotes('“The clinics will open on time,” Youth, Rivers and Irrigation Minister Salmah Idris said.');
    expect(r?.speaker).toMatchObject({ name: 'Salmah Idris', role: 'Youth, Rivers and Irrigation Minister' });
  });

  it('`“…,” Coordinating Minister for Food, Shipping and Fisheries Affairs X said`: the list after the title, then the name', () => {
    const [q] = quotes('“No boat will be left idle,” Coordinating Minister for Food, Shipping and Fisheries Affairs Yudi Permana said.');
    expect(q?.speaker).toMatchObject({ name: 'Yudi Permana', role: 'Coordinating Minister for Food, Shipping and Fisheries Affairs' });
  });
});

describe('English speakers: abbreviated police ranks before the name', () => {
  it('`Sr. Comr.`, `Insp. Gen.` (Indonesian English) and `Comm` (Malaysian English) are ranks, not the end of a sentence or an organisation', () => {
    const [a] = quotes('“We will find the suspects soon,” Contoh Police spokesperson Sr. Comr. Budi Hartono said on Monday.');
    expect(a?.speaker).toMatchObject({ name: 'Budi Hartono', role: 'spokesperson', organisation: 'Contoh Police' });
    const [b] = quotes('“We will find the suspects soon,” said Contoh Police chief Insp. Gen. Agus Salim.');
    expect(b?.speaker).toMatchObject({ name: 'Agus Salim', role: 'chief' });
    const [c] = quotes('Perlis police chief Comm Datuk Faridah Osman said the two drivers would be charged on Thursday.');
    expect(c?.speaker).toMatchObject({ name: 'Faridah Osman', role: 'police chief' });
    expect(c?.speaker?.organisation).not.toBe('Comm');
  });
});

describe('speaker fresh: an English lower-case title after the name', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  it('speaker fresh: `X, head of research at Y, explained` gives the role and the organisation to the later quote', () => {
    const text =
      'Rina Wulandari, head of research at Contoh Property Indonesia, explained on Thursday that sales had fallen.\n\n' +
      '“We did not see any new launches this year,” she said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'head of research', organisation: 'Contoh Property Indonesia' });
  });

  it('speaker fresh: `"…," X, deputy head of Z at the Y, told …` names X with the title', () => {
    const text = '“Bakeries ask us for twice as many small loans as last spring,” Wening Larasati, deputy head of lending at the Contoh Bank, told shop owners in the market hall on Friday.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Wening Larasati', role: 'deputy head of lending', organisation: 'Contoh Bank' });
  });

  it('speaker fresh: `"…," X, an analyst at Y, said`', () => {
    const text = '“Prices will fall,” Rina Wulandari, an analyst at Contoh Securities, said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'analyst', organisation: 'Contoh Securities' });
  });

  it('speaker fresh: a clause between commas after the name is no title', () => {
    const text = '“Prices will fall,” Rina Wulandari, who spoke in Jakarta, said.';
    expect(direct(text, 'eng')[0]?.speaker?.role ?? null).toBeNull();
  });
});

describe('English speakers: a hyphenated `-General` post before an honorific and the name', () => {
  it('`Inspector-General of Police Tan Sri X said` gives X, not the post, as the name', () => {
    const text = 'KUALA SERAI: Inspector-General of Police Tan Sri Razali Hamdan said the probe would close soon.\n\n“We have traced every account,” he said.';
    expect(speakers(text).map(([name, role]) => [name, role])).toEqual([['Razali Hamdan', 'Inspector-General']]);
  });

  it('must stay: `Director-General of Health Datuk Dr X said` keeps its whole post', () => {
    const text = 'KUALA SERAI: Director-General of Health Datuk Dr Razali Hamdan said the clinics would reopen.\n\n“Every district is covered,” he said.';
    expect(speakers(text).map(([name, role]) => [name, role])).toEqual([['Razali Hamdan', 'Director-General of Health']]);
  });
});
