/**
 * English speaker shapes of round 29 (issue 9): each rule with a scene where it must not fire.
 * Every person and company name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { type InventedArticle, englishSpeakers as speakers, scoreInventedArticles } from './invented-articles.js';

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

scoreInventedArticles('speaker unseen 29', ARTICLES, GAPS);

describe('speaker unseen 29: a relative clause that says which body the person heads', () => {
  it('speaker unseen 29: `said X, who heads the Z` gives Z as the organisation, the place after it left out', () => {
    expect(speakers('“Rents rose faster than wages,” said Dr Ingrid Palomares-Tan, who heads the Kestrelmoor Housing Institute at Universiti Lembayung.')).toEqual([
      ['Ingrid Palomares-Tan', null, 'Kestrelmoor Housing Institute'],
    ]);
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who chairs the Kestrelmoor Tenants Association.')[0]?.[2]).toBe('Kestrelmoor Tenants Association');
  });

  it('speaker unseen 29: `"…," X, who leads the Z, said` and a narrative `X, who heads the Z, said …` before `she said`', () => {
    expect(speakers('“Rents rose faster than wages,” Ingrid Palomares-Tan, who leads the Kestrelmoor Tenants Association, said.')).toEqual([
      ['Ingrid Palomares-Tan', null, 'Kestrelmoor Tenants Association'],
    ]);
    const text = [
      'Ingrid Palomares-Tan, who heads the Kestrelmoor Tenants Association, said the new levy would reach every flat.',
      '“Half our members already pay more than a third of their income,” she said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([['Ingrid Palomares-Tan', null, 'Kestrelmoor Tenants Association']]);
  });

  it('speaker unseen 29: a phrase of place between the body and the comma (`X, who chairs the Z in P, said`)', () => {
    expect(speakers('“Ferry fares will hold until June,” Ilsabet Vorland, who chairs the Selvedge Commuters Association in Brackenhurst, said.')).toEqual([
      ['Ilsabet Vorland', null, 'Selvedge Commuters Association'],
    ]);
    expect(speakers('“Ferry fares will hold until June,” Ilsabet Vorland, who chairs the Selvedge Commuters Association at Brackenhurst Pier, told reporters.')[0]?.[2]).toBe('Selvedge Commuters Association');
  });

  it('speaker unseen 29: a relative clause of another verb, or a body with no organisation word, names no organisation', () => {
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who runs a laundry in Kestrelmoor.')).toEqual([['Ingrid Palomares-Tan', null, null]]);
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who visited the Kestrelmoor Tenants Association.')).toEqual([['Ingrid Palomares-Tan', null, null]]);
    expect(speakers('“Rents rose faster than wages,” said Ingrid Palomares-Tan, who leads Malaysia in the rankings.')).toEqual([['Ingrid Palomares-Tan', null, null]]);
  });
});

describe('speaker unseen 29: a nationality before a title', () => {
  it('speaker unseen 29: `Malaysian Foreign Minister X`, `Thai Prime Minister X`: a nationality is no organisation, the title’s ministry is', () => {
    expect(speakers('“The border stays open,” Malaysian Foreign Minister Rafidah Kamaluddin-Osei said.')).toEqual([
      ['Rafidah Kamaluddin-Osei', 'Foreign Minister', 'Foreign Ministry'],
    ]);
    expect(speakers('“The border stays open,” said Thai Prime Minister Somchai Vorapongrit.')).toEqual([['Somchai Vorapongrit', 'Prime Minister', null]]);
  });

  it('speaker unseen 29: a body whose name opens with a nationality keeps it (`Singaporean Ferry Operators Association`)', () => {
    expect(speakers('“Fares will not rise,” said Singaporean Ferry Operators Association chairman Lim Qiao Venn.')).toEqual([
      ['Lim Qiao Venn', 'chairman', 'Singaporean Ferry Operators Association'],
    ]);
  });
});

describe('speaker unseen 29: a title opened by a capitalised field word, a name, then the body', () => {
  it('speaker unseen 29: `Fund manager X of Z Capital said` names X, with Z Capital as organisation', () => {
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

  it('speaker unseen 29: a place after `of` is no body, and a capitalised word before a name is no title without a lower-case title', () => {
    expect(speakers('“Foreign money will come back,” said Theodora Vashkevich-Lim of Kuala Lumpur.')[0]?.[2]).toBeNull();
    expect(speakers('“Foreign money will come back,” Pellucid Theodora Vashkevich-Lim said.')[0]?.[1]).toBeNull();
  });
});

describe('speaker unseen 29: an unnamed subject right before the verb that opens a quote', () => {
  const opening = 'Perpetua Lindqvist-Ramos asked about a lost suitcase on Sunday.';
  const quote = '“Nothing like that was handed in today.”';
  it('speaker unseen 29: `…, the <noun> <adverb> <verb>, "…"` is an unnamed source, not the person named before', () => {
    const text = [opening, `After an hour on hold, the dispatcher curtly told her, ${quote}`].join('\n\n');
    expect(speakers(text)).toEqual([['the dispatcher', null, null]]);
    expect(speakers([opening, `The harbour dispatcher wrote: ${quote}`].join('\n\n'))[0]?.[0]).toBe('The harbour dispatcher');
  });

  it('speaker unseen 29: an object after another verb or an appositive after a name still leaves the quote to the person named', () => {
    const object = [opening, `She pocketed the ticket and wrote: ${quote}`].join('\n\n');
    expect(speakers(object)[0]?.[0]).toBe('Perpetua Lindqvist-Ramos');
    const appositive = [opening, `Perpetua Lindqvist-Ramos, the passenger, wrote: ${quote}`].join('\n\n');
    expect(speakers(appositive)[0]?.[0]).toBe('Perpetua Lindqvist-Ramos');
  });
});
