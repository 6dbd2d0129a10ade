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

  it('organisations new outlets: `Satuan` and `Biro` head a unit, and a unit of a named body is that body', () => {
    const found = groups('Sejak Maret dermaga dijaga Satuan Pengamanan Pelabuhan Nelayan (SPPN). Angka itu dihimpun Biro Statistik Perikanan Tirtania.');
    expect(found).toContainEqual(['Satuan Pengamanan Pelabuhan Nelayan', 'SPPN']);
    expect(found).toContainEqual(['Biro Statistik Perikanan Tirtania']);
    // A bureau or a unit inside a named body: the body is the organisation.
    const parent = groups('Jadwal tanam disusun Biro Perencanaan Kementerian Pertanian. Laporan itu diperiksa Satuan Pengawasan Mutu Baznas.').flat();
    expect(parent).toEqual(['Kementerian Pertanian', 'Baznas']);
    // A unit named by its task alone is no name; lower-case `satuan` is a plain word.
    expect(groups('Satuan Tugas itu dibentuk bulan lalu. Harga satuan Contoh Jaya naik.').flat()).not.toContain('Satuan Tugas');
  });

  it('organisations new outlets: English `Ministry of`, `Department of` names inside Indonesian text', () => {
    const found = groups('Menurut Ministry of Ocean Affairs Tirtania, kuota itu dipangkas. Delegasi Tirtania Bureau of Fisheries ikut hadir bersama delegasi lain.').flat();
    expect(found).toContain('Ministry of Ocean Affairs Tirtania');
    expect(found).toContain('Tirtania Bureau of Fisheries');
    // A word the text also writes in lower case is its own language's, not the name's.
    expect(groups('Data Department of Fisheries menunjukkan tangkapan turun, data lama tidak.').flat()).toEqual(['Department of Fisheries']);
    // The head alone, with no name word after it, names nothing.
    expect(groups('Ia bekerja di sebuah ministry of nothing.').flat()).toEqual([]);
  });

  it('organisations new outlets: a sentence opener with the enclitic `-nya` is no part of the name after it', () => {
    const found = groups('Gudang di pelabuhan itu kebanjiran sejak Senin. Akibatnya Larasmaya Group menunda pengiriman kopi.').flat();
    expect(found).toEqual(['Larasmaya Group']);
    // A country ending in the same letters stays a name's first word.
    expect(groups('Kenya Airways menambah rute ke Jakarta.').flat()).toEqual(['Kenya Airways']);
  });

  it('organisations new outlets: after a title, a common given name before a speech verb starts the speaker, not the name', () => {
    const found = groups('Panen udang turun tahun ini. Kepala Pusat Studi Tambak Lestari Muhammad Yunarso menyebut cuaca sebagai sebab.').flat();
    expect(found).toEqual(['Pusat Studi Tambak Lestari']);
    // With no title before it, the body may be named after the person (`Universitas Contoh Ahmad Sulaiman`).
    expect(groups('Yayasan Pendidikan Pesisir Ahmad Yunarso mengatakan beasiswa dibuka.').flat()).toEqual(['Yayasan Pendidikan Pesisir Ahmad Yunarso']);
  });

  it('organisations new outlets: `Depository` ends an English name; a network service’s acronym is no body', () => {
    const found = groups('The Tirtania Central Securities Depository opened a new office. The outage hit its DNS servers last week.', 'eng').flat();
    expect(found).toContain('Tirtania Central Securities Depository');
    expect(found).not.toContain('DNS');
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
