import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Page furniture headed by a label, and lines of links, e-mails and dates, in the shapes of outlets
 * warta has no list entry for (issue 9). Every outlet, person and sentence here is invented.
 */
const ID_1 = 'Kelompok tani di Desa Sukamaju memanen jagung di lahan seluas 40 hektare pada Senin pagi, panen pertama sejak lahan itu dibuka.';
const ID_2 = '"Kami bersyukur hasilnya melebihi perkiraan," kata Ketua Aliansi Petani Tangguh Bersatu (APTB) Rina Wulandari.';
const ID_3 = 'Sebagian hasil panen akan dijual ke pabrik pakan ternak, sisanya disimpan sebagai benih untuk musim tanam berikutnya.';
const MS_1 = 'Seramai 120 penduduk dari tiga kampung dipindahkan ke pusat pemindahan sementara selepas banjir melanda kawasan itu semalam.';
const MS_2 = '"Kami menasihatkan penduduk supaya berwaspada," kata Ketua Polis Daerah Sukamaju, Budi Santoso ketika dihubungi.';
const MS_3 = 'Paras air dijangka surut esok sekiranya hujan tidak turun lagi pada sebelah malam.';
const EN_1 = 'Police in Sukamaju have arrested two men suspected of running a fake bank call scam that cheated 40 victims.';
const EN_2 = '"We seized six phones and a laptop," district police chief Budi Santoso said on Monday.';
const EN_3 = 'The suspects are being held for seven days to help the investigation.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('boilerplate: links in sentence case under a label', () => {
  it('a label alone on its line, with no colon, heads its sentence-case headlines (Malay, English)', () => {
    const related = ['Penduduk diminta bersedia hadapi musim tengkujuh', 'Jabatan cuaca keluarkan amaran hujan lebat'];
    const ms = `SUKAMAJU: ${MS_1}\n\n${MS_2}\n\nARTIKEL BERKAITAN\n${related.join('\n')}\n\n${MS_3}`;
    const a = parseArticle(ms);
    expect(texts(a)).toEqual([MS_1, MS_2, MS_3]);
    expect(junkOf(a)).toEqual([['related-link', `ARTIKEL BERKAITAN ${related.join(' ')}`]]);
    checkInvariants(ms, a);
    const en = `${EN_1}\n\n${EN_2}\n\nALSO READ:\nScam losses rise to RM5 million in Sukamaju\nBanks urged to tighten checks on new accounts\n\n${EN_3}`;
    expect(texts(parseArticle(en))).toEqual([EN_1, EN_2, EN_3]);
  });

  it('under the label, a crosshead of one or two words and a sentence end the list', () => {
    const s = `${ID_1}\n\nBaca Juga:\nHarga jagung di pasar induk turun tipis\n\nPanen berikutnya\n\n${ID_2}`;
    expect(texts(parseArticle(s))).toEqual([ID_1, 'Panen berikutnya', ID_2]);
  });

  it('a tag label alone on its line and one line of topics at the end', () => {
    const s = `${EN_1}\n\n${EN_2}\n\n${EN_3}\n\nRelated Topics\nCrime Sukamaju Scam`;
    const a = parseArticle(s);
    expect(texts(a)).toEqual([EN_1, EN_2, EN_3]);
    expect(junkOf(a)).toEqual([['navigation', 'Related Topics Crime Sukamaju Scam']]);
  });
});

describe('boilerplate: lines of links, e-mails, quoted prompts and dates', () => {
  it("a reporter's e-mail under the byline is junk, and the bare place under it is still the dateline", () => {
    const s = `Banjir landa tiga kampung di Sukamaju\n\nOleh RINA WULANDARI\nrina@beritacontoh.my\n\nSUKAMAJU: ${MS_1}\n\n${MS_2}`;
    const a = parseArticle(s);
    expect(a.dateline?.place).toBe('SUKAMAJU');
    expect(texts(a)).toEqual([MS_1, MS_2]);
    expect(junkOf(a)).toEqual([
      ['editor', 'Oleh RINA WULANDARI'],
      ['editor', 'rina@beritacontoh.my'],
    ]);
    checkInvariants(s, a);
  });

  it('a block of labelled links at the end; a link inside a sentence stays', () => {
    const links = ['Instagram:https://www.instagram.com/contohtani', 'Situs web : https://www.contohtani.co.id/'];
    const a = parseArticle(`${ID_1}\n\n${ID_2}\n\n${links.join('\n')}`);
    expect(texts(a)).toEqual([ID_1, ID_2]);
    expect(junkOf(a).map(([k]) => k)).toEqual(['other', 'other']);
    const prose = 'Informasi pendaftaran dapat dilihat di https://www.contohtani.co.id hingga akhir bulan ini.';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}`))).toEqual([ID_1, prose]);
  });

  it('a listed prompt wrapped in quote marks; a quoted sentence stays', () => {
    const prompt = "'Lihat juga Video: Petani Sukamaju Panen Jagung di Lahan Baru'";
    const a = parseArticle(`${ID_1}\n\n${ID_2}\n\n${prompt}`);
    expect(texts(a)).toEqual([ID_1, ID_2]);
    expect(junkOf(a)).toEqual([['video-promo', prompt]]);
    const quoted = '"Kami akan menanam lagi bulan depan."';
    expect(texts(parseArticle(`${ID_1}\n\n${quoted}`))).toEqual([ID_1, quoted]);
  });

  it('the date the story ran after a dash at its end is cut off, and is no credit', () => {
    const a = parseArticle(`${MS_1}\n\n${MS_2}-21/9/2017`);
    expect(texts(a)).toEqual([MS_1, MS_2]);
    expect(a.credit).toBeNull();
    expect(junkOf(a)).toEqual([['other', '-21/9/2017']]);
  });

  it('a prompt that names the outlet glued to `di` where the link was (`dikompascom`)', () => {
    const a = parseArticle(`${ID_1}\nSimak ulasan lengkapnya dikompascom.\n\n${ID_2}\n\n${ID_3}`);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });
});

describe('credit: more sign-off shapes on the last line', () => {
  it('a name after a dash, a name ending in an initial, a domain in parentheses, unnamed agencies', () => {
    const cases: [string, string][] = [
      [`${ID_1}\n\n${ID_2}\n\n— Rina Wulandari`, 'Rina Wulandari'],
      [`${ID_1}\n\n${ID_2}\n\n(Rina W)`, 'Rina W'],
      [`${ID_1}\n\n${ID_2}\n\n(beritacontoh.com)`, 'beritacontoh.com'],
      [`SUKAMAJU: ${MS_1}\n\n${MS_2} - Agensi`, 'Agensi'],
      [`${EN_1}\n\n${EN_2} — Agencies`, 'Agencies'],
    ];
    for (const [s, credit] of cases) {
      const a = parseArticle(s);
      expect(a.credit?.text).toBe(credit);
      checkInvariants(s, a);
    }
  });

  it('a name after a dash inside the last paragraph is no sign-off', () => {
    expect(parseArticle(`${ID_1}\n\n${ID_3} — Rina Wulandari`).credit).toBeNull();
  });
});

describe('duplicates: a paragraph that near-copies a junk line', () => {
  it('a prompt repeated with a word changed is a copy of it; a caption repeated by the story stays', () => {
    const prompt = "'Lihat juga Video: Petani Sukamaju Panen Jagung di Lahan Baru'";
    const copy = "'Lihat juganya Video: Petani Sukamaju Panen Jagung di Lahan Baru'";
    const s = `${ID_1}\n\n${prompt}\n\n${ID_2}\n\n${copy}\n\n${ID_3}`;
    const a = parseArticle(s);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    expect(a.duplicates.map((d) => s.slice(d.span.start, d.span.end))).toEqual([copy]);
    checkInvariants(s, a);
    const caption = 'Kelompok tani memanen jagung di lahan baru Desa Sukamaju pada Senin pagi. (Kabarcontoh/Rina Wulandari)';
    const story = 'Kelompok tani memanen jagung di lahan baru Desa Sukamaju pada Senin pagi.';
    const b = parseArticle(`${caption}\n\nSUKAMAJU, KABARCONTOH.COM - ${story}\n\n${ID_2}`);
    expect(texts(b)).toEqual([story, ID_2]);
    expect(b.duplicates).toEqual([]);
  });
});

describe('boilerplate: closing furniture of outlets the lists lacked', () => {
  it('comment widgets, section lists, watch labels, additional-reporting notes, handles and marked syndication notices', () => {
    const cases: [string, string][] = [
      [`${ID_1}\n\n${ID_2}`, 'Berikan Komentar'],
      [`${ID_1}\n\n${ID_2}`, 'Tulis komentar Anda'],
      [`SUKAMAJU: ${MS_1}\n\n${MS_2}`, '*Artikel ini dipetik daripada Berita Contoh'],
      [`${EN_1}\n\n${EN_2}`, '(Additional reporting by Rina Wulandari)'],
      [`${EN_1}\n\n${EN_2}`, 'Also watch:'],
      [`${EN_1}\n\n${EN_2}`, 'Follow us on X @contohpost'],
      [`${EN_1}\n\n${EN_2}`, 'MORE FROM CONTOH POST'],
      [`${EN_1}\n\n${EN_2}`, 'Top Stories'],
    ];
    for (const [story, line] of cases) {
      const s = `${story}\n\n${line}`;
      const a = parseArticle(s);
      expect(a.boilerplate.map((b) => b.text)).toEqual([line]);
      checkInvariants(s, a);
    }
  });

  it("credit: the reporter's name and the outlet after a slash on the last line", () => {
    expect(parseArticle(`${ID_1}\n\n${ID_2}\n\nRina Wulandari/Beritacontoh`).credit?.text).toBe('Rina Wulandari/Beritacontoh');
  });
});

describe('boilerplate: links marked by an arrow', () => {
  it('an arrow before a short line is a link, alone or in a run; a bulleted sentence of the story stays', () => {
    for (const links of ['» Harga jagung di pasar induk turun tipis', '>> Harga jagung di pasar induk turun tipis\n>> Petani minta bantuan mesin pengering', '› Harga jagung di pasar induk turun tipis\n› Petani minta bantuan mesin pengering']) {
      const s = `${ID_1}\n\n${links}\n\n${ID_2}\n\n${ID_3}`;
      const a = parseArticle(s);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      checkInvariants(s, a);
    }
    const own = `${ID_1}\n\nSyaratnya:\n• Petani terdaftar di kelompok tani.\n• Lahan tidak lebih dari dua hektare.\n\n${ID_2}`;
    expect(texts(parseArticle(own))).toHaveLength(5);
  });

  it('`Simak juga:` and its headline', () => {
    const s = `${ID_1}\n\nSimak juga: Harga jagung di pasar induk turun tipis\n\n${ID_2}`;
    expect(texts(parseArticle(s))).toEqual([ID_1, ID_2]);
  });
});

describe('boilerplate: share and follow prompts of outlets the lists lacked', () => {
  it('a Malay share verb, a Malay newsletter, a copied-link notice, a follow-the-story prompt', () => {
    const cases: [string, string][] = [
      [`SUKAMAJU: ${MS_1}\n\n${MS_2}`, 'Kongsikan berita ini'],
      [`SUKAMAJU: ${MS_1}\n\n${MS_2}`, 'Langgan buletin kami'],
      [`${EN_1}\n\n${EN_2}`, 'Link copied!'],
      [`${ID_1}\n\n${ID_2}`, 'Pantau terus berita terbaru hanya di Beritacontoh'],
    ];
    for (const [story, line] of cases) expect(parseArticle(`${story}\n\n${line}`).boilerplate.map((b) => b.text)).toEqual([line]);
  });
});

describe('boilerplate: inline link markers in capitals', () => {
  it('`BACA JUGA:`, `BACA:`, `READ MORE:` and `Simak juga:` inside a paragraph take their headline; a lower-case `baca:` in prose stays', () => {
    for (const [story, marker, rest] of [
      ['Warga dievakuasi semalam.', 'BACA JUGA: Banjir Landa Tiga Kampung', 'Air diperkirakan surut besok.'],
      ['Penduduk dipindahkan semalam.', 'BACA: Banjir Landa Tiga Kampung', 'Paras air dijangka surut esok.'],
      ['Police arrested two men on Monday.', 'READ MORE: Scam Losses Rise in Sukamaju', 'The suspects are held for seven days.'],
      ['Warga dievakuasi semalam.', 'Simak juga: Banjir Landa Tiga Kampung', 'Air diperkirakan surut besok.'],
    ] as const) {
      const s = `${ID_1}\n\n${story} ${marker}  ${rest}`;
      const a = parseArticle(s);
      expect(texts(a)).toEqual([ID_1, story, rest]);
      expect(junkOf(a)).toEqual([['related-link', marker]]);
      checkInvariants(s, a);
    }
    const prose = 'Buku yang ia baca: sebuah novel lama tentang kampung halaman yang hilang di masa perang.';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}`))).toEqual([ID_1, prose]);
  });
});
