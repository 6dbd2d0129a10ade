import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/** Page furniture read from unlabelled text of many outlets (issue 9); every person, outlet and sentence is invented. */
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const P2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';

const P3 =
  'Harga jagung di tingkat petani diperkirakan stabil hingga akhir tahun, sementara pupuk dari gudang kabupaten sudah tiba sejak pekan lalu dan dibagikan kepada seluruh kelompok tani di desa itu. Penyuluh pertanian akan mendampingi petani pada musim tanam berikutnya.';

const related = (a: ReturnType<typeof parseArticle>) => a.boilerplate.filter((b) => b.kind === 'related-link').map((b) => b.text);

describe('inline linked headlines in a one-line story: where the story resumes', () => {
  it('the story resumes at its capitalised opener, past the small words after it', () => {
    const s = `${P1} Baca juga: Harga Jagung Naik Jelang Panen Raya Adapun untuk saat ini petani masih menunggu hujan. ${P2}`;
    const a = parseArticle(s);
    expect(related(a)).toEqual(['Baca juga: Harga Jagung Naik Jelang Panen Raya']);
    expect(a.paragraphs.some((p) => p.text.includes('Adapun untuk saat ini petani masih menunggu hujan.'))).toBe(true);
    checkInvariants(s, a);
  });

  it('prepositions inside a Title Case headline stay in it (`dalam`, `terhadap`, `kepada`)', () => {
    const s = `${P1} Baca juga: Kekhawatiran terhadap Harga Pupuk Meningkat dalam Dua Bulan Petani di desa itu pun menunda tanam. ${P2}`;
    const a = parseArticle(s);
    expect(related(a)).toEqual(['Baca juga: Kekhawatiran terhadap Harga Pupuk Meningkat dalam Dua Bulan']);
    checkInvariants(s, a);
  });

  it("a numbered item of the story's own list ends the headline", () => {
    const s = `1. Sukamaju Panen Raya Jagung lebih awal tahun ini. Baca juga: Petani Contoh Raup Untung Besar 2. Harga Pupuk Turun Menjelang Musim Tanam Kelompok tani menyambut baik kabar itu.`;
    const a = parseArticle(s);
    expect(related(a)).toEqual(['Baca juga: Petani Contoh Raup Untung Besar']);
    expect(a.paragraphs.map((p) => p.text).join(' ')).toContain('2. Harga Pupuk Turun');
    checkInvariants(s, a);
  });
});

describe('title: lines that are no headline', () => {
  it('a dateline alone on the first line is the dateline, the story on the next line', () => {
    const s = `Sukamaju -\n${P1}\n${P2}`;
    const a = parseArticle(s);
    expect(a.title).toBeNull();
    expect(a.dateline?.raw).toBe('Sukamaju -');
    expect(texts(a)).toEqual([P1, P2]);
    checkInvariants(s, a);
  });

  it('a first line of two sentences, the first closing after a bracket, is the lead', () => {
    const lead = 'Rina Wulandari ditetapkan sebagai ketua Aliansi Petani Tangguh Bersatu (APTB). Lantas, bagaimana tanggapan anggota?';
    const s = `${lead}\n${P2}`;
    const a = parseArticle(s);
    expect(a.title).toBeNull();
    expect(texts(a)[0]).toBe(lead);
    checkInvariants(s, a);
  });
});

describe("an opinion piece's footer: the writer's name and post", () => {
  it('a name, a comma or a full stop, then a post, as the last block, is the writer\'s note', () => {
    for (const [glue, note] of [
      ['\n', 'Budi Santoso.Pengamat kebijakan publik Universitas Contoh.'],
      ['', 'Rina Wulandari, Direktur Lembaga Kajian Pangan Contoh (LKPC)'],
    ] as const) {
      // Glued with no space after the last paragraph's full stop (a long line is split there).
      const s = `${P2}\n${P3}${glue}${note}`;
      const a = parseArticle(s);
      expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['editor', note]]);
      expect(texts(a)).toEqual([P2, P3]);
      checkInvariants(s, a);
    }
  });

  it('a closing sentence that names a person and a post and goes on is the story', () => {
    const last = 'Rina Wulandari, Ketua APTB, menyebut panen berikutnya jatuh pada Maret.';
    const a = parseArticle(`${P1}\n${P2}\n${last}`);
    expect(a.boilerplate).toEqual([]);
    expect(texts(a)).toEqual([P1, P2, last]);
  });
});

describe("the site's disclaimer under the story", () => {
  const NOTE = 'Disclaimer: Tulisan ini hanya bahan bacaan dan tidak menyarankan pembaca membeli saham apa pun.';
  const MORE = 'Setiap pembaca menanggung sendiri risiko dari pilihan investasinya. Terima kasih.';

  it('from the label to the end of the article, over the blocks after it', () => {
    const s = `${P1}\n${P3}\n${NOTE}\n${MORE}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['other']);
    expect(a.boilerplate[0]!.text).toBe(`${NOTE} ${MORE}`);
    expect(texts(a)).toEqual([P1, P3]);
    checkInvariants(s, a);
  });

  it('a notice the text already holds (the body scraped twice) is left to the duplicates stage', () => {
    const s = `${P1}\n${NOTE}\n${P3}\n${P1}\n${NOTE}`;
    const a = parseArticle(s);
    expect(a.boilerplate).toEqual([]);
    expect(a.duplicates.map((d) => s.slice(d.span.start, d.span.end))).toContain(NOTE);
    checkInvariants(s, a);
  });

  it('inside the last block after a colon', () => {
    const s = `${P1}\nBerikut prediksi para analis untuk hari ini: ${NOTE}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => b.text)).toEqual([NOTE]);
    expect(texts(a)).toEqual([P1, 'Berikut prediksi para analis untuk hari ini:']);
    checkInvariants(s, a);
  });
});

describe('credit: a sign-off closed with a full stop', () => {
  it('the full stop after the name is no part of the credit', () => {
    const s = `${P1}\n${P3}- SUARA CONTOH.`;
    const a = parseArticle(s);
    expect(a.credit?.text).toBe('SUARA CONTOH');
    expect(texts(a)).toEqual([P1, P3]);
    checkInvariants(s, a);
  });
});
