import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Page furniture of outlets warta has not seen, second round (issue 9): caption kickers before the dateline,
 * source notes at the end, unlabelled headlines under `Also read: …`, an outlet and a town in title case.
 * Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.';
const ID_2 = '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.';
const ID_3 = 'Pemerintah desa juga menyiapkan anggaran untuk memperbaiki pintu air yang rusak di hulu saluran.';
const MS_1 = 'Persatuan Peniaga Pasar Malam Seri Contoh merayu pihak berkuasa tempatan menambah tapak perniagaan susulan peningkatan jumlah peniaga.';
const MS_2 = '"Kami harap majlis dapat mempertimbangkan permohonan ini secepat mungkin," kata pengerusinya, Azman Hamid.';
const EN_1 = 'The Contohland Port Authority said on Tuesday it would double the cargo capacity of its main container terminal by 2027.';
const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Daniel Tan told reporters.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('captions: a kicker in capitals and an ellipsis', () => {
  it('a caption above the dateline goes, and the bare place under it is the dateline', () => {
    const caption = 'GAMBAR HIASAN... Pengunjung memenuhi pasar malam di Taman Seri Contoh.';
    const text = `Peniaga pasar malam rayu majlis tambah tapak\n\n${caption}\n\nKUALA LUMPUR: ${MS_1}\n\n${MS_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.place).toBe('KUALA LUMPUR');
    expect(junkOf(a)).toContainEqual(['caption', caption]);
    expect(texts(a)).toEqual([MS_1, MS_2]);
  });

  it('a kicker of one word with `…` inside the story goes too', () => {
    const caption = 'GEMBIRA… Aminah Yusof bersama anak-anaknya selepas majlis penyampaian sumbangan.';
    const a = parseArticle(`${MS_1}\n\n${caption}\n\n${MS_2}`);
    expect(texts(a)).toEqual([MS_1, MS_2]);
  });

  it('prose with capitals and an ellipsis, quoted or long, stays', () => {
    const quoted = 'TAPI... "kami tetap akan berjuang," kata Aminah Yusof kepada pemberita di pejabatnya.';
    const long = `AWAS... ${ID_1} ${ID_3} ${ID_1}`;
    expect(texts(parseArticle(`${MS_1}\n\n${quoted}\n\n${MS_2}`))).toContain(quoted);
    expect(texts(parseArticle(`${MS_1}\n\n${long}\n\n${MS_2}`))).toContain(long);
  });
});

describe('source notes in brackets at the end', () => {
  it('glued to the last sentence, or on a line of their own', () => {
    for (const note of ['(Dikutip dari laman resmi Pemkab Sukamaju)', '(Disadur dari Kabar Sukamaju)', '(Sumber: Humas Desa Sukamaju)']) {
      const text = `${ID_1}\n\n${ID_2}\n\n${ID_3} ${note}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toContainEqual(['other', note]);
      expect(texts(parseArticle(`${ID_1}\n\n${ID_3}\n\n${note}`))).toEqual([ID_1, ID_3]);
    }
    expect(texts(parseArticle(`${EN_1}\n\n${EN_2} (Source: Contoh Times)`))).toEqual([EN_1, EN_2]);
  });

  it('a bracket inside a sentence, or a source the sentence speaks of, stays', () => {
    const inside = 'Data itu (sumber: dinas pertanian) menunjukkan panen turun sepuluh persen tahun ini.';
    const prose = 'Menurut Rina, sumber air warga berasal dari mata air di hulu desa (dikutip dari catatan desa).';
    expect(texts(parseArticle(`${ID_1}\n\n${inside}`))).toEqual([ID_1, inside]);
    expect(texts(parseArticle(`${ID_1}\n\n${prose}`))).toEqual([ID_1, prose]);
  });
});

describe('related headlines under `Also read: <headline>` with no label of their own', () => {
  it('a headline line after it, running to the share prompt, goes', () => {
    const text = `${EN_1}\n\n${EN_2}\n\nAlso read: Contohland exports rise for third straight month\n\nRegional shipping rates ease as demand softens\n\nShare this story on Facebook, X and LinkedIn`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([EN_1, EN_2]);
  });

  it('a paragraph after it stays, and so does a short line with paragraphs under it', () => {
    const text = `${ID_1}\n\nBaca juga: Harga gabah di Sukamaju turun jelang panen raya\n\nPintu air yang rusak di hulu\n\n${ID_2}\n\n${ID_3}`;
    expect(texts(parseArticle(text))).toEqual([ID_1, 'Pintu air yang rusak di hulu', ID_2, ID_3]);
  });
});

describe('dateline: an outlet, then a town in title case set off by the same dash', () => {
  it('the town is the place and leaves the lead', () => {
    const text = `Pemkab Sukamaju Salurkan Bibit Jagung\n\nKabar Sukamaju – Purwakarta Raya – ${ID_1}\n\n${ID_2}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.dateline?.outlet).toBe('Kabar Sukamaju');
    expect(a.dateline?.place).toBe('Purwakarta Raya');
    expect(texts(a)[0]).toBe(ID_1);
  });

  it('a different dash, or a lower-case word after it, is no place', () => {
    const a = parseArticle(`Judul Berita Sukamaju\n\nKabar Sukamaju – Purwakarta Raya - ${ID_1}\n\n${ID_2}`);
    expect(a.dateline?.place ?? null).toBeNull();
  });
});
