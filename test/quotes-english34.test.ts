import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const names = (text: string) => parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker?.name ?? null}`);

const OPENING = 'KUALA LEMBAYUNG: The state ruler spoke to the press on Friday about the new port.';

describe('quotes (English names): a one-word name written right after a regnal title in its own attribution keeps the title', () => {
  it('`Sultan Harun had also said that …` then `he said`: both quotes name him `Sultan Harun`', () => {
    const text = [OPENING, 'In an interview, Sultan Harun had also said that the state would welcome investors.', '“We are open to all,” he said.'].join('\n\n');
    expect(names(text)).toEqual(['i Sultan Harun', 'd Sultan Harun']);
  });

  it('must not fire: a one-word name whose own attribution has no title stays as written, though a ruler of that name is named elsewhere', () => {
    const text = [OPENING, 'The port is named after Sultan Kamal, the late ruler.', '“We open at nine,” Kamal said.'].join('\n\n');
    expect(names(text)).toEqual(['d Kamal']);
  });
});

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.kind[0]} ${q.speaker ? `${q.speaker.name} | ${q.speaker.organisation ?? null}` : null}`);

const RATINGS = 'KUALA LEMBAYUNG: Bonds of the state water utility slipped on Wednesday as investors weighed its debt.';

describe('quotes (English organisations): a company as the subject speaks for itself', () => {
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

describe('quotes (English speakers): `the minister said` refers back to a holder named before it', () => {
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

describe('quotes (Indonesian speakers): a sentence after a quote that reports a clause of its own does not take the quote', () => {
  it('must not fire: `mengatakan pada Senin ia akan …` after a continued quote leaves it to the speaker before', () => {
    const text = [
      'JAKARTA - Pemerintah akan memangkas subsidi BBM tahun depan.',
      '"Pasar akan menyesuaikan," kata Menteri Energi Bahar Lestari. "Harga akan mengikuti pasar." Ketua Fraksi Contoh Dewi Anggraini mengatakan pada Senin ia akan menolak rencana itu.',
    ].join('\n\n');
    const said = parseArticle(text, { language: 'ind' }).quotes.map((q) => q.speaker?.name ?? null);
    expect(said).toEqual(['Bahar Lestari', 'Bahar Lestari']);
  });
});
