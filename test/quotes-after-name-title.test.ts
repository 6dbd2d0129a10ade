/**
 * A title written after a person's name in narrative (`after-name-title.ts`): a lower-case calling set off by a
 * comma, a title after `selaku`/`sebagai`, and a speaker with an organisation but no role taking the title's role.
 * Invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('after-name title', () => {
  it('`Menurut Name, analis Org, …`: a lower-case calling in apposition', () => {
    const text = [
      'Stok karet di gudang pabrik kian menipis. Menurut Dewi Anggraini, analis Mitra Sentosa Komoditas, hujan deras membuat para penyadap tidak turun ke kebun.',
      '"Begitu cuaca cerah, pasokan biasanya pulih dalam dua minggu," ujar Dewi kepada wartawan.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Dewi Anggraini', role: 'analis', organisation: 'Mitra Sentosa Komoditas' });
  });

  it('`Name, salah satu pedagang di Place`: the calling without the place', () => {
    const text = [
      'Yanti Permatasari Lubis, salah satu pedagang ikan di Tanjungsari, terlihat sibuk menimbang pesanan pelanggan.',
      '"Sehari saya bisa menghabiskan lima balok es," kata Yanti.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Yanti Permatasari Lubis', role: 'pedagang ikan', organisation: null });
  });

  it('English `Name, an analyst at the Org`: a lower-case calling after an article', () => {
    const text = [
      '"Most families now buy less rice than a year ago," Wicaksana said on Tuesday.',
      'The survey was compiled by Bayu Wicaksana, an analyst at the Meridian Policy Centre, over six months.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'analyst', organisation: 'Meridian Policy Centre' });
  });

  it('`Name selaku direktur Org`: the title after a role link', () => {
    const text = [
      'Dalam rapat anggota, Bayu Wicaksana selaku direktur Koperasi Nelayan Sejahtera meminta iuran disetor sebelum akhir bulan.',
      '"Uang itu untuk membeli dua perahu baru," tambah Bayu.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'direktur', organisation: 'Koperasi Nelayan Sejahtera' });
  });

  it('a clause after the comma is no title (`Name, penulis diminta supaya …`)', () => {
    const text = [
      'Ketika menemui Faridah Osman Hamzah, penulis diminta supaya tidak menyiarkan gambar tersebut dahulu.',
      '"Gambar itu belum boleh dikongsi dengan orang ramai," kata Faridah.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Faridah Osman Hamzah', role: null });
  });

  it('a speaker with an organisation but no role takes the role of a later title naming that organisation', () => {
    const text = [
      '"Gudang itu rampung sebelum musim hujan tiba," kata Bayu Wicaksana dari Koperasi Nelayan Sejahtera.',
      'Bayu Wicaksana, Direktur Keuangan Koperasi Nelayan Sejahtera, juga menyebut biaya gudang ditanggung bersama.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Direktur Keuangan', organisation: 'Koperasi Nelayan Sejahtera' });
  });
});

describe('title vocabulary', () => {
  const said = (title: string) => `"Pesanan dari luar negeri naik tajam sejak Maret," ujar ${title} Bayu Wicaksana kepada wartawan di Surabaya.`;

  it('an English post closed by its head noun (`Regional Sales Leader`) is the role, and names no organisation', () => {
    expect(direct(said('Regional Sales Leader'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Regional Sales Leader', organisation: null });
  });

  it('callings and short titles open a role (`Apoteker`, `Perencana Keuangan`, `Dirtipidnarkoba`)', () => {
    expect(direct(said('Apoteker'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Apoteker' });
    expect(direct(said('Perencana Keuangan dari Arunika Sekuritas'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Perencana Keuangan', organisation: 'Arunika Sekuritas' });
    expect(direct(said('Dirtipidnarkoba Bareskrim Polri Brigjend'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', organisation: 'Polri' });
  });

  it('`Pembina` opens a role before the body it serves', () => {
    const text = '"Latihan menari dibuka untuk anak-anak setiap Sabtu pagi," tutur Pembina Sanggar Tari Melati, Bayu Wicaksana.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Pembina', organisation: 'Sanggar Tari Melati' });
  });

  it('Malay `Bendahari` opens a role', () => {
    const text = '"Sumbangan itu akan diagihkan sebelum hujung bulan ini," kata Bendahari Persatuan Penduduk Taman Cempaka, Roslan Mahmud.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Roslan Mahmud', role: 'Bendahari', organisation: 'Persatuan Penduduk Taman Cempaka' });
  });

  it('an English-order title keeps its field words up to the head noun (`Senior Credit Analyst`, `Chief Operating Officer (COO)`)', () => {
    expect(direct(said('Senior Credit Analyst Arunika Sekuritas,'), 'ind')[0]!.speaker).toMatchObject({ name: 'Bayu Wicaksana', role: 'Senior Credit Analyst', organisation: 'Arunika Sekuritas' });
    expect(direct(said('Chief Operating Officer (COO) Koperasi Nelayan Sejahtera,'), 'ind')[0]!.speaker).toMatchObject({ role: 'Chief Operating Officer (COO)', organisation: 'Koperasi Nelayan Sejahtera' });
  });

  it('a possessive title in lower case loses its suffix (`Setiausaha agungnya, X` → `Setiausaha agung`)', () => {
    const text = [
      'Setiausaha agungnya, Norazlan Ismail menjelaskan perkara itu dalam satu kenyataan semalam.',
      '"Semua ahli akan dimaklumkan secepat mungkin," katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Norazlan Ismail', role: 'Setiausaha agung' });
  });
});
