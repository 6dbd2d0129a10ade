/** Dateline: places, cities, provinces and countries written in capitals or glued to the story. */
import { describe, expect, it } from 'vitest';
import { parseArticle, parseDateline } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts, junk } from '../support/page-lines.js';

/**
 * Page furniture of outlets warta has not seen, round 24 (issue 9): related headlines in sentence case with no
 * bullet and no label, a photo credit on its own line above the dateline, an outlet and its regional edition
 * joined by a slash, a quoted name's acronym ending the last sentence, and a dateline's year read from a dated
 * line at the end. Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.';
const ID_2 = '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.';
const EN_1 = 'The Contohland Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';
const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Daniel Tan told reporters.';

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

/**
 * Datelines of outlets warta has not seen, round 27 (issue 9): a site's web address before its city with no comma
 * (`KABARMUARA.NET SUKARAMAI -`), and a web address, its dash, then the city in title case closed by a full stop
 * (`kabarmuara.net - Sukaramai. …`), and a one-word place glued to the lead by a hyphen (`Sukaramai-Kepala Dinas …`).
 * A glued related headline ends before a resumed lead that opens with a role and its holder before a speech verb.
 * Every outlet, place and sentence here is invented for these tests.
 */
describe('a one-word place glued to the story by a hyphen', () => {
  const ID_1 = 'Warga dua kelurahan di tepi muara menggelar kerja bakti membersihkan saluran air menjelang musim hujan.';
  const ID_2 = 'Lurah setempat menyebut lebih dari dua ratus orang ikut serta, termasuk pelajar dan pedagang pasar pagi.';

  const lead = 'Kepala Dinas Pasar Hendrawira Pramudita meninjau los ikan yang baru selesai dibangun di tepi muara pekan ini.';

  it('`Place-Title Field …` on the first line is the dateline, for a known place or a word in capitals', () => {
    for (const head of ['Gorontalo-', 'SUKARAMAI-']) {
      const text = `${head}${lead}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.dateline?.raw).toBe(head);
      expect(a.dateline?.place).toBe(head.slice(0, -1));
      expect(texts(a)).toEqual([lead, ID_2]);
    }
  });

  it('an acronym after the hyphen opens the story too', () => {
    const story = 'KPK menetapkan dua pejabat dinas pasar sebagai tersangka dalam kasus pengadaan los ikan.';
    expect(parseDateline(`SUKARAMAI-${story}\n\n${ID_2}`)?.place).toBe('SUKARAMAI');
  });

  it('a route between two places, a headline, or a later line is no dateline', () => {
    for (const text of [
      `Gorontalo-Tirtajaya kini cukup dua jam lewat jalan tol yang diresmikan gubernur bulan lalu.\n\n${ID_2}`,
      `Gorontalo-Tirtajaya Kian Ramai Jelang Musim Mudik\n\n${ID_1}\n\n${ID_2}`,
      `Pasar Ikan Sukaramai Dibuka\n\nGorontalo-${lead}\n\n${ID_2}`,
    ]) {
      expect(parseDateline(text)?.raw ?? '').not.toMatch(/-$/);
    }
  });

  it('a prefixed word in ordinary case (`Anti-`, `Pasca-`, `Semi-`) or an unknown word is no place, and stays in the lead', () => {
    for (const lead2 of [
      'Anti-Rentenir Sukaramai, sebuah paguyuban pedagang, menggelar pelatihan pembukuan bagi anggotanya pekan ini.',
      'Pasca-Banjir Bandang, Dinas Sosial membagikan selimut dan beras kepada warga di tiga dusun yang terdampak.',
      'Semi-Final Liga Voli Antarkampung digelar di lapangan desa dan ditonton ratusan warga hingga larut malam.',
      `Sukaramai-${lead}`,
    ]) {
      const text = `${lead2}\n\n${ID_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.dateline?.raw ?? '').not.toMatch(/-$/);
      expect(texts(a)[0]).toBe(lead2);
    }
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

/**
 * Page furniture of outlets warta has not seen, round 33 (issue 9): a caption's label with a dash above a bare
 * place, a foreign city's country before a Malay short date, a slash date before an agency, a headline that ends
 * with who said it, and a few junk lines. Every outlet, place, person and sentence here is invented for these tests.
 */
const LEAD = 'Petani kopi di lereng utara mulai memetik buah lebih awal karena kemarau panjang tahun ini.';
const NEXT = 'Ketua koperasi setempat menyebut hasil petik pekan ini lebih sedikit dibanding tahun lalu.';

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
