import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * The first lines of pages from outlets warta has not seen (issue 9, round 12): a kicker shaped like a
 * person's name over a headline, and an essay's opening verse with its source. Every outlet, person and
 * sentence here is invented for these tests.
 */
const ID_1 = 'Contohsport - Sebanyak sebelas atlet dayung Kabupaten Sukamaju berlatih pagi dan sore di Waduk Contoh selama tiga pekan.';
const ID_2 = 'Pelatih kepala Darmawan Saputra menjelaskan latihan pagi difokuskan pada teknik kayuh, sedangkan sesi sore untuk ketahanan.';
const MS_1 = 'Gabungan Belia Contoh Malaysia menyokong cadangan majlis perbandaran untuk membuka semula taman permainan awam di situ.';
const MS_2 = 'Walau bagaimanapun, kami meminta supaya kerja baik pulih peralatan disiapkan dahulu dan laporan keselamatan dikongsi.';

describe('a kicker of three capitalised words over the headline', () => {
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

const EN_1 = 'Farmers whose rice fields were flooded last week in Cibarengkok Regency will receive cash aid within two weeks, the agency said.';
const EN_2 = 'The aid will be channelled through farmer groups, which will also receive seeds and fertilizer for the next planting.';

describe('captions whose credit stands in square brackets', () => {
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

describe('a reader prompt of two sentences, each a prompt', () => {
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
