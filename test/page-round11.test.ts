import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';

/** Page furniture of outlets the shared sets do not cover (issue 9); every person, outlet and sentence is invented. */
const ID =
  'Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari mengatakan harga gabah di tingkat petani turun tajam dalam sepekan terakhir.\n\n"Kami minta pemerintah segera turun tangan," kata Rina kepada wartawan, Senin (3/2/2025).\n\nMenurut dia, penurunan harga terjadi karena panen raya berlangsung serentak di sejumlah kabupaten.';
const MS =
  'Presiden Persatuan Nelayan Pantai Timur, Ahmad Fauzi Rahman berkata, hasil tangkapan nelayan merosot sejak musim tengkujuh bermula bulan lalu.\n\n"Kami harap kerajaan negeri dapat membantu nelayan yang terjejas," katanya kepada pemberita di sini hari ini.\n\nBeliau berkata, seramai 300 nelayan terlibat di kawasan itu.';
const EN =
  'Farmers in the district say the price of unhusked rice has fallen sharply in the past week, the head of a local growers association said on Monday.\n\n"We ask the government to step in quickly," Rina Wulandari told reporters.\n\nShe said the fall came as harvests in several regencies overlapped this year.';

const junk = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => `${b.kind}: ${b.text}`);
const last = (a: ReturnType<typeof parseArticle>) => a.paragraphs.at(-1)?.text;

describe('a link to the story in another language', () => {
  it('on the first line it is navigation, not the headline (also with the scraper gluing two words)', () => {
    const s = `Baca artikel inidalam bahasa Inggris\n${ID}`;
    const a = parseArticle(s);
    expect(a.title).toBeNull();
    expect(junk(a)).toEqual(['navigation: Baca artikel inidalam bahasa Inggris']);
    checkInvariants(s, a);
  });

  it('in English too', () => {
    const a = parseArticle(`Read this story in Bahasa Indonesia\n${EN}`);
    expect(a.title).toBeNull();
    expect(junk(a)).toEqual(['navigation: Read this story in Bahasa Indonesia']);
  });
});

describe('bylines in capitals', () => {
  it('`BY NAME` on the first line is an author line, not the headline', () => {
    const a = parseArticle(`BY RINA WULANDARI\n\n${EN}`);
    expect(a.title).toBeNull();
    expect(junk(a)).toEqual(['editor: BY RINA WULANDARI']);
  });
});

describe('an outlet and the date the story ran, at the end', () => {
  it('a comma between the name and the date (`- Harian Sukajaya, 12/3/2024`)', () => {
    const a = parseArticle(`${MS}\n\n- HARIAN SUKAJAYA, 12/3/2024`);
    expect(a.credit?.text).toBe('HARIAN SUKAJAYA 12/3/2024');
    expect(last(a)).toBe('Beliau berkata, seramai 300 nelayan terlibat di kawasan itu.');
  });

  it('a listed outlet and a date with its month named (`- Utusan Malaysia, 12 Mac 2024`)', () => {
    const a = parseArticle(`${MS}\n\n- Utusan Malaysia, 12 Mac 2024`);
    expect(a.credit?.text).toBe('Utusan Malaysia 12 Mac 2024');
  });

  it('an English date (`– The Sukajaya Times, March 12, 2024`)', () => {
    const a = parseArticle(`${EN}\n\n– The Sukajaya Times, March 12, 2024`);
    expect(a.credit?.text).toBe('The Sukajaya Times March 12, 2024');
  });

  it('in parentheses, named with a brand word or a news domain; a place and a date are no outlet', () => {
    expect(parseArticle(`${ID}\n\n(Kabar Sukajaya, 3/2/2025)`).credit?.text).toBe('Kabar Sukajaya 3/2/2025');
    expect(parseArticle(`${ID}\n\n(kabarsukajaya.com, 3/2/2025)`).credit?.text).toBe('kabarsukajaya.com 3/2/2025');
    const place = parseArticle(`${ID}\n\n(Sukamaju, 3/2/2025)`);
    expect(place.credit).toBeNull();
    expect(last(place)).toBe('(Sukamaju, 3/2/2025)');
  });
});

describe('datelines of outlets the list lacks', () => {
  it('a listed name opening a longer one in capitals is that outlet, before its city', () => {
    const a = parseArticle(`UTUSAN SUKAJAYA, SUKAMAJU - ${MS}`);
    expect(a.dateline).toMatchObject({ raw: 'UTUSAN SUKAJAYA, SUKAMAJU -', place: 'SUKAMAJU', outlet: 'UTUSAN SUKAJAYA' });
  });

  it('a name built from a Malay paper\'s brand word (`SINAR`, `MINGGUAN`)', () => {
    expect(parseArticle(`SINAR SUKAJAYA, SUKAMAJU - ${MS}`).dateline).toMatchObject({ place: 'SUKAMAJU', outlet: 'SINAR SUKAJAYA' });
    expect(parseArticle(`MINGGUAN SUKAJAYA, SUKAMAJU - ${MS}`).dateline).toMatchObject({ place: 'SUKAMAJU', outlet: 'MINGGUAN SUKAJAYA' });
  });
});

describe('notices and prompts under a story', () => {
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

describe('a caption with no credit between the headline and a bare place', () => {
  const title = 'Harga Gabah Anjlok, Petani Minta Pemerintah Turun Tangan';
  const caption = 'Petani memanen padi di sawah Desa Sukamaju, Senin (3/2/2025).';

  it('`Sukamaju - …` under it is the dateline, the caption junk', () => {
    const s = `${title}\n${caption}\nSukamaju - ${ID}`;
    const a = parseArticle(s);
    expect(a.dateline?.raw).toBe('Sukamaju -');
    expect(junk(a)).toEqual([`caption: ${caption}`]);
    checkInvariants(s, a);
  });

  it('a name and an aside after a one-sentence lead are the story, not a dateline', () => {
    const lead = 'Harga gabah di Sukamaju turun tajam pekan ini.';
    for (const next of [
      'Rina Wulandari - ketua kelompok tani yang juga pedagang beras - mengatakan harga akan pulih bulan depan.',
      'Karsiman - Ketua Umum Partai Sukajaya - mengatakan harga akan pulih bulan depan.',
    ]) {
      const a = parseArticle(`${title}\n${lead}\n${next}\n\n${ID}`);
      expect(a.dateline).toBeNull();
      expect(a.paragraphs[0]?.text).toBe(lead);
    }
  });
});

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

describe('an editor label and a dash', () => {
  it('`Editor - Budi Santoso` under the story is an author line', () => {
    expect(junk(parseArticle(`${ID}\n\nEditor - Budi Santoso`))).toEqual(['editor: Editor - Budi Santoso']);
  });
});
