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
});
