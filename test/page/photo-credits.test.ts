/** Photo credits: in captions, in brackets, on their own line, and photo galleries. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts } from '../support/page-lines.js';
import { outletFurnitureFixtures, unlistedOutletFixtures, uncoveredOutletFixtures } from '../support/page-fixtures.js';

const EN_1 = 'The state water utility will add three treatment plants by the end of the year to meet rising demand in the capital.';
const EN_2 = 'Officials said the first plant would begin operating in September after a delay caused by heavy rain.';
const EN_3 = 'Residents in the eastern districts have faced water cuts twice a week since the start of the dry season.';

describe('boilerplate: captions that end with an agency mark inside the story', () => {
  it('boilerplate: a caption of two sentences and one of one sentence, each ending `—Agency`, are captions', () => {
    const cap1 = 'The minister (second from left) at the opening of the plant in Rawang last month. He was joined by local leaders. —Bernama';
    const cap2 = 'Workers laying pipes near the river bank last week. — Bernama';
    const s = `${EN_1}\n\n${cap1}\n\n${EN_2}\n\n${cap2}\n\n${EN_3}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['caption', cap1], ['caption', cap2]]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([EN_1, EN_2, EN_3]);
    checkInvariants(s, a);
  });

  it('boilerplate: the agency mark on the last block stays the credit, and a quoted paragraph with one is no caption', () => {
    const quoted = '"We will not let the taps run dry," he said. —Bernama';
    const s = `${EN_1}\n\n${quoted}\n\n${EN_2}\n\n${EN_3} —Bernama`;
    const a = parseArticle(s);
    expect(a.boilerplate).toEqual([]);
    expect(a.credit?.text).toBe('Bernama');
    expect(a.paragraphs).toHaveLength(4);
  });
});

const { ID } = uncoveredOutletFixtures;

const junk = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => `${b.kind}: ${b.text}`);

describe('photo credits that open with an abbreviation', () => {
  it('`(Foto: Dok. Humas Contoh)`, `Foto: Ist.` and a bar before the credit end a caption', () => {
    for (const caption of [
      'Petani memanen padi di sawah Desa Sukamaju. (Foto: Dok. Humas Pemkab Sukajaya)',
      'Petani memanen padi di sawah Desa Sukamaju. (Foto: Ist.)',
      'Petani memanen padi di sawah Desa Sukamaju | Foto: Rina Wulandari',
    ]) {
      expect(junk(parseArticle(`${ID}\n\n${caption}\n\n${ID}`))).toContain(`caption: ${caption}`);
    }
  });
});

describe('photo credits ending a caption', () => {
  const { EN_1, EN_2, ID_1, ID_2, ID_3, junkOf } = outletFurnitureFixtures;

  describe('a photo credit glued to the caption', () => {
    it('`… (9/4).Foto: Dimas/kabarcontoh` above the dateline is a caption', () => {
      const caption = 'Petani memanen padi di sawah Desa Sukamaju, Selasa (9/4).Foto: Dimas/kabarcontoh';
      const text = `${caption}\n\nSUKAMAJU - ${ID_1}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junkOf(a)).toContainEqual(['caption', caption]);
      expect(texts(a)).toEqual([ID_1, ID_2]);
    });
  });

  describe('a caption ending in a photo credit in ordinary case', () => {
    const EN_CAP = 'Workers lay new water pipes along Jalan Contoh on Tuesday.';
    const ID_CAP = 'Petani memanen padi di sawah Desa Sukamaju, Selasa (9/4/2019).';

    it('above the dateline: a source and a full name, in brackets or bare, or a picture byline after a dash', () => {
      for (const [cap, body] of [
        [`${ID_CAP} (Kabarsukamaju/Rina Wulandari)`, `SUKAMAJU - ${ID_1}\n\n${ID_2}`],
        [`${ID_CAP} Tribun Contoh/Dedi Kurniawan`, `SUKAMAJU - ${ID_1}\n\n${ID_2}`],
        [`${EN_CAP} — Picture by Ahmad Zaki`, `KUALA LUMPUR, Dec 3 — ${EN_1}\n\n${EN_2}`],
        [`${EN_CAP} (Contoh Post/Ahmad Zaki)`, `KUALA LUMPUR, Dec 3 — ${EN_1}\n\n${EN_2}`],
      ] as const) {
        const text = `${cap}\n\n${body}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(a.title).toBeNull();
        expect(junkOf(a)).toContainEqual(['caption', cap]);
        expect(a.dateline).not.toBeNull();
      }
    });

    it('inside the story: bare, after a bar, or a source and a credit word after a dash', () => {
      for (const [cap, first, last] of [
        [`${ID_CAP} Kabarsukamaju/Rina Wulandari`, ID_1, ID_3],
        [`${ID_CAP} | Kabarsukamaju/Rina`, ID_1, ID_3],
        [`${EN_CAP} — Contoh Post pic`, EN_1, EN_2],
        [`${EN_CAP} — Bernama photo`, EN_1, EN_2],
      ] as const) {
        const text = `${first}\n\n${cap}\n\n${last}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(texts(a)).toEqual([first, last]);
        expect(junkOf(a)).toContainEqual(['caption', cap]);
      }
    });

    it('at the story\'s end the same mark is the credit, and a quote with such a mark stays', () => {
      const a = parseArticle(`${ID_1}\n\n${ID_3} (Kabarsukamaju/Rina Wulandari)`);
      expect(texts(a)).toEqual([ID_1, ID_3]);
      expect(a.credit?.text).toBe('Kabarsukamaju/Rina Wulandari');
      const quoted = `${ID_2} Kabarsukamaju/Rina Wulandari`;
      expect(texts(parseArticle(`${ID_1}\n\n${quoted}\n\n${ID_3}`))).toContain(quoted);
    });
  });
});

/**
 * Page furniture of outlets warta has not seen, round 24 (issue 9): related headlines in sentence case with no
 * bullet and no label, a photo credit on its own line above the dateline, an outlet and its regional edition
 * joined by a slash, a quoted name's acronym ending the last sentence, and a dateline's year read from a dated
 * line at the end. Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.';
const ID_2 = '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.';

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

/**
 * Page furniture of outlets warta has not seen, round 25 (issue 9): a reporter's label naming the outlet before
 * the colon, joined credit lines in lower case, a source label glued to the last English sentence, a reporter's
 * full name in brackets after the last sentence, a caption with a slashed credit above the dateline, and a
 * pagination label alone. Every outlet, person and sentence here is invented for these tests.
 */
describe('a caption with a slashed credit above the dateline', () => {
  const ID_1 = 'Pemerintah Kabupaten Wanaraja menyalurkan bibit jagung kepada empat puluh kelompok tani di lereng Gunung Talun.';
  const ID_2 = '"Kami ingin petani tidak lagi bergantung pada tengkulak," kata Kepala Dinas Pertanian Wanaraja, Sutardi Wirakarsa.';
  const ID_3 = 'Menurut dia, program serupa akan diperluas ke kecamatan lain setelah evaluasi selesai dilakukan oleh tim dinas.';

  const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

  it('is a caption, not the headline', () => {
    const caption = 'Petani memikul karung bibit di lereng Gunung Talun, Kamis (12/5). (Kabarlarunda/Dewi)';
    const text = `${caption}\n\nWANARAJA, Kabarlarunda - ${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title).toBeNull();
    expect(junkOf(a)).toEqual([['caption', caption]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a headline with a note in brackets and no full stop stays the headline', () => {
    const headline = 'Bibit Jagung Mengalir ke Lereng Gunung Talun (Bagian 2)';
    const a = parseArticle(`${headline}\n\nWANARAJA - ${ID_1}\n\n${ID_2}`);
    expect(a.title?.text).toBe(headline);
  });
});

/**
 * Page furniture of outlets warta has not seen, round 26 (issue 9): an unbracketed `Laporan tambahan oleh` line, a
 * byline naming its outlet after a slash, a reporter and outlet after a bar closing the story, a sign-off shaped
 * like a dateline under a short story, a short Title Case headline shaped like a name, and a listed agency in
 * capitals after the last sentence. Every outlet, person and sentence here is invented for these tests.
 */
describe("a photo's label alone on its line", () => {
  const ID_1 = 'Harga cabai rawit di Pasar Tirtajaya naik dua kali lipat pekan ini setelah hujan deras merusak kebun di lereng bukit.';
  const ID_2 = 'Para pedagang menyebut pasokan dari desa sekitar turun hampir separuh, sementara pembeli mulai mengurangi belanja harian.';
  const ID_3 = '"Kami berharap harga kembali normal sebelum musim tanam berikutnya," kata Sumirah Rukmaningsih, pedagang di pasar itu.';

  const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

  it('`File pic`, `Ilustrasi`, `Gambar hiasan` are captions, above the dateline or inside the story', () => {
    for (const [label, opening] of [
      ['File pic', 'LARKMOOR: '],
      ['Ilustrasi', 'TIRTAJAYA - '],
      ['Gambar hiasan', 'TIRTAJAYA: '],
    ] as const) {
      const text = `${label}\n\n${opening}${ID_1}\n\n${ID_2}\n\n${ID_3}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title).toBeNull();
      expect(junkOf(a)).toEqual([['caption', label]]);
    }
  });

  it('the word inside a sentence is text', () => {
    const line = 'Ilustrasi sampul buku itu dibuat oleh seorang pelukis muda dari Tirtajaya.';
    expect(texts(parseArticle(`${ID_1}\n\n${line}\n\n${ID_2}`))).toContain(line);
  });
});

describe('captions whose credit stands in square brackets', () => {
  const EN_1 = 'Farmers whose rice fields were flooded last week in Cibarengkok Regency will receive cash aid within two weeks, the agency said.';
  const EN_2 = 'The aid will be channelled through farmer groups, which will also receive seeds and fertilizer for the next planting.';

  it('`[Photo courtesy of …]` ends a caption as `(Photo courtesy of …)` does', () => {
    const caption = 'Farmers inspect rice plants damaged by floods in Sukamaju village. [Photo courtesy of Cibarengkok Regency]';
    const text = `${EN_1}\n\n${caption}\n\n${EN_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toContainEqual(['caption', caption]);
    expect(texts(a)).toEqual([EN_1, EN_2]);
  });

  it('a sentence that mentions a photo in brackets mid-way stays', () => {
    const prose = 'The agency published a map [see photo] of the flooded villages and asked residents to report damage to their village heads.';
    expect(texts(parseArticle(`${EN_1}\n\n${prose}\n\n${EN_2}`))).toEqual([EN_1, prose, EN_2]);
  });
});

describe('boilerplate: a photo gallery scraped into the story', () => {
  const { ID_1, ID_2 } = unlistedOutletFixtures;

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
