/** Title: headlines, kickers, epigraphs and lines that are no headline. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { BODY, MORE, texts, junk } from '../support/page-lines.js';
import { unlistedOutletFixtures } from '../support/page-fixtures.js';

describe('title: a name alone above the story', () => {
  it('title: a name on the first line is the byline or a caption, not the headline', () => {
    const a = parseArticle(`Rina Kartika\n\nKUALA LUMPUR, Oct 2 -- The ministry will add clean water supplies to the villagers starting next week, an official said.\nResidents welcomed the move after weeks of cuts.`);
    expect(a.title).toBeNull();
    expect(a.dateline?.place).toBe('KUALA LUMPUR');
    expect(a.boilerplate.map((b) => b.text)).toEqual(['Rina Kartika']);
  });

  it('title: a short headline with a verb-like word count of four or more stays a headline', () => {
    expect(parseArticle(`Harga Cabai Naik Tajam\n${BODY}\n${MORE}`).title?.text).toBe('Harga Cabai Naik Tajam');
  });
});
const { ID_1, ID_2, ID_3, ID } = unlistedOutletFixtures;

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

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

/** Page furniture read from unlabelled text of many outlets (issue 9); every person, outlet and sentence is invented. */
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const P2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';

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

/**
 * Page furniture of outlets warta has not seen, round 26 (issue 9): an unbracketed `Laporan tambahan oleh` line, a
 * byline naming its outlet after a slash, a reporter and outlet after a bar closing the story, a sign-off shaped
 * like a dateline under a short story, a short Title Case headline shaped like a name, and a listed agency in
 * capitals after the last sentence. Every outlet, person and sentence here is invented for these tests.
 */
describe('a short Title Case headline shaped like a name', () => {
  const ID_1 = 'Harga cabai rawit di Pasar Tirtajaya naik dua kali lipat pekan ini setelah hujan deras merusak kebun di lereng bukit.';
  const ID_2 = 'Para pedagang menyebut pasokan dari desa sekitar turun hampir separuh, sementara pembeli mulai mengurangi belanja harian.';
  const ID_3 = '"Kami berharap harga kembali normal sebelum musim tanam berikutnya," kata Sumirah Rukmaningsih, pedagang di pasar itu.';

  it('is the title when the story writes its words in lower case', () => {
    const text = `Harga Cabai Naik\n\nTIRTAJAYA: ${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title?.text).toBe('Harga Cabai Naik');
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a name alone on the first line is still no headline', () => {
    const a = parseArticle(`Ambarwati Gandasari\n\nTIRTAJAYA: ${ID_1}\n\n${ID_2}\n\n${ID_3}`);
    expect(a.title).toBeNull();
  });
});

/**
 * Page furniture of outlets warta has not seen, round 33 (issue 9): a caption's label with a dash above a bare
 * place, a foreign city's country before a Malay short date, a slash date before an agency, a headline that ends
 * with who said it, and a few junk lines. Every outlet, place, person and sentence here is invented for these tests.
 */
const LEAD = 'Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang tahun ini.';
const NEXT = 'Ketua koperasi setempat menyebut hasil petik pekan ini lebih sedikit dibanding tahun lalu.';
const MS_LEAD = 'Kerajaan negeri akan membina sebuah jambatan baharu merentasi Sungai Lelang bagi memudahkan penduduk kampung.';
const MS_NEXT = 'Kos pembinaan jambatan itu dianggarkan berjumlah RM30 juta dan dibiayai sepenuhnya oleh kerajaan negeri.';

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

describe('title: shapes above the headline', () => {
  it('title: a breadcrumb trail is navigation, a publication line above the headline is the publication line', () => {
    const a = parseArticle(`Home > Berita > Ekonomi\nSelasa, 17 Maret 2020 | 08:42 WIB\nHarga Cabai Naik Tajam\n${BODY}\n${MORE}`);
    expect(a.title?.text).toBe('Harga Cabai Naik Tajam');
    expect(a.published?.date).toBe('2020-03-17');
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['navigation']);
  });

  it('title: a site name by its shape is cut from the headline', () => {
    expect(parseArticle(`Harga Cabai Naik Tajam | Contoh News\n${BODY}\n${MORE}`).title?.text).toBe('Harga Cabai Naik Tajam');
    expect(parseArticle(`Harga Cabai Naik Tajam - contohwarta.com\n${BODY}\n${MORE}`).title?.text).toBe('Harga Cabai Naik Tajam');
  });

  it('title: a byline or a dateline alone on the first line is no headline', () => {
    expect(parseArticle(`Oleh Rina Kartika\n${BODY}\n${MORE}`).title).toBeNull();
    const d = parseArticle(`Jakarta, Contoh Online\n\n${BODY}\n${MORE}`);
    expect(d.title).toBeNull();
    expect(d.dateline?.outlet).toBe('Contoh Online');
  });
});

/**
 * The first lines of pages from outlets warta has not seen (issue 9, round 12): a kicker shaped like a
 * person's name over a headline, and an essay's opening verse with its source. Every outlet, person and
 * sentence here is invented for these tests.
 */
describe('a kicker of three capitalised words over the headline', () => {
  const ID_1 = 'Contohsport - Sebanyak sebelas atlet dayung Kabupaten Sukamaju berlatih pagi dan sore di Waduk Contoh selama tiga pekan.';
  const ID_2 = 'Pelatih kepala Darmawan Saputra menjelaskan latihan pagi difokuskan pada teknik kayuh, sedangkan sesi sore untuk ketahanan.';

  it('is navigation even when it has the shape of a name, and the headline under it is the title', () => {
    const headline = 'Atlet Dayung Sukamaju Berlatih Dua Kali Sehari di Waduk Contoh';
    const text = `Menjelang Kejurda Dayung\n\n${headline}\n\nKamis, 5 Maret 2020 | 16:40 WIB | Penulis: Rina Marlina\n\n${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title?.text).toBe(headline);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toContainEqual(['navigation', 'Menjelang Kejurda Dayung']);
    expect(texts(a)).toHaveLength(2);
  });

  it('a writer\'s name over a Title Case headline is no kicker: it opens with no lead word', () => {
    const headline = 'Atlet Dayung Sukamaju Berlatih Dua Kali Sehari di Waduk Contoh';
    const text = `Rina Marlina\n\n${headline}\n\n${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).not.toContainEqual(['navigation', 'Rina Marlina']);
    expect(a.boilerplate.map((b) => b.text)).toContain('Rina Marlina');
  });

  it('a name alone above the story is still no headline', () => {
    const a = parseArticle(`Rina Marlina\n\n${ID_2}\n\n${ID_2.replace('Pelatih', 'Asisten pelatih')}`);
    expect(a.title).toBeNull();
  });
});

describe('an epigraph: a quotation and its source on the first line', () => {
  const MS_1 = 'Gabungan Belia Contoh Malaysia menyokong cadangan majlis perbandaran untuk membuka semula taman permainan awam di situ.';
  const MS_2 = 'Walau bagaimanapun, kami meminta supaya kerja baik pulih peralatan disiapkan dahulu dan laporan keselamatan dikongsi.';

  it('is text that opens the piece, not its headline', () => {
    const verse = '“Bulat air kerana pembetung, bulat manusia kerana muafakat.” (Peribahasa Melayu)';
    const text = `${verse}\n\n${MS_1}\n\n${MS_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title).toBeNull();
    expect(texts(a)).toEqual([verse, MS_1, MS_2]);
  });

  it('a headline that quotes words and names the speaker is still a headline', () => {
    const headline = '“Kami tetap bersama penduduk” kata Setiausaha Gabungan Belia Contoh';
    const a = parseArticle(`${headline}\n\n${MS_1}\n\n${MS_2}`);
    expect(a.title?.text).toBe(headline);
  });
});

/** Headlines of outlets warta has no list entry for (issue 9); every outlet, person and sentence is invented. */
describe('title: a headline run into what surrounds it', () => {
  const HEAD = 'Petani Sukamaju Panen Raya Jagung di Lahan Baru';

  describe('title: headlines glued to the dateline', () => {
    it('a headline glued to a dateline that names its outlet, or to a place in capitals', () => {
      for (const [glue, raw] of [
        [' SUKAMAJU, KABARCONTOH.COM - ', 'SUKAMAJU, KABARCONTOH.COM -'],
        ['SUKAMAJU - ', 'SUKAMAJU -'],
        [' Sukamaju, kabarcontoh.com – ', 'Sukamaju, kabarcontoh.com –'],
      ] as const) {
        const s = `${HEAD}${glue}${P1}\n\n${P2}`;
        const a = parseArticle(s);
        expect(a.title?.text).toBe(HEAD);
        expect(a.dateline?.raw).toBe(raw);
        expect(texts(a)).toEqual([P1, P2]);
        checkInvariants(s, a);
      }
    });

    it('a story that opens with a sentence ending in a word in capitals is no glued headline', () => {
      const lead = 'Otorita Contoh menemukan tambang ilegal di wilayah APTB. Luasnya mencapai empat ribu hektare menurut laporan terakhir.';
      const a = parseArticle(`${lead}\n\n${P2}`);
      expect(a.title).toBeNull();
      expect(a.dateline).toBeNull();
      expect(texts(a)).toEqual([lead, P2]);
    });
  });

  describe('title: furniture around the headline', () => {
    it('a section name or the site name alone above the headline, a trail of sections before it', () => {
      for (const top of ['Ekonomi\n', 'Kabarcontoh.com\n', 'Berita Contoh Online\n']) {
        const a = parseArticle(`${top}${HEAD}\n\n${P1}\n\n${P2}`);
        expect(a.title?.text).toBe(HEAD);
        expect(texts(a)).toEqual([P1, P2]);
        expect(a.boilerplate.map((b) => b.kind)).toEqual(['navigation']);
      }
      const trail = parseArticle(`Home » Ekonomi » ${HEAD}\n\n${P1}\n\n${P2}`);
      expect(trail.title?.text).toBe(HEAD);
      expect(trail.boilerplate.map((b) => b.text)).toEqual(['Home » Ekonomi »']);
    });

    it('the page the scraper read after the headline', () => {
      const a = parseArticle(`${HEAD} - Halaman all\n\n${P1}\n\n${P2}`);
      expect(a.title?.text).toBe(HEAD);
      expect(a.boilerplate.map((b) => b.text)).toEqual(['- Halaman all']);
    });
  });

  describe('title: a headline glued to itself', () => {
    it('searches the dateline after the whole doubled line, not inside its second copy', () => {
      // A doubled headline that opens like a dateline: the second copy is the title again, not the story's dateline.
      const head = 'SUKAMAJU: Warga desa mengungsi ke balai desa setelah hujan deras semalaman.';
      const text = `${head}${head}\n\n${P1}\n\n${P2}`;
      const a = parseArticle(text);
      expect(a.title).toMatchObject({ text: head, repeated: true });
      expect(a.dateline).toBeNull();
      checkInvariants(text, a);
      const dated = `${head}${head}\n\nSUKAMAJU - ${P1}\n\n${P2}`;
      expect(parseArticle(dated).dateline?.raw).toBe('SUKAMAJU -');
    });
  });
});
