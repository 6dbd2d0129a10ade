import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts, junk } from './page-lines.js';

/**
 * Page furniture of outlet types the real sets lack, round 29 (issue 9): regional portals, TV news sites,
 * campus and press-release pages, aggregator apps, Malaysian and English-language Asian outlets. Every outlet,
 * place name of a person and sentence here is invented for these tests.
 */
const MS_LEAD = 'Seramai 180 penduduk dipindahkan ke pusat pemindahan sementara selepas paras sungai meningkat sejak petang semalam.';
const MS_2 = 'Pegawai daerah berkata dua buah sekolah dibuka sebagai tempat perlindungan mangsa.';

describe('share buttons that each repeat the share label', () => {
  it('`Kongsi di Facebook | Kongsi di WhatsApp` under a sentence-case headline is a share bar, not the headline under a kicker', () => {
    for (const bar of ['Kongsi di Facebook | Kongsi di WhatsApp', 'Share on X | Share on Facebook | Share on Telegram']) {
      const text = `180 penduduk dipindahkan akibat banjir\n\n${bar}\n\nKUALA TERENGGANU: ${MS_LEAD}\n\n${MS_2}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title?.text).toBe('180 penduduk dipindahkan akibat banjir');
      expect(junk(a)).toEqual([['share', bar]]);
      expect(a.dateline?.place).toBe('KUALA TERENGGANU');
      expect(texts(a)).toEqual([MS_LEAD, MS_2]);
    }
  });

  it('a line with a bar whose parts do not open with a share word and end with a button stays in the story', () => {
    const line = 'Pengguna Facebook di Kuantan | Pengguna WhatsApp di Temerloh';
    const text = `KUALA TERENGGANU: ${MS_LEAD}\n\n${line}\n\n${MS_2}`;
    expect(texts(parseArticle(text))).toContain(line);
  });
});

describe('a page label or a byline above the headline', () => {
  const HEADLINE = 'Kampus Buka Dapur Umum untuk Warga Terdampak Banjir';
  const LEAD = 'Mahasiswa dan dosen membuka dapur umum di halaman kampus sejak Rabu pagi untuk warga dua kelurahan.';
  const MORE = 'Koordinator relawan menyebut dapur itu menyiapkan seribu porsi makanan setiap hari.';

  it('`Siaran Pers`, `Press Release` or `Oleh …` over the headline leaves the headline the title', () => {
    for (const [label, kind] of [['Siaran Pers', 'other'], ['PRESS RELEASE', 'other'], ['Oleh Gendhis Tirtaningsih', 'editor']] as const) {
      const text = `${label}\n\n${HEADLINE}\n\nSalatiga – ${LEAD}\n\n${MORE}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.title?.text).toBe(HEADLINE);
      expect(a.boilerplate.map((b) => b.text)).toEqual([label]);
      expect(a.boilerplate[0]!.kind).toBe(kind === 'editor' ? 'editor' : 'navigation');
      expect(texts(a)).toEqual([LEAD, MORE]);
    }
  });

  it('a press release\'s `Narahubung:` line opens its contact block', () => {
    const text = `${HEADLINE}\n\nSalatiga – ${LEAD}\n\n${MORE}\n\nNarahubung: Laksmi Wiradinata (0812-0000-1111)\n\nhumas@kampuscontoh.ac.id`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([LEAD, MORE]);
  });

  it('a short headline that opens with a label\'s words is the headline, not a label', () => {
    const head = 'Siaran Pers Kampus Ditunda';
    const text = `${head}\n\nSalatiga – ${LEAD}\n\n${MORE}`;
    expect(parseArticle(text).title?.text).toBe(head);
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
