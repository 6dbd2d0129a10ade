/** organisations initials lists: people named by their initials in a list are no organisation, even where the lexicon holds the capitals. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';

/** Each organisation's name and its mentions as written with their offsets, in text order. */
function mentions(text: string): string[][] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => [o.name, ...o.mentions.map((m) => `${text.slice(m.start, m.end)}@${m.start}`)]);
}

/** Each organisation's name, in text order. */
function names(text: string): string[] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.name);
}

describe('organisations initials lists: a list of people’s initials', () => {
  it('organisations initials lists: a list mixing a single capital with longer initials, and a later use of one of them', () => {
    const text = 'Keenam tersangka itu adalah RWS, DN, A, HK, S dan MA. Tersangka terakhir, Saudara MA, menyediakan rumah.';
    expect(names(text)).toEqual([]);
  });

  it('organisations initials lists: initials after `berinisial`, even two of them', () => {
    expect(names('Polisi menangkap dua pria berinisial MA dan RWS di Bekasi.')).toEqual([]);
  });
});

describe('organisations initials lists: a body the article spells out keeps its mentions', () => {
  it('organisations initials lists: a suspect `berinisial MA` and the court `Mahkamah Agung (MA)`: only the member is no mention', () => {
    const text = 'Terdakwa berinisial MA divonis lima tahun, lalu mengajukan kasasi ke Mahkamah Agung (MA). Putusan MA menguatkan vonis itu.';
    expect(mentions(text)).toEqual([['Mahkamah Agung', 'Mahkamah Agung@69', 'MA@85', 'MA@98']]);
  });

  it('organisations initials lists: `berinisial BI` beside `Bank Indonesia (BI)`', () => {
    const text = 'Pria berinisial BI itu memalsukan uang yang dicetak Bank Indonesia (BI). Menurut BI, uang palsu itu mudah dikenali.';
    expect(mentions(text)).toEqual([['Bank Indonesia', 'Bank Indonesia@52', 'BI@68', 'BI@81']]);
  });

  it('organisations initials lists: `berinisial KPK` beside `Komisi Pemberantasan Korupsi (KPK)`', () => {
    const text = 'Pria berinisial KPK mengaku pegawai Komisi Pemberantasan Korupsi (KPK). Juru bicara KPK membantahnya.';
    expect(mentions(text)).toEqual([['Komisi Pemberantasan Korupsi', 'Komisi Pemberantasan Korupsi@36', 'KPK@66', 'KPK@84']]);
  });

  it('organisations initials lists: a mixed list (`RWS, DN, A, K dan MA`) and the court written out with no brackets', () => {
    const text = 'Para tersangka itu adalah RWS, DN, A, K dan MA. Berkas mereka kini di Mahkamah Agung.';
    expect(mentions(text)).toEqual([['Mahkamah Agung', 'Mahkamah Agung@70']]);
  });
});

describe('organisations initials lists: near misses', () => {
  it('organisations initials lists: a suspect’s initials alone in the article are no court, however often written', () => {
    expect(names('Polisi menetapkan tersangka berinisial MA dalam kasus arisan. MA ditahan di Polres Contohkarta sejak Senin.')).toEqual(['Polres Contohkarta']);
  });

  it('organisations initials lists: a list of bodies’ acronyms with no single capital stays a list of bodies', () => {
    expect(names('Rapat itu dihadiri MA, KY, dan MK.')).toEqual(['Mahkamah Agung', 'Komisi Yudisial', 'Mahkamah Konstitusi']);
  });

  it('organisations initials lists: roman numerals beside a single `I` are no initials', () => {
    expect(names('Rapat Komisi I, II dan III DPR digelar hari ini bersama MA.')).toContain('Mahkamah Agung');
  });
});
