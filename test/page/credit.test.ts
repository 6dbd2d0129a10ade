/** Credit: credit lines, source notes and initials closing the story. */
import { describe, expect, it } from 'vitest';
import { findSignOff } from '../../src/credit/sign-off.js';
import { LANGUAGES } from '../../src/lang/index.js';
import { parseArticle } from '../../src/index.js';
import { checkInvariants } from '../support/invariants.js';
import { texts } from '../support/page-lines.js';
import { unlistedOutletFixtures } from '../support/page-fixtures.js';

/** Furniture read by where it stands: captions inside the story, prompts and signatures at its end. Texts written for these tests. */
const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
const MS_1 = 'Kerajaan negeri akan menambah bekalan air bersih kepada penduduk kampung mulai minggu hadapan, kata pegawai itu.';
const MS_2 = 'Para penduduk menyambut baik langkah tersebut kerana bekalan air sering terputus sejak bulan lalu.';

describe('credit and dateline: shapes of new outlets', () => {
  it('credit: a branded sign-off after a last sentence that lost its full stop', () => {
    expect(findSignOff('… selepas meninjau pasar di sini hari ini - CONTOH ONLINE', ALL)?.text).toBe('CONTOH ONLINE');
    // Not after a word when the name is not branded, or the dash is not spaced (`skor 2-1 - PSM`, `Selangor-KL`).
    expect(findSignOff('… pasukan itu menang dengan skor 2-1 - PSM', ALL)).toBeNull();
    expect(findSignOff('… laluan baharu antara Shah Alam -ONLINE', ALL)).toBeNull();
  });

  it('dateline: a foreign city in capitals with its country in parentheses', () => {
    const a = parseArticle(`DHAKA (Bangladesh): ${MS_1}\n\n${MS_2}`);
    expect([a.dateline?.raw, a.dateline?.place]).toEqual(['DHAKA (Bangladesh):', 'DHAKA']);
    expect(a.paragraphs[0]?.text).toBe(MS_1);
  });

  it('dateline: an acronym with its expansion in parentheses is no dateline', () => {
    const a = parseArticle(`SPAN (Suruhanjaya Perkhidmatan Air Negara): ${MS_1}\n\n${MS_2}`);
    expect(a.dateline).toBeNull();
  });
});

/**
 * Page furniture of outlets warta has not seen, second round (issue 9): caption kickers before the dateline,
 * source notes at the end, unlabelled headlines under `Also read: …`, an outlet and a town in title case.
 * Every outlet, person and sentence here is invented for these tests.
 */
const ID_1 = 'Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat sampah sejak dua pekan lalu.';
const ID_2 = '"Kami ingin petani bisa kembali menanam bulan depan," kata Kepala Desa Sukamaju, Rina Wulandari.';
const ID_3 = 'Pemerintah desa juga menyiapkan anggaran untuk memperbaiki pintu air yang rusak di hulu saluran.';
const EN_1 = 'The Contohland Port Authority said on Tuesday it would double the cargo capacity of its main container terminal by 2027.';
const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Daniel Tan told reporters.';

const junkOf = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text]);

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

describe('desk initials with a trainee number or after the end mark', () => {
  it('`(mg1)` and `(*/rin)` close the story as its credit', () => {
    for (const [mark, credit] of [['(mg2)', 'mg2'], ['(*/rin)', '*/rin'], ['(cr3/bud)', 'cr3/bud']] as const) {
      for (const text of [`${ID_1}\n\n${ID_3}\n\n${mark}`, `${ID_1}\n\n${ID_3} ${mark}`]) {
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(a.credit?.text).toBe(credit);
        expect(texts(a)).toEqual([ID_1, ID_3]);
      }
    }
  });

  it('a number in parentheses after the last sentence is no credit', () => {
    expect(parseArticle(`${ID_1}\n\n${ID_3} (2)`).credit).toBeNull();
  });

  it('a name with a number in parentheses after the last sentence (`(Covid19)`, `(Asean22)`) is no credit', () => {
    for (const mark of ['(Covid19)', '(Asean22)', '(Rw05)']) expect(parseArticle(`${ID_1}\n\n${ID_3} ${mark}`).credit).toBeNull();
  });
});

/**
 * Page furniture of outlets warta has not seen, round 24 (issue 9): related headlines in sentence case with no
 * bullet and no label, a photo credit on its own line above the dateline, an outlet and its regional edition
 * joined by a slash, a quoted name's acronym ending the last sentence, and a dateline's year read from a dated
 * line at the end. Every outlet, person and sentence here is invented for these tests.
 */
describe('the end of the last sentence: an acronym or a credit without brackets', () => {
  const EN_1 = 'The Contohland Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';

  describe('a quoted name and its acronym end the last sentence', () => {
    it('the acronym after a quoted name is no credit', () => {
      const last = 'The office will report to a new regional body known as the "River Care Council" (RCC)';
      const text = `${EN_1}\n\n${EN_2}\n\n${last}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit).toBeNull();
      expect(texts(a)[2]).toBe(last);
    });

    it('initials after a quote that closes a sentence are still the credit', () => {
      const a = parseArticle(`${ID_1}\n\n"Kami siap membantu," kata Rina." (ab/cd)`);
      expect(a.credit?.text).toBe('ab/cd');
    });
  });

  describe('credits without brackets', () => {
    it('lower-case initials joined by a slash alone on the last line', () => {
      const text = `${ID_1}\n\n${ID_3}\n\nrin/bud`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('rin/bud');
      expect(texts(a)).toEqual([ID_1, ID_3]);
    });

    it('initials after a slash at the end of the last sentence', () => {
      const a = parseArticle(`${ID_1}\n\n${ID_3} /rin`);
      expect(a.credit?.text).toBe('rin');
      expect(texts(a)).toEqual([ID_1, ID_3]);
    });

    it('a listed agency in ordinary case alone on the last line; another name alone is no credit', () => {
      expect(parseArticle(`${EN_1}\n\n${EN_2}\n\nReuters`).credit?.text).toBe('Reuters');
      expect(parseArticle(`${EN_1}\n\n${EN_2}\n\nSingapore`).credit).toBeNull();
    });

    it('`(With additional reporting by …)` is the editor line', () => {
      const line = '(With additional reporting by Contoh Wire)';
      const a = parseArticle(`${EN_1}\n\n${EN_2}\n\n${line}`);
      expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['editor', line]]);
    });
  });
});

describe('credits closing an English story', () => {
  const EN_1 = 'The Larunda Port Authority said on Tuesday it would double the cargo capacity of its main container terminal.';
  const EN_2 = '"We expect the first new berth to open by the end of next year," chief executive Dorian Vasquel told reporters.';
  const EN_3 = 'He said the expansion would create more than a thousand jobs in the district over the next five years.';

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
});

/**
 * Page furniture of outlets warta has not seen, round 26 (issue 9): an unbracketed `Laporan tambahan oleh` line, a
 * byline naming its outlet after a slash, a reporter and outlet after a bar closing the story, a sign-off shaped
 * like a dateline under a short story, a short Title Case headline shaped like a name, and a listed agency in
 * capitals after the last sentence. Every outlet, person and sentence here is invented for these tests.
 */
describe('credits after a bar or a quoted last paragraph', () => {
  const ID_1 = 'Harga cabai rawit di Pasar Tirtajaya naik dua kali lipat pekan ini setelah hujan deras merusak kebun di lereng bukit.';
  const ID_2 = 'Para pedagang menyebut pasokan dari desa sekitar turun hampir separuh, sementara pembeli mulai mengurangi belanja harian.';
  const ID_3 = '"Kami berharap harga kembali normal sebelum musim tanam berikutnya," kata Sumirah Rukmaningsih, pedagang di pasar itu.';

  describe('a reporter and outlet after a bar closing the story', () => {
    it('`Full Name | Outlet` on the last line is the credit', () => {
      const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\nAmbarwati Gandasari | Kabarsenja`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('Ambarwati Gandasari | Kabarsenja');
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    });

    it('one word before the bar (a section bar) is no credit', () => {
      const a = parseArticle(`TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}\n\nEkonomi | Pasar`);
      expect(a.credit).toBeNull();
    });
  });

  describe('initials and credits closing a quoted last paragraph', () => {
    it('`(AGENCY/Full Name)` after quoted speech is the credit, not a caption: the paragraph stays', () => {
      const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3} (ANT/Ambarwati Gandasari)`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(a.credit?.text).toBe('ANT/Ambarwati Gandasari');
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    });

    it('a caption with that credit and no quote inside the story is still a caption', () => {
      const caption = 'Pedagang menata cabai rawit di lapak Pasar Tirtajaya. (KABARSENJA/Ambarwati Gandasari)';
      const a = parseArticle(`TIRTAJAYA - ${ID_1}\n\n${caption}\n\n${ID_2}\n\n${ID_3}`);
      expect(junkOf(a)).toEqual([['caption', caption]]);
    });

    it('a caption quoting a name or a term, with no speech, is still a caption', () => {
      const caption = 'Warga mengarak gunungan sayur dalam tradisi "Kirab Tirtajaya" di alun-alun kota. (KABARSENJA/Ambarwati Gandasari)';
      const text = `TIRTAJAYA - ${ID_1}\n\n${caption}\n\n${ID_2}\n\n${ID_3}`;
      const a = parseArticle(text);
      checkInvariants(text, a);
      expect(junkOf(a)).toEqual([['caption', caption]]);
      expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
    });

    it('a full stop after the closing bracket goes with the credit', () => {
      for (const end of [` (gdw/amb).`, `\n\n(gdw/amb).`]) {
        const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}${end}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(a.credit?.text).toBe('gdw/amb');
        expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      }
    });

    it('lower-case initials joined by slashes after a dash, on their own line or after the last sentence', () => {
      for (const end of ['\n\n- gdw/amb', ' –gdw/amb']) {
        const text = `TIRTAJAYA - ${ID_1}\n\n${ID_2}\n\n${ID_3}${end}`;
        const a = parseArticle(text);
        checkInvariants(text, a);
        expect(a.credit?.text).toBe('gdw/amb');
        expect(texts(a)).toEqual([ID_1, ID_2, ID_3]);
      }
    });

    it('a bracketed aside closing a sentence, or slashed words after a dash inside it, stay', () => {
      const aside = 'Ia menyebut kenaikan harga terjadi di semua pasar (lihat grafik).';
      const slashed = 'Harga naik di pasar kota/kabupaten -kata/frasa';
      expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${aside}`))).toContain(aside);
      expect(texts(parseArticle(`${ID_1}\n\n${ID_2}\n\n${slashed}`))).toContain(slashed);
    });
  });
});

/**
 * Page furniture of outlet types the real sets lack, round 30 (issue 9): blogs and portals that republish
 * wire copy, regional TV sites. Every outlet, name and sentence here is invented for these tests.
 */
const LEAD = 'Kebakaran menghanguskan sedikitnya 40 kios di pasar tradisional kecamatan pada Kamis dini hari sebelum api dipadamkan.';
const MORE = 'Kepala dinas pemadam kebakaran setempat mengatakan api diduga berasal dari korsleting listrik di salah satu kios pakaian.';

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

describe('credit: initials and a note on the sources', () => {
  const { ID_1, ID_3 } = unlistedOutletFixtures;

  it('credit: `rin/bud (diolah dari aneka sumber)` alone on the last line gives the initials', () => {
    const s = `${ID_1}\n\n${ID_3}\n\nrin/bud (diolah dari aneka sumber)`;
    const a = parseArticle(s);
    expect(a.credit?.text).toBe('rin/bud');
    expect(texts(a)).toEqual([ID_1, ID_3]);
    checkInvariants(s, a);
    expect(parseArticle(`${ID_1}\n\n${ID_3}\n\nrin/bud(diolah dari aneka sumber)`).credit?.text).toBe('rin/bud');
  });
});
