import { describe, expect, it } from 'vitest';
import { parseArticle, parseDateline } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Datelines of outlets warta has not seen, round 27 (issue 9): a site's web address before its city with no comma
 * (`KABARMUARA.NET SUKARAMAI -`), and a web address, its dash, then the city in title case closed by a full stop
 * (`kabarmuara.net - Sukaramai. …`), and a one-word place glued to the lead by a hyphen (`Sukaramai-Kepala Dinas …`).
 * A glued related headline ends before a resumed lead that opens with a role and its holder before a speech verb.
 * Every outlet, place and sentence here is invented for these tests.
 */
const ID_1 = 'Warga dua kelurahan di tepi muara menggelar kerja bakti membersihkan saluran air menjelang musim hujan.';
const ID_2 = 'Lurah setempat menyebut lebih dari dua ratus orang ikut serta, termasuk pelajar dan pedagang pasar pagi.';

describe('a web address before its city, no comma between', () => {
  it('`DOMAIN CITY -` gives the outlet and the place', () => {
    for (const [head, outlet] of [
      ['KABARMUARA.NET SUKARAMAI -', 'KABARMUARA.NET'],
      ['Kabarmuara.co.id TIRTAJAYA –', 'Kabarmuara.co.id'],
    ] as const) {
      const text = `${head} ${ID_1}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.dateline?.outlet).toBe(outlet);
      expect(a.dateline?.place).toBe(head.split(' ')[1]);
      expect(texts(a)).toEqual([ID_1, ID_2]);
    }
  });

  it('a word in capitals after a web address with no dash is no place', () => {
    const text = `KABARMUARA.NET EKSKLUSIF ${ID_1}\n\n${ID_2}`;
    expect(parseDateline(text)?.place ?? null).toBeNull();
  });
});

describe('a web address, its dash, then a city in title case closed by a full stop', () => {
  it('`domain - City.` gives the place and leaves the city out of the lead', () => {
    const text = `kabarmuara.net - Sukaramai. ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.outlet).toBe('kabarmuara.net');
    expect(a.dateline?.place).toBe('Sukaramai');
    expect(texts(a)).toEqual([ID_1, ID_2]);
  });

  it('a headline or a longer sentence after the dash is no place', () => {
    for (const lead of ['Pasar Pagi Sukaramai Dibuka Kembali Setelah Renovasi', 'Pasar Pagi Sukaramai Dibuka Kembali. Pedagang menyambut baik.']) {
      const text = `kabarmuara.net - ${lead} ${ID_1}\n\n${ID_2}`;
      expect(parseDateline(text)?.place ?? null).toBeNull();
    }
  });
});

describe('a one-word place glued to the story by a hyphen', () => {
  const lead = 'Kepala Dinas Pasar Hendrawira Pramudita meninjau los ikan yang baru selesai dibangun di tepi muara pekan ini.';

  it('`Place-Title Field …` on the first line is the dateline, for a known place or a word in capitals', () => {
    for (const head of ['Gorontalo-', 'SUKARAMAI-']) {
      const text = `${head}${lead}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.dateline?.raw).toBe(head);
      expect(a.dateline?.place).toBe(head.slice(0, -1));
      expect(texts(a)).toEqual([lead, ID_2]);
    }
  });

  it('an acronym after the hyphen opens the story too', () => {
    const story = 'KPK menetapkan dua pejabat dinas pasar sebagai tersangka dalam kasus pengadaan los ikan.';
    expect(parseDateline(`SUKARAMAI-${story}\n\n${ID_2}`)?.place).toBe('SUKARAMAI');
  });

  it('a route between two places, a headline, or a later line is no dateline', () => {
    for (const text of [
      `Gorontalo-Tirtajaya kini cukup dua jam lewat jalan tol yang diresmikan gubernur bulan lalu.\n\n${ID_2}`,
      `Gorontalo-Tirtajaya Kian Ramai Jelang Musim Mudik\n\n${ID_1}\n\n${ID_2}`,
      `Pasar Ikan Sukaramai Dibuka\n\nGorontalo-${lead}\n\n${ID_2}`,
    ]) {
      expect(parseDateline(text)?.raw ?? '').not.toMatch(/-$/);
    }
  });

  it('a prefixed word in ordinary case (`Anti-`, `Pasca-`, `Semi-`) or an unknown word is no place, and stays in the lead', () => {
    for (const lead2 of [
      'Anti-Rentenir Sukaramai, sebuah paguyuban pedagang, menggelar pelatihan pembukuan bagi anggotanya pekan ini.',
      'Pasca-Banjir Bandang, Dinas Sosial membagikan selimut dan beras kepada warga di tiga dusun yang terdampak.',
      'Semi-Final Liga Voli Antarkampung digelar di lapangan desa dan ditonton ratusan warga hingga larut malam.',
      `Sukaramai-${lead}`,
    ]) {
      const text = `${lead2}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.dateline?.raw ?? '').not.toMatch(/-$/);
      expect(texts(a)[0]).toBe(lead2);
    }
  });
});

describe('a glued related headline, then a lead that opens with a role and its holder', () => {
  const pre = 'Perpustakaan keliling kabupaten mulai menyambangi dusun-dusun di lereng bukit sejak awal pekan ini.';

  it('the headline ends before the role word, or before the name and comma in front of it', () => {
    for (const [headline, lead] of [
      ['Relawan Muda Ajari Anak Nelayan Membaca di Dermaga', 'Peneliti Pusat Studi Perpustakaan Pramesthi Tirtasari memperkirakan minat baca anak desa naik tahun ini.'],
      ['Gedung Arsip Daerah Dibuka untuk Pelajar Tiap Akhir Pekan', 'Kinanti Ambarwulan, Ketua Forum Taman Bacaan Sukaramai memastikan dua mobil buku tiba akhir bulan.'],
    ] as const) {
      const text = `${pre} Baca juga: ${headline} ${lead}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.boilerplate.map((b) => b.text)).toEqual([`Baca juga: ${headline}`]);
      expect(texts(a)).toEqual([pre, lead]);
    }
  });

  it('a role word inside the headline, with no speech verb after the run, keeps the old cut', () => {
    const text = `${pre} Baca juga: Bupati Lantik Kepala Dinas Baru Sebelumnya bupati menyebut harga harus stabil.`;
    const a = parseArticle(text);
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Baca juga: Bupati Lantik Kepala Dinas Baru']);
  });
});

describe('a glued related headline before a gap, then the story\'s own numbered item', () => {
  const pre = 'Berikut tiga kabar pasar yang paling banyak dibaca pekan ini di kanal ekonomi kami. 1. Harga Cabai Naik Lagi Pedagang menyebut pasokan turun.';

  it('the headline ends before the item number, even when a gap follows the item', () => {
    const text = `${pre} Baca juga: Harga Bawang Merah Mulai Naik 2. Pasar Ikan Sukaramai Dibuka Kembali  Los ikan yang baru selesai dibangun mulai dipakai pedagang.`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Baca juga: Harga Bawang Merah Mulai Naik']);
    expect(texts(a).join(' ')).toContain('2. Pasar Ikan Sukaramai Dibuka Kembali');
  });

  it('with no numbered item, the gap still ends the headline', () => {
    const text = `${pre} Baca juga: Harga Bawang Merah Mulai Naik di Pasar Induk  Los ikan yang baru selesai dibangun mulai dipakai pedagang.`;
    expect(parseArticle(text).boilerplate.map((b) => b.text)).toEqual(['Baca juga: Harga Bawang Merah Mulai Naik di Pasar Induk']);
  });
});
