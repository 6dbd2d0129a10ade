import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lang/index.js';
import { detectLanguage, detectLanguageAmong } from '../../src/language/detect-language.js';

// Every text below was written for these tests, modelled on the shapes of real articles.

const INDONESIAN = {
  sentence:
    'Pemerintah akan menaikkan harga BBM sebesar 10 persen mulai Senin karena subsidi sudah membengkak, kata Menteri Keuangan.',
  article: [
    'Jakarta, KOMPAS.com - Polisi menangkap dua tersangka kasus penipuan investasi dengan kerugian mencapai Rp 2,5 miliar.',
    'Kapolres mengatakan bahwa para pelaku menawarkan keuntungan 20 persen per bulan kepada korban melalui media sosial.',
    '"Kami masih mendalami aliran uang tersebut," ujarnya kepada wartawan, Selasa (14/10/2025).',
  ].join('\n'),
  chatty: 'Aku nggak nyangka banget, ternyata dia udah pindah ke Bandung sejak tahun lalu, kok nggak bilang sih?',
  police: 'Kecelakaan terjadi di jalan tol Cikampek ketika sebuah mobil menabrak truk dari belakang, kata polisi.',
};

const MALAY = {
  sentence:
    'Kerajaan akan menaikkan harga petrol sebanyak 10 peratus mulai Isnin kerana subsidi semakin membebankan, kata menteri itu.',
  article: [
    'KUALA LUMPUR: Polis menahan dua suspek dipercayai terbabit dalam sindiket penipuan pelaburan yang menyebabkan kerugian RM2.5 juta.',
    'Ketua Polis Daerah berkata, kedua-dua lelaki itu menawarkan pulangan 20 peratus sebulan kepada mangsa menerusi media sosial.',
    '“Kami masih menyiasat aliran wang tersebut,” katanya dalam sidang media di ibu pejabat polis, semalam.',
  ].join('\n'),
  hospital: 'Mangsa kemalangan itu dikejarkan ke hospital berdekatan sebelum disahkan meninggal dunia, menurut bomba.',
  school:
    'Seramai 300 pelajar universiti itu menyertai program sukarelawan di kawasan terjejas banjir, iaitu sebahagian daripada aktiviti komuniti mereka.',
};

const ENGLISH = {
  sentence: 'The government will raise fuel prices by 10 percent from Monday because subsidies have ballooned, the minister said.',
  article: [
    'Jakarta (ANTARA) - Indonesia aims to cut its fuel imports by half within five years as new refineries come on stream, an official said on Tuesday.',
    '"We are confident that the target can be met," Energy Minister Rudi Hartono told reporters after a cabinet meeting.',
  ].join('\n'),
};

describe('detectLanguage: Indonesian', () => {
  it.each(Object.entries(INDONESIAN))('%s → ind', (_name, text) => {
    const got = detectLanguage(text);
    expect(got.code).toBe('ind');
    expect(got.confidence).toBeGreaterThan(0.5);
  });
});

describe('detectLanguage: Malay', () => {
  it.each(Object.entries(MALAY))('%s → zlm', (_name, text) => {
    const got = detectLanguage(text);
    expect(got.code).toBe('zlm');
    expect(got.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    'Polis sedang menyiasat kes itu dan orang ramai diminta tampil memberikan maklumat, katanya.',
    'Beliau berkata, kerajaan komited untuk membantu rakyat yang terjejas akibat banjir di negeri itu.',
    'Menteri itu berkata, pelaburan asing meningkat 15 peratus berbanding tahun lepas.',
  ])('gets Malay right where plain franc calls it Indonesian: %s', (text) => {
    expect(franc(text, { only: ['ind', 'zlm', 'eng'] })).toBe('ind');
    expect(detectLanguage(text).code).toBe('zlm');
  });

  it('reads single Malay paragraphs by general evidence: plurals by reduplication, -iti spellings, `ke atas`, vocabulary pairs', () => {
    // Written for this test; each holds one kind of evidence and little else.
    const texts = [
      'Syarikat-syarikat itu diminta menyerahkan laporan tahunan mereka sebelum hujung bulan ini.',
      'Ketelusan dan kredibiliti pasukan itu dipersoalkan selepas keputusan perlawanan semalam diumumkan.',
      'Tindakan tegas akan dikenakan ke atas mereka yang gagal mematuhi arahan tersebut mulai esok.',
      'Jurucakap pembangkang berkata bajet tahun depan tidak memberi banyak kepada golongan muda.',
    ];
    for (const text of texts) expect(detectLanguage(text).code, text).toBe('zlm');
    // Indonesian words that only look Malay stay Indonesian: `peneliti`, `di mana-mana`, `guru besar`.
    expect(detectLanguage('Para peneliti menemukan bahwa sampah plastik ada di mana-mana, kata guru besar itu.').code).toBe('ind');
  });

  it('reads Malay office, civic and -kan verb vocabulary as evidence, and a word both languages write as none', () => {
    // Written for this test: no other Malay marker than the words under test.
    const texts = [
      'Pengerusi persatuan itu tidak hadir dalam mesyuarat agung semalam.',
      'Keputusan itu telah dikekalkan oleh pihak pengurusan dalam masa seminggu.',
      'Beliau mengiktiraf sumbangan para graduan itu kepada ekonomi negara.',
      'Semua ahli lembaga pengarah bersetuju dengan cadangan tersebut tanpa bantahan.',
      'Kesilapan teknikal itu menyebabkan semua cawangan ditutup lebih awal hari ini.',
    ];
    for (const text of texts) expect(detectLanguage(text).code, text).toBe('zlm');
    // `paket` is a packet in both languages: no evidence for Indonesian in a Malay paragraph.
    const packet = 'Bekalan minyak masak paket satu kilogram di kedai runcit kawasan itu semakin berkurangan kerana permintaan tinggi.';
    expect(detectLanguage(packet).code).toBe('zlm');
    // Words Indonesian news writes as often stay out: a sentence with them is still Indonesian.
    expect(detectLanguage('Perusahaan itu mempunyai kerjasama dengan pemerintah daerah sejak tahun lalu.').code).toBe('ind');
  });

  it('reads Indonesian economy, law and office vocabulary as evidence against Malay', () => {
    // Written for this test: without these words each would be a coin flip between the two.
    const texts = [
      'Para produsen dan konsumen diminta bersabar sampai harga di pasar kembali stabil.',
      'Pernyataan resmi itu dibacakan oleh juru bicara lembaga tersebut kepada para wartawan.',
      'Warga terdampak akan menerima asuransi dari lembaga itu pada kuartal pertama.',
    ];
    for (const text of texts) expect(detectLanguage(text).code, text).toBe('ind');
  });

  it('reads a news sentence made of content words and the siblings\' shared frequent words as the family, not `und`', () => {
    // Written for this test: none of the older frequent words (yang, ini, itu, dengan …) appear.
    const text = 'Angin kencang mulai menerjang sejumlah desa di pesisir Karangsari. Angin merobohkan pohon di ruas Jalan Raya Karangsari-Tegalwangi.';
    expect(detectLanguage(text).code).not.toBe('und');
  });

  it('reads a Malay `CITY:` dateline and ringgit amounts as evidence', () => {
    const withDateline = 'PUTRAJAYA: Sumbangan RM50,000 itu diserahkan kepada pihak sekolah pada petang ini.';
    expect(detectLanguage(withDateline).code).toBe('zlm');
  });
});

describe('detectLanguage: English', () => {
  it.each(Object.entries(ENGLISH))('%s → eng', (_name, text) => {
    const got = detectLanguage(text);
    expect(got.code).toBe('eng');
    expect(got.confidence).toBeGreaterThan(0.5);
  });
});

describe('detectLanguage: mixed and edge cases', () => {
  it('keeps an Indonesian article that quotes Malaysian titles and ringgit Indonesian', () => {
    const text =
      'Perdana Menteri Malaysia Datuk Seri Ahmad Faizal Ramli mengatakan bahwa pemerintahnya akan menyiapkan dana RM1 miliar. ' +
      'Menurut dia, dana tersebut digunakan untuk membantu karyawan yang terdampak karena pabrik tutup.';
    expect(detectLanguage(text).code).toBe('ind');
  });

  it('keeps a Malay article about Indonesia (rupiah, Jakarta) Malay', () => {
    const text =
      'JAKARTA: Kerajaan Indonesia bersetuju membayar pampasan sebanyak 10 juta rupiah kepada setiap keluarga mangsa, ' +
      'kata jurucakap kementerian itu kepada pemberita, semalam. Beliau berkata, bayaran itu dijangka selesai bulan depan.';
    expect(detectLanguage(text).code).toBe('zlm');
  });

  it('with no evidence either way, prefers the first of the given languages', () => {
    const text = 'Dia membeli dua ekor ayam dan sekilo beras di pasar pagi tadi untuk makan malam bersama anak-anaknya.';
    const got = detectLanguage(text);
    expect(['ind', 'zlm']).toContain(got.code);
    expect(got.confidence).toBeLessThanOrEqual(0.5);
  });

  it('only chooses among the languages it is given', () => {
    expect(detectLanguageAmong(MALAY.sentence, [LANGUAGES.ind, LANGUAGES.eng]).code).toBe('ind');
    // Not English, and nothing else to choose: undetermined rather than a forced wrong answer.
    expect(detectLanguageAmong(INDONESIAN.sentence, [LANGUAGES.eng]).code).toBe('und');
    expect(detectLanguageAmong(INDONESIAN.sentence, []).code).toBe('und');
  });

  it('reads only the head of a long text, and stays fast on it', () => {
    const long = `${MALAY.article}\n${'x '.repeat(500_000)}`;
    const t0 = performance.now();
    expect(detectLanguage(long).code).toBe('zlm');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('detectLanguage: und and garbage', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['one word', 'Jakarta'],
    ['digits and punctuation', '12345 !!! ??? 2025-10-14 (14/10) , , , ,'],
    ['keyboard mash', 'asdf qwer zxcv hjkl uiop asdf qwer zxcv hjkl uiop'],
    ['emoji', '😀😀😀 🎉🎉 👍'],
    ['French', "Le gouvernement a annoncé mardi une hausse du prix de l'essence de dix pour cent dès lundi prochain."],
    ['German', 'Die Regierung hat am Dienstag angekündigt, den Benzinpreis ab nächsten Montag um zehn Prozent zu erhöhen.'],
    ['Italian', 'Il governo ha annunciato martedì che il prezzo della benzina aumenterà del dieci per cento da lunedì.'],
    ['Spanish', 'El gobierno anunció el martes que el precio de la gasolina subirá un diez por ciento a partir del lunes.'],
    ['Dutch', 'De regering heeft dinsdag aangekondigd dat de benzineprijs vanaf maandag met tien procent stijgt.'],
    ['Japanese', '政府は火曜日、来週月曜日からガソリン価格を10%引き上げると発表した。'],
    ['lone surrogate', '\uD800\uDC00\uD800 abc'],
    ['NUL bytes', '\u0000\u0000\u0000'],
  ])('%s → und with confidence 0', (_name, text) => {
    expect(detectLanguage(text)).toEqual({ code: 'und', confidence: 0 });
  });

  it('never throws on hostile strings', () => {
    const hostile = [
      'a'.repeat(200_000),
      "'-".repeat(50_000),
      'RM'.repeat(50_000),
      '1,'.repeat(50_000),
      'KUALA LUMPUR'.repeat(10_000) + ':',
      `${'A'.repeat(40)}-`.repeat(5_000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      const got = detectLanguage(text);
      expect(got.confidence).toBeGreaterThanOrEqual(0);
      expect(got.confidence).toBeLessThanOrEqual(1);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });

  it('throws a TypeError naming `text` for a non-string', () => {
    for (const bad of [undefined, null, 42, {}, ['ind']]) {
      expect(() => detectLanguage(bad as unknown as string)).toThrow(TypeError);
      expect(() => detectLanguage(bad as unknown as string)).toThrow(/`text`/);
    }
  });
});

describe('language markers data', () => {
  const all = Object.values(LANGUAGES);

  it('is lowercase and free of duplicates', () => {
    for (const lang of all) {
      const entries = [...lang.markers.words, ...lang.markers.strong];
      for (const e of [...entries, ...lang.markers.common]) expect(e, `${lang.code}: ${e}`).toBe(e.toLowerCase());
      expect(new Set(entries).size, lang.code).toBe(entries.length);
      for (const e of entries) expect(e.split(' ').length, `${lang.code}: ${e}`).toBeLessThanOrEqual(2);
    }
  });

  it('never counts the same word as evidence for two siblings', () => {
    for (const lang of all) {
      const mine = new Set([...lang.markers.words, ...lang.markers.strong]);
      for (const sib of lang.markers.siblings) {
        const theirs = [...LANGUAGES[sib].markers.words, ...LANGUAGES[sib].markers.strong];
        expect(theirs.filter((w) => mine.has(w)), `${lang.code}/${sib}`).toEqual([]);
      }
    }
  });

  it('has patterns that compile and stay fast on hostile input', () => {
    const hostile = `${'9,'.repeat(20_000)} ${'Rp'.repeat(10_000)} ${'A '.repeat(20_000)}:`;
    for (const lang of all) {
      for (const p of lang.markers.patterns) {
        const re = new RegExp(p.source, 'gu');
        const t0 = performance.now();
        hostile.match(re);
        expect(performance.now() - t0, `${lang.code}: ${p.source}`).toBeLessThan(200);
      }
    }
  });
});
