import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/** Headlines of outlets warta has no list entry for (issue 9); every outlet, person and sentence is invented. */
const HEAD = 'Petani Sukamaju Panen Raya Jagung di Lahan Baru';
const P1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const P2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';

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

describe('credit: a one-line story after its dateline', () => {
  it('takes no sign-off that reaches back into the dateline', () => {
    const text = 'Sukamaju (12/3/2021) – H. ';
    const a = parseArticle(text);
    expect(a.dateline?.raw).toBe('Sukamaju (12/3/2021) –');
    expect(a.credit).toBeNull();
    expect(texts(a)).toEqual(['H.']);
    checkInvariants(text, a);
  });
});

describe('duplicates: junk is the original only of what follows it', () => {
  it('keeps a paragraph whose words a later copyright line repeats', () => {
    const text = `${P1}\nCOPYRIGHT © CONTOHNEWS 2024${P1}\n\n${P2}\n\nPara petani berencana menanam jagung lagi pada musim hujan mendatang di lahan yang sama.`;
    const a = parseArticle(text);
    for (const d of a.duplicates) expect(d.of.start).toBeLessThan(d.span.start);
    checkInvariants(text, a);
  });
});

