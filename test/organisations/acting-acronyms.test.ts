/** organisations acting acronyms: an acronym no rule read, opening a clause before an act only an agent does (`…, CNTK mengumumkan`). */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations acting acronyms: the acronym that acts is a body', () => {
  it('organisations acting acronyms: after a clause’s comma, before an agent’s act, with its later mentions', () => {
    const text = 'Untuk tahun depan, KRTB berencana menerbitkan saham baru. Laba KRTB naik 8 persen tahun lalu.';
    expect(mentions(text)).toEqual(['KRTB', 'KRTB']);
  });

  it('organisations acting acronyms: at a quote’s opening, an adverb before the verb', () => {
    const text = '“PWSN juga membantah bahwa gaji pekerja ditunda,” tulis laporan itu.';
    expect(mentions(text)).toEqual(['PWSN']);
  });

  it('organisations acting acronyms: Malay, an auxiliary before the act', () => {
    const text = 'Katanya lagi, KPWN akan mengumumkan pelan tindakan baharu untuk peneroka.';
    expect(mentions(text, 'zlm')).toEqual(['KPWN']);
  });

  it('organisations acting acronyms: a forecaster’s estimate', () => {
    expect(mentions('Dalam laporan terbarunya, KRTB memperkirakan panen naik 5 persen.')).toEqual(['KRTB']);
  });
});

describe('organisations acting acronyms: near misses stay unreported', () => {
  it('organisations acting acronyms: a person’s initials are short', () => {
    expect(mentions('Sementara itu, RKW meminta warga tetap tenang.')).toEqual([]);
  });

  it('organisations acting acronyms: an acronym after a noun does not open a clause (a rule, aid)', () => {
    expect(mentions('Aturan KRTB mengumumkan tarif baru bagi pedagang.')).toEqual([]);
    expect(mentions('Tahun ini, bantuan SEMBAKO mengumumkan kuota baru.')).toEqual([]);
  });

  it('organisations acting acronyms: what a plan, a rule or a programme does is no agent’s act', () => {
    expect(mentions('Tahun depan, RPJMX menargetkan pertumbuhan 6 persen.')).toEqual([]);
    expect(mentions('Tahun ini, TKDX menetapkan batas 40 persen untuk ponsel.')).toEqual([]);
    expect(mentions('Pada sesi pertama, KOMPAS100 menguat 2 persen.')).toEqual([]);
  });

  it('organisations acting acronyms: a word in capitals — common, a title, or a name the text writes in title case', () => {
    expect(mentions('Sementara itu, WARGA meminta air segera mengalir.')).toEqual([]);
    expect(mentions('Dalam rapat itu, BUPATI mengumumkan jadwal baru.')).toEqual([]);
    expect(mentions('Presiden Sukowi tiba di Solo. Kemudian, SUKOWI mengumumkan kabinet baru.')).toEqual([]);
  });

  it('organisations acting acronyms: English has no agent’s verbs for this (a shouted name, a banner word)', () => {
    expect(mentions('"TRUMX announced tariffs," the banner read.', 'eng')).toEqual([]);
  });

  it('organisations acting acronyms: a programme, a policy or a slogan carries out, applies and hands out (no agent’s act)', () => {
    expect(mentions('Sementara itu, PRGX melaksanakan program baharu di desa.', 'zlm')).toEqual([]);
    expect(mentions('Sementara itu, PRGX menerapkan skema baru bagi petani.')).toEqual([]);
    expect(mentions('Tahun ini, PRGX menyalurkan bantuan Rp 2 juta per keluarga.')).toEqual([]);
  });

  it('organisations acting acronyms: a place written in capitals', () => {
    expect(mentions('Sementara itu, SURABAYA mengumumkan status tanggap darurat.')).toEqual([]);
  });
});
