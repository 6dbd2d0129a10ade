/** English speakers: the organisation a speaker speaks for, companies and `it said`. */
import { describe, expect, it } from 'vitest';
import { englishSpeakers as speakers } from '../support/invented-articles.js';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

describe('English speaker scenes: relative clauses and nationalities: a relative clause that says which body the person heads', () => {
  it('`said X, who heads the Z` gives Z as the organisation, the place after it left out', () => {
    expect(speakers('“Rents rose faster than wages,” said Dr Ingrid Palomares-Tan, who heads the Kestrelmoor Housing Institute at Universiti Lembayung.')).toEqual([
      ['Ingrid Palomares-Tan', null, 'Kestrelmoor Housing Institute'],
    ]);
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who chairs the Kestrelmoor Tenants Association.')[0]?.[2]).toBe('Kestrelmoor Tenants Association');
  });

  it('`"…," X, who leads the Z, said` and a narrative `X, who heads the Z, said …` before `she said`', () => {
    expect(speakers('“Rents rose faster than wages,” Ingrid Palomares-Tan, who leads the Kestrelmoor Tenants Association, said.')).toEqual([
      ['Ingrid Palomares-Tan', null, 'Kestrelmoor Tenants Association'],
    ]);
    const text = [
      'Ingrid Palomares-Tan, who heads the Kestrelmoor Tenants Association, said the new levy would reach every flat.',
      '“Half our members already pay more than a third of their income,” she said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['Ingrid Palomares-Tan', null, 'Kestrelmoor Tenants Association']]);
  });

  it('a phrase of place between the body and the comma (`X, who chairs the Z in P, said`)', () => {
    expect(speakers('“Ferry fares will hold until June,” Ilsabet Vorland, who chairs the Selvedge Commuters Association in Brackenhurst, said.')).toEqual([
      ['Ilsabet Vorland', null, 'Selvedge Commuters Association'],
    ]);
    expect(speakers('“Ferry fares will hold until June,” Ilsabet Vorland, who chairs the Selvedge Commuters Association at Brackenhurst Pier, told reporters.')[0]?.[2]).toBe('Selvedge Commuters Association');
  });

  it('a relative clause of another verb, or a body with no organisation word, names no organisation', () => {
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who runs a laundry in Kestrelmoor.')).toEqual([['Ingrid Palomares-Tan', null, null]]);
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who visited the Kestrelmoor Tenants Association.')).toEqual([['Ingrid Palomares-Tan', null, null]]);
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who leads Malaysia in the rankings.')).toEqual([['Ingrid Palomares-Tan', null, null]]);
  });
});

describe('English speaker scenes: relative clauses and nationalities: a title opened by a capitalised field word, a name, then the body', () => {
  it('`Fund manager X of Z Capital said` names X, with Z Capital as organisation', () => {
    const text = [
      'Fund manager Theodora Vashkevich-Lim of Pellucid Capital said on Monday that the index was cheap.',
      '“Foreign money will come back before the year ends,” Vashkevich-Lim said.',
    ].join('\n\n');
    const [name, , organisation] = speakers(text)[0] ?? [];
    expect([speakers(text).length, name, organisation]).toEqual([1, 'Theodora Vashkevich-Lim', 'Pellucid Capital']);
    const after = speakers('“Foreign money will come back,” said fund manager Theodora Vashkevich-Lim of Pellucid Capital.')[0];
    expect([after?.[0], after?.[2]]).toEqual(['Theodora Vashkevich-Lim', 'Pellucid Capital']);
  });

  // Gap: the role should be the title as written (`Fund manager`, `fund manager`), but warta keeps only its title word (`manager`).
  it.todo('speaker unseen 29: `Fund manager X of Z Capital said` and `said fund manager X of Z` keep the role as written');

  it('a place after `of` is no body, and a capitalised word before a name is no title without a lower-case title', () => {
    expect(speakers('“Foreign money will come back,” said Theodora Vashkevich-Lim of Kuala Lumpur.')[0]?.[2]).toBeNull();
    expect(speakers('“Foreign money will come back,” Pellucid Theodora Vashkevich-Lim said.')[0]?.[1]).toBeNull();
  });
});

describe('quotes (English titles and organisations): a body named inside or beside a post', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}`);

  const OPENING = 'KUALA LEMBAYUNG: Police have detained a man over a string of break-ins at shophouses in the town centre.';

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
});

describe('quotes (English organisations): a company as the subject speaks for itself', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

  const RATINGS = 'KUALA LEMBAYUNG: Bonds of the state water utility slipped on Wednesday as investors weighed its debt.';

  it('`"…," PT Contoh Gandaria said`: the company named with its legal form is the speaker, not nobody', () => {
    expect(speakers([RATINGS, '“Demand remains strong,” PT Contoh Gandaria said in a filing.'].join('\n\n'))).toEqual(['d PT Contoh Gandaria | PT Contoh Gandaria']);
  });

  it('`RTGX Halden said … that it would …`: a short form in capitals and one word the sentence calls `it` is the company', () => {
    const text = [RATINGS, 'RTGX Halden said in a Jan. 4 note that it had cut the utility’s outlook to negative, citing “tariffs that no longer cover the cost of pumping.”'].join('\n\n');
    expect(speakers(text)).toEqual(['d RTGX Halden | RTGX Halden']);
  });

  it('`the ratings firm RTGX Halden` … `RTGX Halden said`: the pair written after a kind noun is the company', () => {
    const text = [RATINGS, 'The ratings firm RTGX Halden lowered its view of the utility.', '“Tariffs have not kept pace with costs,” RTGX Halden said.'].join('\n\n');
    expect(speakers(text).at(-1)).toEqual('d RTGX Halden | RTGX Halden');
  });

  it('must not fire: a short form before a name the article gives whole stays a person of that body', () => {
    const text = [RATINGS, 'RTGX director Halden Pekerti said the review was routine.', '“Nothing changes for bondholders,” RTGX Halden said.'].join('\n\n');
    expect(speakers(text).at(-1)).toEqual('d Halden Pekerti | RTGX');
  });

  it('must not fire: a party named by its short form, or a post, before a one-word name is the person’s body or title', () => {
    const text = [
      'KUALA LEMBAYUNG: Thousands gathered at the stadium on Saturday night.',
      '“We will take back the coast,” PKR Rafidah said to cheers.',
      '“Rents must come down,” MP Hassan said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Rafidah | PKR', 'd Hassan | MP']);
  });

  it('`Contoh Ferries said … it said`: a company named first with its legal form, then by its name alone, has that company as organisation and name', () => {
    const text = 'KUALA LEMBAYUNG: Contoh Ferries Sdn Bhd, which runs boats to the outer islands, will no longer carry e-scooters. Contoh Ferries said riders may still bring bicycles. “Scooters left on deck have blocked the exits twice this year,” it said in a notice.';
    expect(speakers(text).filter((s) => s.startsWith('d'))).toEqual(['d Contoh Ferries Sdn Bhd | Contoh Ferries Sdn Bhd']);
  });

  it('must not fire: a speaker named like no company of the article keeps no organisation', () => {
    const text = 'KUALA LEMBAYUNG: Contoh Ferries Sdn Bhd, which runs boats to the outer islands, will no longer carry e-scooters. “Scooters left on deck have blocked the exits twice this year,” Aminah Kassim said.';
    expect(speakers(text)).toEqual(['d Aminah Kassim | null']);
  });
});

describe('quotes (English organisations): a company called without its legal form is the company the article names with it', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

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

/** The direct quotes of English `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'eng' }).quotes.filter((q) => q.kind === 'direct');
}

describe('English speakers: `it said` is an organisation', () => {
  it('`“…,” it says` is the organisation the article is about, not a festival or a brand named last', () => {
    const text = [
      'PETALING JAYA: Contoh Retail Bhd expects a slow year after its net profit fell 12%.',
      'The group writes in its yearly review that shoppers had cut back on spending.',
      'Demand rose ahead of the Lumo Vanto Festival, and its Sera bags sold well in the north.',
      '“Closing weak outlets and paying more for rent also hurt our earnings,” it says.',
    ].join('\n\n');
    const quotes = parseArticle(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes[0]!.speaker?.name).toBe('Contoh Retail Bhd');
  });

  it('a capitalised `It` after a quote opens a new sentence: the speaker stays who said it', () => {
    const text = [
      'IPOH: Contoh Retail Bhd opened its third store in the state on Monday, drawing long queues.',
      'Among the first in line was Rina Wulandari, who drove from Taiping.',
      'She said: “I have waited for this store for months.” It opened at 10am.',
    ].join('\n\n');
    const quotes = parseArticle(text).quotes.filter((q) => q.kind === 'direct');
    expect(quotes[0]!.speaker?.name).toBe('Rina Wulandari');
  });
});

const LEAD = 'The committee met in the capital on Monday to discuss new rules for traders, and the markets reacted calmly.';

/** The quotes (direct and reported) of English `text` after a lead paragraph. */
function quotes(...paragraphs: string[]): Quote[] {
  return extractQuotes([LEAD, ...paragraphs].join('\n\n'), { language: 'eng' }).quotes;
}

describe('English speakers: a quote running over paragraphs, attributed with `it said`', () => {
  it('earlier segments without a closing mark take the organisation the last segment’s `it` names', () => {
    const text = [
      LEAD,
      'Contoh Group booked fewer orders for its sofas this spring, the furniture maker reported on Tuesday.',
      '“Orders slowed sharply once the trade fairs were called off.',
      '“Hotels put their new rooms on hold until next year,” it said.',
    ].join('\n\n');
    const direct = parseArticle(text).quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(2);
    for (const q of direct) expect(q.speaker?.name).toBe('Contoh Group');
  });
});

describe('speaker fresh: an English title between the organisation and the name', () => {
  /** The direct quotes of `text`, read in `language`. */
  function direct(text: string, language: SupportedLanguage): Quote[] {
    return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
  }

  it('speaker fresh: `Org vice president of corporate communications X said` gives role and organisation', () => {
    const text =
      'Contoh Energy vice president of corporate communications Budi Santoso said the firm was checking the reports.\n\n' +
      '“We always follow the rules,” Budi said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'vice president of corporate communications', organisation: 'Contoh Energy' });
  });

  it('speaker fresh: `APTB communications chief X said` keeps the field in the role', () => {
    const text = 'APTB communications chief Rina Wulandari said the committee had issued a guideline.\n\n“We must guard ties,” said Rina.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'communications chief', organisation: 'APTB' });
  });
});
