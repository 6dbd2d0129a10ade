/** Organisations on new text: where a name ends beside a place or a person (numbered schools, places the text names alone). */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';

/** Each organisation's mention texts, as written. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: a numbered school with its place', () => {
  it('the place after the number stays in the name, also where the text names the place alone after `di`', () => {
    const text = 'Lomba itu digelar di SMPN 7 Sukamawar. Panitia menyebut peserta datang dari desa sekitar. "Baru di Sukamawar saja," ujar Rina.';
    expect(groups(text)).toEqual([['SMPN 7 Sukamawar']]);
  });

  it('near miss: one word after the number that the text writes alone as a person is the principal', () => {
    const text = 'Kepala Sekolah SMPN 9 Wulandarti membantah kabar itu. Wulandarti mengatakan semua siswa sehat.';
    expect(groups(text)).toEqual([['SMPN 9']]);
  });
});

describe('organisations on new text: a body between a post and its holder', () => {
  it('the words between an analyst’s post and a name the text goes on writing alone are the body', () => {
    const text = 'Kepala Riset Sinar Danawira Rudi Hartanto memperkirakan harga emas naik. "Pasar masih ragu," kata Rudi.';
    expect(groups(text)).toEqual([['Sinar Danawira']]);
  });

  it('after an English post with its field', () => {
    const text = 'Head of Equity Research Kapuas Mitrajaya Sekar Ayuningtyas memperkirakan indeks menguat. Sekar menambahkan, investor asing kembali.';
    expect(groups(text)).toEqual([['Kapuas Mitrajaya']]);
  });

  it('near miss: a three-word name whose middle word the text writes alone is one person', () => {
    const text = 'Wakil Ketua Rahmat Dasono Wibowo menolak usul itu. Menurut Dasono, anggaran belum cukup.';
    expect(groups(text)).toEqual([]);
  });

  it('after a company officer’s title', () => {
    const text = 'Presiden Direktur Kalandra Mitra Investama Diah Sofiana mengatakan portofolio aman. Diah menambahkan, dana tetap dijaga.';
    expect(groups(text)).toEqual([['Kalandra Mitra Investama']]);
  });

  it('near miss: a company’s name this text gave whole stays that company', () => {
    const text = 'PT Kalandra Baja Perkasa Tbk menambah pabrik. Direktur Utama Kalandra Baja Perkasa Hendra Kusuma mengatakan modal cukup. Hendra menambahkan, pabrik rampung tahun depan.';
    expect(groups(text)).toEqual([['PT Kalandra Baja Perkasa Tbk', 'Kalandra Baja Perkasa']]);
  });

  it('near miss: a post’s own field or department follows the post, not a body', () => {
    expect(groups('Direktur Retail Banking Rina Wulandari mengatakan kredit naik. Menurut Rina, permintaan kuat.')).toEqual([]);
    expect(groups('Kepala Riset Pasar Uang Rina Sari memperkirakan imbal hasil di pasar uang turun. Rina menambahkan.')).toEqual([]);
    expect(groups('Chief Economist Asia Pacific John Lee said growth slowed. John added that exports fell.', 'eng')).toEqual([]);
  });

  it('near miss: a region’s or a seat’s title is followed by its place, not a body', () => {
    expect(groups('Bupati Sukamaju Hilir Eka Prasetya mengatakan jalan itu rusak. "Kami segera perbaiki," kata Eka.')).toEqual([]);
    expect(groups('Kepala Dusun Karang Wetan Joko Susilo menyebut air naik. Joko mengatakan warga mengungsi.')).toEqual([]);
    expect(groups('Ketua Kampung Sungai Kalandra Hamid Yusof berkata banjir surut. Hamid berkata penduduk selamat.', 'zlm')).toEqual([]);
    expect(groups('Senator Kalandra Island Jack Rendell said the bill failed. Jack said he would try again.', 'eng')).toEqual([]);
  });

  it('near miss: without the name written alone, the run is left as it is', () => {
    expect(groups('Kepala Riset Sinar Danawira Rudi Hartanto memperkirakan harga emas naik.')).toEqual([]);
  });
});

describe('organisations on new text: a railway company named in English', () => {
  it('a name closed by `Railway` or `Railways` is a company, in Indonesian and English text', () => {
    expect(groups('Gerbong itu dipesan oleh Kalandra Railways pada tahun lalu.')).toEqual([['Kalandra Railways']]);
    expect(groups('The carriages were ordered by Kalandra Railway last year.', 'eng')).toEqual([['Kalandra Railway']]);
  });

  it('near miss: with a station after it the name is a place', () => {
    expect(groups('Mereka menunggu kereta di Kalandra Railway Station sejak pagi.')).toEqual([]);
    expect(groups('He waited at the Kalandra Railway Station on Monday.', 'eng')).toEqual([]);
  });
});

describe('organisations on new text: a word in brackets before a legal form', () => {
  it('the bracketed word between a name and its legal form is the name’s', () => {
    expect(groups('Saham itu dimiliki Kalandra Mitra (Asia) Pte. Ltd. sejak tahun lalu.')).toEqual([['Kalandra Mitra (Asia) Pte. Ltd.']]);
    expect(groups('Keenam, Kalandra (Sumbara) Ltd mencatat limbah terbanyak.')).toEqual([['Kalandra (Sumbara) Ltd']]);
  });

  it('near miss: a short form in brackets is the name’s acronym, and no legal form after the bracket leaves it out', () => {
    expect(groups('Saham dimiliki Bank Kalandra (BKL) Ltd dan lainnya.')).toEqual([['Bank Kalandra', 'BKL']]);
    expect(groups('Dana itu dikelola Kalandra Mitra (Asia) bersama mitra lain.')).toEqual([]);
  });
});

describe('organisations on new text: a regional secretariat under its short head', () => {
  it('`Setda` with its level and place is a government body, without the Balinese name after it', () => {
    const text = 'Asisten Bidang Pemerintahan Setda Kabupaten Sukawangi I Made Rina Astawa yang mewakili bupati hadir.';
    expect(groups(text)).toEqual([['Setda Kabupaten Sukawangi']]);
  });

  it('near miss: `Setda` alone names no body, and `I` right after a head stays its numeral', () => {
    expect(groups('Rapat itu digelar di ruang rapat Setda, Selasa.')).toEqual([]);
    expect(groups('Anggota Komisi I Made Rina Astawa mengatakan hal itu.')).toEqual([['Komisi I']]);
  });
});

describe('organisations on new text: a ministry’s office building', () => {
  it('`Kantor Kementerian …` with no place is the building: the ministry is the organisation', () => {
    expect(groups('Rapat digelar di Kantor Kementerian Urusan Pesisir, Jakarta, Senin.')).toEqual([['Kementerian Urusan Pesisir']]);
  });

  it('near miss: with its level and place, or under a post, it is the ministry’s regional office', () => {
    expect(groups('Warga mendatangi Kantor Kementerian Urusan Pesisir Kabupaten Sukamaju kemarin.')).toEqual([['Kantor Kementerian Urusan Pesisir Kabupaten Sukamaju']]);
    expect(groups('Kepala Kantor Kementerian Urusan Pesisir Kota Sukamaju Budi Santoso mengimbau warga.')).toEqual([['Kantor Kementerian Urusan Pesisir Kota Sukamaju']]);
  });
});
