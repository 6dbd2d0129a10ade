/**
 * English speakers (issue 9): shapes of English news from Indonesian and Malaysian outlets, with invented people
 * and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import { parseArticle } from '../src/index.js';
import type { Quote } from '../src/types.js';

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

describe('English speakers: `according to` after a quote', () => {
  it('`"…," according to X` names the speaker, but `according to the data` is no speaker', () => {
    const quotes = direct('Ports reopened on Monday.\n\n“Traders will benefit in the long run,” according to Bank Contoh chief economist Dedi Kurniawan.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Dedi Kurniawan', role: 'chief economist', organisation: 'Bank Contoh' });
    const facts = direct('Ports reopened on Monday.\n\n“Traders will benefit in the long run,” according to the data released on Monday.');
    expect(facts[0]?.speaker ?? null).toBeNull();
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
