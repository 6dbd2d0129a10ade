import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/index.js';

const names = (text: string) => extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.name);

describe('organisations: members of a list', () => {
  it('a one-word name between found organisations in a list is one too, and so are its later mentions', () => {
    const text =
      'Pertemuan itu dihadiri perwakilan YLKI, Sekarbumi, Walhi, KontraS dan ICW di Jakarta. ' +
      'Sekarbumi kemudian menjadi tuan rumah diskusi lanjutan bulan depan.';
    const found = extractOrganisations(text, { language: 'ind' }).organisations;
    const member = found.find((o) => o.name === 'Sekarbumi');
    expect(member?.mentions).toHaveLength(2);
    expect(found.map((o) => o.acronym ?? o.name)).toEqual(expect.arrayContaining(['YLKI', 'ICW']));
  });

  it('a person named with two words, a place, or a word outside a list is not listed', () => {
    expect(names('Rapat dihadiri BI, OJK, Budi Santoso dan LPS di Jakarta.')).not.toContain('Budi Santoso');
    expect(names('Kantor OJK, Bandung dan BI menggelar acara bersama.')).not.toContain('Bandung');
    expect(names('OJK bertemu Sekarbumi lalu BI menyusul.')).not.toContain('Sekarbumi');
  });

  it('an amount or a code in a list is no organisation', () => {
    expect(names('Dana dari BI, Rp300 dan OJK sudah cair.')).not.toContain('Rp300');
  });

  it('`atau` names the one before again: acceptance passes forward only', () => {
    // A system's acronym before `atau` and an office after it: the system is no organisation.
    const system = names('Izin tambak bisa diurus lewat SIMTAK atau Dinas Kelautan Wanareja. SIMTAK sering macet.');
    expect(system).not.toContain('SIMTAK');
    expect(system).toContain('Dinas Kelautan Wanareja');
    // A company and its short form after `atau`: the short form is the company.
    const text = 'Direktur PT Wiratama Lintasbahari atau WLBI menambah armada. WLBI kini punya sepuluh kapal.';
    const company = extractOrganisations(text, { language: 'ind' }).organisations;
    expect(company.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)))).toEqual(['PT Wiratama Lintasbahari', 'WLBI', 'WLBI']);
  });
});
