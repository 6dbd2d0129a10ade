import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

/** What must NOT be parsed: shapes that look like a title, junk, a credit or a copy but are body text. */
const para = (s: string) => parseArticle(s).paragraphs.map((p) => p.text);

describe('negative cases', () => {
  it('title: a first line that is a sentence, or the start of the body, is no title', () => {
    expect(parseArticle('INSOMNIA sering dianggap sepele oleh pekerja kantoran. Padahal, apa saja akibatnya?\nParagraf kedua cukup panjang.').title).toBeNull();
    expect(parseArticle('Jakarta (ANTARA) - Harga beras naik tajam di pasar induk\nParagraf kedua.').title).toBeNull();
    expect(parseArticle('SCROLL TO CONTINUE WITH CONTENT\nParagraf pertama yang panjang sekali.').title).toBeNull();
  });

  it('boilerplate: prose that opens with a junk word stays in the body', () => {
    const s = 'Sumber: air bersih menjadi masalah utama warga desa itu sejak musim kemarau panjang melanda kawasan pesisir utara Jawa Tengah, kata kepala desa setempat kepada wartawan yang datang meliput.';
    expect(para(s)).toEqual([s]);
    const decoy = 'Simak juga Video: Pernyataan itu muncul setelah panitia menutup pendaftaran lebih cepat dari jadwal di kantor kecamatan.';
    expect(para(`Paragraf pertama berita ini.\n${decoy}`)).toContain(decoy);
  });

  it('boilerplate: a copyright sign inside a long paragraph is no caption', () => {
    const s = `Perusahaan itu mendaftarkan merek dagangnya dengan tanda © sejak 2010 dan kini ${'memperluas pasar ke luar negeri '.repeat(8)}tahun ini.`;
    expect(parseArticle(s).boilerplate).toEqual([]);
  });

  it('credit: a country acronym closing a sentence is no credit', () => {
    const a = parseArticle('Paragraf pertama.\nPemerintah menjalin kerja sama dengan Amerika Serikat (AS).');
    expect(a.credit).toBeNull();
    expect(a.paragraphs[1]!.text.endsWith('(AS).')).toBe(true);
  });

  it('duplicates: paragraphs that share words but say different things are kept', () => {
    const a = 'Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram pada Senin pagi.';
    const b = 'Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 40.000 per kilogram setelah pasokan dari Jawa Timur kembali normal pekan lalu.';
    expect(parseArticle(`${a}\n${b}`).duplicates).toEqual([]);
  });

  it('paragraphs: domains, decimals, abbreviations and initials do not split a long line', () => {
    const s = `Menurut data KOMPAS.com, harga naik 2.5 persen di Jl.Sudirman, kata Dr.Budi dari PT Maju Tbk. ${'Pedagang menyebut permintaan meningkat menjelang akhir tahun. '.repeat(5)}`.trim();
    expect(para(s)).toHaveLength(1);
  });

  it('quotes: scare quotes, titles and single terms are no quotes', () => {
    const s = 'Film "Kabut di Lembah" tayang pekan depan. Warga menyebut jalan itu "jalur maut" karena sering terjadi kecelakaan. Pemerintah menyiapkan "plan B".';
    expect(parseArticle(s).quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('organisations: units, time zones, things and initials are no organisations', () => {
    const s = 'Pukul 08.00 WIB harga BBM naik, APBN defisit, dan pelanggaran HAM disorot. Jarak 5 km ditempuh. (NP)';
    expect(parseArticle(s).organisations.map((o) => o.name)).toEqual([]);
  });
  it('boilerplate shapes: prose that opens like a prompt, quotes that say where people stand, and content lists stay', () => {
    const prompt = 'Ikuti perkembangan harga di pasar tradisional, kata pedagang yang sudah berjualan di sana selama dua puluh tahun terakhir.';
    expect(para(`Paragraf pertama berita ini.\n${prompt}`)).toContain(prompt);
    const speech = '"Saya berdiri di sebelah kanan (kanan) panggung saat itu," kata saksi kepada hakim.';
    expect(para(`Paragraf pertama berita ini.\n${speech}`)).toContain(speech);
    const list = 'Syarat pendaftarannya:\n- Fotokopi kartu tanda penduduk yang masih berlaku\n- Surat keterangan domisili dari kelurahan setempat';
    expect(parseArticle(`Paragraf pertama berita ini cukup panjang.\n${list}`).boilerplate).toEqual([]);
  });

  it("boilerplate shapes: a writer's short signature lines and a crosshead are no footer menu or list", () => {
    const s = 'Paragraf pertama berita ini cukup panjang.\nParagraf kedua juga cukup panjang untuk dibaca.\nRina Kartika\nPeneliti Senior\nLembaga Kajian Contoh';
    expect(parseArticle(s).boilerplate).toEqual([]);
  });

  it('credit: a date alone after a dash, or a score, is no credit', () => {
    expect(parseArticle('Paragraf pertama.\nHarga naik sejak pekan lalu, katanya.- 19/11/2017').credit).toBeNull();
    expect(parseArticle('Paragraf pertama.\nTim tamu menang dengan skor 2-1 - PSM').credit).toBeNull();
  });

  it('title: an imperative headline and a headline with a colon stay titles', () => {
    const body = '\nParagraf pertama berita ini cukup panjang untuk dibaca.\nParagraf kedua.';
    expect(parseArticle(`Simak Jadwal Lengkap Piala Dunia 2026${body}`).title?.text).toBe('Simak Jadwal Lengkap Piala Dunia 2026');
    expect(parseArticle(`Menkeu: Ekonomi Tumbuh Lima Persen${body}`).title?.text).toBe('Menkeu: Ekonomi Tumbuh Lima Persen');
  });

  it('dateline: a headline built from a brand word, or a domain opening a sentence, is no dateline', () => {
    expect(parseArticle('Kabar Baik – Harga BBM Turun Mulai Besok\nParagraf pertama berita ini.').dateline).toBeNull();
    expect(parseArticle('Tokoshop.com, salah satu toko daring, mencatat kenaikan penjualan.\nParagraf kedua.').dateline).toBeNull();
  });
});
