/**
 * English speaker shapes of round 27 (issue 9): single-sentence scenes, each rule with a scene where it must not fire.
 * Every person and company name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { type InventedArticle, englishSpeakers as speakers, scoreInventedArticles } from '../support/invented-articles.js';

const ARTICLES: readonly InventedArticle[] = [
{ id: 'my-portal-durian', text: `Durian growers blame hot spell for thin harvest

RAUB: Durian growers in the highlands expect their smallest harvest in a decade after weeks without rain.

"Half the fruit dropped before it was ripe," grower Zulkarnain Hafizal Ambrose, 45, told Kestrel Weekly.

Zulkarnain said he had lost more than RM30,000 since March.

"We cannot water 600 trees by hand," he said on Tuesday.

Trader Ooi Bee Leng, 52, who buys from a dozen farms, said prices at her stall had nearly doubled.

"Customers still come, but they buy one fruit instead of three," said Ooi, adding that tourists had stayed away.`,
  expect: [
    ['Zulkarnain Hafizal Ambrose', 'grower', undefined],
    ['Zulkarnain Hafizal Ambrose', undefined, undefined],
    ['Ooi Bee Leng', 'Trader', undefined],
  ] },
{ id: 'my-daily-parcel-scam', text: `Two held over fake parcel calls

SHAH ALAM: Police have detained two men believed to be behind a string of phone calls in which victims were told their parcels held illegal goods.

"Both suspects were picked up at a condominium in Setia Alam on Sunday night," a police spokesman said.

The spokesman said the pair had allegedly cheated 14 victims of about RM410,000.

Vesparia Bank, whose customers lost most of the money, said it would review its warnings.

"We will send every customer an alert before the holidays," said the bank's spokesperson, Farrah Liyana Oskar.

"No genuine officer will ever ask you to move money to a safe account," she added.`,
  expect: [
    [null, undefined, undefined],
    ['Farrah Liyana Oskar', 'spokesperson', 'Vesparia Bank'],
    ['Farrah Liyana Oskar', 'spokesperson', 'Vesparia Bank'],
  ] },
{ id: 'wire-port-listing', text: `Serindah Ports to list in third quarter

KUALA LUMPUR, June 3 (Reuters) - Serindah Ports Bhd plans to raise about RM1.5 billion in an initial public offering in the third quarter, two people familiar with the matter said.

"The market is ready for a large infrastructure listing," Rasyidah Kamil Tanaka, chief financial officer of Serindah Ports, told Reuters on Tuesday.

"We expect strong demand from local funds," she said.

Fund manager Osric Pereira-Lowe of Halvorsen Capital said on Wednesday that valuations looked stretched.

"Investors will want a discount after last year's listings," Pereira-Lowe said.`,
  expect: [
    ['Rasyidah Kamil Tanaka', 'chief financial officer', 'Serindah Ports'],
    ['Rasyidah Kamil Tanaka', 'chief financial officer', 'Serindah Ports'],
    ['Osric Pereira-Lowe', 'Fund manager', 'Halvorsen Capital'],
  ] },
];

/** Fields warta still reads wrongly, by shape (`id#quote:field`): left unscored here and listed as todo below. */
const GAPS: Readonly<Record<string, string>> = {
};

scoreInventedArticles('English speaker scenes: roles and organisations', ARTICLES, GAPS);

describe('English speaker scenes: roles and organisations: English roles and organisations', () => {
  it('`Z’s Head of Operations for <place>` speaks for Z, the place is the area the post covers', () => {
    expect(speakers('“Orders doubled in the spring,” said Tomasz Okonjo-Brill, Veltraco’s Head of Operations for Malaysia.')).toEqual([
      ['Tomasz Okonjo-Brill', 'Head of Operations', 'Veltraco'],
    ]);
  });

  it('with no body before the title, a place after `for` is still read as before', () => {
    expect(speakers('“Orders doubled in the spring,” said Tomasz Okonjo-Brill, Head of Operations for Malaysia.')).toEqual([
      ['Tomasz Okonjo-Brill', 'Head of Operations', 'Malaysia'],
    ]);
  });

  it('`trade ministry spokesman X` names a body written in lower case before the title', () => {
    expect(speakers('“The quota stays for now,” trade ministry spokesman Quillan Atterbury said on Friday.')).toEqual([
      ['Quillan Atterbury', 'spokesman', 'trade ministry'],
    ]);
  });

  it('a bare `ministry spokesman` (a back-reference) and a post before the body name no organisation', () => {
    expect(speakers('“The quota stays for now,” ministry spokesman Quillan Atterbury said on Friday.')[0]?.[2]).toBeNull();
    expect(speakers('“The quota stays for now,” former ministry official Quillan Atterbury said on Friday.')[0]?.[2]).toBeNull();
    const ind = extractQuotes('“Sidang ditunda sepekan,” kata ketua majelis hakim Quillan Atterbury.', { language: 'ind' });
    expect(ind.quotes[0]?.speaker?.organisation ?? null).toBeNull();
    const ind2 = extractQuotes('“Jembatannya retak di dua titik,” ujar anggota polisi lalu lintas Quillan Atterbury.', { language: 'ind' });
    expect(ind2.quotes[0]?.speaker?.organisation ?? null).toBeNull();
  });

  it('`the company’s chief financial officer, X,` speaks for the company named in the sentence before', () => {
    const text = [
      'Orvelline Textiles Bhd expects export orders to recover by the end of the year.',
      '“We have cut our debt by half,” the company’s chief financial officer, Quillan Atterbury, said.',
    ].join('\n\n');
    expect(parseArticle(text).quotes.map((q) => q.speaker?.organisation ?? null)).toEqual(['Orvelline Textiles Bhd']);
  });

  it('a possessive of a word that names no organisation (`the mayor’s aide`) takes none from before', () => {
    const text = [
      'Orvelline Textiles Bhd expects export orders to recover by the end of the year.',
      '“We have cut our debt by half,” the mayor’s chief aide, Quillan Atterbury, said.',
    ].join('\n\n');
    expect(parseArticle(text).quotes.map((q) => q.speaker?.organisation ?? null)).toEqual([null]);
  });

  it('`the central bank said`, `the foreign ministry said` stay descriptions, not the company the article is about', () => {
    const text = [
      'Orvelline Textiles Bhd will run two shifts at its northern mills from next month.',
      '“Borrowing costs will stay where they are until the harvest is in,” the central bank said.',
      '“Talks on the new tariff line resume in Geneva next week,” the foreign ministry said.',
    ].join('\n\n');
    const speakers = parseArticle(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker?.name, q.speaker?.organisation ?? null]);
    expect(speakers).toEqual([['the central bank', null], ['the foreign ministry', null]]);
  });

  it('`the bank’s spokesperson` points back only to a topic whose name holds `bank`', () => {
    const text = [
      'Orvelline Textiles Bhd will run two shifts at its northern mills from next month.',
      '“Loans to the mills were restructured in May,” the bank’s spokesperson, Quillan Atterbury, said.',
    ].join('\n\n');
    expect(parseArticle(text).quotes.map((q) => q.speaker?.organisation ?? null)).toEqual([null]);
  });

  it('a rank word before a lower-case body (`senior`, `chief`) opens the post, it names no body', () => {
    expect(speakers('“The quota stays for now,” senior trade ministry official Quillan Atterbury said on Friday.')[0]?.[2]).toBeNull();
    expect(speakers('“The quota stays for now,” chief trade ministry spokesman Quillan Atterbury said on Friday.')[0]?.[2]).toBeNull();
  });

  it('`said economist X from Z` after the verb keeps the body the person comes from', () => {
    expect(speakers('“Nets alone will not stop it,” said economist Quillan Atterbury from Orvelline University.')).toEqual([
      ['Quillan Atterbury', 'economist', 'Orvelline University'],
    ]);
  });

  it('a place after `from` (where the person spoke or lives) is no body', () => {
    expect(speakers('“Nets alone will not stop it,” said economist Quillan Atterbury from Penang on Monday.')).toEqual([
      ['Quillan Atterbury', 'economist', null],
    ]);
  });
});
