import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';

/** Round 35 (orgs35): shapes that recur on unseen text. Texts written for these tests. */

describe('boilerplate: link prompts inside a paragraph', () => {
  const digest =
    'Rangkuman berita ekonomi pilihan hari ini.\n' +
    'Harga cabai di Pasar Sukamaju naik tajam pekan ini, kata pedagang. Baca selengkapnya disini Baca juga: Pedagang Sukamaju Mengeluh ' +
    '2. Tarif Tol Contoh Naik Tarif tol naik mulai besok.Selengkapnya baca di siniPT Jalan Raya Contoh menargetkan laba naik, baca selengkapnya di sini.';

  it('cuts a prompt after a sentence, glued to the next item, or after a comma, and keeps the prose', () => {
    const a = parseArticle(digest);
    checkInvariants(digest, a);
    const body = a.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toMatch(/selengkapnya/i);
    expect(body).toContain('kata pedagang.');
    expect(body).toContain('Tarif tol naik mulai besok.');
    expect(a.paragraphs.some((p) => p.text.startsWith('PT Jalan Raya Contoh menargetkan laba naik'))).toBe(true);
    expect(a.boilerplate.filter((b) => /selengkapnya/i.test(b.text)).map((b) => b.kind)).toEqual(['related-link', 'related-link', 'related-link']);
  });

  it('keeps a sentence that only mentions reading more, and a prompt running into a word', () => {
    const s = 'Paragraf pertama berita ini cukup panjang.\nWarga bisa membaca selengkapnya di sini, di balai desa, kata lurah. Mereka baca selengkapnya di sinilah setiap pagi.';
    const body = parseArticle(s).paragraphs.map((p) => p.text).join('\n');
    expect(body).toContain('membaca selengkapnya di sini, di balai desa');
    expect(body).toContain('baca selengkapnya di sinilah');
  });
});

describe('organisations: an outlet channel the lexicon lacks', () => {
  const orgsOf = (s: string) => parseArticle(s).organisations.map((o) => ({ name: o.name, mentions: o.mentions.map((m) => s.slice(m.start, m.end)) }));

  it('reads a listed outlet stem with a channel glued on as that outlet', () => {
    const s = 'Paragraf pertama berita ini cukup panjang.\nHal itu disampaikan Kapolres Sukamaju kepada detikMaluku, Senin (3/2/2025), di kantornya.';
    const detik = orgsOf(s).find((o) => o.mentions.includes('detikMaluku'));
    expect(detik?.name).toBe('detikcom');
  });

  it('leaves a listed channel glued to the next word, a word that only starts like the stem, and a programme in a headline', () => {
    const s =
      'Paragraf pertama berita ini cukup panjang.\nPada artikel ini,detikNewsmerangkum jadwal kereta. Warga menghitung detikan jam dinding.\n' +
      'Tonton Kembali detikMalam Spesial Akhir Tahun Bersama Contoh:';
    expect(orgsOf(s).flatMap((o) => o.mentions)).toEqual([]);
  });
});

describe('organisations: the outlet a sign-off names', () => {
  const orgsOf = (s: string) => parseArticle(s).organisations.map((o) => ({ name: o.name, kind: o.kind, mentions: o.mentions.map((m) => s.slice(m.start, m.end)) }));

  it('is a media organisation, also when no rule reads its name (`- X! DAILY`)', () => {
    const s = 'Paragraf pertama berita ini cukup panjang.\nMenteri itu berkata demikian di dewan rakyat semalam. - R! HARIAN';
    expect(parseArticle(s).credit?.text).toBe('R! HARIAN');
    expect(orgsOf(s)).toEqual([{ name: 'R! HARIAN', kind: 'media', mentions: ['R! HARIAN'] }]);
  });

  it('leaves initials, a reporter and joined agencies as they were', () => {
    for (const s of [
      'Paragraf pertama berita ini cukup panjang.\nHarga naik sejak pekan lalu, kata dia. (rin/bud)',
      'Paragraf pertama berita ini cukup panjang.\nHarga naik sejak pekan lalu, kata dia.\n— Rina Wulandari',
    ]) {
      expect(parseArticle(s).credit).not.toBeNull();
      expect(orgsOf(s)).toEqual([]);
    }
  });
});

describe('organisations: a sign-off that names no outlet', () => {
  const orgsOf = (s: string) => parseArticle(s, { language: 'zlm' }).organisations.map((o) => ({ name: o.name, kind: o.kind }));
  const story = (signOff: string) => `KUALA LUMPUR: Harga getah di Contohbandar naik sedikit minggu ini.\n\nPekebun berharap harga kekal tinggi sehingga musim hujan nanti. ${signOff}`;

  it('a word crediting unnamed sources (`- AGENSI`, `- Agensi`) is the credit, no organisation', () => {
    for (const signOff of ['- AGENSI', '- Agensi']) {
      const s = story(signOff);
      expect(parseArticle(s, { language: 'zlm' }).credit?.text).toBe(signOff.slice(2));
      expect(orgsOf(s)).toEqual([]);
    }
  });

  it('a reporter’s name in capitals (`- NUR AINI CONTOHWATI`) is the credit, no organisation', () => {
    const s = story('- NUR AINI CONTOHWATI');
    expect(parseArticle(s, { language: 'zlm' }).credit?.text).toBe('NUR AINI CONTOHWATI');
    expect(orgsOf(s)).toEqual([]);
  });

  it('near-miss: one word, a branded name or a listed agency is still the outlet', () => {
    const cases: [string, string][] = [
      ['- CONTOHKINI', 'CONTOHKINI'],
      ['- CONTOH ONLINE', 'CONTOH ONLINE'],
      ['- K! CONTOH', 'K! CONTOH'],
      ['- BERNAMA', 'Bernama'],
    ];
    for (const [signOff, name] of cases) {
      expect(orgsOf(story(signOff)).map((o) => o.name)).toEqual([name]);
    }
  });
});
