import { describe, expect, it } from 'vitest';
import { findSignOff } from '../src/credit/sign-off.js';
import { LANGUAGES } from '../src/lang/index.js';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Junk, credits, titles and datelines in the shapes of outlets warta has no list entry for (issue 9).
 * Every outlet, person and sentence here is invented for these tests.
 */
const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
const ID_1 = 'Harga cabai rawit di Pasar Induk Sukamaju naik tajam sejak awal pekan karena pasokan dari petani berkurang akibat hujan deras.';
const ID_2 = '"Kami berharap pasokan kembali normal minggu depan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari, Senin.';
const ID_3 = 'Pemerintah daerah berencana menggelar operasi pasar untuk menekan harga di tingkat konsumen dalam waktu dekat.';
const ID = `${ID_1}\n\n${ID_2}\n\n${ID_3}`;
const MS_1 = 'Harga ayam di pasar basah Kampung Seri Contoh naik sejak minggu lalu kerana bekalan berkurangan akibat hujan lebat.';
const MS_2 = '"Kami harap bekalan kembali normal minggu depan," kata Pengerusi Persatuan Penternak Contoh, Aminah Yusof.';
const MS = `KUALA LUMPUR: ${MS_1}\n\n${MS_2}`;
const EN_1 = 'Chilli prices at the Sukamaju central market rose sharply this week as supplies from farmers fell after heavy rain.';
const EN_2 = '"We hope supplies return to normal next week," said farmers alliance chairman Rina Wulandari on Monday.';
const EN = `${EN_1}\n\n${EN_2}`;
const CAPTION_1 =
  'Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari (kanan) berbincang dengan pedagang cabai saat meninjau Pasar Induk Sukamaju, Senin (3/2/2020). Harga cabai rawit di pasar itu naik hingga dua kali lipat sejak pekan lalu.';
const CAPTION_2 = 'Petugas dinas perdagangan memeriksa timbangan milik pedagang di Pasar Induk Sukamaju, Senin (3/2/2020), untuk memastikan takaran tidak dikurangi ketika harga sedang naik menjelang bulan puasa.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('credit: sign-offs of agencies and outlets the lists lack', () => {
  it('credit: agencies joined by a slash or a hyphen after a dash', () => {
    for (const [tail, credit] of [
      [' - AGENSI/Reuters', 'AGENSI/Reuters'],
      [' -ABC-BERNAMA', 'ABC-BERNAMA'],
      [' — Bernama/AFP', 'Bernama/AFP'],
    ] as const) {
      expect(findSignOff(`${MS_1}${tail}`, ALL)?.text).toBe(credit);
    }
  });

  it('credit: a listed agency after a last quote that lost its full stop; a club after a score is none', () => {
    expect(findSignOff(`"Kami harap bekalan kembali normal," katanya - BERNAMA`, ALL)?.text).toBe('BERNAMA');
    expect(findSignOff('Pasukan Sukamaju menang 2-1 - PSKM', ALL)).toBeNull();
  });

  it('credit: an outlet in ordinary case named with a brand word, or with the date it ran', () => {
    expect(findSignOff(`${MS_1} - Warta Sukamaju Online`, ALL)?.text).toBe('Warta Sukamaju Online');
    expect(findSignOff(`${MS_1} – Harian Sukamaju 7/9/2017`, ALL)?.text).toBe('Harian Sukamaju 7/9/2017');
    expect(findSignOff(`${MS_1} – SUKAMAJUDAILY 7 September 2017`, ALL)?.text).toBe('SUKAMAJUDAILY 7 September 2017');
    // A name after a dash, with neither, is no sign-off.
    expect(findSignOff(`${MS_1} - Aminah Yusof`, ALL)).toBeNull();
    // Nor is a name after a word that does not end a sentence.
    expect(findSignOff('Pengerusi Persatuan - Harian Sukamaju', ALL)).toBeNull();
  });

  it('credit: an outlet and its date alone on the last line, a full name in parentheses, initials with the agencies drawn on', () => {
    const cases: [string, string][] = [
      [`${MS}\n\nSUKAMAJUDAILY 7/9/2017`, 'SUKAMAJUDAILY 7/9/2017'],
      [`${ID}\n\n(Rina Wulandari)`, 'Rina Wulandari'],
      [`${ID}\n\nrin/bud (Reuters, AFP)`, 'rin/bud (Reuters, AFP)'],
    ];
    for (const [s, credit] of cases) {
      const a = parseArticle(s);
      expect(a.credit?.text).toBe(credit);
      expect(texts(a).at(-1)).toBe(s.startsWith('KUALA') ? MS_2 : ID_3);
      checkInvariants(s, a);
    }
    // A one-word aside in parentheses is no name.
    expect(parseArticle(`${ID}\n\n(Bersambung)`).credit).toBeNull();
  });
});

describe('boilerplate: junk lines of new outlets, by their shape', () => {
  it('boilerplate: a reminder before a prompt, share and comment counts', () => {
    const cases: [string, string, string][] = [
      [ID, 'Jangan lupa ikuti akun Instagram @wartasukamaju untuk berita terbaru.', 'other'],
      [MS, 'Jangan lupa ikuti kami di media sosial.', 'other'],
      [EN, "Don't forget to follow us on Instagram for more updates.", 'other'],
      [ID, '0 Shares', 'share'],
      [EN, '12 Comments', 'comments'],
    ];
    for (const [body, line, kind] of cases) {
      const s = `${body}\n\n${line}`;
      const a = parseArticle(s);
      expect(junkOf(a)).toEqual([[kind, line]]);
      checkInvariants(s, a);
    }
  });

  it('boilerplate: caption labels that print the photo source and caption as lines', () => {
    for (const line of ['Sumber gambar, Kantor Berita Sukamaju', 'Keterangan gambar, Pedagang melayani pembeli di Pasar Induk Sukamaju, Senin.', 'Image caption Traders at the Sukamaju market on Monday.']) {
      const s = `${ID_1}\n\n${line}\n\n${ID_2}\n\n${ID_3}`;
      const a = parseArticle(s);
      expect(junkOf(a)).toEqual([['caption', line]]);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    }
    // A long paragraph that opens with the same words is prose.
    const prose = `Keterangan gambar, menurut ahli hukum, ${ID_3.toLowerCase()} ${ID_1} ${ID_3}`;
    expect(texts(parseArticle(`${ID_1}\n\n${prose}\n\n${ID_2}`))).toContain(prose);
  });

  it('boilerplate: a list of sentence-case headlines under a label, and topics under a tag label, to the end', () => {
    const related = ['Petani bawang mengeluh soal harga pupuk', 'Operasi pasar digelar di tiga kecamatan'];
    const s = `${ID}\n\nBaca Juga:\n\n${related.join('\n\n')}\n\n(rin)`;
    const a = parseArticle(s);
    expect(junkOf(a)).toEqual([['related-link', `Baca Juga: ${related.join(' ')}`]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    expect(a.credit?.text).toBe('rin');
    checkInvariants(s, a);
    const tags = parseArticle(`${MS}\n\nTOPIK:\n\nHarga Ayam\n\nPenternak`);
    expect(junkOf(tags)).toEqual([['navigation', 'TOPIK: Harga Ayam Penternak']]);
    expect(texts(tags)).toEqual([MS_1, MS_2]);
    // Under the label, the short lines with no sentence end are its links; the paragraph after them ends the list.
    const mid = `${ID_1}\n\nBaca Juga:\n\n${related.join('\n\n')}\n\n${ID_2}\n\n${ID_3}`;
    expect(texts(parseArticle(mid))).toEqual([ID_1, ID_2, ID_3]);
  });

  it('boilerplate: a byline alone above the lead, a caption ending with its photographer in parentheses', () => {
    const byline = `Harga Cabai Naik di Pasar Induk Sukamaju\n\nRina Wulandari\n\n${ID}`;
    const a = parseArticle(byline);
    expect(junkOf(a)).toEqual([['editor', 'Rina Wulandari']]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    const caption = 'Pedagang melayani pembeli di Pasar Induk Sukamaju. (Warta Sukamaju/Rina Wulandari)';
    const b = parseArticle(`${ID_1}\n\n${caption}\n\n${ID_2}\n\n${ID_3}`);
    expect(junkOf(b)).toEqual([['caption', caption]]);
  });

  it('boilerplate: a byline with its date and time is furniture, never the headline', () => {
    const line = 'Rina Wulandari/ Peneliti Lembaga Sukamaju 12 Jul 2018 - 7:00 422';
    const s = `${line}\n\n${ID}`;
    const a = parseArticle(s);
    expect(a.title).toBeNull();
    expect(junkOf(a)).toEqual([['other', line]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });
});

describe('title: a kicker above the headline', () => {
  it('title: the short topic line above a longer Title Case headline is navigation; the headline is the title', () => {
    const s = `Jelang Final Piala Sukamaju\n\nTim Sukamaju Bertekad Juara di Kandang Sendiri\n\n${ID}`;
    const a = parseArticle(s);
    expect(a.title?.text).toBe('Tim Sukamaju Bertekad Juara di Kandang Sendiri');
    expect(junkOf(a)).toEqual([['navigation', 'Jelang Final Piala Sukamaju']]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    checkInvariants(s, a);
  });

  it('title: a headline above a sentence-case deck or a byline keeps the title', () => {
    const deck = `Harga Cabai Naik di Pasar Induk\n\nPedagang mengeluh sepi pembeli sejak harga naik pekan lalu\n\n${ID}`;
    expect(parseArticle(deck).title?.text).toBe('Harga Cabai Naik di Pasar Induk');
    const byline = `Harga Cabai Naik di Pasar Induk\n\nRina Wulandari\n\n${ID}`;
    expect(parseArticle(byline).title?.text).toBe('Harga Cabai Naik di Pasar Induk');
  });
});

describe('dateline: captions above it, and the lines a caption may follow', () => {
  it('dateline: two long captions between the headline and a dateline are both captions', () => {
    for (const dateline of ['BANDUNG, KOMPAS.com - ', 'wartasukamaju.com, BANDUNG - ']) {
      const s = `Harga Cabai Naik di Pasar Induk Sukamaju\n\n${CAPTION_1}\n\n${CAPTION_2}\n\n${dateline}${ID}`;
      const a = parseArticle(s);
      expect(a.dateline?.raw).toBe(dateline.trim());
      expect(junkOf(a)).toEqual([['caption', CAPTION_1], ['caption', CAPTION_2]]);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      checkInvariants(s, a);
    }
  });

  it('dateline: a publication line on top does not count: a caption and a bare place in capitals may follow it', () => {
    const s = `Harga Cabai Naik di Pasar Induk Sukamaju\n\nSenin, 3 Februari 2020 | 10:15 WIB\n\n${CAPTION_2}\n\nBANDUNG - ${ID}`;
    const a = parseArticle(s);
    expect(a.dateline?.raw).toBe('BANDUNG -');
    expect(a.published?.date).toBe('2020-02-03');
    expect(junkOf(a)).toEqual([['caption', CAPTION_2]]);
  });

  it('dateline: a domain, a dash and a place in capitals with a colon', () => {
    const a = parseArticle(`WARTASUKAMAJU.COM - BANDUNG: ${ID}`);
    expect([a.dateline?.place, a.dateline?.outlet]).toEqual(['BANDUNG', 'WARTASUKAMAJU.COM']);
    expect(texts(a)[0]).toBe(ID_1);
  });
});

describe('dateline: a date written without its year is the filing date, never after the article', () => {
  it('dateline: a foreign city and a Malay short date take the last such day on or before the reference', () => {
    const cases: [string, string][] = [
      ['ISTANBUL 5 Mac -', '2017-03-05'],
      ['KAHERAH 14 Feb. -', '2017-02-14'],
      ['KUALA LUMPUR 7 Nov. –', '2017-11-07'],
      ['KUALA LUMPUR, Oct 2 --', '2017-10-02'],
    ];
    for (const [dateline, date] of cases) {
      const a = parseArticle(`${dateline} ${MS_1}\n\n${MS_2}`, { referenceDate: '2017-11-08' });
      expect([a.dateline?.raw, a.dateline?.date]).toEqual([dateline, date]);
    }
    // Without a reference the year is unknown: no date, and a warning says so.
    const a = parseArticle(`ISTANBUL 5 Mac - ${MS_1}\n\n${MS_2}`);
    expect(a.dateline?.date).toBeNull();
    expect(a.warnings.join(' ')).toContain('pass referenceDate');
  });
});

describe('boilerplate: a blog platform footer under the story', () => {
  it('boilerplate: share and like widgets with platforms one to a line, view counts, the comment form, post links', () => {
    const footers: [string, string][] = [
      [ID, 'Bagikan ini:\n\nTwitter\nFacebook\n\nSuka ini:\n\nSuka Memuat...\n\nTerkait'],
      [EN, 'Share this:\n\nTwitter\nFacebook\n\nLike this:\n\nLike Loading...'],
      [MS, 'Kongsi ini:\n\nFacebook\nWhatsApp\n\nBerkaitan'],
      [ID, 'Dibaca: 312 kali\n\nTinggalkan Balasan\n\nArtikel Sebelumnya\nArtikel Selanjutnya'],
      [EN, 'Post Views: 1,234\n\nLeave a Reply Cancel reply\n\nPrevious article\nNext article'],
    ];
    for (const [body, footer] of footers) {
      const s = `${body}\n\n${footer}`;
      const a = parseArticle(s);
      expect(texts(a)).toEqual(body === ID ? [ID_1, ID_2, ID_3] : body === MS ? [MS_1, MS_2] : [EN_1, EN_2]);
      expect(a.boilerplate.length).toBeGreaterThan(0);
      checkInvariants(s, a);
    }
    // A platform's name alone, with no share label above it, stays (a subhead of a story about it).
    expect(texts(parseArticle(`${EN_1}\n\nFacebook\n\n${EN_2}`))).toEqual([EN_1, 'Facebook', EN_2]);
  });
});
