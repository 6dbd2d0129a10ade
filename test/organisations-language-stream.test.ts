import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/parse-article.js';
import type { SupportedLanguage } from '../src/types.js';

/**
 * Articles in three languages, each using its own language's tables: an officer's title after the
 * company (`Presiden`, `chairman`, `Pengarah`, `Komisaris` open a title in one language only) and an
 * outlet glued to the small word after it (`di`, `bahawa`, `yang` are glued words of some languages only).
 */
const ARTICLES: { language: SupportedLanguage; text: string; names: string[] }[] = [
  {
    language: 'ind',
    text:
      'Dompet digital Kencanapay mencatat lonjakan pengguna sepanjang tahun ini.\n\n' +
      'Pinjaman lewat Kencanapay ikut naik. Kencanapay Presiden Direktur Rina Wulandari menyebut bunga akan turun, seperti dimuat The Jakarta Postdi laman mereka.',
    names: ['Kencanapay', 'The Jakarta Post'],
  },
  {
    language: 'eng',
    text:
      'Shares of Lautmas climbed on Thursday after a quiet week.\n\n' +
      'Lautmas chairman Rina Wulandari said orders from the islands had doubled, she told The Washington Postin a phone call.',
    names: ['Lautmas', 'The Washington Post'],
  },
  {
    language: 'zlm',
    text:
      'Syarikat Telagamas menjual lebih banyak baja pada suku ketiga.\n\n' +
      'Jualan Telagamas meningkat. Telagamas Pengarah Urusan Ahmad Zaki Osman berkata, menurut Malay Mailbahawa harga baja akan turun.',
    names: ['Syarikat Telagamas', 'Telagamas', 'Malay Mail'],
  },
  {
    language: 'ind',
    text:
      'Saham Tokobumi menguat pada perdagangan sore.\n\n' +
      'Investor memburu Tokobumi sejak pekan lalu. Tokobumi Komisaris Utama Budi Santoso mengatakan, laporan Financial Timesyang beredar itu keliru.',
    names: ['Tokobumi', 'Financial Times'],
  },
];

/** Each organisation's name and its mentions as written. */
function organisations(text: string, language: SupportedLanguage): string[][] {
  return parseArticle(text, { language }).organisations.map((o) => [o.name, ...o.mentions.map((m) => text.slice(m.start, m.end))]);
}

describe('organisations in a stream of languages', () => {
  it('organisations stream: ind, eng, zlm and ind articles in turn find what each finds alone', () => {
    // Alone: each article parsed right after itself, so nothing of another language was read last.
    const alone = ARTICLES.map(({ text, language }) => {
      organisations(text, language);
      return organisations(text, language);
    });
    alone.forEach((found, k) => expect(found.map((o) => o[0])).toEqual(ARTICLES[k]!.names));
    const stream = ARTICLES.map(({ text, language }) => organisations(text, language));
    expect(stream).toEqual(alone);
  });
});
