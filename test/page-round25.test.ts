import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';
import { texts } from './page-lines.js';

/**
 * Page furniture of outlets warta has not seen, round 25 (issue 9): a reporter's label naming the outlet before
 * the colon, joined credit lines in lower case, a source label glued to the last English sentence, a reporter's
 * full name in brackets after the last sentence, a caption with a slashed credit above the dateline, and a
 * pagination label alone. Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Pemerintah Kabupaten Wanaraja menyalurkan bibit jagung kepada empat puluh kelompok tani di lereng Gunung Talun.';
const ID_2 = '"Kami ingin petani tidak lagi bergantung pada tengkulak," kata Kepala Dinas Pertanian Wanaraja, Sutardi Wirakarsa.';
const ID_3 = 'Menurut dia, program serupa akan diperluas ke kecamatan lain setelah evaluasi selesai dilakukan oleh tim dinas.';
const EN_1 = 'The Larunda Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';
const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Dorian Vasquel told reporters.';
const EN_3 = 'He said the expansion would create more than a thousand jobs in the district over the next five years.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

describe('a reporter label that names its outlet', () => {
  it('`Reporter Outlet: Name` under the story is editor furniture', () => {
    for (const line of ['Reporter Kabarlarunda: Dewi Anggrahini', 'Kontributor Warta Talun: Dewi Anggrahini', 'Reporter Kabarlarunda.com : Dewi Anggrahini']) {
      const text = `WANARAJA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\n${line}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toEqual([['editor', line]]);
    }
  });

  it('a sentence whose subject is a reporter, or a label over a sentence, stays', () => {
    const prose = 'Reporter senior itu menulis: Dinas Pertanian menunda penyaluran bibit hingga bulan depan karena hujan.';
    const label = 'Penulis buku itu: Sutardi';
    expect(texts(parseArticle(`${ID_1}\n\n${prose}\n\n${ID_3}`))).toContain(prose);
    // One word before the colon that is no label: not a credit line.
    expect(texts(parseArticle(`${ID_1}\n\n${label}\n\n${ID_3}`))).toContain(label);
  });

  it('a line of that shape inside a paragraph of several lines stays: it is body text, not a label of its own', () => {
    const award = 'Penulis Cerpen Terbaik: Larasmita Sekarwangi';
    const paragraph = `Dewan juri mengumumkan juara lomba menulis pelajar pada Sabtu malam di pendopo kabupaten.\n${award}\nPiala diserahkan langsung oleh bupati di hadapan ratusan pelajar.`;
    const text = `${ID_1}\n\n${paragraph}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toContain(award);
    expect(junkOf(a)).toEqual([]);
  });
});

describe('joined credit lines in English', () => {
  it('`Reported by X; edited by Y` goes as editor furniture', () => {
    const line = 'Reported by Dewi Anggrahini; edited by Orrin Pellow';
    const text = `LARUNDA: ${EN_1}\n\n${EN_2}\n\n${EN_3}\n\n${line}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([EN_1, EN_2, EN_3]);
    expect(junkOf(a)).toEqual([['editor', line]]);
  });

  it('a sentence that says who edited something stays', () => {
    const prose = 'Reported by local media, the plan was edited by the board before its approval in March.';
    expect(texts(parseArticle(`${EN_1}\n\n${prose}\n\n${EN_3}`))).toContain(prose);
  });
});

describe('a source label glued to the last English sentence', () => {
  it('`… in a note. Source: Name` leaves the sentence', () => {
    const text = `LARUNDA: ${EN_1}\n\n${EN_2}\n\n${EN_3} Source: Larunda Wire`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([EN_1, EN_2, EN_3]);
    expect(junkOf(a)).toEqual([['other', 'Source: Larunda Wire']]);
  });

  it('a source a sentence speaks of stays', () => {
    const prose = 'The figure came from one place only. Source: "the port\'s own ledger," he said, adding that it was audited.';
    expect(texts(parseArticle(`${EN_1}\n\n${prose}`))).toContain(prose);
  });
});

describe("a reporter's full name in brackets after the last sentence", () => {
  it('is the credit, and the sentence stays', () => {
    const text = `WANARAJA - ${ID_1}\n\n${ID_2}\n\n${ID_3} (Dewi Anggrahini)`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.credit?.text).toBe('Dewi Anggrahini');
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a name in brackets inside the last sentence, after a quoted term, or one word alone, is no credit', () => {
    const inside = 'Bibit itu dibagikan oleh ketua kelompok (Sutardi Wirakarsa) kepada para anggota.';
    expect(parseArticle(`${ID_1}\n\n${inside}`).credit).toBeNull();
    const quoted = 'Petani menamai varietas itu "Jagung Talun" (Jagung Talun)';
    expect(parseArticle(`${ID_1}\n\n${quoted}`).credit).toBeNull();
    const one = `${ID_3} (Wanaraja)`;
    expect(texts(parseArticle(`${ID_1}\n\n${one}`))).toContain(one);
  });
});

describe('a caption with a slashed credit above the dateline', () => {
  it('is a caption, not the headline', () => {
    const caption = 'Petani memikul karung bibit di lereng Gunung Talun, Kamis (12/5). (Kabarlarunda/Dewi)';
    const text = `${caption}\n\nWANARAJA, Kabarlarunda - ${ID_1}\n\n${ID_2}\n\n${ID_3}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(a.title).toBeNull();
    expect(junkOf(a)).toEqual([['caption', caption]]);
    expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
  });

  it('a headline with a note in brackets and no full stop stays the headline', () => {
    const headline = 'Bibit Jagung Mengalir ke Lereng Gunung Talun (Bagian 2)';
    const a = parseArticle(`${headline}\n\nWANARAJA - ${ID_1}\n\n${ID_2}`);
    expect(a.title?.text).toBe(headline);
  });
});

describe('a pagination label alone', () => {
  it('`Halaman berikutnya` goes as navigation', () => {
    for (const line of ['Halaman berikutnya', 'Halaman sebelumnya']) {
      const a = parseArticle(`WANARAJA - ${ID_1}\n\n${ID_2}\n\n${line}\n\n${ID_3}`);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      expect(junkOf(a)).toEqual([['navigation', line]]);
    }
  });
});

describe("a share bar's buttons", () => {
  it('`Print` and `Email` alone on their lines go as share buttons', () => {
    const a = parseArticle(`${EN_1}\n\n${EN_2}\n\nPrint\n\nEmail\n\n${EN_3}`);
    expect(texts(a)).toEqual([EN_1, EN_2, EN_3]);
    expect(junkOf(a)).toEqual([['share', 'Print'], ['share', 'Email']]);
  });

  it('a sentence that opens with e-mail stays', () => {
    const mail = 'Email from the authority confirmed the date of the hearing to residents on Friday.';
    const a = parseArticle(`${EN_1}\n\n${mail}\n\n${EN_3}`);
    expect(texts(a)).toEqual([EN_1, mail, EN_3]);
  });
});

describe("an opinion page's note under the column", () => {
  it('goes, in English, Indonesian and Malay', () => {
    const notes = [
      [EN_1, EN_3, 'The views expressed are those of the writer and do not necessarily reflect those of this paper.'],
      [ID_1, ID_3, 'Tulisan ini merupakan pendapat pribadi penulis dan tidak mencerminkan sikap redaksi.'],
      [ID_1, ID_3, 'Artikel ini adalah pandangan peribadi penulis.'],
    ] as const;
    for (const [first, last, note] of notes) {
      const a = parseArticle(`${first}\n\n${last}\n\n${note}`);
      expect(texts(a)).toEqual([first, last]);
      expect(junkOf(a)).toEqual([['other', note]]);
    }
  });

  it('a reported or quoted sentence with such words stays', () => {
    const quoted = '"The views in the book are those of the writer alone," the publisher said in a statement on Monday.';
    const long = `Panitia menilai naskah itu memuat pendapat pribadi penulis. ${ID_1} ${ID_3}`;
    expect(texts(parseArticle(`${EN_1}\n\n${quoted}\n\n${EN_3}`))).toContain(quoted);
    expect(texts(parseArticle(`${ID_1}\n\n${long}\n\n${ID_3}`))).toContain(long);
  });

  it('a short reported sentence in the body with such words stays: only the last block or a note naming the column goes', () => {
    const reported = 'Rektor Universitas Kalijati menyebut surat terbuka itu pendapat pribadi penulis.';
    const a = parseArticle(`${ID_1}\n\n${reported}\n\n${ID_3}`);
    expect(texts(a)).toEqual([ID_1, reported, ID_3]);
    expect(junkOf(a)).toEqual([]);
  });
});

describe("a wire's credit line in brackets after the last sentence", () => {
  it('leaves the sentence and goes as editor furniture', () => {
    const credit = '(Reporting by Dewi Anggrahini; Editing by Orrin Pellow)';
    const text = `LARUNDA: ${EN_1}\n\n${EN_2}\n\n${EN_3} ${credit}`;
    const a = parseArticle(text);
    checkInvariants(text, a);
    expect(texts(a)).toEqual([EN_1, EN_2, EN_3]);
    expect(junkOf(a)).toEqual([['editor', credit]]);
  });

  it('an aside in brackets inside the sentence, or after it, stays', () => {
    const inside = 'The plan was drafted by port staff (reporting by the board) and approved in March.';
    const after = `${EN_3} (The board reported by phone.)`;
    expect(texts(parseArticle(`${EN_1}\n\n${inside}`))).toContain(inside);
    expect(texts(parseArticle(`${EN_1}\n\n${after}`))).toContain(after);
  });
});
