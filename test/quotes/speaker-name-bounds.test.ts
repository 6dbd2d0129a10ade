/** Speaker names: where a name starts and ends (honorifics, places, titles, bodies around it). */
import { describe, expect, it } from 'vitest';
import { directQuotes, speakerLines } from '../support/speaker-lines.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { parseArticle } from '../../src/index.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { languageData } from '../../src/lang/index.js';
import { lexicon, tokenize } from '../../src/quotes/speech-words.js';
import { SpeakerBook } from '../../src/quotes/speaker-book.js';
import { ArticleWords, Vocabulary } from '../../src/quotes/vocabulary.js';

const quotes = (text: string) => directQuotes(text);

describe('speaker names: `Kepulauan` is a word of place names, never all that is left of a name', () => {
  it('a title closed by `<place> Kepulauan` and initials speaks no later quote as `Kepulauan`', () => {
    const text =
      'Kepala Dinas Perikanan Gandi Wirasena mengatakan, kapal pengawas sudah dikirim ke perairan itu. Ia menambahkan, nelayan di Sarimbit ikut membantu. Mantan Kepala Pos Pengawas Sarimbit Kepulauan, AB, juga sudah dimintai keterangan. “Kami belum menemukan alat tangkap terlarang di kapal itu,” ucapnya.';
    expect(quotes(text).map((q) => q.speaker?.name)).toEqual(['Gandi Wirasena']);
  });

  it('must not fire on a person named after the place (`… Kepulauan Sarimbit Gandi Wirasena`)', () => {
    const text = '“Kami belum menemukan alat tangkap terlarang di kapal itu,” kata Kepala Pos Pengawas Kepulauan Sarimbit Gandi Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Gandi Wirasena');
  });
});

describe('speaker names: a capitalised run after `di`/`ke` that closes its clause is one place', () => {
  it('`di Tanjung Sarimbit.` makes both words a place, cut before the name in a title', () => {
    const text =
      'Vaksinasi berjalan lambat di Tanjung Sarimbit.\n\n“Petugas kami hanya enam orang untuk seluruh kecamatan,” kata Kepala Puskesmas Tanjung Sarimbit Wirasti.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Wirasti');
  });

  it('must not fire on every word of a person named after `ke` (`mengirim surat ke <person>.`)', () => {
    const text =
      'Para pedagang pasar menyerahkan petisi ke Gandi Wirasena.\n\n“Petisi itu akan kami bahas pekan depan,” kata Ketua DPRD Gandi Wirasena.';
    expect(quotes(text).map((q) => q.speaker?.name ?? null)).toEqual(['Wirasena']);
  });

  it('must not fire after a preposition that is no locative (`kepada Wirasti Pradnyawati.`)', () => {
    const text =
      'Bantuan perahu itu diserahkan kepada Wirasti Pradnyawati.\n\n“Petugas kami hanya enam orang untuk seluruh kecamatan,” kata Kepala Puskesmas Wirasti Pradnyawati.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Wirasti Pradnyawati');
  });
});

describe('speaker names: a minister short title (`Menpar`) is a title, never the first word of the name', () => {
  it('`Menpar <name> mengatakan` names the person, and a later `kata Menpar` is that person', () => {
    const text =
      'Menpar Gandi Wirasena mengatakan, kunjungan wisatawan naik tajam tahun ini.\n\n“Kami akan membuka dua rute penerbangan baru ke timur,” kata Menpar.';
    const found = quotes(text);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Gandi Wirasena']);
    expect(found[0]?.speaker?.organisation).toBe('Kementerian Pariwisata');
  });

  it('must not fire on a name that only starts like a minister title (`Menparis Wirasena`)', () => {
    const text = '“Kami akan membuka dua rute penerbangan baru ke timur,” kata Menparis Wirasena.';
    expect(quotes(text)[0]?.speaker?.name).toBe('Menparis Wirasena');
  });
});

const names = (text: string) => directQuotes(text).map((q) => q.speaker?.name ?? null);

describe('speaker names: a role word that is also a given name, inside a name, is one of its words', () => {
  it('`<title> <body> Dirga Imam Kartawiria` keeps the middle word in the name', () => {
    const text =
      'Anggaran koperasi desa Lembang Sari dipangkas.\n\n"Kami menyiapkan dana cadangan," ucap Bendahara Koperasi Sumber Tirta Dirga Imam Kartawiria.\n\n"Pembayaran tetap jalan," kata Dirga.';
    expect(names(text)).toEqual(['Dirga Imam Kartawiria', 'Dirga Imam Kartawiria']);
  });

  it('`kata Wiraguna Hakim Sastrodiningrat, <title>` reads the whole name before the comma', () => {
    const text = '"Jalan desa selesai bulan depan," kata Wiraguna Hakim Sastrodiningrat, kepala seksi jalan di kantor kecamatan.';
    expect(names(text)).toEqual(['Wiraguna Hakim Sastrodiningrat']);
  });

  it('must not fire: the same word standing before a name is still a title', () => {
    const text = '"Terdakwa terbukti lalai," kata Ketua Majelis Hakim Wiraguna Sastrodiningrat di ruang sidang.';
    expect(names(text)).toEqual(['Wiraguna Sastrodiningrat']);
  });

  it('narrative reads `Dirga Imam Kartawiria` whole too, so a later `kata Dirga` and `katanya` point to him', () => {
    const text =
      'Los pasar ditinjau Dirga Imam Kartawiria pada Senin pagi. "Pedagang tidak dipungut biaya tambahan," kata Dirga.\n\nPada Selasa, Dirga Imam Kartawiria membuka los baru. "Sewanya tetap," katanya.';
    expect(names(text)).toEqual(['Dirga Imam Kartawiria', 'Dirga Imam Kartawiria']);
  });

  it('must not fire: in narrative, no name starts on the middle word when the name opens the sentence', () => {
    const text = 'Dirga Imam Kartawiria meninjau los pasar pada Senin pagi.\n\n"Pedagang tidak dipungut biaya tambahan," katanya.';
    expect(names(text)[0]).not.toBe('Imam Kartawiria');
  });

  it('must not fire: in narrative, the word before a name is still a title', () => {
    const text = 'Di ruang sidang, Hakim Wiraguna Sastrodiningrat membacakan putusan. "Terdakwa terbukti lalai," katanya.';
    expect(names(text)).toEqual(['Wiraguna Sastrodiningrat']);
  });
});

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker company: a surname ending like an English field word closes the title phrase', () => {
  it('speaker company: `Menko Perekonomian Budi Harahution menegaskan` → name, role and ministry for a later `kata Budi`', () => {
    const text = [
      'JAKARTA - Menko Perekonomian Budi Harahution menegaskan badan pengelola kawasan tidak dibubarkan.',
      '"Semua syarat sudah kami penuhi sejak awal," kata Budi, Rabu (12/12/2018).',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Harahution', role: 'Menko Perekonomian', organisation: 'Kementerian Koordinator Perekonomian' });
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker links: a story whose first word is set in capitals', () => {
  it('speaker links: Malay `DATUK Seri X …` → the honorific is no organisation', () => {
    const text = ['DATUK Seri Ahmad Rahim mengingatkan pengguna media sosial supaya berlaku adil.', '“Banyak berita palsu disebarkan,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Rahim', organisation: null });
  });

  it('speaker links: Malay `PRESIDEN Contoh Raya, X …` → the role in capitals, the organisation after it', () => {
    const text = ['PRESIDEN Persatuan Contoh Raya, Budi Santoso menegaskan usaha itu belum pernah dilakukan.', '“Kami sudah lakukan apa yang dijanjikan,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'PRESIDEN', organisation: 'Persatuan Contoh Raya' });
  });

  it('speaker links: an acronym opening a paragraph stays an acronym (`APTB menilai …`)', () => {
    const text = ['APTB menilai harga pupuk terlalu tinggi.', '"Petani kami sudah lama mengeluh," kata Ketua APTB Budi Santoso.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ketua', organisation: 'APTB' });
  });
});

const speakers = (text: string, language: 'ind' | 'zlm' = 'ind') =>
  directQuotes(text, language).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

describe('speaker names: an honorific marks the name after a body set off by `di`', () => {
  it('`<Title> <Body> di <Body> Prof Datuk Dr <Name> berkata` is the named person, not the word before `di`', () => {
    const text =
      'KUALA LUMPUR: Keputusan itu disambut baik.\n\nFelo Utama Institut Kajian Contoh di Universiti Kebangsaan Sukamaju Prof Datuk Dr Ahmad Salleh berkata keputusan itu tepat.\n\n"Saya sokong keputusan itu," jelasnya.';
    expect(speakers(text, 'zlm')).toEqual(['Ahmad Salleh | Felo Utama | Institut Kajian Contoh']);
  });

  it('must not fire: a place after `di` following the name is where the person spoke', () => {
    const text =
      'KUALA LUMPUR: Keputusan itu disambut baik.\n\nPengerusi Persatuan Contoh, Datuk Ahmad Salleh ketika ditemui di Dewan Besar Sukamaju berkata keputusan itu tepat.\n\n"Saya sokong keputusan itu," jelasnya.';
    expect(speakers(text, 'zlm')).toEqual(['Ahmad Salleh | Pengerusi | Persatuan Contoh']);
  });
});

describe('speaker unseen: a capitalised run closed by a common word is no person', () => {
  const lex = lexicon(languageData('eng'));
  const texts = ['The congress met at the Contoh Language campus, where the language was taught. Rahim Hassan spoke.'];
  const lower = new ArticleWords(64);
  const tokens = texts.map((t) => tokenize(t, lex, undefined, lower));
  const book = new SpeakerBook(lex, new Vocabulary(tokens, texts, lex, lower));
  const phrase = (name: string) => ({ name, role: null, organisation: null, start: 0, end: name.length, nameStart: 0, nameEnd: name.length, unnamed: false });

  it('speaker unseen: `Contoh Language` (the article writes `language`) is not kept as a name', () => {
    expect(book.trim(phrase('Contoh Language'))).toBeNull();
  });

  it('speaker unseen: a name whose words the article never writes in lower case is kept', () => {
    expect(book.trim(phrase('Rahim Hassan'))?.name).toBe('Rahim Hassan');
  });
});

describe('speaker names: a first name with a field ending is a name, not an organisation', () => {
  it('Malay `Bendaharinya, Clarence W berkata` then `Clarence menambah`', () => {
    const text = [
      'Bendaharinya, Clarence Wongsiri berkata parti itu tidak terlibat dalam keputusan tersebut.',
      '“Kami tidak pernah dirunding mengenai perkara itu,” katanya dalam kenyataan media.',
      'Clarence menambah, parti akan bermesyuarat minggu depan.',
      '“Semua ahli akan diberi peluang bersuara,” katanya.',
    ].join('\n\n');
    for (const q of direct(text, 'zlm')) {
      expect(q.speaker?.name).toBe('Clarence Wongsiri');
      expect(q.speaker?.organisation ?? null).not.toBe('Clarence');
    }
  });

  it('a field word before a title stays in the title (`Finance Director`)', () => {
    const text = '“Kami menargetkan laba naik tahun ini,” kata Finance Director APTB Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'APTB' });
  });
});

describe('speaker names: the name after the comma, not the last word of the body before it', () => {
  it('Malay `Pengarah Lembaga X Wilayah Sukamaju, Laksamana Datuk Rina Wulandari berkata`', () => {
    const text = [
      'Pengarah Lembaga Hutan Contoh dan Wilayah Persekutuan Sukamaju, Laksamana Pertama Datuk Rina Wulandari berkata, rondaan ditambah minggu ini.',
      '“Kawasan itu ditutup kepada pelawat buat sementara,” katanya.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker names: a weekday before its date closes the speaker', () => {
  const speakers = (text: string) => directQuotes(text).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

  it('`ujar <title> <body> <Name> Kamis (14/3)` keeps the name, title and body without a comma before the day', () => {
    const text =
      'WANAJAYA - Tarif parkir baru ditimbang.\n\n"Aturannya masih kami kaji," ujar Direktur Layanan Dinas Pendapatan Kota Wanajaya Rudi Hartawan Kamis (14/3).';
    expect(speakers(text)).toEqual(['Rudi Hartawan | Direktur Layanan | Dinas Pendapatan Kota Wanajaya']);
  });

  it('must not fire: a weekday set off by a comma reads as before', () => {
    const text = 'WANAJAYA - Tarif parkir baru ditimbang.\n\n"Aturannya masih kami kaji," ujar Rudi Hartawan, Kamis (14/3).';
    expect(speakers(text)).toEqual(['Rudi Hartawan | null | null']);
  });
});

describe('speaker name cut: the name after a title whose body closes on an acronym, a place or its own name', () => {
  /** The direct quotes' speakers, in order. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker);
  }

  describe('speaker name cut: a first name right after a title whose body closes on an acronym or a place', () => {
    it('name cut: `Ketua Umum DPP IKANTA Gandarsih Perwiratama Lubis` → the whole name, the body without it', () => {
      const text = [
        'BAUBAU - Dewan Pimpinan Pusat Ikatan Nelayan Tangkap (DPP IKANTA) meminta jatah solar bersubsidi untuk perahu kecil ditambah.',
        'Ketua Umum DPP IKANTA Gandarsih Perwiratama Lubis mengatakan, kuota bulanan di dermaga habis dalam dua pekan. "Sisanya kami beli di pengecer dengan harga hampir dua kali lipat," katanya di Baubau, Kamis (6/3/2025).',
        'Ia menambahkan, surat permohonan sudah dikirim ke dinas perikanan.',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Gandarsih Perwiratama Lubis', role: 'Ketua Umum', organisation: 'DPP IKANTA' });
    });

    it('name cut (near miss): a company opened by its legal form runs on over unknown words (`PT KRT Dayatama`)', () => {
      const text = [
        'PALU - Direktur Utama PT KRT Dayatama Budi Sarwono Lamato menyatakan, perusahaan siap membangun pembangkit baru di Donggala. "Kami sudah menyiapkan lahan sepuluh hektare," ujarnya di Palu, Senin (3/2/2025).',
        'Ia menambahkan, izin lingkungan sedang diurus.',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Budi Sarwono Lamato', organisation: 'PT KRT Dayatama' });
    });
  });

  describe('speaker name cut: the word the article refers to the person by, after a body closed by its own name', () => {
    it('name cut: `Direktur Eksekutif YLKT Dedi Wirawan Saputra`, `ujar Wirawan` → the given name stays in the name', () => {
      const text = [
        'KENDARI - Direktur Eksekutif YLKT Dedi Wirawan Saputra menyebutkan aduan pelanggan air bersih turun separuh sejak meteran pintar dipasang.',
        '"Petugas kini bisa melihat pipa bocor dari layar di kantor," ujar Wirawan di Kendari, Rabu (5/3/2025).',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Dedi Wirawan Saputra', role: 'Direktur Eksekutif', organisation: 'YLKT' });
    });

    it('name cut (near miss): after a body that is not closed, the word before the one used alone goes to the body', () => {
      const text = [
        'KLATEN - Ketua Koperasi Tani Sukamaju Rina Wulandari mengungkapkan harga gabah turun menjelang panen raya.',
        '"Petani butuh gudang agar tidak menjual murah," ujar Rina di Klaten, Selasa (4/2/2025).',
      ].join('\n\n');
      expect(speakers(text)[0]).toMatchObject({ name: 'Rina Wulandari', organisation: 'Koperasi Tani Sukamaju' });
    });
  });
});

describe('quotes (speaker names): the full stop of an abbreviated title opens no sentence', () => {
  it('`dipimpin Dr. Ir. X Y Z.` then `ujar X-short`: the name after the title keeps its first word, so the short form (`Hendra`) finds it', () => {
    const text = [
      'BANDUNG - Purwarupa pengering gabah bertenaga surya itu dirakit tim peneliti yang dipimpin Dr. Ir. Hendrawan Tirta Saputro. Mesin tersebut sudah dicoba di tiga desa.',
      '"Petani bisa memangkas biaya bahan bakar hingga separuh," ujar Hendra seusai uji coba.',
    ].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Hendrawan Tirta Saputro | null | null']);
  });

  it('must not fire: a sentence ending on a plain word still opens the next with a capitalised word that is no name', () => {
    const text = [
      'BANDUNG - Mesin itu dirakit di bengkel kampus. Sepengetahuan Rina Wulandari, mesin itu belum dipasarkan.',
      '"Harga jualnya masih kami susun," ujar Rina seusai uji coba.',
    ].join('\n\n');
    expect(speakerLines(text, 'ind')).toEqual(['Rina Wulandari | null | null']);
  });
});
