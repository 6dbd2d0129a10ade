import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { BODY, MORE, itRemovesJunkLines, junk, texts } from './page-lines.js';

/**
 * Page furniture of outlets warta has not seen, round 33 (issue 9): a caption's label with a dash above a bare
 * place, a foreign city's country before a Malay short date, a slash date before an agency, a headline that ends
 * with who said it, and a few junk lines. Every outlet, place, person and sentence here is invented for these tests.
 */
const LEAD = 'Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang tahun ini.';
const NEXT = 'Ketua koperasi setempat menyebut hasil petik pekan ini lebih sedikit dibanding tahun lalu.';
const MS_LEAD = 'Kerajaan negeri akan membina sebuah jambatan baharu merentasi Sungai Lelang bagi memudahkan penduduk kampung.';
const MS_NEXT = 'Kos pembinaan jambatan itu dianggarkan berjumlah RM30 juta dan dibiayai sepenuhnya oleh kerajaan negeri.';

describe('a caption with a label and a dash above a bare place', () => {
  it('`PANEN AWAL - … (FOTO: …)` is the caption, and the place under it opens the story', () => {
    const caption = 'PANEN AWAL - Petani memetik buah kopi di lereng utara Wanajaya, Senin (3/2/2025). (FOTO: RINA WULANDARI)';
    const text = `${caption}\nWANAJAYA - ${LEAD}\n${NEXT}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.raw).toBe('WANAJAYA -');
    expect(junk(a)).toEqual([['caption', caption]]);
    expect(texts(a)).toEqual([LEAD, NEXT]);
  });

  it('a first line with no photo credit is no caption: its place stays the dateline', () => {
    const first = `WANAJAYA - ${LEAD}`;
    const text = `${first}\nLEMBAH HIJAU - ${NEXT}\n${MORE}`;
    const a = parseArticle(text);
    expect(a.dateline?.raw).toBe('WANAJAYA -');
    expect(texts(a)[0]).toBe(LEAD);
  });
});

describe('a foreign city, its country, then a short date', () => {
  it('`BEIJING (China) 3 Okt. -` is a dateline dated against the reference', () => {
    const text = `BEIJING (China) 3 Okt. - ${MS_LEAD}\n${MS_NEXT}`;
    const a = parseArticle(text, { referenceDate: '2018-10-04' });
    checkInvariants(text, a);
    expect(a.dateline?.raw).toBe('BEIJING (China) 3 Okt. -');
    expect(a.dateline?.place).toBe('BEIJING');
    expect(a.dateline?.date).toBe('2018-10-03');
    expect(texts(a)).toEqual([MS_LEAD, MS_NEXT]);
  });

  it('a country with no date, and a number that is no date, read as before', () => {
    expect(parseArticle(`KAHERAH (Mesir) - ${MS_LEAD}\n${MS_NEXT}`).dateline?.raw).toBe('KAHERAH (Mesir) -');
    expect(parseArticle(`BANGKOK (Thailand) 3 orang cedera - ${MS_LEAD}\n${MS_NEXT}`).dateline).toBeNull();
  });
});

describe('a day and month with a slash before the agency', () => {
  it('`Wanajaya, 5/2 (Antara Lembah) -`: place, agency and date', () => {
    const text = `Wanajaya, 5/2 (Antara Lembah) - ${LEAD}\n${NEXT}`;
    const a = parseArticle(text, { referenceDate: '2016-03-01' });
    checkInvariants(text, a);
    expect(a.dateline?.place).toBe('Wanajaya');
    expect(a.dateline?.outlet).toBe('Antara Lembah');
    expect(a.dateline?.date).toBe('2016-02-05');
    expect(texts(a)).toEqual([LEAD, NEXT]);
  });

  it('without the agency, or with words in the parentheses, a slash is no date and no dateline', () => {
    expect(parseArticle(`Wanajaya, 5/2 - ${LEAD}\n${NEXT}`).dateline).toBeNull();
    expect(parseArticle(`Skor akhir, 5/2 (babak pertama) - ${LEAD}\n${NEXT}`).dateline).toBeNull();
  });
});

describe('a province in capitals after the place', () => {
  it('`SUKAMAJU, JAWA BARAT -` is a place and its province, not an acronym and a name (no outlet)', () => {
    const text = `SUKAMAJU, JAWA BARAT - ${LEAD}\n${NEXT}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.place).toBe('SUKAMAJU, JAWA BARAT');
    expect(a.dateline?.outlet).toBeNull();
    expect(texts(a)).toEqual([LEAD, NEXT]);
  });

  it('an acronym and a name stay an outlet, in capitals too', () => {
    for (const outlet of ['KBLT JAKARTA', 'KBLT Indonesia']) expect(parseArticle(`JAKARTA, ${outlet} - ${LEAD}\n${NEXT}`).dateline?.outlet).toBe(outlet);
  });
});

describe('a headline that ends with who said it', () => {
  it('`… - Menteri` and `… - Ketua Menteri` are headlines', () => {
    for (const head of ['Jambatan baharu siap dua tahun lagi - Menteri', 'Royalti dan keuntungan dua perkara berbeza - Ketua Menteri']) {
      const text = `${head}\n\nKUALA LELANG: ${MS_LEAD}\n${MS_NEXT}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title?.text).toBe(head);
      expect(a.dateline?.raw).toBe('KUALA LELANG:');
    }
  });

  it('a dateline opening an unfinished sentence, or a byline with a dash, is no headline', () => {
    expect(parseArticle(`KUALA LELANG - Polis menahan tiga lelaki di Kampung Lelang\n\n${MS_NEXT}`).title).toBeNull();
    expect(parseArticle(`Rina Wulandari - Kabarlembah\n\n${LEAD}\n\n${NEXT}`).title).toBeNull();
    expect(parseArticle(`Petani memetik kopi di lereng utara. - Foto Bernama\n\n${LEAD}\n\n${NEXT}`).title).toBeNull();
  });

  it('a byline with a dash is no headline: a byline word before the name, or a newsroom job after the dash', () => {
    for (const byline of ['Oleh Dewi Kartika Sari Lubis - Kontributor', 'Dewi Kartika dan Budi Santoso - Wartawan']) {
      const a = parseArticle(`${byline}\n\n${LEAD}\n\n${NEXT}`);
      expect(a.title).toBeNull();
    }
  });
});

describe('junk lines', () => {
  itRemovesJunkLines([
    ['Selengkapnya baca di sini.', 'related-link'],
    ['Scroll untuk melanjutkan', 'ad'],
    ['Image via Instagram', 'caption'],
    ['Pic credit: Facebook', 'caption'],
    ['Photo via Contoh Wire/Rina Putri', 'caption'],
    ['Story continues below', 'ad'],
  ]);

  it('a label and the site\'s account (`Instagram: @kabarlembah`) is junk; a sentence naming an account stays', () => {
    for (const line of ['Instagram: @kabarlembah', 'Twitter/X : @kabar_lembah', 'Ikuti kami: @kabarlembah, @kabarlembah.id']) {
      const text = `${BODY}\n${MORE}\n${line}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(junk(a)).toEqual([['other', line]]);
    }
    const said = 'Polisi menelusuri akun @kabarlembah yang menyebarkan kabar itu.';
    expect(texts(parseArticle(`${BODY}\n${MORE}\n${said}`))).toContain(said);
  });

  it('a credit opener followed by a sentence is a paragraph, not a caption', () => {
    const lead = 'Floodwater covered three villages along the Lelang river on Monday after two days of heavy rain.';
    const said = 'Image via satellite released by the agency showed the river had burst its banks in several places.';
    const more = 'Rescue teams moved more than four hundred residents to a school on higher ground, officials said.';
    const text = `${lead}\n${said}\n${more}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.boilerplate).toEqual([]);
    expect(texts(a)).toEqual([lead, said, more]);
  });

  it('`Selengkapnya baca di sini.` glued to the next item of a digest leaves the item in the story (the prompt alone is junk, round 35)', () => {
    const item = 'Koperasi petani kopi menargetkan penyaluran pinjaman Rp10 miliar tahun depan.';
    const text = `${BODY}\nSelengkapnya baca di sini.${item}\n${MORE}`;
    const a = parseArticle(text);
    expect(a.boilerplate.map((b) => [b.text, b.kind])).toEqual([['Selengkapnya baca di sini.', 'related-link']]);
    expect(texts(a)).toContain(item);
  });
});
