import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** The mention texts of each organisation `extractOrganisations` finds in `text`. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: names spelled by their acronym, and court short names', () => {
  it('organisations spelled: a district court under its short name and seat', () => {
    expect(groups('Gugatan warga itu akhirnya didaftarkan ke PN Wonokerto pada Kamis pagi.').flat()).toEqual(['PN Wonokerto']);
    // The short name alone names no court.
    expect(groups('Menurut catatan itu, PN harus menunda sidangnya.')).toEqual([]);
  });

  it('organisations spelled: an English name closed by `Company` and spelled by its acronym', () => {
    expect(groups('Jembatan itu dibangun Tanjungsari Export Company (TEC) dengan dana dua triliun.')).toEqual([['Tanjungsari Export Company', 'TEC']]);
    // The name starts where its words' initials are exactly the acronym, not where inner letters spell it.
    expect(groups('Kapal tanker itu dipesan Sinar Saksama Shipping Company (SSSC) tahun lalu.')).toEqual([['Sinar Saksama Shipping Company', 'SSSC']]);
    // A name of words the text writes as its language's own is a thing's (a fund, an index).
    expect(groups('Ia menaruh uangnya di Dana Abadi Company (DAC), dan dana abadi itu kian besar.')).toEqual([]);
  });

  it('organisations spelled: a foreign name closed by English `Bank` in Indonesian and Malay text', () => {
    expect(groups('Kredit itu datang dari Vellmoor Growth Bank pada awal tahun.')).toEqual([['Vellmoor Growth Bank']]);
    expect(groups('Pinjaman daripada Vellmoor Growth Bank (VGB) diterima semalam.', 'zlm')).toEqual([['Vellmoor Growth Bank', 'VGB']]);
    // A word of the language's own names before it names a thing, not a bank (`Terminal …`).
    expect(groups('Warga mengeluhkan Terminal Setor Tunai Bank (TSTB) yang sering rusak.')).toEqual([]);
    // A word the text also writes in lower case is the language's own (`Sertifikat Bank`).
    expect(groups('Imbal hasil Sertifikat Bank naik, dan sertifikat itu laku.')).toEqual([]);
    // After the closer, a name word makes it the language's own order, read by the head.
    expect(groups('Saham Bank Vellmoor naik dua persen.').flat()).not.toContain('Saham Bank');
    // A word for a document, capitalised in a title, is the language's own (`Pengumuman`).
    expect(groups('Pekan ini Pengumuman Lelang Bank dipasang di gerbang pasar.')).toEqual([]);
    // A sentence opener mid-sentence goes on into the name: no name starts after it; at a sentence's start one may.
    expect(groups('Nasabah mengantre di Sumber Kelirang Bank tiap pagi.').flat()).not.toContain('Kelirang Bank');
    expect(groups('Menurut Vellmoor Growth Bank, kredit naik.')).toEqual([['Vellmoor Growth Bank']]);
  });

  it('organisations spelled: capitalised words before a known name that spell its acronym with it make another name', () => {
    const found = groups('Pekan lalu, Nordland Bank of Korea (NBK) membeli saham bank daerah itu. NBK kini pemegang saham terbesar.');
    expect(found).toEqual([['Nordland Bank of Korea', 'NBK', 'NBK']]);
    // The known name with its own acronym stays the known name.
    expect(groups('Ekonom itu lama bekerja di Bank of Korea (BOK) sebelum pensiun.')).toEqual([['Bank of Korea', 'BOK']]);
    // The known name written alone first keeps its own kind; the longer name later is another one.
    const both = groups('Bank of Korea menahan suku bunganya. Sehari kemudian Nordland Bank of Korea (NBK) menaikkan bunga deposito.');
    expect(both).toEqual([['Bank of Korea'], ['Nordland Bank of Korea', 'NBK']]);
    // Before a head's name such words name a thing, not a longer body.
    expect(groups('Keputusan itu diambil dalam Rapat Dewan Pengawas (RDP) pekan lalu.').flat()).not.toContain('Rapat Dewan Pengawas');
  });

  it('organisations spelled: an acronym spelled out in brackets after it holds the names inside them', () => {
    const text = 'Di kolam Ciwaru, pelatih dari IPPRC (Ikatan Pelatih Persatuan Renang Ciwaru) menilai lomba estafet. Menurut IPPRC, catatan waktunya membaik.';
    expect(groups(text)).toEqual([['IPPRC', 'Ikatan Pelatih Persatuan Renang Ciwaru', 'IPPRC']]);
    // Brackets the acronym does not spell keep the name inside them as it is.
    expect(groups('Di kolam Ciwaru, pelatih dari IPPRC (Persatuan Renang Ciwaru) menilai lomba estafet.')).toEqual([['Persatuan Renang Ciwaru']]);
  });

  it('organisations spelled: a person’s whole name glued after a name and written alone elsewhere is no part of it', () => {
    const text = 'Direktur Utama PT Gemilang Tirta Sejahtera Sari Kemuning dicopot Kamis lalu. Sari Kemuning lalu digantikan wakilnya.';
    expect(groups(text).flat()).toEqual(['PT Gemilang Tirta Sejahtera']);
    // A company's last words written alone are its short name, no person's.
    const company = 'Laporan tahunan PT Gemilang Tirta Sejahtera terbit Senin. Tahun ini Tirta Sejahtera membukukan laba dua kali lipat.';
    expect(groups(company).flat()).toEqual(['PT Gemilang Tirta Sejahtera']);
    // A place written after a title or a place word is no person (`Bupati …`, `di …`).
    const place = 'Kepala Kejaksaan Negeri Tirta Kemuning hadir. Bupati Tirta Kemuning ikut, lalu rombongan tiba di Tirta Kemuning.';
    expect(groups(place).flat()).toEqual(['Kejaksaan Negeri Tirta Kemuning']);
  });
});


describe('organisations: a known one-word name written in capitals', () => {
  it('organisations spelled: a known name in capitals is that organisation, with its usual spelling', () => {
    const text = 'Sejak subuh anggota POLRI berjaga di gerbang pasar ikan Tanjung Wera. Kapolres setempat menyebut Polri menurunkan dua regu.';
    expect(groups(text)).toEqual([['POLRI', 'Polri']]);
    expect(extractOrganisations('Tim KOSTRAD mengawal truk beras ke gudang desa.', { language: 'ind' }).organisations[0]?.id).toBe('kostrad');
  });

  it('organisations spelled: an ordinary word in capitals stays a word', () => {
    expect(groups('Warga berteriak SIAGA ketika air sungai naik menjelang magrib di Desa Kaliwera.')).toEqual([]);
  });

  it('organisations spelled: a word of a known name in a headline written in capitals is the word', () => {
    expect(groups('LAMBANG GARUDA DIPASANG DI BALAI DESA PADASARI')).toEqual([]);
    expect(groups('WARISAN BUDAYA KAMPUNG JELAWAT DIRAIKAN', 'zlm')).toEqual([]);
    expect(groups('PANEN TEMPO DULU DI PADASARI')).toEqual([]);
  });

  it('organisations spelled: a form that names the body only standing alone (`aloneForms`) is not read in capitals', () => {
    expect(groups('Surat protes petani Padasari dikirim ke SENAT pekan lalu.')).toEqual([]);
    expect(groups('Surat protes petani Padasari dikirim ke Senat pekan lalu.')).toEqual([['Senat']]);
  });

  it('organisations spelled: an outlet in capitals after a sign-off dash or bracket is the outlet, capitals beside it or not', () => {
    expect(groups('Panen jagung di Desa Padasari tertunda karena hujan deras. - TEMPO DIGITAL')).toEqual([['TEMPO']]);
    expect(groups('Panen jagung di Desa Padasari tertunda karena hujan deras. (TEMPO DIGITAL)')).toEqual([['TEMPO']]);
  });
});
