import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** The mention texts of each organisation `extractOrganisations` finds in `text`. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new outlets: heads and names', () => {
  it('organisations new outlets: `Departemen` heads a ministry or a division', () => {
    const found = groups('Pekan lalu, Departemen Luar Negeri dan Departemen Energi menolak putusan itu. Laporan disusun oleh Departemen Kebijakan Ekonomi.').flat();
    expect(found).toEqual(['Departemen Luar Negeri', 'Departemen Energi', 'Departemen Kebijakan Ekonomi']);
    // A department of a named body is that body, a country after it is no body (`… AS`).
    const units = groups('Kepala Departemen Riset Universitas Contoh Raya, Rina Wulandari, hadir. Departemen Kehakiman AS ikut menyelidiki.').flat();
    expect(units).toEqual(['Universitas Contoh Raya', 'Departemen Kehakiman AS']);
  });

  it('organisations new outlets: a company named with its legal form goes by its name without it later', () => {
    const text = 'Harga saham Kilau Tenang Networks Inc naik tajam. Pengarah Kilau Tenang Networks menjelaskan pelan syarikat itu.';
    const group = groups(text, 'zlm').find((g) => g.includes('Kilau Tenang Networks Inc'));
    expect(group).toContain('Kilau Tenang Networks');
  });

  it('organisations new outlets: a ministry named by a list of portfolios keeps the whole list', () => {
    const ms = groups('Sejak Mac lalu, geran nelayan pesisir diurus Kementerian Perikanan, Pelancongan dan Sukan. Pegawainya enggan mengulas.', 'zlm').flat();
    expect(ms).toContain('Kementerian Perikanan, Pelancongan dan Sukan');
    const id = groups('Dua saksi dari Dinas Pertanian, Perikanan dan Ketahanan Pangan Contohrejo dipanggil ulang Senin depan.').flat();
    expect(id).toContain('Dinas Pertanian, Perikanan dan Ketahanan Pangan Contohrejo');
    // A list of bodies, a place or a person after the comma is no portfolio.
    const list = groups('Acara itu didukung Kementerian Sosial, Kementerian Keuangan dan Bank Contoh.').flat();
    expect(list).toContain('Kementerian Sosial');
    expect(list).toContain('Kementerian Keuangan');
    expect(groups('Rapat digelar di Kementerian Keuangan, Jakarta Pusat dan Bandung.').flat()).toContain('Kementerian Keuangan');
  });

  it('organisations new outlets: an English name’s `on` phrase that its acronym in brackets spells belongs to it', () => {
    const found = groups('Aturan itu mengikuti standar Contoh Committee on Harbour Safety (CCHS) yang berlaku sejak tahun lalu.');
    expect(found).toContainEqual(['Contoh Committee on Harbour Safety', 'CCHS']);
  });

  it('organisations new outlets: a known name that ends in ’s keeps it, a possessive after another name does not', () => {
    const found = groups('PT Contoh Indonesia’s bonds slipped on Tuesday after Moody’s lowered the firm’s rating.', 'eng').flat();
    expect(found).toContain('Moody’s');
    expect(found).toContain('PT Contoh Indonesia');
  });
});
