import { describe, expect, it } from 'vitest';
import { findSignOff } from '../src/credit/sign-off.js';
import { LANGUAGES } from '../src/lang/index.js';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { BODY, itRemovesJunkLines, MORE } from './page-lines.js';
import type { BoilerplateKind } from '../src/types.js';

/** Page furniture of outlets warta has no list entry for, read by shape. Texts written for these tests. */
const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
const MS_BODY = 'Kerajaan negeri akan menambah bekalan air bersih kepada penduduk kampung mulai minggu hadapan, kata pegawai itu.';
const MS_MORE = 'Para penduduk menyambut baik langkah tersebut kerana bekalan air sering terputus sejak bulan lalu.';

describe('credit: sign-offs of outlets without a list entry', () => {
  const cases: [string, string | null][] = [
    ['… kata dia. [ab]', 'ab'],
    ['… imbuhnya. [ab/cd]', 'ab/cd'],
    ['[xy]', 'xy'],
    ['… sebesar Rp 3 triliun. (Rina/contohpost)', 'Rina/contohpost'],
    ['… untuk dibahas.( Budi AS/Rina )', 'Budi AS/Rina'],
    ['… pungkasnya. (ab-03/cd)', 'ab-03/cd'],
    // A scraper cut the text before the closing parenthesis.
    ['… tandas dia. (Rina/c', 'Rina/c'],
    ['-xY', 'xY'],
    ['… throughout the region. — By R. Contoh', 'R. Contoh'],
    // Not sign-offs: asides and references in parentheses.
    ['… pada (Selasa/Rabu).', null],
    ['… tentang dunia di sekitar (Contoh; Lain: 1995).', null],
    ['… dibahas (lihat halaman 3)', null],
  ];
  for (const [tail, credit] of cases) {
    it(`credit: ${JSON.stringify(tail)} → ${credit ?? 'none'}`, () => {
      expect(findSignOff(tail, ALL)?.text ?? null).toBe(credit);
    });
  }

  it('credit: a topic tag in capitals under the editor line is navigation, not the credit', () => {
    const s = `${BODY}\n${MORE}\nReporter: Rina Kartika\nEditor: Budi Santoso\nHARGA CABAI NAIK`;
    const a = parseArticle(s);
    expect(a.credit).toBeNull();
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['editor', 'editor', 'navigation']);
    checkInvariants(s, a);
  });

  it('credit: a name in capitals on the last line after the body is still the credit', () => {
    expect(parseArticle(`${BODY}\n${MORE}\nRINA KARTIKA`).credit?.text).toBe('RINA KARTIKA');
  });
});

describe('boilerplate: more junk by its shape', () => {
  const lines: [string, BoilerplateKind][] = [
    ['Rina Kartika - Contohnews', 'editor'],
    ['Rina Kartika/Contohnews', 'editor'],
    ['Editor Budi Santoso', 'editor'],
    ['Kontributor Bogor, Rina Kartika', 'editor'],
    ['Piala Dunia Wartawan: Rina Kartika', 'editor'],
    ['Publisher: Rina Kartika', 'editor'],
    ['#cabai #harga #pasar', 'navigation'],
    ['Halaman: 1 2 3', 'navigation'],
    ['1 2 3 Selanjutnya', 'navigation'],
    ['Halaman selanjutnya', 'navigation'],
    ['Topik Menarik', 'related-link'],
    ['Dapatkan berita terbaru setiap hari dari kami. Bergabunglah di grup Telegram kami, caranya klik link https://t.me/contoh, lalu join.', 'other'],
    ['Apa Reaksi Anda? 80% Suka 10% Lucu 10% Sedih', 'comments'],
    ['Ilustrasi cabai rawit (Shutterstock)', 'caption'],
    ['Pedagang menata cabai di pasar. (ANTARA FOTO/Budi Santoso/abc.)', 'caption'],
  ];
  itRemovesJunkLines(lines);

  it('boilerplate: a prompt-like paragraph of prose stays (its later sentence names no platform)', () => {
    const s = `${BODY}\nLihat saja data terbaru dari dinas perdagangan. Informasi itu menunjukkan harga naik dua kali lipat.\n${MORE}`;
    expect(parseArticle(s).boilerplate).toEqual([]);
  });

  it('boilerplate: bulleted links in sentence case between paragraphs, and after a label without a colon', () => {
    const s = `${BODY}\n- Harga bawang merah ikut naik di pasar induk\n- Pemerintah siapkan operasi pasar murah pekan depan\n${MORE}`;
    expect(parseArticle(s).paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
    const t = `${BODY}\nBaca Juga\n- Harga bawang merah ikut naik di pasar induk\n- Pemerintah siapkan operasi pasar murah pekan depan\n${MORE}`;
    expect(parseArticle(t).paragraphs.map((p) => p.text)).toEqual([BODY, MORE]);
  });

  it('boilerplate: a list the article introduces with a colon, or whose items end like sentences, stays', () => {
    const s = `${BODY}\nLangkah yang disiapkan pemerintah:\n- Operasi pasar di tiga kota besar\n- Impor cabai dari negara tetangga\n${MORE}`;
    expect(parseArticle(s).boilerplate).toEqual([]);
    const t = `${BODY}\n- Operasi pasar digelar di tiga kota besar.\n- Cabai diimpor dari negara tetangga.\n${MORE}`;
    expect(parseArticle(t).boilerplate).toEqual([]);
  });

  it('boilerplate: `Related story:` and its linked headline in sentence case', () => {
    const s = `The ministry will add clean water supplies next week, an official said.\nResidents welcomed the move after weeks of cuts.\nRelated story:\nWater cuts to end in three districts by Friday\nThe utility will publish a schedule tomorrow.`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Related story: Water cuts to end in three districts by Friday']);
    checkInvariants(s, a);
  });

  it('boilerplate: a section kicker before the first sentence, and the writer note at the end', () => {
    const s = `ULASAN | ${MS_BODY}\n${MS_MORE}\nRINA KARTIKA ialah pensyarah kanan ekonomi di sebuah universiti awam.`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['navigation', 'ULASAN |'],
      ['editor', 'RINA KARTIKA ialah pensyarah kanan ekonomi di sebuah universiti awam.'],
    ]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([MS_BODY, MS_MORE]);
    checkInvariants(s, a);
    // The bar may be printed as a lower-case `l`.
    expect(parseArticle(`KATA MP l ${MS_BODY}\n${MS_MORE}`).paragraphs[0]!.text).toBe(MS_BODY);
  });

  it('boilerplate: a paragraph that opens with an acronym is no writer note', () => {
    const s = `${MS_BODY}\n${MS_MORE}\nPAS menafikan dakwaan itu dalam satu kenyataan semalam.`;
    expect(parseArticle(s).boilerplate).toEqual([]);
  });
});

describe('dateline: outlets and dates the lists lack', () => {
  const cases: [string, string, string | null, string | null][] = [
    // raw, place, outlet, and the first words of the story
    ['PUTRAJAYA 14 Nov. –', 'PUTRAJAYA', null, MS_BODY],
    ['BAITULMAQDIS 6 Dis. -', 'BAITULMAQDIS', null, MS_BODY],
    ['KUALA LUMPUR, Oct 14 --', 'KUALA LUMPUR', null, 'The ministry will add clean water supplies to the villagers starting next week, an official said on Tuesday.'],
    ['WARTAKITA, Bandung -', 'Bandung', 'WARTAKITA', BODY],
    ['Contohkabar.com, Jakarta -', 'Jakarta', 'Contohkabar.com', BODY],
  ];
  for (const [raw, place, outlet, body] of cases) {
    it(`dateline: ${JSON.stringify(raw)}`, () => {
      const s = `${raw} ${body}\n${MORE}`;
      const a = parseArticle(s);
      expect([a.dateline?.raw, a.dateline?.place, a.dateline?.outlet ?? null]).toEqual([raw, place, outlet]);
      checkInvariants(s, a);
    });
  }

  it('dateline: a place and its province share a casing, so `Mataram, NTB` stays one place', () => {
    expect(parseArticle(`Mataram, NTB (ANTARA) - ${BODY}\n${MORE}`).dateline?.place).toBe('Mataram, NTB');
  });

  it('dateline: a long credited caption above the dateline, and a bare place after a caption', () => {
    const caption = 'Petugas kesihatan (dua dari kiri) memeriksa tekanan darah penduduk ketika kempen saringan percuma di dewan orang ramai sempena minggu kesihatan yang berlangsung sejak awal bulan ini di seluruh daerah. di sini hari ini. Foto oleh NAMA JURUGAMBAR';
    const a = parseArticle(`${caption}\n\nKUALA TERENGGANU - ${MS_BODY}\n${MS_MORE}`);
    expect(a.dateline?.place).toBe('KUALA TERENGGANU');
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['caption']);
    const b = parseArticle(`Harga Cabai Naik Tajam\n\nIlustrasi cabai rawit (Shutterstock)\n\nJakarta - ${BODY}\n${MORE}`);
    expect(b.dateline?.raw).toBe('Jakarta -');
    expect(b.boilerplate.map((x) => x.kind)).toEqual(['caption']);
  });
});

describe('title: a name alone above the story', () => {
  it('title: a name on the first line is the byline or a caption, not the headline', () => {
    const a = parseArticle(`Rina Kartika\n\nKUALA LUMPUR, Oct 2 -- The ministry will add clean water supplies to the villagers starting next week, an official said.\nResidents welcomed the move after weeks of cuts.`);
    expect(a.title).toBeNull();
    expect(a.dateline?.place).toBe('KUALA LUMPUR');
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Rina Kartika']);
  });

  it('title: a short headline with a verb-like word count of four or more stays a headline', () => {
    expect(parseArticle(`Harga Cabai Naik Tajam\n${BODY}\n${MORE}`).title?.text).toBe('Harga Cabai Naik Tajam');
  });
});
