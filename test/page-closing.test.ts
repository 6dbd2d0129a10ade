import { describe, expect, it } from 'vitest';
import { findSignOff } from '../src/credit/sign-off.js';
import { LANGUAGES } from '../src/lang/index.js';
import { parseArticle } from '../src/index.js';
import { checkInvariants } from './invariants.js';

/** Furniture read by where it stands: captions inside the story, prompts and signatures at its end. Texts written for these tests. */
const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];
const MS_1 = 'Kerajaan negeri akan menambah bekalan air bersih kepada penduduk kampung mulai minggu hadapan, kata pegawai itu.';
const MS_2 = 'Para penduduk menyambut baik langkah tersebut kerana bekalan air sering terputus sejak bulan lalu.';
const MS_3 = 'Sebanyak 12 tangki air mudah alih akan ditempatkan di balai raya dan sekolah berhampiran.';
const EN_1 = 'The state water utility will add three treatment plants by the end of the year to meet rising demand in the capital.';
const EN_2 = 'Officials said the first plant would begin operating in September after a delay caused by heavy rain.';
const EN_3 = 'Residents in the eastern districts have faced water cuts twice a week since the start of the dry season.';

function junkOf(text: string): { kind: string; text: string }[] {
  return parseArticle(text).boilerplate.map((b) => ({ kind: b.kind, text: b.text }));
}

describe('boilerplate: captions that end with an agency mark inside the story', () => {
  it('boilerplate: a caption of two sentences and one of one sentence, each ending `—Agency`, are captions', () => {
    const cap1 = 'The minister (second from left) at the opening of the plant in Rawang last month. He was joined by local leaders. —Bernama';
    const cap2 = 'Workers laying pipes near the river bank last week. — Bernama';
    const s = `${EN_1}\n\n${cap1}\n\n${EN_2}\n\n${cap2}\n\n${EN_3}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['caption', cap1], ['caption', cap2]]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([EN_1, EN_2, EN_3]);
    checkInvariants(s, a);
  });

  it('boilerplate: the agency mark on the last block stays the credit, and a quoted paragraph with one is no caption', () => {
    const quoted = '"We will not let the taps run dry," he said. —Bernama';
    const s = `${EN_1}\n\n${quoted}\n\n${EN_2}\n\n${EN_3} —Bernama`;
    const a = parseArticle(s);
    expect(a.boilerplate).toEqual([]);
    expect(a.credit?.text).toBe('Bernama');
    expect(a.paragraphs).toHaveLength(4);
  });
});

describe('boilerplate: a reader prompt that closes the article', () => {
  it('boilerplate: a whole last paragraph that sends the reader to a video', () => {
    const prompt = 'Watch the video above to see the full interview with the utility chief executive.';
    const s = `${EN_1}\n\n${EN_2}\n\n${prompt}`;
    expect(junkOf(s)).toEqual([{ kind: 'video-promo', text: prompt }]);
  });

  it('boilerplate: the last sentence of the last paragraph, naming an interview, is cut off it', () => {
    const prompt = 'Ikuti temubual penuh bersama Dr Rina Kartika, Pengarah Pusat Kajian Air, untuk mendalami isu bekalan air di negeri ini.';
    const s = `${MS_1}\n\n${MS_2} ${MS_3} ${prompt}`;
    const a = parseArticle(s);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([['other', prompt]]);
    expect(a.paragraphs.map((p) => p.text)).toEqual([MS_1, `${MS_2} ${MS_3}`]);
    checkInvariants(s, a);
  });

  it('boilerplate: a last sentence that opens with a prompt verb but names no medium, or is quoted, stays', () => {
    for (const last of ['Lihat saja angka pengangguran di kampung itu sejak tahun lalu.', '"Ikuti berita rasmi kerajaan sahaja," katanya.']) {
      const s = `${MS_1}\n\n${MS_2}\n\n${last}`;
      expect(junkOf(s)).toEqual([]);
      expect(parseArticle(s).paragraphs.at(-1)?.text).toBe(last);
    }
  });
});

describe('boilerplate: the writer note and a statement signature at the end', () => {
  it('boilerplate: a writer note whose titles keep their full stops (`PROF. DR. …`)', () => {
    const note = 'PROF. MADYA DR. RINA KARTIKA ialah pensyarah kejuruteraan alam sekitar di sebuah universiti awam.';
    expect(junkOf(`${MS_1}\n\n${MS_2}\n\n${note}`)).toEqual([{ kind: 'editor', text: note }]);
  });

  it('boilerplate: a name and the role under a statement stay in the body (ordinary case and capitals)', () => {
    for (const sig of ['Rina Kartika Sari\n\nKetua Persatuan Penduduk\n\nKampung Contoh Hilir', 'BUDI SANTOSO AHMAD\n\nPengerusi Jawatankuasa Air Kampung\n\nAZMI BIN OTHMAN\n\nSetiausaha Persatuan Penduduk Contoh']) {
      const s = `${MS_1}\n\n${MS_2}\n\nSekian, terima kasih.\n\n${sig}`;
      expect(junkOf(s)).toEqual([]);
    }
  });

  it('boilerplate: Title Case related headlines at the end are still a list', () => {
    const list = 'Harga Air Botol Naik di Pasar Raya Contoh\nPenduduk Kampung Hilir Terima Tangki Baharu';
    expect(junkOf(`${MS_1}\n\n${MS_2}\n\n${list}`).map((j) => j.kind)).toEqual(['related-link']);
  });

  it('boilerplate: numbered crossheads and the last bullet of a list of sentences stay', () => {
    const s = `${MS_1}\n\nAntaranya:\n\n• Tangki baharu dipasang di balai raya.\n\n• Paip lama diganti di tiga kampung.\n\n• Pam air tambahan di Kampung Contoh Hulu\n\n2. Projek Empangan Kecil Ditangguhkan\n\n${MS_2}`;
    expect(junkOf(s)).toEqual([]);
  });
});

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
