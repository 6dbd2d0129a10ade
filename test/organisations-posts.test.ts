import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations around posts and amounts', () => {
  it('an English title or `Kuasa Hukum` before a name is the post, not part of the name', () => {
    const found = mentions('Hadir Chairman Lestari Institute Budi Santoso dan Kuasa Hukum Sentosa Asset Management Rina Wulandari dalam acara itu.');
    expect(found).toContain('Lestari Institute');
    expect(found).toContain('Sentosa Asset Management');
    expect(found.some((m) => m.startsWith('Chairman') || m.startsWith('Kuasa'))).toBe(false);
  });

  it('a line of work after `Head of` is the post’s department, not a body', () => {
    const found = mentions('Head of Investment Research Contoh Utama Budi Santoso dan Head of Global Market Research Bank Lestari Rina Wulandari mengatakan harga naik.');
    expect(found.filter((m) => /Research/.test(m))).toEqual([]);
    // A body after `Head of` is still a body.
    expect(mentions('Head of Lestari Institute Budi Santoso mengatakan harga naik.')).toContain('Lestari Institute');
  });

  it('a number with a decimal part after a name is an amount, not the name’s number', () => {
    const found = mentions('Angka itu berbeda dengan data Kementerian Tenaga Kerja 2,8 juta orang, sementara SMPN 33 Contohkarta menolak.');
    expect(found).toContain('Kementerian Tenaga Kerja');
    expect(found).toContain('SMPN 33');
  });

  it('Malay `Amerika Syarikat` is a country, not a company named by the words after it', () => {
    expect(mentions('Presiden Amerika Syarikat Rina Wulandari berkata usaha itu gagal.', 'zlm')).toEqual([]);
    expect(mentions('Syarikat Contoh Makmur Sdn Bhd berkata harga naik.', 'zlm')).toContain('Syarikat Contoh Makmur Sdn Bhd');
  });

  it('a name closed by its country before `dan` is one of two names, a list of places is one name', () => {
    const found = mentions('Kajian itu disusun Institut Kajian Laut Malaysia dan Contoh Makmur Sdn Bhd bersama Bank Tani Makmur Jawa Barat dan Banten.', 'zlm');
    expect(found).toContain('Institut Kajian Laut Malaysia');
    expect(found).toContain('Contoh Makmur Sdn Bhd');
    expect(found).toContain('Bank Tani Makmur Jawa Barat dan Banten');
  });

  it('a Malay party named with its division and place is that party, not a body named `Bahagian …`', () => {
    const text = 'Ketua UMNO Bahagian Kota Contoh, Datuk Ahmad Zaki berkata demikian. UMNO akan bertanding.';
    const orgs = extractOrganisations(text, { language: 'zlm' }).organisations;
    const party = orgs.find((o) => o.mentions.some((m) => text.slice(m.start, m.end) === 'UMNO Bahagian Kota Contoh'));
    expect(party?.mentions.map((m) => text.slice(m.start, m.end))).toContain('UMNO');
    expect(mentions(text, 'zlm').some((m) => m.startsWith('Bahagian'))).toBe(false);
  });

  it('after a post, the plain words before the body’s acronym or known name are the post’s field', () => {
    const found = mentions('Kepala Divisi Riset Obligasi Negara ABC Sekuritas Rina Wulandari mengatakan harga naik. Director Contoh Makmur Pte Ltd Budi Santoso hadir.');
    expect(found).toContain('ABC Sekuritas');
    expect(found.some((m) => m.startsWith('Obligasi'))).toBe(false);
    // A name without a body word inside is the body itself.
    expect(found).toContain('Contoh Makmur Pte Ltd');
  });

  it('`RI` closes a state body’s name: a person’s name after it is not the body’s', () => {
    const found = mentions('Direktur Jenderal Pelayanan Kementerian Pelayanan Publik RI Tirtana Jaya menyesalkan tindakan itu.');
    expect(found).toContain('Kementerian Pelayanan Publik RI');
    expect(found.some((m) => m.includes('Tirtana'))).toBe(false);
  });

  it('a head word with only a legal form after it ends the name before it (`ABC Bank Ltd`)', () => {
    const found = mentions('Pemegang saham pengendalinya sama, yakni Contohjaya Bank Ltd, yang dulu bernama lain.');
    expect(found).toContain('Contohjaya Bank Ltd');
    expect(found).not.toContain('Bank Ltd');
  });

  it('Malay text knows the state fund by its name and acronym', () => {
    const found = mentions('Siasatan kes 1Malaysia Development Berhad (1MDB) diteruskan, kata peguam itu. 1MDB menafikan dakwaan tersebut.', 'zlm');
    expect(found).toContain('1Malaysia Development Berhad');
    expect(found).toContain('1MDB');
  });

  it('Malay text knows national funds and agencies by their acronyms alone', () => {
    const found = mentions('Caruman kepada KWSP dan PERKESO dinaikkan, manakala SUHAKAM menggesa siasatan.', 'zlm');
    for (const name of ['KWSP', 'PERKESO', 'SUHAKAM']) expect(found).toContain(name);
  });

  it('Indonesian text knows newer ministries, agencies and survey institutes by their short names', () => {
    const found = mentions('Survei SMRC dan kajian Indef dibahas Komdigi, PPATK dan Bakamla pada rapat itu.');
    for (const name of ['SMRC', 'Indef', 'Komdigi', 'PPATK', 'Bakamla']) expect(found).toContain(name);
  });
});
