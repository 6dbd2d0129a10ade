import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';

/** Each organisation's mention texts, as written. */
function groups(text: string): string[][] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations heads29: a hospital under its short head', () => {
  it('organisations heads29: `RS` with a name after it is a hospital', () => {
    const text = 'Korban dibawa ke RS Cahaya Medika, Wanareja, Selasa. Dokter RS Cahaya Medika menyebut kondisinya stabil.';
    expect(groups(text)).toEqual([['RS Cahaya Medika', 'RS Cahaya Medika']]);
  });

  it('organisations heads29: `RS` alone is a hospital of no name', () => {
    expect(groups('Biaya RS naik tahun ini, kata warga yang baru pulang dari RS itu.')).toEqual([]);
  });
});

describe('organisations heads29: a task force under its long head', () => {
  it('organisations heads29: `Gugus Tugas` with a name after it is a body, as `Satgas` is', () => {
    const text = 'Menurut juru bicara Gugus Tugas Penanganan Wabah Demam Kabupaten Sukamaju Hilir, kasus turun.';
    expect(groups(text)).toEqual([['Gugus Tugas Penanganan Wabah Demam Kabupaten Sukamaju Hilir']]);
  });

  it('organisations heads29: a task in lower case is no body', () => {
    expect(groups('Warga membentuk gugus tugas kecil untuk ronda malam.')).toEqual([]);
  });
});

describe('organisations heads29: a named team', () => {
  it('organisations heads29: `Tim` with a name after it is a body', () => {
    const text = 'Polres Wanareja membentuk Tim Penjaga Sungai pekan lalu. Tim Penjaga Sungai bersiaga setiap malam.';
    expect(groups(text)).toEqual([['Polres Wanareja'], ['Tim Penjaga Sungai', 'Tim Penjaga Sungai']]);
  });

  it('organisations heads29: a team of a named body is that body', () => {
    expect(groups('Tim Polres Wanareja memeriksa lokasi.')).toEqual([['Polres Wanareja']]);
    expect(groups('Tim KPK menggeledah kantor itu.').map((g) => g[0])).toEqual(['KPK']);
  });

  it('organisations heads29: `Tim` with one word after it is a person or a country’s side', () => {
    expect(groups('Pendiri Contohsoft, Tim Harlowe, mengatakan penjualan naik.')).toEqual([]);
    expect(groups('Tim Malaysia bertemu tim Jepang di final.')).toEqual([]);
  });
});

describe('organisations heads29: a hospital named after a doctor', () => {
  it('organisations heads29: `Dr` right after a hospital head opens its namesake', () => {
    expect(groups('Pasien dirujuk ke RSUP Dr Harlowe Sukamaju pagi tadi.')).toEqual([['RSUP Dr Harlowe Sukamaju']]);
  });

  it('organisations heads29: a doctor after a named body is a person', () => {
    expect(groups('Kepala RSUP Wanareja Dr Harlowe Sukamaju hadir.').flat().some((m) => m.includes('Harlowe'))).toBe(false);
  });

  it('organisations heads29: a name never ends on the namesake title', () => {
    // The namesake's words recur after an officer's title and are cut off as a person's name: the title goes with them.
    const text = 'Bayi itu dirawat di RSUD Dr Marsaid Kuncoro, kata Direktur RSUD Dr Marsaid Kuncoro, Ratnasuri.';
    expect(groups(text).flat().some((m) => m.endsWith('Dr'))).toBe(false);
    expect(groups(text).flat()).toEqual(['RSUD', 'RSUD']);
  });

  it('organisations heads29: `Dr` after an officer’s title and a hospital head is the officer', () => {
    expect(groups('Direktur Utama RSIA Dr Marsaid Kuncoro mengatakan stok darah menipis.')).toEqual([['RSIA']]);
    expect(groups('Direktur RSUD Dr Marsaid Kuncoro meninjau bangsal baru.')).toEqual([['RSUD']]);
  });

  it('organisations heads29: with no title before the head `Dr` stays the namesake', () => {
    expect(groups('Stok darah di RSIA Dr Marsaid Kuncoro menipis, menurut petugas.')).toEqual([['RSIA Dr Marsaid Kuncoro']]);
  });
});

describe('organisations heads29: a farmers\' group under its name', () => {
  it('organisations heads29: `Kelompok Tani` with a name after it is a group', () => {
    const text = 'Ketua Kelompok Tani Tunas Mekarsari, Suharjo Widodo, berkata panen di lereng itu bagus.';
    expect(groups(text)).toEqual([['Kelompok Tani Tunas Mekarsari']]);
  });

  it('organisations heads29: `Kelompok Tani` with no name, and `Kelompok` alone, name no group', () => {
    expect(groups('Anggota kelompok tani di desa itu mengeluh. Kelompok Tani di Cibeurih belum menerima pupuk.')).toEqual([]);
    expect(groups('Kelompok Pemuda membawa spanduk ke balai desa.')).toEqual([]);
  });
});

describe('organisations heads29: an Islamic boarding school under its name', () => {
  it('organisations heads29: `Pondok Pesantren` and `Pesantren` with a name after them are schools', () => {
    const text = 'Santri Pondok Pesantren Darul Ilmi Cikadu menanam padi di sawah wakaf. Pengasuh Pesantren Miftahul Arif mengirim bibit.';
    expect(groups(text)).toEqual([['Pondok Pesantren Darul Ilmi Cikadu'], ['Pesantren Miftahul Arif']]);
  });

  it('organisations heads29: `pesantren` as a common noun names no school', () => {
    expect(groups('Para santri dari tiga pesantren di kecamatan itu ikut lomba. Pesantren di desa itu libur sepekan.')).toEqual([]);
  });
});
