/** Boilerplate: reader prompts, notices and calls to comment under the story. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts, junk } from '../support/page-lines.js';
import { uncoveredOutletFixtures } from '../support/page-fixtures.js';

const MS_1 = 'Kerajaan negeri akan menambah bekalan air bersih kepada penduduk kampung mulai minggu hadapan, kata pegawai itu.';
const MS_2 = 'Para penduduk menyambut baik langkah tersebut kerana bekalan air sering terputus sejak bulan lalu.';
const MS_3 = 'Sebanyak 12 tangki air mudah alih akan ditempatkan di balai raya dan sekolah berhampiran.';
const EN_1 = 'The state water utility will add three treatment plants by the end of the year to meet rising demand in the capital.';
const EN_2 = 'Officials said the first plant would begin operating in September after a delay caused by heavy rain.';

function junkOf(text: string): { kind: string; text: string }[] {
  return parseArticle(text).boilerplate.map((b) => ({ kind: b.kind, text: b.text }));
}

describe('boilerplate: a reader prompt that closes the article', () => {
  it('boilerplate: a whole last paragraph that sends the reader to a video', () => {
    const prompt = 'Watch the video above to see the full interview with the utility chief executive.';
    const s = `${EN_1}\n\n${EN_2}\n\n${prompt}`;
    expect(junkOf(s)).toEqual([{ kind: 'video-promo', text: prompt }]);
  });

  it('boilerplate: the last sentence of the last paragraph, naming an interview, is cut off it', () => {
    const prompt = 'Ikuti temubual penuh bersama Dr Rina Kartika, Pengarah Pusat Kajian Air, untuk mendalami isu bekalan air di negeri ini.';
    const s = `${MS_1}\n\n${MS_2} ${MS_3} ${prompt}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['other', prompt]]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([MS_1, `${MS_2} ${MS_3}`]);
    checkInvariants(s, a);
  });

  it('boilerplate: a last sentence that opens with a prompt verb but names no medium, or is quoted, stays', () => {
    for (const last of ['Lihat saja angka pengangguran di kampung itu sejak tahun lalu.', '"Ikuti berita rasmi kerajaan sahaja," katanya.']) {
      const s = `${MS_1}\n\n${MS_2}\n\n${last}`;
      expect(junkOf(s)).toEqual([]);
      expect(parseArticle(s).paragraphs.at(-1)?.text).toBe(last);
    }
  });
});

describe('notices and prompts under a story', () => {
  const { ID, MS, EN, last } = uncoveredOutletFixtures;

  const junk = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => `${b.kind}: ${b.text}`);

  it("a partner's notice (`Konten ini merupakan kerja sama …`) is a syndication notice", () => {
    const note = 'Konten ini merupakan kerja sama Kabarsukajaya.com dengan Dinas Pertanian Sukamaju.';
    const a = parseArticle(`${ID}\n\n${note}`);
    expect(junk(a)).toEqual([`other: ${note}`]);
  });

  it('`A version of this article appeared in print …`', () => {
    const note = 'A version of this article appeared in print on Feb 4, 2025.';
    expect(junk(parseArticle(`${EN}\n\n${note}`))).toEqual([`other: ${note}`]);
  });

  it('a plea to share the article, in one short sentence', () => {
    for (const [body, plea] of [
      [ID, 'Jika artikel ini bermanfaat, silakan bagikan kepada teman Anda.'],
      [ID, 'Ayo bagikan berita ini kepada keluarga dan teman Anda!'],
      [EN, 'If you found this article useful, please share it with your friends.'],
      [MS, 'Jom kongsi artikel ini!'],
    ] as const) {
      expect(junk(parseArticle(`${body}\n\n${plea}`))).toEqual([`share: ${plea}`]);
    }
  });

  it('a body sentence that reports sharing stays: the verb mid-sentence, or the article named with no demonstrative', () => {
    // A paragraph follows: a closing prompt (a prompt verb and a medium word in the last block) is another rule.
    for (const [body, text, after] of [
      [EN, 'The growers association declined to share this report with the district council.', 'The council meets again in March.'],
      [EN, 'Share the article with your neighbours, the association urged its members on Tuesday.', 'The council meets again in March.'],
      [ID, 'Pengurus APTB menolak bagikan artikel ini kepada pejabat kabupaten.', 'Rapat berikutnya digelar bulan depan.'],
    ] as const) {
      const a = parseArticle(`${body}\n\n${text}\n\n${after}`);
      expect(junk(a)).toEqual([]);
      expect(a.paragraphs.map((x) => x.text)).toContain(text);
    }
  });

  it('a quoted warning not to spread a story stays', () => {
    const quote = '"Jangan sebarkan berita ini sebelum dicek kebenarannya," kata Rina.';
    const a = parseArticle(`${ID}\n\n${quote}`);
    expect(last(a)).toBe(quote);
  });
});

/**
 * Page furniture of outlets warta has not seen, round 26 (issue 9): an unbracketed `Laporan tambahan oleh` line, a
 * byline naming its outlet after a slash, a reporter and outlet after a bar closing the story, a sign-off shaped
 * like a dateline under a short story, a short Title Case headline shaped like a name, and a listed agency in
 * capitals after the last sentence. Every outlet, person and sentence here is invented for these tests.
 */
describe('prompts and courtesy lines closing the story', () => {
  const ID_1 = 'Harga cabai rawit di Pasar Tirtajaya naik dua kali lipat pekan ini setelah hujan deras merusak kebun di lereng bukit.';
  const ID_2 = 'Para pedagang menyebut pasokan dari desa sekitar turun hampir separuh, sementara pembeli mulai mengurangi belanja harian.';
  const ID_3 = '"Kami berharap harga kembali normal sebelum musim tanam berikutnya," kata Sumirah Rukmaningsih, pedagang di pasar itu.';

  const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

  describe('a reader prompt after a lead-in that names a medium', () => {
    const EN_1 = 'The Larkmoor city council said on Tuesday it would double the budget for road repairs after weeks of heavy rain.';
    const EN_2 = 'Officials said more than forty roads in the northern district had been closed since the start of the month.';
    it('`For more news, follow us on …` closing the story is furniture, as is `Untuk berita terkini, ikuti …`', () => {
      for (const [body, prompt] of [
        [`${EN_1}\n\n${EN_2}`, 'For more news, follow us on Telegram and WhatsApp.'],
        [`${ID_1}\n\n${ID_2}`, 'Untuk berita terkini lainnya, ikuti kanal WhatsApp Kabarsenja.'],
      ] as const) {
        const text = `${body}\n\n${prompt}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(junkOf(a)).toEqual([['other', prompt]]);
        expect(texts(a)).toHaveLength(2);
      }
    });

    it('a lead-in that names no medium opens a sentence of the story', () => {
      const last = 'For that reason, follow the council road plan closely, officials said.';
      expect(texts(parseArticle(`${EN_1}\n\n${EN_2}\n\n${last}`))).toContain(last);
      const id = 'Untuk itu, ikuti aturan pasar yang berlaku di Tirtajaya.';
      expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${id}`))).toContain(id);
    });
  });

  describe('closing courtesy lines and urged prompts', () => {
    it('`Terima kasih telah membaca Outlet.` and `Segera dapatkan aplikasi …` under the story are furniture', () => {
      for (const line of ['Terima kasih telah membaca Kabarsenja.', 'Segera dapatkan aplikasi Kabarsenja di Play Store dan App Store.']) {
        const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${line}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
        expect(junkOf(a)).toEqual([['other', line]]);
      }
    });

    it('a sentence of the story opening with the same words stays', () => {
      for (const line of [
        'Terima kasih sudah membaca surat kami, kata Sumirah kepada para pedagang yang hadir di balai desa Tirtajaya.',
        'Segera dapatkan pupuk bersubsidi di kantor desa sebelum musim tanam, ujar Sumirah kepada para petani.',
      ]) {
        expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${line}`))).toContain(line);
      }
    });
  });
});

/**
 * Page furniture of outlets warta has not seen, round 28 (issue 9): share buttons and reading times above the
 * dateline, and the sign-offs closing a story. Every outlet, place and sentence here is invented for these tests.
 */
const HEAD = 'WANAJAYA, KABARLEMBAH.ID - Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang.';
const LEAD = 'Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang.';
const ID_2 = 'Ketua koperasi setempat menyebut hasil petik pekan ini lebih sedikit dibanding tahun lalu.';

describe('a reader prompt at the end', () => {
  it('`Ayo baca …` naming a medium is a prompt to read more, like `Baca …`: the line is junk', () => {
    const prompt = 'Ayo baca artikel pilihan lain dari lereng utara di Kabarlembah';
    const text = `${HEAD}\n${ID_2}\n${prompt}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(junk(a)).toEqual([['related-link', prompt]]);
    expect(texts(a)).toEqual([LEAD, ID_2]);
  });

  it('`Ayo` opening a plea with no reading verb stays in the story', () => {
    const plea = 'Ayo bantu para pemetik kopi di lereng utara sebelum hujan turun.';
    expect(texts(parseArticle(`${HEAD}\n${ID_2}\n${plea}`))).toContain(plea);
  });
});

describe('a call to the comments under the story', () => {
  const LEAD = 'Pedagang ikan di pasar pagi mengeluhkan sepinya pembeli sejak jembatan utama ditutup untuk perbaikan.';
  const MORE = 'Pengelola pasar berjanji menyediakan angkutan gratis dari terminal selama perbaikan berlangsung.';

  it('`Tulis pendapat Anda di kolom komentar`, also after a short question to the reader, is comments junk', () => {
    for (const line of [
      'Tulis pendapat Anda di kolom komentar.',
      'Bagaimana pendapat Anda tentang berita ini? Tulis di kolom komentar.',
      'What do you think? Let us know in the comments below.',
      'Tinggalkan komen anda di ruangan komen.',
    ]) {
      const text = `SUKARAJA, KABARLEMBAH.ID - ${LEAD}\n\n${MORE}\n\n${line}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(junk(a)).toEqual([['comments', line]]);
      expect(texts(a)).toEqual([LEAD, MORE]);
    }
  });

  it('a sentence that opens with `Tulis <name>` after a quote and names a medium, no comments, stays', () => {
    const said = '"Sepi sekali, dagangan baru laku separuh padahal sudah lewat tengah hari."';
    const line = 'Tulis Wirasti Candrakanti di akun Instagram tokonya, Rabu malam.';
    const text = `SUKARAJA, KABARLEMBAH.ID - ${LEAD}\n\n${said}\n\n${line}\n\n${MORE}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(junk(a)).toEqual([]);
    expect(texts(a)).toEqual([LEAD, said, line, MORE]);
  });

  it('a short reported order that opens with a comments verb and names a medium stays', () => {
    for (const line of [
      'Tinggalkan gerobak di parkiran timur, kata Gendhis lewat grup WhatsApp.',
      'Tell us where the money went, the union wrote on Facebook.',
    ]) {
      const text = `SUKARAJA, KABARLEMBAH.ID - ${LEAD}\n\n${line}\n\n${MORE}`;
      const a = parseArticle(text);
      expect(junk(a)).toEqual([]);
      expect(texts(a)).toEqual([LEAD, line, MORE]);
    }
  });

  it('a short question in the story followed by a reporting sentence that names a medium stays', () => {
    for (const line of [
      'Untuk siapa jembatan baru itu? Tulis Sarwendah di akun Instagram koperasinya, Kamis.',
      'Siapa yang menanggung ongkos angkutan itu? Lihat saja kas koperasi, tulis Sarwendah di akun Facebook.',
    ]) {
      const text = `SUKARAJA, KABARLEMBAH.ID - ${LEAD}\n\n${line}\n\n${MORE}`;
      const a = parseArticle(text);
      expect(junk(a)).toEqual([]);
      expect(texts(a)).toEqual([LEAD, line, MORE]);
    }
  });

  it('a question in the story followed by a sentence that opens with the same verb stays', () => {
    const line = 'Apa artinya bagi pedagang? Tulis ulang daftar harga itu sebelum pasar dibuka, kata pengelola.';
    const text = `SUKARAJA, KABARLEMBAH.ID - ${LEAD}\n\n${line}\n\n${MORE}`;
    expect(texts(parseArticle(text))).toEqual([LEAD, line, MORE]);
  });
});

describe('a reader prompt of two sentences, each a prompt', () => {
  const EN_1 = 'Farmers whose rice fields were flooded last week in Cibarengkok Regency will receive cash aid within two weeks, the agency said.';
  const EN_2 = 'The aid will be channelled through farmer groups, which will also receive seeds and fertilizer for the next planting.';

  it('goes whole', () => {
    const prompt = 'Get the latest news delivered to your inbox. Subscribe to our newsletter.';
    const a = parseArticle(`${EN_1}\n\n${EN_2}\n\n${prompt}`);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toContainEqual(['other', prompt]);
    expect(texts(a)).toEqual([EN_1, EN_2]);
  });

  it('a prompt verb opening prose followed by prose stays', () => {
    const prose = 'Get the farmers back to work, the regent told officials. Subscribe to the insurance scheme, he added, and nobody will lose a harvest again.';
    expect(texts(parseArticle(`${EN_1}\n\n${prose}\n\n${EN_2}`))).toEqual([EN_1, prose, EN_2]);
  });
});
