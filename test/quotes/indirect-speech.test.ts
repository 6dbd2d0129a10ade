/**
 * A small hand-written evaluation of indirect (reported) speech in Indonesian, Malay and English.
 * Every sentence is written for this file. Each case gives the expected speaker and the first words of
 * the reported clause, or `null` when no indirect quote may be found.
 *
 * Decision for sources that are not people: `menurut rencana`, `menurut data BPS`, `menurut hasil survei`,
 * `according to the plan`, `according to data from …` give NO quote: a plan, a rule or a data set reports
 * facts, it does not speak (the lists are `nonSpeakers` under `src/lang/<lang>/speech.ts`). An organisation
 * named as the source (`Menurut BPS, …`) or a document that speaks for its issuer (`menurut keterangan
 * Polres X`) does speak, as it does for direct quotes: the organisation is the speaker.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { findQuotes } from '../../src/quotes/find-quotes.js';
import { languageData } from '../../src/lang/index.js';
import type { SupportedLanguage } from '../../src/types.js';
import { cleanText } from '../../src/util/normalize.js';

interface Case {
  text: string;
  lang?: SupportedLanguage;
  /** Expected speaker name of the (single) indirect quote, or null for none. */
  speaker: string | null;
  /** First words of the reported clause. */
  starts?: string;
  verb?: string;
  /** Direct quotes expected besides (default: whatever is found is not checked). */
  direct?: number;
}

const CASES: Record<string, Case> = {
  // Indonesian: `menurut`, `mengatakan bahwa`, `menuturkan,` and friends.
  'id menurut + name': { text: 'Harga cabai naik lagi. Menurut Budi Santoso, kenaikan itu dipicu cuaca buruk di sentra produksi.', speaker: 'Budi Santoso', starts: 'kenaikan itu dipicu', verb: 'menurut' },
  'id role + name mengatakan bahwa': { text: 'Kepala Dinas Pertanian Kabupaten Sukamaju Ahmad Yani mengatakan bahwa stok beras aman hingga Lebaran.', speaker: 'Ahmad Yani', starts: 'stok beras aman', verb: 'kata' },
  'id menuturkan,': { text: 'Ahmad Yani menuturkan, petani sudah mulai panen di beberapa kecamatan.', speaker: 'Ahmad Yani', starts: 'petani sudah mulai', verb: 'tutur' },
  'id connective before menurut': { text: 'Sementara itu, menurut pengamat ekonomi Rina Kusuma, inflasi akan tetap terkendali tahun ini.', speaker: 'Rina Kusuma', starts: 'inflasi akan tetap', verb: 'menurut' },
  'id rank inside the speaker': { text: 'Namun, menurut Kapolres Sukamaju AKBP Rudi Hartono, pelaku masih diburu petugas.', speaker: 'Rudi Hartono', starts: 'pelaku masih diburu' },
  'id adverbial and date before bahwa': { text: 'Rudi Hartono mengatakan kepada wartawan di Mapolres, Senin (3/1), bahwa dua tersangka sudah ditahan.', speaker: 'Rudi Hartono', starts: 'dua tersangka sudah', verb: 'kata' },
  'id pronoun after a direct quote': {
    text: 'Ketua RT setempat, Slamet Riyadi, datang ke lokasi. “Airnya naik cepat sekali,” kata Slamet. Ia mengatakan bahwa warga sudah mengungsi sejak subuh.',
    speaker: 'Slamet Riyadi',
    starts: 'warga sudah mengungsi',
    direct: 1,
  },
  'id menurutnya': { text: '“Kami kewalahan,” ujar Dewi Lestari, relawan PMI.\n\nMenurutnya, banjir tahun ini lebih parah dari tahun lalu.', speaker: 'Dewi Lestari', starts: 'banjir tahun ini', verb: 'menurut', direct: 1 },
  'id menegaskan,': { text: 'Menteri Keuangan Sri Wahyuningsih menegaskan, defisit anggaran tetap di bawah tiga persen.', speaker: 'Sri Wahyuningsih', starts: 'defisit anggaran tetap', verb: 'tegas' },
  'id menjelaskan,': { text: 'Juru bicara KPK Andi Firmansyah menjelaskan, penyidik masih memeriksa tiga saksi.', speaker: 'Andi Firmansyah', starts: 'penyidik masih memeriksa', verb: 'jelas' },
  'id bare mengatakan after a pronoun': { text: 'Menteri Pertanian Hasan Basri meninjau gudang Bulog di Sukamaju. Ia mengatakan pemerintah akan menambah anggaran subsidi pupuk.', speaker: 'Hasan Basri', starts: 'pemerintah akan menambah', verb: 'kata' },
  'id organisation as the source': { text: 'Menurut BPS, inflasi Januari mencapai 2,5 persen.', speaker: 'BPS', starts: 'inflasi Januari mencapai' },
  'id document speaks for its issuer': { text: 'Menurut keterangan Polres Sukamaju, korban mengalami luka ringan di kepala.', speaker: 'Polres Sukamaju', starts: 'korban mengalami luka' },
  'id surname resolved to an earlier full name': { text: '“Kami sudah melapor,” kata Dewi Lestari. Menurut Dewi, polisi belum datang ke lokasi sampai sore.', speaker: 'Dewi Lestari', starts: 'polisi belum datang', direct: 1 },
  'id one quote per reporting clause': { text: 'Budi Santoso mengatakan bahwa menurut Rina Kusuma, harga cabai akan turun bulan depan.', speaker: 'Budi Santoso', starts: 'menurut Rina Kusuma' },
  'id menurut dia before a list of names': {
    text: '“Air naik cepat sekali,” kata Andi Wijaya, warga Desa Sukamaju. Menurut dia, Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) sudah memberi peringatan sejak Jumat.',
    speaker: 'Andi Wijaya',
    starts: 'Badan Meteorologi, Klimatologi',
    direct: 1,
  },
  // Indonesian negatives.
  'id no: menurut rencana': { text: 'Menurut rencana, jembatan itu selesai dibangun tahun depan.', speaker: null },
  'id no: menurut data BPS': { text: 'Menurut data BPS, inflasi Januari mencapai 2,5 persen.', speaker: null },
  'id no: menurut hasil survei': { text: 'Menurut hasil survei lembaga itu, elektabilitas partai naik tipis.', speaker: null },
  'id no: the intro of a direct quote': { text: 'Roland Manurung mengatakan, “Kami sudah menangkap dua pelaku di lokasi.”', speaker: null, direct: 1 },
  'id no: mengatakan in the attribution of a direct quote': { text: '“Kami sudah menangkap dua pelaku di lokasi,” Roland Manurung mengatakan.', speaker: null, direct: 1 },
  'id no: menurut inside a direct quote': { text: '“Menurut saya, harga itu terlalu mahal untuk petani kecil,” kata Sutrisno, pedagang di Pasar Baru.', speaker: null, direct: 1 },
  'id no: trailing kata after unmarked words': { text: 'Harga beras naik lagi minggu ini, kata Sutrisno.', speaker: null },
  'id no: the clause holds the same speaker’s direct quote': {
    text: 'Dewi Lestari mengatakan bahwa polisi sudah dihubungi: “Mereka belum datang sampai sore,” katanya.',
    speaker: null,
    direct: 1,
  },
  'id no: a verb with an object is not reporting': { text: 'Bupati Sukamaju Hendra Wijaya menyampaikan terima kasih kepada para relawan.', speaker: null },
  // Malay.
  'ms menurut beliau': {
    text: 'Menteri Besar Johor Datuk Onn Hafiz Ghazi berucap di majlis itu. Menurut beliau, kerajaan negeri akan menambah peruntukan untuk sekolah luar bandar.',
    lang: 'zlm',
    speaker: 'Onn Hafiz Ghazi',
    starts: 'kerajaan negeri akan',
    verb: 'menurut',
  },
  'ms berkata bahawa': { text: 'Ahmad Zahid Hamidi berkata bahawa kerajaan akan mengkaji semula dasar itu.', lang: 'zlm', speaker: 'Ahmad Zahid Hamidi', starts: 'kerajaan akan mengkaji', verb: 'kata' },
  'ms memberitahu pemberita bahawa': {
    text: 'Ketua Polis Daerah Kota Lama, Asisten Komisioner Rahim Osman memberitahu pemberita bahawa kedua-dua suspek direman selama tujuh hari.',
    lang: 'zlm',
    speaker: 'Rahim Osman',
    starts: 'kedua-dua suspek direman',
    verb: 'beritahu',
  },
  'ms organisation as the source': { text: 'Menurut Jabatan Meteorologi Malaysia, hujan lebat dijangka berterusan hingga esok.', lang: 'zlm', speaker: 'Jabatan Meteorologi Malaysia', starts: 'hujan lebat dijangka' },
  'ms no: menurut jadual': { text: 'Menurut jadual, projek itu siap pada tahun hadapan.', lang: 'zlm', speaker: null },
  'ms no: the recovered opening of a direct quote': {
    text: 'Ketua Polis Daerah Kota Lama, Asisten Komisioner Rahim Osman berkata, kedua-dua suspek ditahan di balai polis,” katanya.',
    lang: 'zlm',
    speaker: null,
    direct: 1,
  },
  // English.
  'en said that': { text: 'Finance Minister Rina Wulandari said that the deficit would stay below three percent.', lang: 'eng', speaker: 'Rina Wulandari', starts: 'the deficit would', verb: 'say' },
  'en according to': { text: 'According to Ahmad Faizal Ramli, the vaccine stock is sufficient until March.', lang: 'eng', speaker: 'Ahmad Faizal Ramli', starts: 'the vaccine stock', verb: 'according to' },
  'en told reporters that': { text: 'Rudi Hartono told reporters that two suspects had been detained.', lang: 'eng', speaker: 'Rudi Hartono', starts: 'two suspects had', verb: 'tell' },
  'en said on Monday that': { text: 'Rina Kartika said on Monday that the new parking fees would take effect in July.', lang: 'eng', speaker: 'Rina Kartika', starts: 'the new parking' },
  'en no: trailing said after a direct quote': {
    text: 'Transport Minister Rudi Hartono visited the new harbour. "The cranes are here and the crews are trained," he said, without naming an opening date.',
    lang: 'eng',
    speaker: null,
    direct: 1,
  },
  'en no: according to the plan': { text: 'According to the plan, the plant will open in 2027.', lang: 'eng', speaker: null },
  'en no: according to data': { text: 'According to data from the central bank, inflation eased to 2.1 percent.', lang: 'eng', speaker: null },
};

describe('quotes: indirect speech, hand-written evaluation', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`quotes-indirect: ${name}`, () => {
      const all = extractQuotes(c.text, c.lang ? { language: c.lang } : {}).quotes;
      const indirect = all.filter((q) => q.kind === 'indirect');
      if (c.direct !== undefined) expect(all.filter((q) => q.kind === 'direct')).toHaveLength(c.direct);
      if (c.speaker === null) {
        expect(indirect).toEqual([]);
        return;
      }
      expect(indirect).toHaveLength(1);
      const q = indirect[0]!;
      expect(q.speaker?.name).toBe(c.speaker);
      expect(q.text.startsWith(c.starts!)).toBe(true);
      if (c.verb) expect(q.verb).toBe(c.verb);
      // The span slices back to the text and runs to the end of the sentence.
      expect(cleanText(c.text.slice(q.span.start, q.span.end))).toBe(q.text);
      expect(q.text).toMatch(/[.!?]$/);
    });
  }

  it('quotes-indirect: the figures: every case passes (the evaluation is the table above)', () => {
    // At least 30 sentences, all three languages, positives and negatives.
    const cases = Object.values(CASES);
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const lang of [undefined, 'zlm', 'eng']) expect(cases.some((c) => c.lang === lang && c.speaker === null)).toBe(true);
  });
});

describe('quotes: indirect speech in the article', () => {
  it('quotes-indirect: parseArticle reports indirect quotes in reading order with the direct ones', () => {
    const text = [
      'Banjir Rendam Tiga Desa',
      'Banjir merendam tiga desa di Kecamatan Sukamaju sejak Minggu malam. Kepala BPBD Sukamaju Joko Prasetyo mengatakan, sekitar 400 warga sudah dievakuasi ke balai desa.',
      '“Kami menambah dua perahu karet malam ini,” kata Joko.',
      'Menurut Joko, debit sungai mulai turun pada Senin pagi.',
    ].join('\n\n');
    const a = parseArticle(text);
    expect(a.quotes.map((q) => q.kind)).toEqual(['indirect', 'direct', 'indirect']);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['Joko Prasetyo', 'Joko Prasetyo', 'Joko Prasetyo']);
    for (const q of a.quotes) expect(cleanText(text.slice(q.span.start, q.span.end))).toBe(q.text);
    for (let i = 1; i < a.quotes.length; i++) expect(a.quotes[i]!.span.start).toBeGreaterThan(a.quotes[i - 1]!.span.start);
  });

  it('quotes-indirect: `indirect: false` gives the direct quotes only, unchanged', () => {
    const text = 'Kepala BPBD Sukamaju Joko Prasetyo mengatakan, warga sudah dievakuasi ke balai desa. “Kami menambah dua perahu karet,” kata Joko.';
    const paragraphs = [{ text, start: 0 }];
    const all = findQuotes(paragraphs, languageData('ind'));
    const direct = findQuotes(paragraphs, languageData('ind'), { indirect: false });
    expect(direct).toEqual(all.filter((q) => q.kind === 'direct'));
    expect(all.filter((q) => q.kind === 'indirect')).toHaveLength(1);
  });

  it('quotes-indirect: another speaker’s direct quote ends the reported clause', () => {
    const text = 'Dewi Lestari mengatakan bahwa polisi sudah dihubungi sejak pagi dan Kapolsek Hendra Wijaya berjanji datang: “Kami sedang dalam perjalanan ke lokasi,” kata Hendra.';
    const qs = extractQuotes(text).quotes;
    expect(qs.map((q) => [q.kind, q.speaker?.name])).toEqual([['indirect', 'Dewi Lestari'], ['direct', 'Hendra Wijaya']]);
    expect(qs[0]!.text).toBe('polisi sudah dihubungi sejak pagi dan Kapolsek Hendra Wijaya berjanji datang');
  });

  it('quotes-indirect: an article with no quotation mark still gets its reported speech', () => {
    const text = 'Menurut Budi Santoso, harga cabai akan turun bulan depan.';
    expect(extractQuotes(text).quotes.map((q) => q.kind)).toEqual(['indirect']);
  });

  it('quotes-indirect: hostile input stays linear and never throws', () => {
    for (const unit of ['Budi mengatakan, ', 'Menurut Budi, ', '“Ini,” Budi mengatakan bahwa ', 'Menurutnya, ', 'He said that ']) {
      const t0 = performance.now();
      expect(() => extractQuotes(unit.repeat(4000))).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
