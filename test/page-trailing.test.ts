import { describe, expect, it } from 'vitest';
import { findDateline } from '../src/dateline/find-dateline.js';
import { LANGUAGES } from '../src/lang/index.js';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { itRemovesJunkLines, texts } from './page-lines.js';

/**
 * Labels glued to a paragraph's end, inline links without `juga`, outlets that open a story with their
 * own name, and initials with a note on the sources (issue 9). Every name and sentence is invented.
 */
const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
const ID_1 = 'Harga cabai rawit di Pasar Induk Sukamaju naik tajam sejak awal pekan karena pasokan dari petani berkurang akibat hujan deras.';
const ID_2 = '"Kami berharap pasokan kembali normal minggu depan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari, Senin.';
const ID_3 = 'Pemerintah daerah berencana menggelar operasi pasar untuk menekan harga di tingkat konsumen dalam waktu dekat.';
const TABLE = 'Harga rata-rata cabai sepekan terakhir:Senin41.200Selasa43.800Rabu45.100';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('boilerplate: a source or author label glued to the end of a paragraph', () => {
  it('boilerplate: a table source glued to the last figure, and an author line after the last sentence', () => {
    const cases: [string, string, string, string][] = [
      [`${TABLE}Sumber: Dinas Pasar Sukamaju`, TABLE, 'other', 'Sumber: Dinas Pasar Sukamaju'],
      [`${ID_3} Penulis: Rina Wulandari/rin (diolah dari aneka sumber)`, ID_3, 'editor', 'Penulis: Rina Wulandari/rin (diolah dari aneka sumber)'],
      [`${ID_3}Editor: Budi Santoso`, ID_3, 'editor', 'Editor: Budi Santoso'],
      ['The index closed higher on Friday, led by bank shares.SOURCE: Contoh Exchange', 'The index closed higher on Friday, led by bank shares.', 'other', 'SOURCE: Contoh Exchange'],
    ];
    for (const [last, kept, kind, junk] of cases) {
      const s = `${ID_1}\n\n${ID_2}\n\n${last}`;
      const a = parseArticle(s);
      expect(texts(a)).toEqual([ID_1, ID_2, kept]);
      expect(junkOf(a)).toEqual([[kind, junk]]);
      checkInvariants(s, a);
    }
  });

  it('boilerplate: a label inside prose, or one followed by a sentence or a quote, stays', () => {
    for (const last of [
      // No sentence end and no glue before the label: the writer's own words.
      'Data itu diperoleh dari sumber: Dinas Pasar Sukamaju mencatat kenaikan',
      'Data itu disebut oleh Sumber: Dinas Pasar Sukamaju',
      // What follows the label goes on as a sentence.
      `${ID_3} Sumber: pejabat dinas itu. dia menolak disebut namanya`,
      // A quote after the label.
      `${ID_3} Sumber: "harga akan turun"`,
    ]) {
      const a = parseArticle(`${ID_1}\n\n${last}`);
      expect(a.boilerplate).toEqual([]);
      expect(texts(a)).toEqual([ID_1, last]);
    }
  });
});

describe('boilerplate: an inline link without `juga`', () => {
  it('boilerplate: `Baca:` and its headline inside a paragraph; the paragraph goes on after it', () => {
    const s = `${ID_1} Baca: 200 Petani Sukamaju Gagal Panen di Musim Hujan Pedagang menaikkan harga sejak Senin. ${ID_3}`;
    const a = parseArticle(s);
    expect(junkOf(a)).toEqual([['related-link', 'Baca: 200 Petani Sukamaju Gagal Panen di Musim Hujan']]);
    expect(texts(a)).toEqual([ID_1, `Pedagang menaikkan harga sejak Senin. ${ID_3}`]);
    checkInvariants(s, a);
  });
});

describe('boilerplate: a link headline to the block end, an author note', () => {
  it('boilerplate: `Baca juga:` near the block end takes the rest of the block when no sentence ends in it', () => {
    const s = `${ID_1}\n\n${ID_3} Baca juga: Maret Nanti, Petani Sukamaju asal Desa Contoh Dapat Bantuan Benih`;
    const a = parseArticle(s);
    expect(junkOf(a)).toEqual([['related-link', 'Baca juga: Maret Nanti, Petani Sukamaju asal Desa Contoh Dapat Bantuan Benih']]);
    expect(texts(a)).toEqual([ID_1, ID_3]);
    checkInvariants(s, a);
  });

  it('boilerplate: `Artikel ini ditulis oleh …` is an author note; prose that only opens alike stays', () => {
    const note = 'Artikel ini ditulis oleh Rina Wulandari, peserta magang di Warta Sukamaju.';
    const a = parseArticle(`${ID_1}\n\n${ID_3}\n\n${note}`);
    expect(junkOf(a)).toEqual([['other', note]]);
    const prose = 'Artikel ini ditulis untuk menjelaskan kenaikan harga cabai di pasar induk.';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}`))).toEqual([ID_1, prose]);
  });
});

describe('dateline: outlets that open a story with their own name', () => {
  it('dateline: a word and a dash, named as a news domain elsewhere in the text, is the outlet', () => {
    const caption = 'Ketua APTB Rina Wulandari memberi keterangan di Sukamaju, Senin (3/2). (Foto: Kabarsukamaju.com/Budi)';
    const s = `Harga Cabai Naik Dua Kali Lipat\n\nSenin, 3 Februari 2020 | 10:15 WIB\n\n${caption}\n\nKabarsukamaju - ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(s);
    expect(a.dateline?.raw).toBe('Kabarsukamaju -');
    expect(a.dateline?.outlet).toBe('Kabarsukamaju');
    expect(a.dateline?.place).toBeNull();
    expect(texts(a)[0]).toBe(ID_1);
    checkInvariants(s, a);
    // A publication line with its author above the caption keeps its own kind.
    const byline = parseArticle(s.replace('10:15 WIB', '10:15 WIB | Penulis: Budi'));
    expect(byline.boilerplate.map((b) => b.kind)).toEqual(['editor', 'caption']);
    expect(byline.dateline?.outlet).toBe('Kabarsukamaju');
    // Without the domain the word is read as a place, as after any caption.
    expect(parseArticle(s.replace('Kabarsukamaju.com', 'Budi')).dateline?.outlet).toBeNull();
  });

  it('dateline: one word in capitals and a full stop on the first line is the outlet', () => {
    const s = `WARTASKM. ${ID_1}\n\n${ID_2}`;
    const d = findDateline(s, 0, ALL);
    expect([s.slice(d?.start, d?.end), d?.outlet, d?.place]).toEqual(['WARTASKM.', 'WARTASKM', null]);
    // A caption label in the same shape is no outlet; nor is a word of mixed case.
    expect(findDateline(`ILUSTRASI. Harga cabai di pasar induk\n\n${ID_1}`, 0, ALL)).toBeNull();
    expect(findDateline(`Mohd. ${ID_1}`, 0, ALL)).toBeNull();
  });
});

describe('credit: initials and a note on the sources', () => {
  it('credit: `rin/bud (diolah dari aneka sumber)` alone on the last line gives the initials', () => {
    const s = `${ID_1}\n\n${ID_3}\n\nrin/bud (diolah dari aneka sumber)`;
    const a = parseArticle(s);
    expect(a.credit?.text).toBe('rin/bud');
    expect(texts(a)).toEqual([ID_1, ID_3]);
    checkInvariants(s, a);
    expect(parseArticle(`${ID_1}\n\n${ID_3}\n\nrin/bud(diolah dari aneka sumber)`).credit?.text).toBe('rin/bud');
  });
});

describe('boilerplate: captions that open with a word in capitals', () => {
  const MS_1 = 'Harga ayam di pasar basah Kampung Seri Contoh naik sejak minggu lalu kerana bekalan berkurangan akibat hujan lebat.';
  const MS_2 = '"Kami harap bekalan kembali normal minggu depan," kata Pengerusi Persatuan Penternak Contoh, Aminah Yusof.';
  const MS_3 = 'Beliau berkata pihaknya akan bertemu pembekal minggu depan bagi membincangkan masalah itu.';

  it('boilerplate: a short caption line after the first paragraph, its first word in capitals once in the text', () => {
    for (const caption of ['PENIAGA menyusun ayam di pasar basah Kampung Seri Contoh.', 'AMINAH Yusof.']) {
      const s = `${MS_1}\n\n${MS_2}\n\n${caption}\n\n${MS_3}`;
      const a = parseArticle(s);
      expect(junkOf(a)).toEqual([['caption', caption]]);
      expect(texts(a)).toEqual([MS_1, MS_2, MS_3]);
      checkInvariants(s, a);
    }
  });

  it('boilerplate: an acronym that recurs, the first paragraph, a long sentence or a quote stay', () => {
    const cases = [
      // The word recurs in capitals: an acronym or a name.
      `${MS_1}\n\nPPCK akan bertemu pembekal minggu depan.\n\nPPCK berkata bekalan cukup.`,
      // The lead in the same style.
      `PENTERNAK ayam di Kampung Seri Contoh bimbang.\n\n${MS_2}\n\n${MS_3}`,
      // Two sentences, or a quote.
      `${MS_1}\n\nPENIAGA menyusun ayam. Harga naik lagi.\n\n${MS_3}`,
      `${MS_1}\n\nHARGA "naik lagi" minggu ini.\n\n${MS_3}`,
    ];
    for (const s of cases) expect(parseArticle(s).boilerplate).toEqual([]);
  });
});

describe('boilerplate: copyright notices and prompts in more wordings', () => {
  itRemovesJunkLines([
    ['Copyright 2019 Warta Sukamaju', 'copyright'],
    ['All rights reserved', 'copyright'],
    ['Hakcipta Terpelihara 2018 Akhbar Contoh', 'copyright'],
    ['Dilarang mengutip tanpa izin', 'copyright'],
    ['Sila ikuti kami di Facebook', 'other'],
  ]);

  it('boilerplate: prose that opens with the same words stays', () => {
    for (const line of [
      'Copyright holders of the photographs said on Monday that they would sue the ministry over the decision to publish them.',
      'Sila hubungi talian kecemasan untuk maklumat lanjut mengenai operasi mencari dan menyelamat itu.',
    ]) expect(parseArticle(`${line}\n\n${line.replace('the ', 'a ')}`).boilerplate).toEqual([]);
  });
});

describe('boilerplate: a photo gallery scraped into the story', () => {
  const slide = (title: string, caption: string) => `Pasar Induk Sukamaju Dalam Foto ${title} ${caption}`;
  const slides = [
    slide('Lorong Sayur', 'Pedagang menata sayur sebelum subuh, ketika truk dari sentra produksi tiba.'),
    slide('Los Ikan', 'Ikan laut datang dua kali sehari dari pelabuhan terdekat.'),
    slide('Gudang Beras', 'Beras dari petani sekitar disimpan di gudang milik koperasi pasar.'),
  ];

  it('boilerplate: three lines running that open with the same four capitalised words are the gallery', () => {
    const s = `${ID_1}\n\n${ID_2}\n\n${slides.join('\n\n')}`;
    const a = parseArticle(s);
    expect(texts(a)).toEqual([ID_1, ID_2]);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['caption']);
    checkInvariants(s, a);
  });

  it('boilerplate: two such lines, or lines opening with ordinary words, stay', () => {
    const two = `${ID_1}\n\n${slides.slice(0, 2).join('\n\n')}`;
    expect(parseArticle(two).boilerplate).toEqual([]);
    const plain = [
      'Harga cabai rawit naik karena pasokan dari petani di lereng gunung berkurang.',
      'Harga cabai rawit di tingkat pengecer sudah dua kali lipat harga bulan lalu.',
      'Harga cabai rawit diperkirakan turun setelah panen raya bulan depan.',
    ];
    expect(texts(parseArticle(`${ID_1}\n\n${plain.join('\n\n')}`))).toEqual([ID_1, ...plain]);
  });
});

describe('boilerplate: a name label under a portrait', () => {
  const EN_1 = 'Chilli prices at the Sukamaju central market rose sharply this week as supplies from farmers fell after heavy rain.';
  const EN_3 = 'She said the alliance would meet traders and the market authority next week to discuss prices.';
  it('boilerplate: a line of a name, then a paragraph that introduces that person, is a caption', () => {
    const label = 'Prof Dr Rina Wulandari';
    const next = 'Prof Datuk Dr Rina Wulandari, a fellow of the Sukamaju Institute of Farming, said the rise would not last.';
    const s = `${EN_1}\n\n${label}\n\n${next}\n\n${EN_3}`;
    const a = parseArticle(s);
    expect(junkOf(a)).toEqual([['caption', label]]);
    expect(texts(a)).toEqual([EN_1, next, EN_3]);
    checkInvariants(s, a);
  });

  it('boilerplate: a signature (a name, then a role) or an intertitle stays', () => {
    for (const s of [
      `${EN_1}\n\n${EN_3}\n\nRina Wulandari\n\nChairwoman, Sukamaju Farmers Alliance`,
      `${EN_1}\n\nPrices Keep Rising\n\n${EN_3}`,
    ]) expect(parseArticle(s).boilerplate).toEqual([]);
  });
});
