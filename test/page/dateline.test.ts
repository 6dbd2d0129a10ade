import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/dateline/find-dateline.js';
import { findPublished } from '../../src/dateline/find-published.js';
import { selfNamedAt } from '../../src/dateline/self-named.js';
import { parseDateline, parsePublished } from '../../src/dateline/parse-dateline.js';
import { LANGUAGES } from '../../src/lang/index.js';
import { normalize } from '../../src/util/normalize.js';

const ALL = [LANGUAGES.ind, LANGUAGES.zlm, LANGUAGES.eng];

/** [text, raw, place, outlet, outletId, date] — sentences written for these tests, in the real shapes. */
const shapes: [string, string, string | null, string | null, string | null, string | null][] = [
  ['MEDAN, KOMPAS.com - Harga cabai naik lagi.', 'MEDAN, KOMPAS.com -', 'MEDAN', 'KOMPAS.com', 'kompas', null],
  ['MEDAN, KOMPAS.com – Harga cabai naik lagi.', 'MEDAN, KOMPAS.com –', 'MEDAN', 'KOMPAS.com', 'kompas', null],
  ['MEDAN, KOMPAS.com — Harga cabai naik lagi.', 'MEDAN, KOMPAS.com —', 'MEDAN', 'KOMPAS.com', 'kompas', null],
  ['MEDAN, KOMPAS.com\u00a0—\u00a0Harga cabai naik.', 'MEDAN, KOMPAS.com\u00a0—', 'MEDAN', 'KOMPAS.com', 'kompas', null],
  ['KOMPAS.com — Cuaca cerah hari ini.', 'KOMPAS.com —', null, 'KOMPAS.com', 'kompas', null],
  ['Bogor, KompasOtomotif – Mobil listrik baru hadir.', 'Bogor, KompasOtomotif –', 'Bogor', 'KompasOtomotif', 'kompas', null],
  ['SOLO, KOMPAS —Seorang pedagang batik bercerita.', 'SOLO, KOMPAS —', 'SOLO', 'KOMPAS', 'kompas', null],
  ['Bisnis.com, MEDAN -- Bank daerah tumbuh.', 'Bisnis.com, MEDAN --', 'MEDAN', 'Bisnis.com', 'bisnis', null],
  ['Bisnis.com,\u00a0BATAM—Pelabuhan ramai.', 'Bisnis.com,\u00a0BATAM—', 'BATAM', 'Bisnis.com', 'bisnis', null],
  ['KONTAN.CO.ID -\u00a0JAKARTA.\u00a0Saham bank naik.', 'KONTAN.CO.ID -\u00a0JAKARTA.', 'JAKARTA', 'KONTAN.CO.ID', 'kontan', null],
  ['KONTAN.CO.ID - TOKYO - Yen melemah.', 'KONTAN.CO.ID - TOKYO -', 'TOKYO', 'KONTAN.CO.ID', 'kontan', null],
  ['\n      Bandung, CNN Indonesia -- Hujan turun deras.', 'Bandung, CNN Indonesia --', 'Bandung', 'CNN Indonesia', 'cnn-indonesia', null],
  ['Liputan6.com, Surabaya - Festival digelar.', 'Liputan6.com, Surabaya -', 'Surabaya', 'Liputan6.com', 'liputan6', null],
  ['Liputan6.com, Surabaya Festival Rujak Uleg kembali digelar.', 'Liputan6.com, Surabaya', 'Surabaya', 'Liputan6.com', 'liputan6', null],
  ['REPUBLIKA.CO.ID, PADANG -- Wisata halal tumbuh.', 'REPUBLIKA.CO.ID, PADANG --', 'PADANG', 'REPUBLIKA.CO.ID', 'republika', null],
  ['IHRAM.CO.ID, MAKASSAR -- Jamaah tiba.', 'IHRAM.CO.ID, MAKASSAR --', 'MAKASSAR', 'IHRAM.CO.ID', 'ihram', null],
  ['VIVA.co.id - Penyanyi muda merilis lagu.', 'VIVA.co.id -', null, 'VIVA.co.id', 'viva', null],
  ['Kapanlagi.com - Aktris itu tampil memukau.', 'Kapanlagi.com -', null, 'Kapanlagi.com', 'kapanlagi', null],
  ['TEMPO.CO, Bandung - Gedung Sate dipugar.', 'TEMPO.CO, Bandung -', 'Bandung', 'TEMPO.CO', 'tempo', null],
  ['MAKASSAR - Polisi menangkap dua orang.', 'MAKASSAR -', 'MAKASSAR', null, null, null],
  ['Bandung -\nSebuah aplikasi baru dirilis.', 'Bandung -', 'Bandung', null, null, null],
  ['Surabaya (ANTARA) - Pelabuhan ramai.', 'Surabaya (ANTARA) -', 'Surabaya', 'ANTARA', 'antara', null],
  ['Kupang, NTT (ANTARA News) - Panen jagung.', 'Kupang, NTT (ANTARA News) -', 'Kupang, NTT', 'ANTARA News', 'antara', null],
  ['PARIS, 12 Maret 2018 (Antara/PRNewswire) --\nSebuah perusahaan', 'PARIS, 12 Maret 2018 (Antara/PRNewswire) --', 'PARIS', 'Antara/PRNewswire', 'antara', '2018-03-12'],
  ['TOKYO (Reuters) - Saham naik.', 'TOKYO (Reuters) -', 'TOKYO', 'Reuters', 'reuters', null],
  ['Sleman (14/2/2021) – Para petani', 'Sleman (14/2/2021) –', 'Sleman', null, null, '2021-02-14'],
  ['Bogor, Senin (25/11/2019) - Rapat digelar.', 'Bogor, Senin (25/11/2019) -', 'Bogor', null, null, '2019-11-25'],
  ['IPOH: Seorang lelaki ditahan.', 'IPOH:', 'IPOH', null, null, null],
  ['Kuala Terengganu: Hujan lebat.', 'Kuala Terengganu:', 'Kuala Terengganu', null, null, null],
  ['Besut : Penduduk resah.', 'Besut :', 'Besut', null, null, null],
  ['KUANTAN &#8211; Pemain baharu itu menjaringkan gol.', 'KUANTAN &#8211;', 'KUANTAN', null, null, null],
  ['KUCHING – Sebuah kereta terbabas.', 'KUCHING –', 'KUCHING', null, null, null],
  ['Al-QUDS, Palestin: Ketegangan meningkat.', 'Al-QUDS, Palestin:', 'Al-QUDS, Palestin', null, null, null],
  ['Bogor- Komedian itu membuka usaha.', 'Bogor-', 'Bogor', null, null, null],
  // Outlets the data lacks, read by their shape: a news domain, a name holding a brand word, capitals in parentheses.
  ['contohwarta.co, Seorang nelayan hilang di perairan Selat Sunda.', 'contohwarta.co,', null, 'contohwarta.co', 'contohwarta', null],
  ['beritakita.co.id, MAKASSAR Warga berkumpul di lapangan.', 'beritakita.co.id, MAKASSAR', 'MAKASSAR', 'beritakita.co.id', 'beritakita', null],
  ['Kabar Priangan – Warga Tasikmalaya menggelar doa bersama untuk korban banjir bandang pekan lalu.', 'Kabar Priangan –', null, 'Kabar Priangan', 'kabarpriangan', null],
  ['WARTAPANTURA, TEGAL - Warga antre minyak goreng sejak pagi.', 'WARTAPANTURA, TEGAL -', 'TEGAL', 'WARTAPANTURA', 'wartapantura', null],
  ['TEGAL, KABARPANTURA - Harga bawang naik.', 'TEGAL, KABARPANTURA -', 'TEGAL', 'KABARPANTURA', 'kabarpantura', null],
  ['Medan (SIB) - Harga bawang naik.', 'Medan (SIB) -', 'Medan', 'SIB', 'sib', null],
  // A foreign city and a Malay short date, with or without the comma.
  ['ISTANBUL 5 Mac - Harga minyak naik.', 'ISTANBUL 5 Mac -', 'ISTANBUL', null, null, null],
  ['SEOUL 3 Ogos 2017 (Bernama) -- Harga naik.', 'SEOUL 3 Ogos 2017 (Bernama) --', 'SEOUL', 'Bernama', 'bernama', '2017-08-03'],
  ['BANGKOK, 12 Julai 2018: Hujan lebat.', 'BANGKOK, 12 Julai 2018:', 'BANGKOK', null, null, '2018-07-12'],
];

describe('dateline: shapes', () => {
  for (const [text, raw, place, outlet, outletId, date] of shapes) {
    it(`dateline reads ${JSON.stringify(raw)}`, () => {
      const d = parseDateline(text);
      expect(d).not.toBeNull();
      expect(d!.raw).toBe(raw);
      expect(text.slice(d!.span.start, d!.span.end)).toBe(raw);
      expect(d!.place).toBe(place);
      expect(d!.outlet).toBe(outlet);
      expect(d!.outletId).toBe(outletId);
      expect(d!.date).toBe(date);
    });
  }

  it('dateline: Bernama with a yearless date takes the year from referenceDate', () => {
    const d = parseDateline('KUALA LUMPUR, 5 Mac (Bernama) -- Harga minyak turun.', { referenceDate: '2021-03-06' })!;
    expect(d.raw).toBe('KUALA LUMPUR, 5 Mac (Bernama) --');
    expect(d.outletId).toBe('bernama');
    expect(d.date).toBe('2021-03-05');
    expect(parseDateline('KUALA LUMPUR, 5 Mac (Bernama) -- Harga minyak turun.')!.date).toBeNull();
  });

  it('dateline: an impossible date in the dateline gives date null, not a wrong date', () => {
    const d = parseDateline('Sleman (31/02/2021) – Para petani')!;
    expect(d.place).toBe('Sleman');
    expect(d.date).toBeNull();
  });

  it('dateline: after a title line', () => {
    const text = 'Petani Kopi Panen Raya\n\nSleman (14/2/2021) – Para petani kopi bersyukur.';
    const d = parseDateline(text)!;
    expect(d.raw).toBe('Sleman (14/2/2021) –');
    expect(d.date).toBe('2021-02-14');
  });

  it('dateline: a weak Malay dateline after a title line', () => {
    const d = parseDateline('Banjir kilat landa ibu kota\nKUALA LUMPUR: Beberapa jalan ditutup.')!;
    expect(d.place).toBe('KUALA LUMPUR');
  });

  it('dateline: tempo after breadcrumbs, title, publication line and caption', () => {
    const text =
      'home\nbisnis\nenergi\nHarga Minyak Turun Tajam\nSelasa, 12 Januari 2016 | 08:30 WIB\n' +
      'Ilustrasi kilang minyak. TEMPO/Dok\nTEMPO.CO, Jakarta - Harga minyak dunia turun.';
    const d = parseDateline(text)!;
    expect(d.raw).toBe('TEMPO.CO, Jakarta -');
    expect(d.outletId).toBe('tempo');
    const p = parsePublished(text)!;
    expect(p.raw).toBe('Selasa, 12 Januari 2016 | 08:30 WIB');
    expect(p.date).toBe('2016-01-12');
    expect(p.time).toBe('08:30');
    expect(p.timezone).toBe('WIB');
  });

  it('dateline: a yearless dateline date takes its year from the publication line', () => {
    const text = 'Rabu, 8 Jan 2020 10:00 WIB\nBogor, Selasa (7/1) - Banjir surut.';
    expect(parseDateline(text)!.date).toBe('2020-01-07');
  });

  it('dateline: only the opening dateline, never a later one', () => {
    const text = 'Harga beras naik di banyak daerah pekan ini karena panen mundur.\n' + 'x'.repeat(500) + '\nMEDAN, KOMPAS.com - Lagi.';
    expect(parseDateline(text)).toBeNull();
  });
});

describe('dateline: negative cases', () => {
  const none = [
    'INSOMNIA sering dianggap sepele oleh pekerja kantoran.',
    'Menteri Dalam Negeri (Mendagri) Budi Santoso meminta daerah menjaga harga.',
    'Presiden Daniel Hartono meresmikan jalan tol baru di Sumatera.',
    'Kepala Dinas Kesehatan Ani Rahma mengatakan, kasus turun.',
    'Bank Indonesia (BI) memperkirakan inflasi tetap rendah.',
    ' - Gempuran ponsel pintar membuat penjualan kamera turun.',
    '1. Sandiwara Lama Kembali  Sebuah kisah lama.',
    'SAUDARA PENGARANG,\n\nSAYA tidak setuju.',
    'Foto: Seorang warga melintas.',
    'Editor: Budi',
    'Simak Video: Banjir di Bekasi',
    'Saksikan Live DetikPagi : tayang setiap hari',
    'Senin - hari pertama sekolah.',
    'Antara lain, harga cabai dan bawang naik.',
    // A domain opening a sentence, and a headline built from a brand word.
    'Tokoshop.com, salah satu toko daring, mencatat kenaikan penjualan.',
    'Berita Foto – Banjir di Bekasi',
    '"Kami siap," kata Budi di Jakarta, Senin (3/2/2020).',
    '',
    '   \n\n  ',
  ];
  for (const text of none) {
    it(`dateline: no dateline in ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(parseDateline(text)).toBeNull();
    });
  }

  it('dateline: a publication line is not a dateline', () => {
    expect(parseDateline('Selasa, 17 Maret 2020 | 08:42 WIB')).toBeNull();
  });

  it('dateline: a date inside the first sentence is not a publication line', () => {
    expect(parsePublished('Rapat digelar Senin (3/2/2020) di Jakarta.')).toBeNull();
  });

  it('dateline: non-string input is a TypeError naming text', () => {
    expect(() => parseDateline(undefined as unknown as string)).toThrow(/text/);
    expect(() => parseDateline({} as unknown as string)).toThrow(TypeError);
  });

  it('dateline: never throws and stays fast on hostile input', () => {
    const hostile = [
      'A'.repeat(100_000),
      'Jakarta, '.repeat(20_000),
      '('.repeat(50_000),
      'KOMPAS.com'.repeat(10_000),
      'A A A A A A A A A A, '.repeat(10_000) + '-',
      '\n'.repeat(100_000),
      '\uD800\uDC00\uFFFF&#;'.repeat(10_000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      expect(() => parseDateline(text)).not.toThrow();
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('dateline: engine', () => {
  it('findDateline works from `from` on normalized text and returns its offsets', () => {
    const source = 'Judul Berita\u00a0Hari Ini\nMEDAN,\u00a0KOMPAS.com - Isi berita.';
    const norm = normalize(source);
    const from = norm.text.indexOf('\n') + 1;
    const hit = findDateline(norm.text, from, ALL)!;
    expect(norm.text.slice(hit.start, hit.end)).toBe('MEDAN, KOMPAS.com -');
    expect(hit.outletId).toBe('kompas');
  });

  it('findPublished finds `Diperbarui …` and `Rabu, 27 Nov 2019 10:00 WIB` lines', () => {
    const a = 'Judul\nDiperbarui 10/01/2020, 13:05 WIB\nIsi.';
    const pa = findPublished(a, 0, ALL)!;
    expect(a.slice(pa.start, pa.end)).toBe('Diperbarui 10/01/2020, 13:05 WIB');
    expect([pa.date, pa.time, pa.timezone]).toEqual(['2020-01-10', '13:05', 'WIB']);
    const b = 'Rabu, 27 Nov 2019 10:00 WIB\nBogor - Isi.';
    expect(findPublished(b, 0, ALL)!.date).toBe('2019-11-27');
  });

  it('language option: Malay data alone still reads a Malay dateline', () => {
    expect(parseDateline('MELAKA: Hujan.', { language: 'zlm' })!.place).toBe('MELAKA');
  });
});

describe('dateline: a self-named outlet read again', () => {
  // The one-word domain pattern is kept by word: the same word in another text is judged by that text alone.
  const body = 'Harga cabai di pasar induk naik dua kali lipat pekan ini.';
  it('finds the domain in each text that names it, and only there', () => {
    const named = (domain: string) => `Kabartangguh - ${body}\n\n(Foto: ${domain}/Rina Wulandari)`;
    for (let round = 0; round < 2; round++) {
      expect(selfNamedAt(named('Kabartangguh.com'), 0, false, new Set())?.outlet.text).toBe('Kabartangguh');
      expect(selfNamedAt(named('KABARTANGGUH.CO.ID'), 0, false, new Set())?.end).toBe('Kabartangguh -'.length);
      expect(selfNamedAt(named('Kabar.com'), 0, false, new Set())).toBeNull();
      expect(selfNamedAt(named('XKabartangguh.com'), 0, false, new Set())).toBeNull();
      expect(selfNamedAt(`Kabartangguh - ${body}`, 0, false, new Set())).toBeNull();
    }
  });
});
