import { describe, expect, it } from 'vitest';
import { findSignOff } from '../src/credit/sign-off.js';
import { LANGUAGES } from '../src/lang/index.js';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { BODY, itRemovesJunkLines, MORE } from './page-lines.js';
import type { BoilerplateKind } from '../src/types.js';

/** Page furniture read by its shape: sign-offs, junk lines warta has not seen word for word, titles. Texts written for these tests. */
const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];

describe('credit: sign-off shapes', () => {
  const cases: [string, string | null][] = [
    ['… kata dia.(NP)', 'NP'],
    ['(fyk/ash)', 'fyk/ash'],
    ['… tutup Budi.(*)', '*'],
    ['… to the villagers.- BERNAMA', 'BERNAMA'],
    ['… katanya.-- BERNAMA', 'BERNAMA'],
    ['- Bernama', 'Bernama'],
    ['… tambahnya. - K! ONLINE', 'K! ONLINE'],
    ['… akan datang. – OUTLETDAILY 26/10/2017', 'OUTLETDAILY 26/10/2017'],
    ['Dewan Pemuda Contoh - OUTLETDAILY 11/11/2018', 'OUTLETDAILY 11/11/2018'],
    ['… kata dia. - contohwarta.com', 'contohwarta.com'],
    // Not sign-offs: a date alone, a score, an abbreviation after a word.
    ['… katanya.- 14/3/2018', null],
    ['… menang dengan skor 2-1 - PSM', null],
    ['… dengan Amerika Serikat (AS).', null],
  ];
  for (const [tail, credit] of cases) {
    it(`credit: ${JSON.stringify(tail)} → ${credit ?? 'none'}`, () => {
      expect(findSignOff(tail, ALL)?.text ?? null).toBe(credit);
    });
  }

  it('credit: the sign-off leaves the last paragraph, the outlet is an organisation mention', () => {
    const s = 'Kerajaan negeri akan menambah bekalan air bersih kepada penduduk kampung mulai minggu hadapan.\nJumlah penduduk yang terjejas dianggarkan seramai 3,000 orang, kata beliau.- BERNAMA';
    const a = parseArticle(s);
    expect(a.credit?.text).toBe('BERNAMA');
    expect(a.paragraphs.at(-1)!.text.endsWith('kata beliau.')).toBe(true);
    expect(a.organisations.map((o) => o.name)).toContain('Bernama');
    checkInvariants(s, a);
  });

  it("credit: a writer's signature before an outlet-and-date sign-off stays in the body", () => {
    const s = `${BODY}\n${MORE}\nRINA KARTIKA\nKetua Umum Persatuan Contoh\nDewan Pemuda Contoh Malaysia - OUTLETDAILY 11/11/2018`;
    const a = parseArticle(s);
    expect(a.credit?.text).toBe('OUTLETDAILY 11/11/2018');
    expect(a.boilerplate).toEqual([]);
    expect(a.paragraphs.map((p) => p.text)).toContain('Ketua Umum Persatuan Contoh');
  });
});

describe('boilerplate: junk by its shape', () => {
  const lines: [string, BoilerplateKind][] = [
    ['Bagikan artikel ini', 'share'],
    ['Facebook Twitter WhatsApp Telegram Salin Link', 'share'],
    ['Bagikan melalui:', 'share'],
    ['Ikuti kami di Instagram @contohnews', 'other'],
    ['Follow us on Twitter for more updates', 'other'],
    ['(Ikuti ulasan lanjut dalam edisi cetak keluaran akan datang)', 'other'],
    ['Simak berita populer lainnya di kanal kami', 'related-link'],
    ['Tonton video selengkapnya di kanal YouTube kami', 'video-promo'],
    ['Artikel ini telah tayang di Contohwarta.com dengan judul "Harga Naik"', 'other'],
    ['This article first appeared on The Contoh Post.', 'other'],
    ['Oleh Rina Kartika', 'editor'],
    ['By Jane Contoh', 'editor'],
    ['Jane Contoh, Contoh News, Washington', 'editor'],
    ['Reporter/Editor: Budi Santoso', 'editor'],
    ['Selasa, 17 Maret 2020 | 08:42 WIB | Penulis: Rina', 'editor'],
    ['*) Penulis adalah peneliti di sebuah lembaga kajian.', 'editor'],
    ['(Laporan: Budi Santoso)', 'editor'],
    ['(Courtesy of Contoh Academy)', 'caption'],
    ['Warga antre minyak goreng di Pasar Baru. (ANTARA FOTO/Budi Santoso)', 'caption'],
    ['Pemain baharu itu (kanan) meraikan jaringan pertamanya bersama rakan sepasukan', 'caption'],
    ['Ketua kampung menyerahkan sumbangan kepada penduduk. - Foto Nama Jurugambar', 'caption'],
    ['Ilustrasi pasar tradisional. (Shutterstock)', 'caption'],
    ['Media playback tidak ada di perangkat Anda Warga menonton pertandingan di alun-alun.', 'video-promo'],
    ['Artikel Terkait : Harga Bawang Ikut Naik di Pasar Induk', 'related-link'],
    ['https://www.contohwarta.com/berita/123', 'other'],
    ['Tags: harga cabai, pasar, inflasi', 'navigation'],
  ];
  itRemovesJunkLines(lines);

  it('boilerplate: an end mark and an emptied embed after the last sentence are junk', () => {
    for (const mark of ['*', '[]']) {
      const a = parseArticle(`${BODY}\n${MORE} ${mark}`);
      expect(a.boilerplate.map((b) => b.text)).toEqual([mark]);
      expect(a.paragraphs.at(-1)!.text.endsWith('akhir tahun.')).toBe(true);
    }
  });

  it('boilerplate: bulleted headlines that end the article are related links; a footer menu is navigation', () => {
    const list = `${BODY}\n${MORE}\n• Harga bawang merah ikut naik di pasar induk\n• Pemerintah siapkan operasi pasar murah pekan depan`;
    expect(parseArticle(list).boilerplate.map((b) => b.kind)).toEqual(['related-link']);
    const menu = `${BODY}\n${MORE}\nTentang Kami\nRedaksi\nPedoman Media Siber\nKontak`;
    expect(parseArticle(menu).boilerplate.map((b) => b.kind)).toEqual(['navigation']);
  });

  it('boilerplate: a read prompt inside a related list keeps the list going', () => {
    const s = `${BODY}\nJANGAN LEWATKAN!!!\nHarga Bawang Merah Ikut Naik di Pasar Induk\nSimak Berita Populer Lainnya\nPemerintah Siapkan Operasi Pasar Murah Pekan Depan\n${MORE}`;
    const a = parseArticle(s);
    expect(a.paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
  });

  it('boilerplate: an embedded tweet whose text stands a blank line above its signature', () => {
    const s = `${BODY}\n\nWhat a night for the home side! #ContohCup pic.twitter.com/abc123\n\n— Contoh Sports (@contohsports) July 6, 2018\n\n${MORE}`;
    expect(parseArticle(s).paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
  });
});

describe('title: shapes above the headline', () => {
  it('title: a breadcrumb trail is navigation, a publication line above the headline is the publication line', () => {
    const a = parseArticle(`Home > Berita > Ekonomi\nSelasa, 17 Maret 2020 | 08:42 WIB\nHarga Cabai Naik Tajam\n${BODY}\n${MORE}`);
    expect(a.title?.text).toBe('Harga Cabai Naik Tajam');
    expect(a.published?.date).toBe('2020-03-17');
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['navigation']);
  });

  it('title: a site name by its shape is cut from the headline', () => {
    expect(parseArticle(`Harga Cabai Naik Tajam | Contoh News\n${BODY}\n${MORE}`).title?.text).toBe('Harga Cabai Naik Tajam');
    expect(parseArticle(`Harga Cabai Naik Tajam - contohwarta.com\n${BODY}\n${MORE}`).title?.text).toBe('Harga Cabai Naik Tajam');
  });

  it('title: a byline or a dateline alone on the first line is no headline', () => {
    expect(parseArticle(`Oleh Rina Kartika\n${BODY}\n${MORE}`).title).toBeNull();
    const d = parseArticle(`Jakarta, Contoh Online\n\n${BODY}\n${MORE}`);
    expect(d.title).toBeNull();
    expect(d.dateline?.outlet).toBe('Contoh Online');
  });
});

describe('dateline: after a standfirst or a caption', () => {
  it('dateline: a place in capitals after a one-sentence standfirst', () => {
    const a = parseArticle(`The council says the new rules will cut queues at the port.\n\nPETALING JAYA: The port council has approved a new booking system for lorries.\n${MORE}`);
    expect(a.dateline?.place).toBe('PETALING JAYA');
  });

  it("dateline: a caption's capitalised label gives way to the outlet's dateline on the next line", () => {
    const a = parseArticle(`DIPERIKSA: Petugas memeriksa takaran pompa bensin. Foto: Contoh\nWARTAPANTURA – ${BODY}\n${MORE}`);
    expect(a.dateline?.outlet).toBe('WARTAPANTURA');
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['caption']);
  });
});
