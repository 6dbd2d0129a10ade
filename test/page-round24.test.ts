import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline/find-dateline.js';
import { parseArticle } from '../src/index.js';
import { LANGUAGES } from '../src/lang/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Page furniture of outlets warta has not seen, round 24 (issue 9): related headlines in sentence case with no
 * bullet and no label, a photo credit on its own line above the dateline, an outlet and its regional edition
 * joined by a slash, a quoted name's acronym ending the last sentence, and a dateline's year read from a dated
 * line at the end. Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.';
const ID_2 = '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.';
const ID_3 = 'Pemerintah desa juga menyiapkan anggaran untuk memperbaiki pintu air yang rusak di hulu saluran.';
const EN_1 = 'The Contohland Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';
const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Daniel Tan told reporters.';
const HEADLINES = [
  'Harga bawang merah di Sukamaju turun jelang musim panen',
  'Warga Desa Cipanyawang keluhkan jalan rusak menuju sekolah',
  'Bupati Sukaraja resmikan jembatan gantung di Kecamatan Ciloa',
];

const kinds = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => b.kind);

describe('related headlines in sentence case, no bullet and no label', () => {
  it('a run of three after the story goes as one list', () => {
    const text = `SUKAMAJU - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${HEADLINES.join('\n')}\n`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    expect(kinds(a)).toEqual(['related-link']);
    expect(a.boilerplate[0]!.text).toBe(HEADLINES.join(' '));
  });

  it('a run of three between paragraphs goes too', () => {
    const text = `SUKAMAJU - ${ID_1}\n\n${HEADLINES.join('\n\n')}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('two such lines, a list introduced by a colon, or short items stay', () => {
    const two = `SUKAMAJU - ${ID_1}\n\n${HEADLINES.slice(0, 2).join('\n')}\n\n${ID_3}`;
    expect(texts(parseArticle(two))).toHaveLength(4);
    const introduced = `SUKAMAJU - ${ID_1}\n\nWarga menyampaikan tiga keluhan:\n${HEADLINES.join('\n')}\n\n${ID_3}`;
    expect(texts(parseArticle(introduced))).toHaveLength(6);
    const short = `SUKAMAJU - ${ID_1}\n\nPintu air rusak\nSaluran tersumbat\nSawah Sukamaju kering\n\n${ID_3}`;
    expect(texts(parseArticle(short))).toHaveLength(5);
  });

  it('a colon-introduced list of four or more stays whole: its later lines are no run of their own', () => {
    const intro = 'Dalam rapat itu warga menyampaikan sejumlah keluhan:';
    const items = [...HEADLINES, 'Pedagang Pasar Ciloa minta tambahan lapak selama renovasi', 'Sekolah dasar di Desa Sukaraja kekurangan guru honorer'];
    const text = `SUKAMAJU - ${ID_1}\n\n${intro}\n${items.join('\n')}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([ID_1, intro, ...items, ID_3]);
    expect(a.boilerplate).toEqual([]);
  });

  it('lines that name nothing (no capital or figure after the first word) stay', () => {
    const plain = ['Pelan pelan kita berjalan pulang ke rumah', 'Hujan turun di atas sawah yang sunyi', 'Angin membawa kabar dari seberang sana'];
    const text = `SUKAMAJU - ${ID_1}\n\n${plain.join('\n')}\n\n${ID_3}`;
    expect(texts(parseArticle(text))).toHaveLength(5);
  });
});

describe('a photo credit on its own line above the dateline', () => {
  it('the caption and its credit go, and the bare place under them is the dateline', () => {
    const caption = 'Petugas memeriksa tekanan darah warga di posko kesehatan Desa Sukamaju, Senin (3/3/2025).';
    const text = `${caption}\nKabarsukamaju/Dimas Pratama\nSUKAMAJU - ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.raw).toBe('SUKAMAJU -');
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['caption', caption],
      ['caption', 'Kabarsukamaju/Dimas Pratama'],
    ]);
    expect(texts(a)).toEqual([ID_1, ID_2]);
  });

  it('a first name alone after the source will do, and a credit naming a paper is a caption, not the site\'s name', () => {
    const caption = 'Warga menimba air dari sumur umum di Desa Sukamaju.';
    expect(parseArticle(`${caption}\nKabarsukamaju/Dimas\nSUKAMAJU - ${ID_1}\n\n${ID_2}`).dateline?.place).toBe('SUKAMAJU');
    const ms = parseArticle(`Orang ramai beratur di klinik sementara semalam.\nHarian Contoh/Azman Ali\nKUALA LUMPUR: ${ID_1}\n\n${ID_2}`);
    expect(ms.boilerplate.map((b) => b.kind)).toEqual(['caption', 'caption']);
  });

  it('the credit the other way round, in brackets, is furniture too', () => {
    const text = `Warga menimba air dari sumur umum di Desa Sukamaju.\n(Dimas Pratama/Kabarsukamaju)\nSUKAMAJU - ${ID_1}\n\n${ID_2}`;
    expect(parseArticle(text).dateline?.place).toBe('SUKAMAJU');
  });
});

describe('an outlet and its regional edition', () => {
  it('`OUTLET/EDITION, CITY -`: the outlet keeps its edition, the city is the place', () => {
    const text = `WARTA SAMUDRA/MALUKU, AMBON - ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline).toMatchObject({ raw: 'WARTA SAMUDRA/MALUKU, AMBON -', place: 'AMBON', outlet: 'WARTA SAMUDRA/MALUKU' });
    expect(texts(a)).toEqual([ID_1, ID_2]);
  });

  it('a domain with its edition too', () => {
    const a = parseArticle(`WARTASAMUDRA.COM/MALUKU, AMBON - ${ID_1}\n\n${ID_2}`);
    expect(a.dateline).toMatchObject({ place: 'AMBON', outlet: 'WARTASAMUDRA.COM/MALUKU' });
  });
});

describe('a quoted name and its acronym end the last sentence', () => {
  it('the acronym after a quoted name is no credit', () => {
    const last = 'The office will report to a new regional body known as the "River Care Council" (RCC)';
    const text = `${EN_1}\n\n${EN_2}\n\n${last}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit).toBeNull();
    expect(texts(a)[2]).toBe(last);
  });

  it('initials after a quote that closes a sentence are still the credit', () => {
    const a = parseArticle(`${ID_1}\n\n"Kami siap membantu," kata Rina." (ab/cd)`);
    expect(a.credit?.text).toBe('ab/cd');
  });
});

describe('the year a dateline leaves out, from a dated line at the end', () => {
  it('a statement signed with the place and the full date', () => {
    const text = `Sukamaju, 12 Maret - ${ID_1}\n\n${ID_2}\n\nSukamaju, 12 Maret 2025\nRina Wulandari\nKepala Desa Sukamaju\n`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline).toMatchObject({ raw: 'Sukamaju, 12 Maret -', date: '2025-03-12' });
  });

  it('findDateline flags a day and month left without a year, in either order, and not once a reference dates them', () => {
    const all = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
    for (const head of ['Sukamaju, 12 Maret - ', 'SUKAMAJU, Oct 14 -- ']) {
      expect(findDateline(`${head}${ID_1}`, 0, all)).toMatchObject({ date: null, yearMissing: true });
      expect(findDateline(`${head}${ID_1}`, 0, all, { referenceDate: '2025-11-20' })).toMatchObject({ yearMissing: false });
    }
    expect(findDateline(`Sukamaju, 12 Maret 2025 - ${ID_1}`, 0, all)?.yearMissing).toBe(false);
  });

  it('no dated line: the date stays unknown', () => {
    const a = parseArticle(`Sukamaju, 12 Maret - ${ID_1}\n\n${ID_2}\n\nRina Wulandari\n`);
    expect(a.dateline?.date).toBeNull();
  });

  it('a publication line with `pada`/`on` after its word, at the end', () => {
    const id = parseArticle(`Sukamaju, 12 Maret - ${ID_1}\n\n${ID_2}\n\nDipublikasikan pada 12 Maret 2025 10:15 WIB\n`);
    expect(id.published?.date).toBe('2025-03-12');
    expect(id.dateline?.date).toBe('2025-03-12');
    const en = parseArticle(`SINGAPORE, March 12 -- ${EN_1}\n\n${EN_2}\n\nPublished on March 12, 2025\n`);
    expect(en.published?.date).toBe('2025-03-12');
  });
});

describe('follow prompts naming newer platforms', () => {
  for (const line of ['Follow us on Threads', 'Ikuti kami di Threads dan LinkedIn', 'Sertai kami di Threads']) {
    it(`${JSON.stringify(line)} goes`, () => {
      const a = parseArticle(`${EN_1}\n\n${line}\n\n${EN_2}`);
      expect(a.boilerplate.map((b) => b.text)).toEqual([line]);
      expect(texts(a)).toEqual([EN_1, EN_2]);
    });
  }
});

describe('bullets of other glyphs before related headlines', () => {
  for (const bullet of ['▶', '➤', '→', '–', '✓', '○', '📌', '▪️']) {
    it(`a list bulleted with ${bullet} goes`, () => {
      const text = `SUKAMAJU - ${ID_1}\n\n${ID_3}\n\n${HEADLINES.map((h) => `${bullet} ${h}`).join('\n')}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_3]);
    });
  }
});

describe('a byline naming the site under the first paragraph', () => {
  it('is no dateline: the bare place of the first line stays the dateline and the first paragraph stays', () => {
    const text = `SUKAMAJU - ${ID_1}\n\nRina Wulandari, Kabarsukamaju.com\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.raw).toBe('SUKAMAJU -');
    expect(texts(a)).toEqual([ID_1, ID_3]);
  });
});

describe('credits without brackets', () => {
  it('lower-case initials joined by a slash alone on the last line', () => {
    const text = `${ID_1}\n\n${ID_3}\n\nrin/bud`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('rin/bud');
    expect(texts(a)).toEqual([ID_1, ID_3]);
  });

  it('initials after a slash at the end of the last sentence', () => {
    const a = parseArticle(`${ID_1}\n\n${ID_3} /rin`);
    expect(a.credit?.text).toBe('rin');
    expect(texts(a)).toEqual([ID_1, ID_3]);
  });

  it('a listed agency in ordinary case alone on the last line; another name alone is no credit', () => {
    expect(parseArticle(`${EN_1}\n\n${EN_2}\n\nReuters`).credit?.text).toBe('Reuters');
    expect(parseArticle(`${EN_1}\n\n${EN_2}\n\nSingapore`).credit).toBeNull();
  });

  it('`(With additional reporting by …)` is the editor line', () => {
    const line = '(With additional reporting by Contoh Wire)';
    const a = parseArticle(`${EN_1}\n\n${EN_2}\n\n${line}`);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['editor', line]]);
  });
});

describe('a city in capitals and its country', () => {
  it('`MANILA, Philippines —` is a place, not an outlet and a place', () => {
    const text = `MANILA, Philippines — ${EN_1}\n\n${EN_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline).toMatchObject({ raw: 'MANILA, Philippines —', place: 'MANILA, Philippines', outlet: null });
  });

  it('an outlet in capitals before its city in ordinary case stays the outlet', () => {
    const a = parseArticle(`WARTASUKA, Sukamaju - ${ID_1}\n\n${ID_2}`);
    expect(a.dateline).toMatchObject({ place: 'Sukamaju', outlet: 'WARTASUKA' });
  });
});
