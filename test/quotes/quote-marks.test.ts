import { describe, expect, it } from 'vitest';
import { extractQuotes as extractAll } from '../../src/quotes/extract-quotes.js';
import { findSpans } from '../../src/quotes/find-spans.js';
import { cleanText } from '../../src/util/normalize.js';
import type { SupportedLanguage } from '../../src/types.js';

/** The direct quotes' texts and speakers, every span checked to slice back to its text. */
function direct(text: string, language?: SupportedLanguage): [string, string | null][] {
  const { quotes } = extractAll(text, language ? { language } : {});
  for (const q of quotes) expect(cleanText(text.slice(q.span.start, q.span.end))).toBe(q.text);
  return quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

const noVerb = () => false;

describe('quotes-marks: marks glued at a paragraph join', () => {
  it('quotes-marks: an opening mark glued behind the previous full stop, with no space', () => {
    const text = 'Dana sudah cair bulan lalu.Menurut dia, warga sudah menerima bantuan."Jadi semua pihak tenang. Petani juga senang," kata Budi Santoso.';
    expect(direct(text, 'ind')).toEqual([['Jadi semua pihak tenang. Petani juga senang,', 'Budi Santoso']]);
  });

  it('quotes-marks: an opening mark glued behind the full stop, the space moved after it', () => {
    const text = 'The operator said passengers walked to the next platform with staff beside them." The line will run a reduced service until tonight," said spokesman Hafiz Rahmat.';
    expect(direct(text, 'eng')).toEqual([['The line will run a reduced service until tonight,', 'Hafiz Rahmat']]);
  });

  it('quotes-marks: several glued openers in one scraped line pair in turn', () => {
    const text =
      'Dua hal dibahas. Pertama, soal data." Kami sepakat bertukar data setiap bulan," kata Retno Sari. Kedua, soal sawit." Kedua negara harus bekerja sama."Itu sudah disepakati sejak lama.';
    expect(direct(text, 'ind').map(([t]) => t)).toEqual(['Kami sepakat bertukar data setiap bulan,', 'Kedua negara harus bekerja sama.']);
  });

  it('quotes-marks: a closing mark then narrative stays a closing mark with no opener', () => {
    // Nothing closer-shaped follows, so the mark after `siap.` is not read as an opener.
    const spans = findSpans('Semua sudah siap." Ia lalu pergi ke "pasar baru" di kota.', noVerb);
    expect(spans[0]).toMatchObject({ open: -1 });
  });

  it('quotes-marks: a curly closing-glyph mark glued on both sides at a join opens the next quote', () => {
    const text = 'Dana bantuan sudah disalurkan ke semua desa.”Kami akan terus memantau penyalurannya,” kata Drusilla Pangestika.';
    expect(direct(text, 'ind')).toEqual([['Kami akan terus memantau penyalurannya,', 'Drusilla Pangestika']]);
    // With a space after it, the same mark keeps its closing reading.
    expect(direct(text.replace('.”Kami', '.” Kami'), 'ind')).toEqual([]);
  });

  it('quotes-marks: a curly closing mark after a full stop keeps its closing reading', () => {
    // Kompas-style text: `.” Kata` is read as a closer, as its labelled data reads it.
    const spans = findSpans('Harga naik.” Stok di gudang tinggal sedikit,” kata Sutrisno.', noVerb);
    expect(spans.filter((s) => s.open >= 0)).toEqual([]);
  });
});

describe('quotes-marks: a quote inside a quote, in the same marks', () => {
  it('quotes-marks: a slogan in straight marks inside a quote is part of it', () => {
    const text = '"Kami punya semboyan "cepat, tepat, hemat". Cepat tanamnya, hemat biayanya," kata Sutarno Hadi.';
    expect(direct(text, 'ind')).toEqual([['Kami punya semboyan "cepat, tepat, hemat". Cepat tanamnya, hemat biayanya,', 'Sutarno Hadi']]);
  });

  it('quotes-marks: a mark opening a new sentence after an unclosed one opens a quote of its own', () => {
    const text = 'Kebun itu disebut "kebun lama oleh warga sejak dulu. "Kami ingin kebun ini dirawat bersama," kata Ormanto Wirasena. Perawatan dimulai pekan ini."';
    expect(direct(text, 'ind')).toEqual([['Kami ingin kebun ini dirawat bersama,', 'Ormanto Wirasena']]);
  });

  it('quotes-marks: a quote that only lost its closing mark is not merged with the next one', () => {
    const spans = findSpans('"Kami siap bekerja. "Semua sudah beres," kata Budi.', noVerb);
    expect(spans.map((s) => [s.close >= 0, s.open >= 0])).toEqual([
      [false, true],
      [true, true],
    ]);
  });
});

describe('quotes-marks: typewriter-style double marks', () => {
  it('quotes-marks: two backticks open, two apostrophes or ’’ close', () => {
    const text = '``Nasib penduduk tetap dibela oleh kerajaan negeri.\'\' katanya.\n\n``Program ini akan diteruskan tahun depan,’’ kata Kamaruddin Hashim.';
    expect(direct(text, 'zlm')).toEqual([
      // `katanya` with nobody named before it.
      ['Nasib penduduk tetap dibela oleh kerajaan negeri.', null],
      ['Program ini akan diteruskan tahun depan,', 'Kamaruddin Hashim'],
    ]);
  });

  it('quotes-marks: the same style in curly glyphs, `‘‘…’’`', () => {
    expect(direct('‘‘Jambatan gantung itu perlu dibaiki sebelum musim hujan,’’ kata Ahmad Kasman.', 'zlm')).toEqual([
      ['Jambatan gantung itu perlu dibaiki sebelum musim hujan,', 'Ahmad Kasman'],
    ]);
  });

  it('quotes-marks: a single backtick is an apostrophe, not a mark', () => {
    expect(direct("Japan`s early warning system, the minister said, is the world`s best.", 'eng')).toEqual([]);
  });
});

describe('quotes-marks: quoted fragments inside reported speech', () => {
  it('quotes-marks: after a speech verb and `bahwa`', () => {
    const text = 'Menteri Keuangan Sri Wahyuningsih mengatakan kepada wartawan bahwa pemerintah "tidak akan menaikkan harga bahan bakar tahun ini".';
    expect(direct(text, 'ind')).toEqual([['tidak akan menaikkan harga bahan bakar tahun ini', 'Sri Wahyuningsih']]);
  });

  it('quotes-marks: after `menyebut`, a speech verb that is also a title cue', () => {
    expect(direct('Kamaruddin Hashim menyebut “buat masa ini, kita kekalkan dasar sedia ada” dalam ucapannya.', 'zlm')).toEqual([
      ['buat masa ini, kita kekalkan dasar sedia ada', 'Kamaruddin Hashim'],
    ]);
  });

  it('quotes-marks: the second half of a sentence whose verb came after the first quote', () => {
    const text = '“Commuters deserve a plain account,” Rahim Kassim said, calling the fault unusual, but “nobody will be blamed before the engineers report.”';
    expect(direct(text, 'eng')).toEqual([
      ['Commuters deserve a plain account,', 'Rahim Kassim'],
      ['nobody will be blamed before the engineers report.', 'Rahim Kassim'],
    ]);
  });

  it('quotes-marks: the frame reads past an abbreviation (`Oct. 3`)', () => {
    const text = 'Siti Mariam Yusof said in an Oct. 3 notice that repairs would be audited, citing "worn parts and the strain of the rush".';
    expect(direct(text, 'eng')).toEqual([['worn parts and the strain of the rush', 'Siti Mariam Yusof']]);
  });

  it('quotes-marks: three words or fewer stay a term', () => {
    expect(direct('Menteri itu mengatakan program tersebut "sangat tidak efektif" untuk daerah.', 'ind')).toEqual([]);
  });

  it('quotes-marks: no speech verb in the sentence, no quote', () => {
    expect(direct('Warga menjuluki desa itu "lumbung padi di kaki gunung" sejak lama.', 'ind')).toEqual([]);
  });

  it('quotes-marks: a title after a title cue is no fragment', () => {
    expect(direct('Budi Santoso mengatakan lagu berjudul "sawah hijau di kaki gunung" dibuat warga.', 'ind')).toEqual([]);
  });

  it('quotes-marks: the frame stops at the sentence start', () => {
    expect(direct('Budi Santoso mengatakan hal itu. Warga kini menjuluki kampungnya "kampung yang tidak pernah tidur".', 'ind')).toEqual([]);
  });
});

describe('quotes-marks: a full stop outside the marks', () => {
  it('quotes-marks: a paragraph that is one quote', () => {
    const text = 'Beliau berkata, bekalan air akan pulih.\n\n“Saya sudah mengarahkan syarikat air menyiapkan tangki sementara”.';
    expect(direct(text, 'zlm').map(([t]) => t)).toEqual(['Saya sudah mengarahkan syarikat air menyiapkan tangki sementara']);
  });

  it('quotes-marks: a title mid-paragraph with a full stop after it stays a title', () => {
    expect(direct('Kempen itu dinamakan “Jom Bersihkan Sungai Kita Bersama”.', 'zlm')).toEqual([]);
  });
});

describe('quotes-marks: more opening shapes', () => {
  it('quotes-marks: an opening mark before an ellipsis glued to a word', () => {
    expect(direct('"...dan itu yang kami mau dari awal," kata Budi Santoso.', 'ind')).toEqual([['...dan itu yang kami mau dari awal,', 'Budi Santoso']]);
  });

  it('quotes-marks: a straight opening mark with a stray space after it', () => {
    expect(direct('Budi Santoso mengatakan, " Kami siap membantu warga yang terdampak."', 'ind')).toEqual([
      ['Kami siap membantu warga yang terdampak.', 'Budi Santoso'],
    ]);
    expect(direct('" Kami siap membantu warga," kata Budi Santoso.', 'ind')).toEqual([['Kami siap membantu warga,', 'Budi Santoso']]);
  });

  it('quotes-marks: a lone spaced mark with no closing mark after it opens nothing', () => {
    expect(findSpans('Harga naik 5 " per bulan, kata pedagang.', noVerb)).toEqual([]);
  });

  it('quotes-marks: an opening mark glued at a comma join', () => {
    expect(direct('Bantuan tiba kemarin sore,"Kami siap membantu semua warga," kata Budi Santoso.', 'ind')).toEqual([
      ['Kami siap membantu semua warga,', 'Budi Santoso'],
    ]);
  });

  it('quotes-marks: a short sentence in marks that is the whole paragraph', () => {
    const text = '"Kami siap membantu semua warga," kata Budi Santoso.\n\n"Tidak ada."';
    expect(direct(text, 'ind')).toEqual([
      ['Kami siap membantu semua warga,', 'Budi Santoso'],
      ['Tidak ada.', 'Budi Santoso'],
    ]);
  });

  it('quotes-marks: a short slogan on its own line is no quote', () => {
    expect(direct('Warga memasang spanduk.\n\n"Terus Maju"', 'ind')).toEqual([]);
  });

  it('quotes-marks: `tanya` is a speech verb although it ends like a `-nya` form', () => {
    expect(direct('"Apakah ini adil?" tanya Budi Santoso.', 'ind')).toEqual([['Apakah ini adil?', 'Budi Santoso']]);
    expect(direct('"Apakah ini adil?" tanyanya.', 'ind')).toEqual([['Apakah ini adil?', null]]);
  });

  it('quotes-marks: a full stop outside the marks, then a new sentence', () => {
    expect(direct('"The situation is now under control". More officers were deployed overnight.', 'eng').map(([t]) => t)).toEqual([
      'The situation is now under control',
    ]);
  });
});

describe('quotes-marks: single marks', () => {
  it('quotes-marks: a whole paragraph in single marks continues the speaker', () => {
    const text = '‘Kami akan membantu semua mangsa,’ kata Ahmad Kasman.\n\n‘Bantuan akan sampai ke semua kampung esok.’';
    expect(direct(text, 'zlm')).toEqual([
      ['Kami akan membantu semua mangsa,', 'Ahmad Kasman'],
      ['Bantuan akan sampai ke semua kampung esok.', 'Ahmad Kasman'],
    ]);
  });

  it('quotes-marks: single marks inside a paragraph with no attribution stay scare quotes', () => {
    expect(direct("Pemimpin itu digelar 'bapa pembangunan luar bandar kita' oleh penduduk.", 'zlm')).toEqual([]);
  });
});

describe('quotes-marks: a paragraph that only closes a quote', () => {
  it('quotes-marks: the last paragraph of a quote over several paragraphs, with no opening mark', () => {
    const text = [
      '"Kami sudah menanam padi di lahan itu sejak awal musim hujan.',
      '"Sekarang airnya tidak cukup lagi untuk semua petak sawah.',
      'Karena itu kami minta saluran irigasi segera diperbaiki," kata Rina Wulandari, Ketua Aliansi Petani Tangguh Bersatu (APTB).',
    ].join('\n\n');
    expect(direct(text, 'ind')).toEqual([
      ['Kami sudah menanam padi di lahan itu sejak awal musim hujan.', 'Rina Wulandari'],
      ['Sekarang airnya tidak cukup lagi untuk semua petak sawah.', 'Rina Wulandari'],
      ['Karena itu kami minta saluran irigasi segera diperbaiki,', 'Rina Wulandari'],
    ]);
  });

  it('quotes-marks: a paragraph whose opening mark was lost, attributed after its closing mark', () => {
    const text = 'Warga diminta menunggu di balai desa.\n\nBantuan akan dibagikan mulai pekan depan kepada semua keluarga," ujar Bambang Prasetyo.';
    expect(direct(text, 'ind')).toEqual([['Bantuan akan dibagikan mulai pekan depan kepada semua keluarga,', 'Bambang Prasetyo']]);
  });

  it('quotes-marks: the same in English and Malay', () => {
    expect(direct('Farmers in the valley have waited two seasons for the canal," said Dewi Anggraini.', 'eng')).toEqual([
      ['Farmers in the valley have waited two seasons for the canal,', 'Dewi Anggraini'],
    ]);
    expect(direct('Kerja-kerja membaiki jalan itu akan siap sebelum hujan lebat bermula," katanya.', 'zlm').map(([t]) => t)).toEqual([
      'Kerja-kerja membaiki jalan itu akan siap sebelum hujan lebat bermula,',
    ]);
  });

  it('quotes-marks: a closing mark with no opener and no attribution stays out', () => {
    expect(direct('Harga beras naik lagi bulan ini." Pedagang di pasar mengeluh.', 'ind')).toEqual([]);
  });
});

describe('quotes-marks: a quote over paragraphs glued into one line', () => {
  it('quotes-marks: a closing mark at a join also opens the next paragraph of the quote', () => {
    const text =
      'Pegawai itu ditanya tentang jadual kerja di kilang." Kami bermula awal pagi setiap hari." Semua pekerja mendapat rehat yang cukup," kata Zulaikha Ormanto.';
    expect(direct(text, 'zlm').map(([t]) => t)).toEqual(['Kami bermula awal pagi setiap hari.', 'Semua pekerja mendapat rehat yang cukup,']);
    const english = 'The minister took questions on the new rail line." We expect the first trains in March." Tickets will cost less than the bus," said Halvard Brisbeck.';
    expect(direct(english, 'eng').map(([t]) => t)).toEqual(['We expect the first trains in March.', 'Tickets will cost less than the bus,']);
  });

  it('quotes-marks: a whole paragraph between two joins is the middle paragraph of the quote', () => {
    const text =
      'Pengerusi itu ditanya soal tapak baharu." Tapak itu sudah lama kami kenal pasti." Kerja pembinaan akan bermula bulan depan."Semua kontraktor sudah dilantik," kata Serapina Quentara.';
    expect(direct(text, 'zlm').map(([t]) => t)).toEqual([
      'Tapak itu sudah lama kami kenal pasti.',
      'Kerja pembinaan akan bermula bulan depan.',
      'Semua kontraktor sudah dilantik,',
    ]);
    // A paragraph that reports someone is narrative between two quotes.
    const narrative = text.replace('Kerja pembinaan', 'Menurut dia, kerja pembinaan');
    expect(direct(narrative, 'zlm').map(([t]) => t)).toEqual(['Tapak itu sudah lama kami kenal pasti.', 'Semua kontraktor sudah dilantik,']);
  });

  it('quotes-marks: not after a quote that has its own attribution, even with no reporting word between', () => {
    // The first quote is attributed, so its mark closed it: the sentence after it is narrative.
    const text =
      'Kepala gudang Wirastuti Pendamar mengatakan, "Pasokan pupuk aman sampai akhir bulan." Truk pengangkut tiba di gudang sejak pagi."Kami juga menambah petugas jaga malam," ujar Wirastuti.';
    expect(direct(text, 'ind')).toEqual([
      ['Pasokan pupuk aman sampai akhir bulan.', 'Wirastuti Pendamar'],
      ['Kami juga menambah petugas jaga malam,', 'Wirastuti Pendamar'],
    ]);
  });

  it('quotes-marks: not after a closing mark followed by its attribution', () => {
    expect(direct('"Harga beras naik lagi," kata Tarsono Leuwinata. Stok di gudang tinggal sedikit," ujarnya.', 'ind').map(([t]) => t)).toEqual([
      'Harga beras naik lagi,',
    ]);
  });

  it('quotes-marks: a curly closing mark glued on both sides at a join opens the next paragraph too', () => {
    const text = 'Kapal feri berangkat tepat waktu pagi ini.“Penumpang kami minta datang satu jam lebih awal.”Antrean di dermaga sudah kami atur ulang,” kata Ambarsari Jatmiko.';
    expect(direct(text, 'ind').map(([t]) => t)).toEqual(['Penumpang kami minta datang satu jam lebih awal.', 'Antrean di dermaga sudah kami atur ulang,']);
    // With a space after it, the curly mark only closes.
    expect(direct(text.replace('.”Antrean', '.” Antrean'), 'ind').map(([t]) => t)).toEqual(['Penumpang kami minta datang satu jam lebih awal.']);
  });

  it('quotes-marks: not after a curly closing mark, nor over a stretch holding other marks', () => {
    expect(direct('“Harga beras naik lagi.” Stok di gudang tinggal sedikit,” kata Tarsono.', 'ind').map(([t]) => t)).toEqual(['Harga beras naik lagi.']);
    expect(direct('"Harga beras naik lagi." Stok di gudang "tinggal sedikit" kini," ujar Tarsono Leuwinata.', 'ind').map(([t]) => t)).toEqual([
      'Harga beras naik lagi.',
    ]);
  });
});
