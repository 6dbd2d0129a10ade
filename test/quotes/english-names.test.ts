/** English speakers: the name (regnal titles, initials, particles, Chinese and Malay names). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null}`);

const QUOTE = '“The new clinics will stay open on every public holiday this year,” he said.';

describe('quotes (English speaker choice): a royal title between name words opens the father’s name', () => {
  it('`<place> ruler Sultan <Name> Sultan <Father>` is one person, the subject a later `he said` points back to', () => {
    const text = ['KUALA LEMBAYUNG: Kelambu ruler Sultan Faridzuan Sultan Harunzal visited three rural clinics on Saturday.', QUOTE].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Faridzuan Sultan Harunzal | ruler']);
  });

  it('`Datuk Seri <Name> Tun <Father>`: any honorific before the run opens it', () => {
    const text = ['KUALA LEMBAYUNG: Datuk Seri Zulharnain Tun Dermawi visited three rural clinics on Saturday.', QUOTE].join('\n\n');
    expect(speakers(text)).toEqual(['Zulharnain Tun Dermawi | null']);
  });

  it('must not fire: a place before the royal title (`Sultan of Kelambu Sultan X`, `Kelambu Sultan X`) is no father’s name', () => {
    for (const subject of ['The Sultan of Kelambu Sultan Faridzuan Shah', 'Kelambu Sultan Faridzuan Shah']) {
      const text = [`KUALA LEMBAYUNG: ${subject} visited three rural clinics on Saturday.`, QUOTE].join('\n\n');
      expect(speakers(text)[0]).toMatch(/^Sultan Faridzuan Shah \|/);
    }
  });
});

describe('quotes (English speaker choice): a capital `A` with its full stop is an initial, not the article', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - The regency will repave its coastal road before the rainy season, officials said on Monday.';
  const speaker = (tail: string) => {
    const q = parseArticle(`${OPENING}\n\n"The asphalt arrives next week," ${tail}`, { language: 'eng' }).quotes[0];
    return q?.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null}` : null;
  };

  it('`said A.R. Name, the …` and `said A. Name` keep the initials in the name and the title in the role', () => {
    expect(speaker('said A.R. Dermawi, the regency works director.')).toBe('A.R. Dermawi | director');
    expect(speaker('said A. Zulharnain, the regency works director.')).toBe('A. Zulharnain | director');
  });

  it('must not fire: the article `A` before a lower-case post stays an unnamed source', () => {
    expect(speaker('said A spokeswoman for the regency.')).toBe('A spokeswoman | null');
  });
});

describe('quotes (English speaker choice): `said I <Name>` opens a Balinese name, not a first-person speaker', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - The regency will repave its coastal road before the rainy season, officials said on Monday.';
  const speaker = (tail: string) => {
    const q = parseArticle(`${OPENING}\n\n"The asphalt arrives next week," ${tail}`, { language: 'eng' }).quotes[0];
    return q?.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null}` : null;
  };

  it('`said I Name Name, the …` names the person after `I`', () => {
    expect(speaker('said I Dermawi Kusumadewi, the regency works director.')).toBe('I Dermawi Kusumadewi | director');
  });

  it('must not fire: `said I.` and `said I, …` stay first-person (no one named)', () => {
    expect(speaker('said I.')).toBeNull();
    expect(speaker('said I, laughing.')).toBeNull();
  });
});

describe('quotes (English names): Dutch and German surname particles stay inside the name', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - A dredging firm began deepening the harbour channel on Monday, port officials said.';
  const speaker = (tail: string) => parseArticle(`${OPENING}\n\n"The channel will take larger ferries by March," ${tail}`, { language: 'eng' }).quotes[0]?.speaker?.name ?? null;

  it('`von` and two particles in a row (`van der`, `van den`), after the verb or before it', () => {
    expect(speaker('said Dorethea von Brennecke, the dredging firm’s site manager.')).toBe('Dorethea von Brennecke');
    expect(speaker('said Pieterke van der Kloosterwijk, the dredging firm’s site manager.')).toBe('Pieterke van der Kloosterwijk');
    expect(speaker('Ansje van den Hoevelaken said.')).toBe('Ansje van den Hoevelaken');
  });

  it('must not fire: `of the` and `and the` before a body are no particles', () => {
    expect(speaker('said Pieterke Kloosterwijk of the Harbour Dredging Institute.')).toBe('Pieterke Kloosterwijk');
  });
});

describe('quotes (English names): a given name before a Chinese surname and its given names', () => {
  const speakers = (text: string) =>
    parseArticle(text, { language: 'eng' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}`);

  const text = (name: string, short: string) =>
    `KUALA LEMBAYUNG: The plan was announced on Monday.\n\nParti Contoh Rakyat information chief ${name} said the plan came too late.\n\n“Every year we wait, the bill grows,” ${short} said.`;

  it('`Ivan Loh Kah Meng` referred to as `Loh`: the whole name, and the party as the body', () => {
    expect(speakers(text('Ivan Loh Kah Meng', 'Loh'))).toEqual(['Ivan Loh Kah Meng | information chief | Parti Contoh Rakyat']);
  });

  it('must not fire: a word before a name whose last word is long, or with an initial, is still cut when the article uses the next word alone', () => {
    expect(speakers(text('Sukamaju Ivan Lohmann', 'Ivan'))[0]).toMatch(/^Ivan Lohmann \|/u);
  });
});

const names = (text: string) =>
  parseArticle(text, { language: 'eng' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker?.name ?? null);

const OPENING = 'KUALA LEMBAYUNG: Thousands gathered at the state mosque on Friday for the opening of the new library wing.';

describe('quotes (English names): a ruler keeps his regnal title `Sultan` in his name', () => {
  it('`Sultan X ibni Almarhum Sultan Y said` then `he said`: every quote names him with the title, as written', () => {
    const text = [
      OPENING,
      'Lembayung Ruler Sultan Harun Ibni Almarhum Sultan Kamal said the wing was a gift to the people of the state.',
      '“Read, and let your children see you read,” he said in his speech.',
    ].join('\n\n');
    expect(names(text)).toEqual(['Sultan Harun Ibni Almarhum Sultan Kamal']);
  });

  it('a ruler quoted by a later short mention takes the title the first mention writes', () => {
    const text = [OPENING, 'The Sultan of Lembayung, Sultan Harun Kamal Shah, opened the wing.', '“Knowledge is the wealth of a state,” said Sultan Harun.'].join('\n\n');
    expect(names(text)).toEqual(['Sultan Harun Kamal Shah']);
  });

  it('must not fire: an honorific that is no regnal title stays out of the name (`Datuk`)', () => {
    const text = [OPENING, 'State secretary Datuk Harun Kamal said the wing cost RM3 million.', '“It was built in ten months,” he said.'].join('\n\n');
    expect(names(text)).toEqual(['Harun Kamal']);
  });

  it('must not fire: `Sultan` before another name of the article does not go to a speaker sharing only a word of it', () => {
    const text = [OPENING, 'The wing is named after Sultan Kamal, the late ruler.', 'Chief librarian Harun Kamal said the wing would open daily.', '“We open at nine,” he said.'].join('\n\n');
    expect(names(text)).toEqual(['Harun Kamal']);
  });
});

describe('quotes (English names): a one-word name written right after a regnal title in its own attribution keeps the title', () => {
  const names = (text: string) => parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker?.name ?? null}`);

  const OPENING = 'KUALA LEMBAYUNG: The state ruler spoke to the press on Friday about the new port.';

  it('`Sultan Harun had also said that …` then `he said`: both quotes name him `Sultan Harun`', () => {
    const text = [OPENING, 'In an interview, Sultan Harun had also said that the state would welcome investors.', '“We are open to all,” he said.'].join('\n\n');
    expect(names(text)).toEqual(['i Sultan Harun', 'd Sultan Harun']);
  });

  it('must not fire: a one-word name whose own attribution has no title stays as written, though a ruler of that name is named elsewhere', () => {
    const text = [OPENING, 'The port is named after Sultan Kamal, the late ruler.', '“We open at nine,” Kamal said.'].join('\n\n');
    expect(names(text)).toEqual(['d Kamal']);
  });
});

describe('quotes (English speakers): a Malay name that repeats its hereditary first word keeps it', () => {
  const speakers = (text: string, language: 'eng' | 'zlm' = 'eng') =>
    parseArticle(text, { language }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}` : null}`);

  it('`Shaikh Irfan Shaikh Kamal, 47, said …`: the first `Shaikh` is the name’s, not a word glued before it', () => {
    const text = [
      'Night market traders in Kampung Contoh say the price of cooking gas has doubled since the rainy season began.',
      'Shaikh Irfan Shaikh Kamal, 47, said he now opens his noodle stall only at weekends because weekday sales no longer cover the gas.',
      '“Customers still come, but they order one plate where they used to order two,” he added, stacking empty crates behind the stall.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Shaikh Irfan Shaikh Kamal | null | null']);
  });

  it('`… Minister Syed Amran Syed Basir said`: the name is whole and the post names its ministry', () => {
    const text = [
      'Smallholders will receive free seedlings for replanting ageing palms under a scheme starting in March.',
      '“A farm with old trees loses half its harvest, and a small family cannot wait ten years for new ones,” Plantation and Commodities Minister Syed Amran Syed Basir said on Tuesday.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Syed Amran Syed Basir | Plantation and Commodities Minister | Plantation and Commodities Ministry']);
  });

  it('Malay text too: `Menteri …, Syed Amran Syed Basir` keeps `Syed`', () => {
    const text = [
      'Pekebun kecil akan menerima anak benih percuma untuk menanam semula pokok sawit tua di bawah skim yang bermula pada Mac.',
      '“Ladang dengan pokok tua kehilangan separuh hasilnya, dan keluarga kecil tidak mampu menunggu sepuluh tahun,” kata Menteri Perladangan dan Komoditi, Syed Amran Syed Basir.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['d Syed Amran Syed Basir | Menteri Perladangan dan Komoditi | Kementerian Perladangan dan Komoditi']);
  });

  it('must not change: a first word the article also writes alone before another name is still cut (`Contoh Rina Sari Dewi`)', () => {
    const text = [
      'Sukamaju Hall hosted the regional book fair for the third year, and Sukamaju traders sold out by noon.',
      '“We printed twice as many copies as last year and still ran short,” Sukamaju Rina Sari Dewi said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['d Rina Sari Dewi | null | null']);
  });
});

/** The direct quotes of `text`, read in `language`. */
function quotes(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('English speakers: words around an English name', () => {
  it('`the Brisvane-born Quelaro` names Quelaro, not the place compound, and a later `she said` points to her', () => {
    const text = [
      'The harbour gallery opened a hall of granite figures on Sunday.',
      'The Brisvane-born Quelaro has carved stone for half her life and rarely gives interviews.',
      '“Every chip of the stone had to wait for the right light,” she said.',
    ].join('\n\n');
    expect(quotes(text, 'eng').map((q) => q.speaker?.name)).toEqual(['Quelaro']);
  });

  it('`the Brisvane-born Oskwell` takes the full name written later after `Prof Emeritus`, which is no name word', () => {
    const text = [
      '“Nobody had charted the eastern channel before,” the Brisvane-born Oskwell told ferry crews on Tuesday.',
      'The atlas is the third by Prof Emeritus Varnessa Kestrowe Oskwell, who began mapping rivers as a student.',
    ].join('\n\n');
    expect(quotes(text, 'eng').map((q) => q.speaker?.name)).toEqual(['Varnessa Kestrowe Oskwell']);
  });

  it('`said the Tovadin-based Varnessa Oskwell` keeps the full name and takes no compound as organisation', () => {
    const text = '“The ferries will run twice a day from March,” said the Tovadin-based Varnessa Oskwell.';
    const [q] = quotes(text, 'eng');
    expect(q?.speaker?.name).toBe('Varnessa Oskwell');
    expect(q?.speaker?.organisation).toBeNull();
  });

  it('a possessive after a name (`Raja Ludovar II’s family`) leaves the name without it', () => {
    const text = [
      'Crowds lined the canal to watch the barge of Raja Ludovar II’s family come in.',
      '“Thank you all for waiting in the rain,” the Raja said, smiling.',
    ].join('\n\n');
    expect(quotes(text, 'eng').map((q) => q.speaker?.name ?? null)).toEqual(['Raja Ludovar II']);
  });

  it('a hyphenated name (`Marvenna Kestrowe-Delatrio`) and a speaker written with a possessive (`Delatrio’s said`) keep their words', () => {
    const text = [
      '“The bridge reopens next week,” said Marvenna Kestrowe-Delatrio, the county engineer.',
      '“Prices will ease by spring,” Delatrio’s said in a note to clients.',
    ].join('\n\n');
    // The possessive is cut only where a name run is read in narrative; a speaker written so keeps the word whole.
    expect(quotes(text, 'eng').map((q) => q.speaker?.name ?? null)).toEqual(['Marvenna Kestrowe-Delatrio', 'Delatrio’s']);
  });
});
