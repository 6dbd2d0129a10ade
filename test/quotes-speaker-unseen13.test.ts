/**
 * Speaker shapes read on unlabelled text (issue 9, round 13), written with invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The quotes of `text` of one kind, read in `language`. */
function quotes(text: string, language: SupportedLanguage, kind: Quote['kind'] = 'direct'): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === kind);
}

describe('speaker unseen 13: sentence openers and back-pointing subjects are nobody new', () => {
  it('speaker unseen 13: a later ordinal opening an enumerated sentence (`Keenam, suporter mendesak …`) is no speaker', () => {
    const text = [
      'Koordinator Paguyuban Suporter Elang Bukit Yoga Pratama membacakan tujuh permintaan kepada pengurus klub di halaman stadion.',
      '"Pertama, harga tiket tribun jangan naik lagi musim depan," ujar Yoga.',
      'Keenam, suporter mendesak klub memperbaiki lampu tribun timur yang sering padam.',
      '"Tujuh, beri kami tempat berlatih koreografi sebelum laga kandang," ujarnya.',
    ].join('\n\n');
    expect(quotes(text, 'ind')[1]!.speaker?.name).toBe('Yoga Pratama');
  });

  it('speaker unseen 13: `Terakhir, X menjelaskan …` is X speaking, not someone named `Terakhir`', () => {
    const text = [
      'Kepala Sekolah Contoh Sari Anggraini membeberkan tiga perubahan ujian akhir semester kepada para wali murid.',
      'Terakhir, Sari menjelaskan soal ujian praktik kimia, yang semester ini digelar bergiliran di laboratorium lantai dua.',
      '"Siswa cukup membawa jas lab dan alat tulis, bahan lainnya disiapkan guru," jelasnya.',
    ].join('\n\n');
    expect(quotes(text, 'ind', 'indirect')[0]!.speaker?.name).toBe('Sari Anggraini');
    expect(quotes(text, 'ind')[0]!.speaker?.name).toBe('Sari Anggraini');
  });

  it('speaker unseen 13: `Dirinya menambahkan, …` points back to the person just named', () => {
    const text = [
      'Pelatih paduan suara Gita Nada, Maria Siregar, memastikan tiga puluh penyanyinya siap tampil di lomba tingkat provinsi.',
      'Dirinya menambahkan, latihan vokal kini digelar tiap sore di aula gereja sampai hari lomba.',
    ].join('\n\n');
    expect(quotes(text, 'ind', 'indirect')[0]!.speaker?.name).toBe('Maria Siregar');
  });
});

describe('speaker unseen 13: a plural pronoun after a quote is a group, no one person', () => {
  it('speaker unseen 13: Indonesian `“…,” kata mereka` is not the person quoted before', () => {
    const text = [
      'Ketua Sanggar Tari Contoh Yohanes Manurung mengantar dua belas penarinya ke bandara sebelum festival di Osaka. "Mereka sudah berlatih sejak Januari," kata Yohanes.',
      'Para penari cilik itu melambai ke arah keluarga mereka dari balik kaca. "Sampai jumpa dua minggu lagi," kata mereka.',
    ].join('\n\n');
    expect(quotes(text, 'ind')[1]!.speaker).toBeNull();
  });

  it('speaker unseen 13: `teriak` attributes a quote, here a group’s (`teriak mereka`)', () => {
    const text = [
      'Kapten Persatuan Sepak Bola Contoh Andika Putra turun paling dulu dari bus tim. "Terima kasih sudah setia menunggu," kata Andika.',
      'Ribuan penonton memadati alun-alun sejak sore untuk menyambut rombongan tim. "Juara! Juara!" teriak mereka.',
    ].join('\n\n');
    expect(quotes(text, 'ind')[1]!.speaker).toBeNull();
  });

  it('speaker unseen 13: English `“…,” they said` is not the person quoted before', () => {
    const text = [
      'Choir director Maria Siregar stepped onto the stage before the final round. "We rehearsed every evening for this," Maria said.',
      'Parents of the young singers had filled the front rows an hour early. "We have never heard them sing so well," they said.',
    ].join('\n\n');
    expect(quotes(text, 'eng')[1]!.speaker).toBeNull();
  });
});

describe('speaker unseen 13: field, company and rank words before a name belong to the title', () => {
  it('speaker unseen 13: `Analis Cahaya Prima Futures Wiratmoko`, the article later writing `Wiratmoko` alone', () => {
    const text = [
      'Analis Cahaya Prima Futures Wiratmoko memperkirakan harga kopi robusta naik menjelang akhir bulan.',
      '"Musim hujan yang panjang menahan panen di banyak kebun," kata Wiratmoko kepada wartawan, Selasa (14/5).',
    ].join('\n\n');
    expect(quotes(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Wiratmoko', organisation: 'Cahaya Prima Futures' });
  });

  it('speaker unseen 13: a ministry field after `dan` stays out of the name (`Menteri Komunikasi dan Informatika X`)', () => {
    const text = [
      'Menteri Komunikasi dan Informatika Sulistyo meminta stasiun radio daerah menyiarkan ulang sandiwara berbahasa lokal.',
      '"Banyak pendengar tua yang rindu cerita-cerita itu," ujarnya di Kupang, Jumat (12/4/2024).',
    ].join('\n\n');
    expect(quotes(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Sulistyo', role: 'Menteri Komunikasi dan Informatika' });
  });

  it('speaker unseen 13: `kata Kasi Intel` is the Kasi Intel named before, not someone called `Intel`', () => {
    const text = [
      'Kasi Intel Kejari Pantai Indah, Gilang Ramadhan, membuka kelas hukum bagi pelajar di aula sebuah SMA.',
      '"Kami ingin pelajar tahu bahwa menyebar foto teman tanpa izin bisa berujung pidana," ujar Kasi Intel seusai kelas, Selasa (4/2/2025).',
    ].join('\n\n');
    expect(quotes(text, 'ind')[0]!.speaker?.name).toBe('Gilang Ramadhan');
  });

  it('speaker unseen 13: Malay rank spelt `Superintenden` stays out of the name', () => {
    const text = [
      'Ketua Polis Daerah Tanjung Seri, Superintenden Kamarul Hisham Zakaria berkata, dua ekor kerbau yang hilang dari sebuah dusun ditemui semula pagi tadi.',
      '“Pemiliknya sudah kami hubungi supaya datang mengambil haiwan itu di balai,” katanya ketika dihubungi.',
    ].join('\n\n');
    expect(quotes(text, 'zlm')[0]!.speaker?.name).toBe('Kamarul Hisham Zakaria');
  });
});
