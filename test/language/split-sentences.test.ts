import { describe, expect, it } from 'vitest';
import { abbreviations as idAbbreviations } from '../../src/lang/id/abbreviations.js';
import { isAbbreviationBefore } from '../../src/sentences/abbreviations.js';
import { MAX_ENGINE_CHARS } from '../../src/sentences/engine.js';
import { splitSentences, splitSentencesWith } from '../../src/sentences/split-sentences.js';
import type { Span } from '../../src/types.js';

type Lang = 'ind' | 'zlm' | 'eng';

/** The spans, checked against the module's invariants, as text. */
function sentences(text: string, language?: Lang): string[] {
  const spans = splitSentences(text, language ? { language } : undefined);
  checkInvariants(text, spans);
  return spans.map((s) => text.slice(s.start, s.end));
}

/** In order, not overlapping, trimmed, never empty, and every non-space character in some span. */
function checkInvariants(text: string, spans: Span[]): void {
  const problems: string[] = [];
  let covered = 0;
  let last = 0;
  for (const { start, end } of spans) {
    const slice = text.slice(start, end);
    if (start < last || end <= start || slice !== slice.trim()) problems.push(`bad span [${start}, ${end})`);
    covered += slice.replace(/\s/g, '').length;
    last = end;
  }
  expect(problems.slice(0, 5)).toEqual([]);
  expect(covered).toBe(text.replace(/\s/g, '').length);
}

describe('split-sentences: basics', () => {
  it('split-sentences: splits plain sentences and keeps offsets into the input', () => {
    const text = '  Harga cabai naik. Pedagang mengeluh!  Apa sebabnya? ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 19 },
      { start: 20, end: 38 },
      { start: 40, end: 53 },
    ]);
  });

  it('split-sentences: empty and blank input give no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\t \n')).toEqual([]);
  });

  it('split-sentences: a line break always ends a sentence', () => {
    expect(sentences('Judul Berita Hari Ini\nJakarta - Isi berita dimulai. Kalimat kedua.\r\n\r\nParagraf baru')).toEqual([
      'Judul Berita Hari Ini',
      'Jakarta - Isi berita dimulai.',
      'Kalimat kedua.',
      'Paragraf baru',
    ]);
  });

  it('split-sentences: a non-string text is a TypeError naming `text`', () => {
    expect(() => splitSentences(42 as unknown as string)).toThrow(TypeError);
    expect(() => splitSentences(null as unknown as string)).toThrow(/`text`/);
    expect(() => splitSentencesWith(undefined as unknown as string, idAbbreviations)).toThrow(/`text`/);
  });

  it('split-sentences: wrong options are a TypeError, as everywhere in the API; none means Indonesian', () => {
    expect(splitSentences('Dr. Budi datang.')).toEqual([{ start: 0, end: 16 }]);
    expect(splitSentences('Dr. Budi datang.', undefined)).toEqual([{ start: 0, end: 16 }]);
    expect(() => splitSentences('Dr. Budi datang.', null as unknown as undefined)).toThrow(/splitSentences: `options` must be an object/);
    expect(() => splitSentences('Dr. Budi datang.', { language: 'xx' as Lang })).toThrow(/splitSentences: `options.language`/);
  });

  it('split-sentences: offsets are UTF-16 code units (emoji, NBSP)', () => {
    const text = 'Mantap 😀 sekali.\u00A0Berikutnya\u00A0tiba.';
    expect(sentences(text)).toEqual(['Mantap 😀 sekali.', 'Berikutnya\u00A0tiba.']);
  });
});

describe('split-sentences: Indonesian abbreviations', () => {
  it.each([
    ['Dr.', 'Kemarin Dr. Budi Santoso hadir di acara itu.'],
    ['dr.', 'Pasien ditangani dr. Andi Wijaya di rumah sakit.'],
    ['Ir.', 'Proyek itu dipimpin Ir. Joko Susilo sejak awal.'],
    ['H.', 'Rombongan dipimpin H. Ahmad Fauzi dari Bogor.'],
    ['Hj.', 'Sambutan disampaikan Hj. Siti Aminah kemarin.'],
    ['Prof.', 'Menurut Prof. Rina Dewi, hasilnya baik.'],
    ['Kab.', 'Banjir melanda Kab. Bandung Barat pagi ini.'],
    ['Kec.', 'Warga Kec. Cibinong mengungsi.'],
    ['Jl.', 'Kecelakaan terjadi di Jl. Sudirman pada pagi hari.'],
    ['No.', 'Kantornya di Jl. Merdeka No. 12 Jakarta Pusat.'],
    ['Brigjen Pol.', 'Kasus itu ditangani Brigjen Pol. Ahmad Ramadhan sendiri.'],
    ['Kompol.', 'Laporan diterima Kompol. Budi Hartono.'],
    ['Drs.', 'Sekretaris daerah Drs. Bambang Sutrisno menjelaskan.'],
    ['a.n.', 'Surat itu dikirim a.n. Kepala Dinas.'],
  ])('split-sentences: %s never ends a sentence', (_abbr, text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('split-sentences: a run of titles stays in one sentence', () => {
    expect(sentences('Pembicaranya Prof. Dr. Ir. H. Joko Susilo. Acara dimulai pukul 09.00 WIB.')).toEqual([
      'Pembicaranya Prof. Dr. Ir. H. Joko Susilo.',
      'Acara dimulai pukul 09.00 WIB.',
    ]);
  });

  it.each([
    ['dll.', 'Pasar menjual beras, gula, dll. dan harganya naik.'],
    ['dsb.', 'Mereka membawa tenda, tikar, dsb. untuk berkemah.'],
    ['Tbk.', 'PT Astra International Tbk. mencatat laba bersih.'],
    ['S.H.', 'Kuasa hukumnya, Andi Wijaya S.H. mengatakan hal itu.'],
    ['M.Si.', 'Dosen Budi Santoso M.Si. menambahkan penjelasannya.'],
  ])('split-sentences: %s before a lowercase word never ends a sentence', (_abbr, text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('split-sentences: dll. before a capitalised word may end a sentence', () => {
    expect(sentences('Kami membeli beras, gula, dan lain-lain dll. Besok kami pulang.')).toEqual([
      'Kami membeli beras, gula, dan lain-lain dll.',
      'Besok kami pulang.',
    ]);
  });

  it('split-sentences: a period before a number after No. is a sentence end, not a list index', () => {
    expect(sentences('Kantornya di Jl. Sudirman No. 5. Brigjen Pol. Ahmad hadir.')).toEqual([
      'Kantornya di Jl. Sudirman No. 5.',
      'Brigjen Pol. Ahmad hadir.',
    ]);
  });
});

describe('split-sentences: numbers', () => {
  it('split-sentences: a sentence may end in a number (sentence-splitter takes `2019.` for a list index)', () => {
    expect(sentences('Harga naik pada 2019. Tahun ini turun.')).toEqual(['Harga naik pada 2019.', 'Tahun ini turun.']);
    expect(sentences('Kerugian negara mencapai Rp 13.255.244. Namun jumlahnya bisa bertambah.')).toEqual([
      'Kerugian negara mencapai Rp 13.255.244.',
      'Namun jumlahnya bisa bertambah.',
    ]);
  });

  it('split-sentences: decimals, thousands and times are never boundaries', () => {
    const text = 'Inflasi naik 2,5 persen menjadi 1.700 titik pada pukul 08.15 WIB. Nilainya Rp 1.5 T. Harga turun.';
    expect(sentences(text)).toEqual([
      'Inflasi naik 2,5 persen menjadi 1.700 titik pada pukul 08.15 WIB.',
      'Nilainya Rp 1.5 T.',
      'Harga turun.',
    ]);
  });

  it('split-sentences: list indexes at the start of a line or after a colon stay with their item', () => {
    expect(sentences('Syaratnya: 1. Warga negara Indonesia. Itu saja.')).toEqual([
      'Syaratnya: 1. Warga negara Indonesia.',
      'Itu saja.',
    ]);
    expect(sentences('1. Pertama adalah ini.\n2. Kedua adalah itu.')).toEqual(['1. Pertama adalah ini.', '2. Kedua adalah itu.']);
  });
});

describe('split-sentences: quotations', () => {
  it('split-sentences: a quotation with several sentences is one sentence with its attribution (curly)', () => {
    expect(sentences('“Saya setuju. Kita lanjut,” katanya. Rapat lalu ditutup.')).toEqual([
      '“Saya setuju. Kita lanjut,” katanya.',
      'Rapat lalu ditutup.',
    ]);
  });

  it('split-sentences: … with straight quotes', () => {
    expect(sentences('"Saya setuju. Kita lanjut," katanya. Rapat lalu ditutup.')).toEqual([
      '"Saya setuju. Kita lanjut," katanya.',
      'Rapat lalu ditutup.',
    ]);
  });

  it('split-sentences: … with Kompas-style ”…” (closing mark used to open)', () => {
    expect(sentences('”Saya setuju. Kita lanjut,” ujar Budi. Rapat lalu ditutup.')).toEqual([
      '”Saya setuju. Kita lanjut,” ujar Budi.',
      'Rapat lalu ditutup.',
    ]);
  });

  it('split-sentences: a quotation ending in a stop before a capital ends the sentence', () => {
    expect(sentences('Dia berkata, “Saya setuju. Kita lanjut.” Kemudian rapat ditutup.')).toEqual([
      'Dia berkata, “Saya setuju. Kita lanjut.”',
      'Kemudian rapat ditutup.',
    ]);
    expect(sentences('“Ya.” “Tidak.”')).toEqual(['“Ya.”', '“Tidak.”']);
  });

  it('split-sentences: an exclamation or question inside a quotation before a lowercase attribution stays', () => {
    expect(sentences('“Merdeka! Merdeka!” teriak mereka. Massa lalu bubar.')).toEqual([
      '“Merdeka! Merdeka!” teriak mereka.',
      'Massa lalu bubar.',
    ]);
    expect(sentences('“Mengapa begitu?” tanya dia. Tidak ada yang menjawab.')).toEqual([
      '“Mengapa begitu?” tanya dia.',
      'Tidak ada yang menjawab.',
    ]);
  });

  it('split-sentences: an unclosed quote or bracket does not swallow the rest of the line', () => {
    expect(sentences('“Kalimat pertama dalam kutipan. Kalimat kedua. Kalimat ketiga.')).toEqual([
      '“Kalimat pertama dalam kutipan.',
      'Kalimat kedua.',
      'Kalimat ketiga.',
    ]);
    expect(sentences('Harga naik (lihat tabel. Pedagang mengeluh. Pembeli sepi.')).toEqual([
      'Harga naik (lihat tabel.',
      'Pedagang mengeluh.',
      'Pembeli sepi.',
    ]);
  });

  it('split-sentences: quotes are paired per line, so a quote left open on one line does not pair across', () => {
    expect(sentences('“Kita mulai. Semua siap.\n“Kita lanjut,” katanya. Selesai.')).toEqual([
      '“Kita mulai.',
      'Semua siap.',
      '“Kita lanjut,” katanya.',
      'Selesai.',
    ]);
  });
});

describe('split-sentences: scraper damage', () => {
  it('split-sentences: paragraphs glued without a space are split', () => {
    expect(sentences('Kapal tiba di Makassar.Direktur pelabuhan menyambutnya.')).toEqual([
      'Kapal tiba di Makassar.',
      'Direktur pelabuhan menyambutnya.',
    ]);
    expect(sentences('Panen tahun ini melimpah.“Kami bersyukur,” ujar petani.')).toEqual([
      'Panen tahun ini melimpah.',
      '“Kami bersyukur,” ujar petani.',
    ]);
    expect(sentences('Tiket kereta habis terjual.”Besok kami tambah gerbong,” katanya.')).toHaveLength(2);
  });

  it('split-sentences: paragraphs glued with a comma are split after the comma', () => {
    expect(sentences('Jalan desa itu rusak parah.,Warga meminta perbaikan segera.')).toEqual([
      'Jalan desa itu rusak parah.,',
      'Warga meminta perbaikan segera.',
    ]);
  });

  it('split-sentences: glued stops in names, domains and URLs are not boundaries', () => {
    const text = 'Kata Budi M.Si kepada Kompas.com di www.Detik.com dan https://x.id/a?igsh=Abc hari ini.';
    expect(sentences(text)).toEqual([text]);
  });
});

describe('split-sentences: Malay and English', () => {
  it('split-sentences: Malay titles and company forms', () => {
    expect(sentences("Dato' Sri Faizal tiba di Jln. Ampang. Maybank Bhd. hari ini berkata untung naik.", 'zlm')).toEqual([
      "Dato' Sri Faizal tiba di Jln. Ampang.",
      'Maybank Bhd. hari ini berkata untung naik.',
    ]);
    expect(sentences('Kenyataan itu dibuat Dr. Ahmad Zahid semalam.', 'zlm')).toHaveLength(1);
  });

  it("split-sentences: English uses sentence-splitter's list", () => {
    expect(sentences('Mr. Smith met Gen. Andika in Jakarta. He said "This is fine. We agree." Talks resumed.', 'eng')).toEqual([
      'Mr. Smith met Gen. Andika in Jakarta.',
      'He said "This is fine. We agree."',
      'Talks resumed.',
    ]);
  });
});

describe('split-sentences: isAbbreviationBefore', () => {
  const at = (text: string, word: string): number => text.indexOf(word) + word.length - 1;

  it('split-sentences: knows listed abbreviations and initialisms, case-insensitively', () => {
    const text = 'Oleh dr. Budi, S.H. dan (Prof. Rina) di U.S.A. serta dll. lainnya pada 2019. Selesai.';
    expect(isAbbreviationBefore(text, at(text, 'dr.'), idAbbreviations)).toBe(true);
    expect(isAbbreviationBefore(text, at(text, 'S.H.'), idAbbreviations)).toBe(true);
    expect(isAbbreviationBefore(text, at(text, '(Prof.'), idAbbreviations)).toBe(true);
    expect(isAbbreviationBefore(text, at(text, 'U.S.A.'), idAbbreviations)).toBe(true);
    expect(isAbbreviationBefore(text, at(text, 'dll.'), idAbbreviations)).toBe(true);
    expect(isAbbreviationBefore(text, at(text, '2019.'), idAbbreviations)).toBe(false);
    expect(isAbbreviationBefore(text, at(text, 'Selesai.'), idAbbreviations)).toBe(false);
  });

  it('split-sentences: is false for anything but a period, and never throws', () => {
    expect(isAbbreviationBefore('Dr. Budi', 1, idAbbreviations)).toBe(false);
    expect(isAbbreviationBefore('Dr.', -1, idAbbreviations)).toBe(false);
    expect(isAbbreviationBefore('Dr.', 99, idAbbreviations)).toBe(false);
    expect(isAbbreviationBefore('Dr.', 1.5, idAbbreviations)).toBe(false);
  });
});

describe('split-sentences: robustness and cost', () => {
  it('split-sentences: never throws on hostile strings and keeps its invariants', () => {
    const alphabet = ['.', '!', '?', ' ', '\n', '"', '“', '”', '(', ')', '[', '「', 'a', 'B', '1', ',', '…', '\uD83D', '\uDE00', 'Dr', 'dll'];
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let k = 0; k < 300; k++) {
      let text = '';
      const len = Math.floor(rand() * 60);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      sentences(text);
    }
  });

  it('split-sentences: a 1 MB article finishes in bounded time', () => {
    const paragraph =
      'Menteri Keuangan Rina Wulandari mengatakan inflasi pada 2025 mencapai 2,5 persen. “Kami optimistis. ' +
      'Target tercapai,” ujarnya di Jl. Lapangan Banteng No. 2, Jakarta, pukul 08.15 WIB.\n';
    const text = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length));
    const t0 = performance.now();
    const spans = splitSentences(text);
    const ms = performance.now() - t0;
    expect(spans.length).toBe(2 * Math.ceil(1_048_576 / paragraph.length));
    // Typically ~1.5 s on one free core; the bound is generous for a shared CI machine.
    expect(ms).toBeLessThan(30_000);
  });

  it('split-sentences: 1 MB on one line with no stop finishes in bounded time', () => {
    const text = 'kata '.repeat(Math.ceil(1_048_576 / 5));
    const t0 = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - t0).toBeLessThan(30_000);
    // Cut for the engine at spaces, so no sentence is longer than one engine call.
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_ENGINE_CHARS);
  });

  // Inputs that are quadratic for sentence-splitter in one call (its marks are kept in flat lists);
  // 256 KB each keeps the suite short, and the cost is linear past that (measured to 1 MB: ≤ 6 s).
  it.each([
    ['unclosed quotes', '“a. '],
    ['straight quotes', '"a. '],
    ['many abbreviations', 'Dr. '],
    ['many list indexes', '1. '],
    ['nested brackets', '((((a. '],
  ])('split-sentences: 256 KB of %s finishes in bounded time', (_name, unit) => {
    const text = unit.repeat(Math.ceil(262_144 / unit.length));
    const t0 = performance.now();
    const spans = splitSentences(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    checkInvariants(text, spans);
  });
});
