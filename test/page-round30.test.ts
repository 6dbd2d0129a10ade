import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts, junk } from './page-lines.js';

/**
 * Page furniture of outlet types the real sets lack, round 30 (issue 9): blogs and portals that republish
 * wire copy, regional TV sites. Every outlet, name and sentence here is invented for these tests.
 */
const LEAD = 'Kebakaran menghanguskan sedikitnya 40 kios di pasar tradisional kecamatan pada Kamis dini hari sebelum api dipadamkan.';
const MORE = 'Kepala dinas pemadam kebakaran setempat mengatakan api diduga berasal dari korsleting listrik di salah satu kios pakaian.';
const LAST = 'Tidak ada korban jiwa, tetapi kerugian pedagang ditaksir mencapai ratusan juta rupiah.';

describe('a sign-off with junk glued after it', () => {
  it('`(ark) Editor: …` on the last line: the initials are the credit, the editor line is junk', () => {
    const text = `GARUT, kabarlembah.com - ${LEAD}\n\n${MORE}\n\n${LAST}\n\n(ark) Editor: Bayu Permadi`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('ark');
    expect(junk(a)).toEqual([['editor', 'Editor: Bayu Permadi']]);
    expect(texts(a)).toEqual([LEAD, MORE, LAST]);
  });

  it('a reporter\'s name in brackets after the last sentence, then the syndication note, or a share bar', () => {
    for (const [after, kind] of [
      ['Artikel ini telah tayang di Kabarlembah.com dengan judul Puluhan Kios Pasar Terbakar', 'other'],
      ['Bagikan: Facebook Twitter WhatsApp', 'share'],
    ] as const) {
      const text = `GARUT, kabarlembah.com - ${LEAD}\n\n${MORE}\n\n${LAST} (Arum Kinanti) ${after}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('Arum Kinanti');
      expect(junk(a)).toEqual([[kind, after]]);
      expect(texts(a)).toEqual([LEAD, MORE, LAST]);
    }
  });

  it('`(wid) Untuk informasi lebih lanjut, hubungi:` opens the contact block as the label alone does', () => {
    const contact = 'Sekretariat Paguyuban Pedagang Pasar, telp. (0265) 000-4477';
    const text = `GARUT, kabarlembah.com - ${LEAD}\n\n${MORE}\n\n${LAST}\n\n(wid) Untuk informasi lebih lanjut, hubungi:\n\n${contact}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('wid');
    expect(texts(a)).toEqual([LEAD, MORE, LAST]);
    expect(a.boilerplate.map((b) => b.text)).toEqual([`Untuk informasi lebih lanjut, hubungi: ${contact}`]);
  });

  it('an aside in brackets after a sentence, then more story, stays in the story', () => {
    const line = `${LAST} (Selengkapnya di halaman berikut) Pedagang berharap pasar darurat segera dibangun di lapangan desa.`;
    const text = `GARUT, kabarlembah.com - ${LEAD}\n\n${line}\n\n${MORE}`;
    const a = parseArticle(text);
    expect(texts(a)).toEqual([LEAD, line, MORE]);
    expect(a.credit).toBeNull();
  });
});

describe('a TV site\'s crew, a release\'s contact line, an aggregator\'s source line', () => {
  it('`Kamerawan:` and `Videografer:` under the story are editor lines like `Reporter:`', () => {
    const text = `PALU, SIGITV.ID - ${LEAD}\n\n${MORE}\n\nReporter: Fandi Rukmana\n\nKamerawan: Yudha Pamungkas\n\nVideografer: Sekar Arumdalu`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['editor', 'editor', 'editor']);
    expect(texts(a)).toEqual([LEAD, MORE]);
  });

  it('`Untuk informasi lebih lanjut, hubungi:` opens a contact block; the same words opening a sentence stay', () => {
    const text = `Banjarbaru – ${LEAD}\n\n${MORE}\n\nUntuk informasi lebih lanjut, hubungi:\n\nBagian Humas, telp. (0511) 000-1111`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([LEAD, MORE]);
    const line = 'Untuk informasi lebih lanjut, pedagang dapat mendatangi kantor pengelola pasar setiap hari kerja.';
    expect(texts(parseArticle(`Banjarbaru – ${LEAD}\n\n${line}\n\n${MORE}`))).toEqual([LEAD, line, MORE]);
  });

  it('an aggregator\'s `Source: <outlet>` line and a relative time above a bare place do not hide the dateline', () => {
    const head = 'Commuters stranded as drivers walk off three bus routes';
    const lead = 'Hundreds of commuters were stranded on Monday after bus drivers on three city routes stopped work.';
    const more = 'The city council said it was arranging extra minibuses for the afternoon rush.';
    const text = `${head}\n\nSource: Harbour Courier\n\n5h ago\n\nSURABAYA — ${lead}\n\n${more}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title?.text).toBe(head);
    expect(a.dateline?.place).toBe('SURABAYA');
    expect(texts(a)).toEqual([lead, more]);
  });
});

describe('`kini` ("now") in brackets after a place in capitals', () => {
  it('ordinary words holding `Kini` in the brackets are no outlet: `kini` is no brand word', () => {
    const lead = 'Sebuah jambatan kayu di kampung itu runtuh pagi semalam selepas dilanda arus deras.';
    const a = parseArticle(`KUDAT (Dulu Dan Kini) - ${lead}\n\nKetua kampung berkata penduduk kini menggunakan sampan.`);
    expect(a.dateline?.outlet ?? null).toBeNull();
  });

  it('a country in brackets after a city is still no outlet', () => {
    const a = parseArticle('DHAKA (Bangladesh): Sebuah jambatan kayu di kampung itu runtuh pagi semalam.\n\nPenduduk kini menggunakan sampan.');
    expect(a.dateline?.place).toBe('DHAKA');
    expect(a.dateline?.outlet).toBeNull();
  });
});

describe('furniture glued to the dateline on its line', () => {
  const HEAD = 'Puluhan Kios Pasar Hangus Terbakar pada Dini Hari';
  it('a credited caption, a byline or an author bar before the dateline on the same line is junk; the dateline opens the story', () => {
    for (const [furniture, kind] of [
      ['Petugas memadamkan sisa api di deretan kios pasar. (Foto: Dok. Damkar)', 'caption'],
      ['Penulis: Arum Kinanti | Editor: Bayu Permadi', 'editor'],
      ['Oleh Arum Kinanti', 'editor'],
    ] as const) {
      const text = `${HEAD}\n\n${furniture} GARUT, kabarlembah.com - ${LEAD}\n\n${MORE}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title?.text).toBe(HEAD);
      expect([a.dateline?.place, a.dateline?.outlet]).toEqual(['GARUT', 'kabarlembah.com']);
      expect(junk(a)).toEqual([[kind, furniture]]);
      expect(texts(a)).toEqual([LEAD, MORE]);
    }
  });

  it('a sentence of the story before a word in capitals is no furniture: no dateline is read inside it', () => {
    const first = `Pedagang yang kiosnya terbakar mengadu ke GARUT - ${LEAD}`;
    const text = `${HEAD}\n\n${first}\n\n${MORE}`;
    const a = parseArticle(text);
    expect(a.dateline).toBeNull();
    expect(texts(a)).toEqual([first, MORE]);
  });
});
