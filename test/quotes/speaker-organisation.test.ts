/** Speaker organisation: the body a person comes from, in appositions and around the name. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';
import { directQuotes, speakerLines, speakerLines as speakers } from '../support/speaker-lines.js';
import { parseArticle } from '../../src/index.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('context title: the body a person comes from', () => {
  it('context title: `kata Name dari Lembaga …` gives the organisation', () => {
    const text = '"Program ini perlu diawasi dengan ketat," kata Budi Santoso dari Lembaga Kajian Pangan Contoh.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: null, organisation: 'Lembaga Kajian Pangan Contoh' });
  });

  it('context title: `kata Name di Kantor …` is where the person spoke, no organisation', () => {
    const text = '"Program ini perlu diawasi dengan ketat," kata Budi Santoso di Kantor Bupati Contoh, Senin (3/2).';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: null, organisation: null });
  });

  it('context title: `dari` before a place is no body', () => {
    const text = '"Harga sayur naik dua kali lipat," kata Budi Santoso dari Jakarta.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: null });
  });
});

describe('short forms of posts are roles, not organisations', () => {
  it('short post: `VP Org Name` and `Wadir Unit Org Name` give the post as the role', () => {
    const vp = direct('"Penumpang kami naik tiga kali lipat," ujar VP Public Relations APTB Rina Wulandari dalam keterangan tertulis.', 'ind')[0]!.speaker;
    // The post's field stays with it (`VP Public Relations`), the body is the acronym.
    expect(vp?.role).toMatch(/^VP/);
    expect(vp?.organisation).toContain('APTB');
    const wadir = direct('"Kami akan memanggil saksi lain," kata Wadir Reskrimsus Polda Contoh Kombes Budi Santoso kepada wartawan.', 'ind')[0]!.speaker;
    expect(wadir?.name).toBe('Budi Santoso');
    expect(wadir?.role).toMatch(/^Wadir/);
  });

  it('context title: a one-word name right after its title inside a clause (`permintaan Menteri Kelautan RI Sutarjo kepada …`)', () => {
    const text = [
      'Jembatan gantung itu dibangun atas permintaan Menteri Kelautan RI Sutarjo kepada pemerintah daerah.',
      '"Anak-anak kini tidak perlu menyeberang sungai dengan rakit," kata Sutarjo saat meresmikannya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Sutarjo', role: 'Menteri Kelautan RI' });
  });
});

/**
 * A comma left by a lost word inside a title (issue 9): scraped text sometimes drops a word and keeps a
 * comma with a space before it (`<title> , <body>`). Invented people and organisations only.
 */

describe('gap comma: a spaced comma inside a title joins the title to its body', () => {
  const direct = (text: string) => directQuotes(text);

  it('gap comma: `ujar <title> , <ACRONYM> <place>, <name>` keeps the acronym body as the organisation', () => {
    const text = '“Pipa ke tiga kecamatan kami ganti sebelum kemarau tiba,” ujar Kepala , PDAL Kabupaten Lembahsari, Wiratmi Sulastri, seusai rapat dengan dewan.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Wiratmi Sulastri', role: 'Kepala', organisation: 'PDAL Kabupaten Lembahsari' });
  });

  it('gap comma: an introduction `<title> , <body> <name> menjelaskan` gives the later quote its role and body', () => {
    const text =
      'Sekretaris Bidang Pengawasan , Badan Pengelola Pasar Kota Lembahsari Wiratmi Sulastri menjelaskan los baru sudah siap ditempati.\n\n' +
      '“Pedagang yang pindah ke los baru tidak dipungut sewa selama tiga bulan,” tutur Wiratmi di sela peninjauan.';
    expect(direct(text)[0]!.speaker).toMatchObject({
      name: 'Wiratmi Sulastri',
      role: 'Sekretaris Bidang Pengawasan',
      organisation: 'Badan Pengelola Pasar Kota Lembahsari',
    });
  });

  it('gap comma: a spaced comma after a name still sets the name apart from its title', () => {
    const text = '“Kami membuka dua gerai lagi tahun ini,” kata Larasati Wijanarko , Direktur Utama PT Sarwaguna Lestari Abadi.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Larasati Wijanarko', role: 'Direktur Utama', organisation: 'PT Sarwaguna Lestari Abadi' });
  });

  it('gap comma: a spaced comma before a name is no gap (`Direktur X , Nama`)', () => {
    const text = '“Kami membuka dua gerai lagi tahun ini,” kata Direktur Utama PT Sarwaguna Lestari Abadi , Larasati Wijanarko.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Larasati Wijanarko', role: 'Direktur Utama', organisation: 'PT Sarwaguna Lestari Abadi' });
  });
});

describe('quotes: Indonesian roles and the bodies they name', () => {
  /** Every direct quote's speaker of `text`, as name | role | organisation. */
  function speakers(text: string): string[] {
    return extractQuotes(text, { language: 'ind' })
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => `${q.speaker?.name ?? '—'} | ${q.speaker?.role ?? '—'} | ${q.speaker?.organisation ?? '—'}`);
  }

  /** The same, read by the whole pipeline: the passes that know the article's organisations run after quote finding. */
  function articleSpeakers(text: string): string[] {
    return parseArticle(text)
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => `${q.speaker?.name ?? '—'} | ${q.speaker?.role ?? '—'} | ${q.speaker?.organisation ?? '—'}`);
  }

  it('reads the state secretary\'s ministry as a secretariat, the deputy\'s too', () => {
    expect(speakers('"Rapat digeser ke Kamis," kata Menteri Sekretaris Negara Yudha Permana Lestaluhu.')).toEqual([
      'Yudha Permana Lestaluhu | Menteri Sekretaris Negara | Kementerian Sekretariat Negara',
    ]);
    expect(speakers('"Rapat digeser ke Kamis," kata Wakil Menteri Sekretaris Negara Yudha Permana Lestaluhu.')).toEqual([
      'Yudha Permana Lestaluhu | Wakil Menteri Sekretaris Negara | Kementerian Sekretariat Negara',
    ]);
  });

  it('still reads other ministers\' portfolios into their ministries, and a minister of state into none', () => {
    expect(speakers('"Rapat digeser ke Kamis," kata Menteri Sosial Yudha Permana Lestaluhu.')).toEqual([
      'Yudha Permana Lestaluhu | Menteri Sosial | Kementerian Sosial',
    ]);
    expect(speakers('"Rapat digeser ke Kamis," kata Menteri Negara Yudha Permana Lestaluhu.')).toEqual(['Yudha Permana Lestaluhu | Menteri Negara | —']);
  });

  it('reads a field ending in a word that is both a field and a body\'s word (`Research`) into the role, before a body the article names', () => {
    const lead = 'JAKARTA - Bank Arunika memperkirakan gagal bayar obligasi korporasi naik tahun depan.\n\n';
    expect(articleSpeakers(`${lead}"Emiten properti paling rawan gagal bayar," kata Kepala Credit Research Bank Arunika Larasati Tirtamaya.`)).toEqual([
      'Larasati Tirtamaya | Kepala Credit Research | Bank Arunika',
    ]);
  });

  it('reads an inner unit (`Departemen`, `Biro`) and its field before a body the article names into the role', () => {
    const lead = 'JAKARTA - Bank Arunika memperkirakan gagal bayar obligasi korporasi naik tahun depan.\n\n';
    expect(articleSpeakers(`${lead}"Emiten properti paling rawan gagal bayar," kata Kepala Departemen Riset Bank Arunika Larasati Tirtamaya.`)).toEqual([
      'Larasati Tirtamaya | Kepala Departemen Riset | Bank Arunika',
    ]);
    const ministry = 'JAKARTA - Kementerian Kelautan Contoh menutup sementara pelabuhan ikan Teluk Sari.\n\n';
    expect(articleSpeakers(`${ministry}"Perbaikan dermaga selesai bulan depan," kata Kepala Biro Humas Kementerian Kelautan Contoh Danu Prasetyo.`)).toEqual([
      'Danu Prasetyo | Kepala Biro Humas | Kementerian Kelautan Contoh',
    ]);
  });

  it('near-miss: an inner unit with no body the article names after it stays the organisation', () => {
    const lead = 'JAKARTA - Harga obligasi korporasi turun tajam sepanjang pekan lalu.\n\n';
    expect(articleSpeakers(`${lead}"Emiten properti paling rawan gagal bayar," kata Kepala Departemen Riset Larasati Tirtamaya.`)).toEqual([
      'Larasati Tirtamaya | Kepala | Departemen Riset',
    ]);
  });

  it('reads a field opener and its field after a body the article names into the role (`Kadin X Bidang Y`)', () => {
    const lead = 'JAKARTA - Asosiasi Pengrajin Rotan Nusantara (Aperona) meminta bea keluar bahan baku dinaikkan.\n\n';
    expect(articleSpeakers(`${lead}"Pasokan ke perajin kecil harus aman," kata Wakil Ketua Umum Aperona Bidang Bahan Baku Dodi Marpaung.`)).toEqual([
      'Dodi Marpaung | Wakil Ketua Umum Bidang Bahan Baku | Asosiasi Pengrajin Rotan Nusantara',
    ]);
  });

  it('keeps a field opener inside a body\'s name the article writes whole, or after a body it does not name', () => {
    const named = 'JAKARTA - Kementerian Koordinator Bidang Pangan menggelar rapat stok beras.\n\n';
    expect(articleSpeakers(`${named}"Stok aman sampai Lebaran," kata Deputi Kementerian Koordinator Bidang Pangan Dodi Marpaung.`)).toEqual([
      'Dodi Marpaung | Deputi | Kementerian Koordinator Bidang Pangan',
    ]);
    const unnamed = 'JAKARTA - Perajin rotan kecil kesulitan mendapat bahan baku sejak awal tahun.\n\n';
    expect(articleSpeakers(`${unnamed}"Pasokan ke perajin kecil harus aman," kata Wakil Ketua Umum Aperona Bidang Bahan Baku Dodi Marpaung.`)).toEqual([
      'Dodi Marpaung | Wakil Ketua Umum | Aperona Bidang Bahan Baku',
    ]);
  });
});

describe('quotes: Indonesian roles and the bodies they name, more shapes', () => {
  it('reads a two-word post of the roles list whose second word is no title word (`Rais Aam`) whole', () => {
    expect(speakerLines('“Musyawarah ditunda sampai bulan depan,” kata Rais Aam Jamiyah Ukhuwah Laut KH Tamrin Salampessy.', 'ind')).toEqual([
      'Tamrin Salampessy | Rais Aam | Jamiyah Ukhuwah Laut',
    ]);
    const lead = 'Rais Syuriah Pengurus Wilayah Jamiyah Ukhuwah Seram, Tamrin Salampessy, membuka musyawarah di aula.\n\n';
    expect(speakerLines(`${lead}“Musyawarah ditunda sampai bulan depan,” ujarnya.`, 'ind')).toEqual([
      'Tamrin Salampessy | Rais Syuriah | Pengurus Wilayah Jamiyah Ukhuwah Seram',
    ]);
  });

  it('still reads a two-word entry whose second word is an organisation word (`Ketua DPR`) as post and body', () => {
    expect(speakerLines('“Musyawarah ditunda sampai bulan depan,” kata Ketua DPR Tamrin Salampessy.', 'ind')).toEqual(['Tamrin Salampessy | Ketua | DPR']);
  });
});

describe('speaker organisation: a portfolio joined by `dan` to an acronym or after an organisation word', () => {
  /** The speaker of the first quote of Indonesian `text`, read whole (organisations linked). */
  const first = (text: string) => parseArticle(text, { language: 'ind' }).quotes[0]!.speaker;

  it('`Menteri Hukum dan HAM`, `Menteri Koperasi dan UKM` are whole titles naming their ministries', () => {
    const law = first('Jakarta - Menteri Hukum dan HAM Budi Hartono mengatakan, "Napi itu tidak dibebaskan."');
    expect(law).toMatchObject({ name: 'Budi Hartono', role: 'Menteri Hukum dan HAM', organisation: 'Kementerian Hukum dan HAM' });
    const coop = first('Jakarta - Menteri Koperasi dan UKM Rina Wulandari mengatakan, "Kredit usaha harus dipermudah."');
    expect(coop).toMatchObject({ name: 'Rina Wulandari', role: 'Menteri Koperasi dan UKM', organisation: 'Kementerian Koperasi dan UKM' });
  });

  it('near miss: a title that takes no portfolio keeps its body; an acronym portfolio alone stays as it was', () => {
    const coop = first('Jakarta - Ketua Koperasi Sentosa dan UKM Contoh, Budi Hartono mengatakan, "Panen tahun ini bagus."');
    expect(coop).toMatchObject({ name: 'Budi Hartono', role: 'Ketua' });
    const bare = first('Jakarta - Menteri BUMN Budi Hartono mengatakan, "Direksi akan dirombak."');
    expect(bare).toMatchObject({ name: 'Budi Hartono', role: 'Menteri', organisation: 'Kementerian BUMN' });
  });
});

describe('speaker organisation: the body a person works at, named in an apposition with a workplace link', () => {
  it('speaker organisation: `X, seorang peneliti di Lembaga Y` gives the body the person speaks for', () => {
    const text = [
      'Lembaga Kajian Pesisir Nusantara merilis laporan tentang abrasi pantai utara.',
      'Laporan itu disusun oleh Rina Wulandari, seorang peneliti di Lembaga Kajian Pesisir Nusantara, bersama tim lapangan.',
      '"Garis pantai mundur hingga dua meter setiap tahun," kata Rina Wulandari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | peneliti | Lembaga Kajian Pesisir Nusantara']);
  });

  it('speaker organisation: `X, an economist at Y` in English, after the quote', () => {
    const text = [
      'Contoh Securities Group cut its growth forecast for the region on Monday.',
      '"Investors are waiting for the central bank to act," said Daniel Hartono, an economist at Contoh Securities Group, in a note.',
    ].join('\n\n');
    expect(speakers(text, 'eng')).toEqual(['Daniel Hartono | economist | Contoh Securities Group']);
  });

  it('speaker organisation: an apposition that is no title (`X, ketika berkunjung di Y`) names no workplace', () => {
    const text = [
      'Lembaga Kajian Pesisir Nusantara merilis laporan tentang abrasi pantai utara.',
      '"Garis pantai mundur setiap tahun," kata Rina Wulandari, ketika berkunjung di Lembaga Kajian Pesisir Nusantara.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | null | null']);
  });

  it('speaker organisation: the apposition stays on one line (a comma before a paragraph break opens no workplace)', () => {
    const text = [
      'Lembaga Kajian Pesisir Nusantara merilis laporan tentang abrasi pantai utara, disusun bersama Rina Wulandari,',
      'peneliti di Lembaga Kajian Pesisir Nusantara sejak lama menolak reklamasi.',
      '"Garis pantai mundur setiap tahun," kata Rina Wulandari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | null | null']);
  });
});

describe('speaker links: a name and the body it comes from', () => {
  it('speaker links: English `said X of the Y Institute` → name X, organisation Y Institute', () => {
    const [q] = direct('“The outlook is weak,” said Rina Wulandari of the Contoh Policy Institute, adding that prices would fall.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: null, organisation: 'Contoh Policy Institute' });
  });

  it('speaker links: English `said X from Y University`', () => {
    const [q] = direct('“The outlook is weak,” said Rina Wulandari from Contoh University.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'Contoh University' });
  });

  it('speaker links: Indonesian `kata X dari Y` with the organisation word inside the name (`… Institute`)', () => {
    const [q] = direct('"Data kekerasan dalam rumah tangga masih jauh dari lengkap," kata Sinta Dewi dari Contoh Gender Institute.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Sinta Dewi', organisation: 'Contoh Gender Institute' });
  });

  it('speaker links: Malay `kata X daripada Y`', () => {
    const [q] = direct('“Kami akan pantau keadaan,” kata Ahmad Rahim daripada Persatuan Pengguna Contoh.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Ahmad Rahim', organisation: 'Persatuan Pengguna Contoh' });
  });

  it('speaker links: a place after the link is no body (`from Contoh City` stays empty)', () => {
    const [q] = direct('“We waited all night,” said Rina Wulandari from Jakarta.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: null });
  });

  it('speaker links: another mention with `of the …` fills a speaker quoted by name alone', () => {
    const text = [
      'Rina Wulandari of the Contoh Policy Institute warned that exports would slow.',
      '“Demand is weaker than we thought,” Rina Wulandari said.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'Contoh Policy Institute' });
  });
});

describe('speaker links: a one-word organisation opening the sentence before a lower-case title', () => {
  it('speaker links: English `Contohmobil chairman X …` → organisation, as the article writes the word capitalised elsewhere', () => {
    const text = [
      'Danakarya chief executive Budi Santoso warned that shares would fall. The fund, set up by Danakarya last year, holds many shares.',
      '"We are assessing it," Budi Santoso said.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'chief executive', organisation: 'Danakarya' });
  });
});

describe('speaker organisation: a client, a country or `Utama` after a post', () => {
  const speakers = (text: string, language: 'ind' | 'zlm' = 'ind') =>
    directQuotes(text, language).map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));

  describe('speaker organisation: a title held for a client', () => {
    it('`kata pengacara <client>, <holder>` is the holder, not the client', () => {
      const text =
        'JAKARTA - Sidang perkara suap dengan terdakwa Rudi Hartawan digelar pekan ini.\n\n"Klien kami akan membuktikan dia tidak bersalah," kata pengacara Rudi Hartawan, Agus Salimin, kepada wartawan, Senin (3/2/2020).';
      expect(speakers(text)).toEqual(['Agus Salimin | pengacara | null']);
    });

    it('must not fire: a body as the client after a comma keeps the body (`kuasa hukum PT Contoh, Agus`)', () => {
      const text = 'JAKARTA - Sidang gugatan digelar pekan ini.\n\n"Klien kami tidak bersalah," kata kuasa hukum PT Contoh Jaya, Agus Salimin.';
      expect(speakers(text)).toEqual(['Agus Salimin | kuasa hukum | PT Contoh Jaya']);
    });

    it('`kata kuasa hukum <client>, <Place>` has no holder named: the describing phrase stands for the speaker', () => {
      const text = 'BANDUNG - Sidang gugatan ditunda.\n\n"Berkas belum lengkap," kata kuasa hukum Dimas Arya Pratama, Bandung.';
      expect(speakers(text)).toEqual(['kuasa hukum Dimas Arya Pratama | kuasa hukum | null']);
    });

    it('must not fire: a weekday after the comma leaves the name after the title as the speaker', () => {
      const text = 'BANDUNG - Sidang gugatan ditunda.\n\n"Berkas belum lengkap," kata kuasa hukum Dimas Arya Pratama, Senin (3/3).';
      expect(speakers(text)).toEqual(['Dimas Arya Pratama | kuasa hukum | null']);
    });
  });

  describe('speaker organisation: a country after a post is no organisation', () => {
    it('`Duta Besar Jepang`, `Dubes Jepang untuk Indonesia` keep the country in the role', () => {
      const text =
        'JAKARTA - Bantuan untuk korban gempa tiba.\n\n"Kami siap membantu korban," kata Duta Besar Jepang Kenji Tanaka.\n\n"Kami kirim tim medis," kata Dubes Jepang untuk Indonesia Hiroshi Sato.';
      expect(speakers(text)).toEqual(['Kenji Tanaka | Duta Besar Jepang | null', 'Hiroshi Sato | Dubes Jepang untuk Indonesia | null']);
    });

    it('must not fire: a body whose name opens with a country stays the organisation (`Jepang Contoh Motor`)', () => {
      const text = 'JAKARTA - Penjualan mobil naik.\n\n"Permintaan tinggi," kata Presiden Direktur Jepang Contoh Motor, Budi Santoso.';
      expect(speakers(text)).toEqual(['Budi Santoso | Presiden Direktur | Jepang Contoh Motor']);
    });
  });

  describe('speaker organisation: `Utama` after a field word ends a body’s name', () => {
    it('`analis Niaga Utama Contoh Sekuritas <Name>` is an analyst of `Niaga Utama Contoh Sekuritas`', () => {
      const text = 'JAKARTA - Saham emiten tambang naik.\n\n"Kinerjanya membaik," ujar analis Niaga Utama Contoh Sekuritas Rina Wulandari.';
      expect(speakers(text)).toEqual(['Rina Wulandari | analis | Niaga Utama Contoh Sekuritas']);
    });

    it('must not fire: `Utama` right after the post qualifies it (`Direktur Utama`, `Ekonom Utama`)', () => {
      const text =
        'JAKARTA - Laba naik.\n\n"Kinerja kami membaik," kata Direktur Utama Bank Sinar Contoh Budi Haryanto.\n\n"Pertumbuhan stabil," kata Ekonom Utama Bank Contoh Rina Wulandari.';
      expect(speakers(text)).toEqual(['Budi Haryanto | Direktur Utama | Bank Sinar Contoh', 'Rina Wulandari | Ekonom Utama | Bank Contoh']);
    });
  });
});

describe('speaker organisation: an organisation described', () => {
  it('Malay `kata syarikat penyelidikan itu` is the firm the article is about', () => {
    const text = 'KUALA LUMPUR: Contoh Riset Sdn Bhd berkata eksport negara dijangka pulih pada separuh kedua tahun ini.\n\n"Kami jangka eksport pulih pada suku keempat," kata syarikat penyelidikan itu dalam kenyataan, Khamis.';
    const direct = parseArticle(text, { language: 'zlm' }).quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.speaker?.name, q.speaker?.organisation])).toEqual([['Contoh Riset Sdn Bhd', 'Contoh Riset Sdn Bhd']]);
  });

  it('English `the airline said` is the airline named before', () => {
    const text = 'Contoh Airways Bhd reported a quarterly loss on Monday as fuel costs rose.\n\n"We expect demand to recover next year," the airline said in a statement.';
    expect(parseArticle(text, { language: 'eng' }).quotes.map((q) => q.speaker?.name)).toEqual(['Contoh Airways Bhd']);
  });
});

describe('speaker organisation: the word after a head that takes a proper name belongs to the body', () => {
  it('Indonesian `kata politisi Partai X itu` is the person introduced before, not one named `X`', () => {
    const text = [
      'Menteri Sosial Daniel Hartono ingin bantuan disalurkan lebih cepat.',
      '“Kami tidak mau ada warga yang terlewat,” kata politisi Partai Contoh Raya itu.',
    ].join('\n\n');
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name ?? null).not.toBe('Contoh Raya');
  });

  it('Indonesian `Direktur Utama Bank X Budi Santoso` reads the bank as the organisation', () => {
    const text = '“Penyaluran kredit tumbuh tahun ini,” ujar Direktur Utama Bank Contoh Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Direktur Utama', organisation: 'Bank Contoh' });
  });

  it('an English-style `Contoh Bank Budi Santoso` keeps the name after the head', () => {
    const text = '“Nasabah muda makin banyak,” kata Head of Retail Contoh Bank Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker organisation: a title held for a client', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string, language: 'ind' | 'zlm') {
    return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('the person a counsel acts for is no organisation', () => {
    const text = [
      'Sidang gugatan sengketa kebun cengkih di Lembah Kiranawe kembali ditunda pekan ini.',
      '"Bukti baru sudah kami serahkan kepada majelis," kata Pengacara Harsono Wibiseno, Lintang Prameswari, di Kiranawe.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lintang Prameswari | Pengacara | null']);
  });

  it('a body the counsel acts for stays the organisation', () => {
    const text = [
      'Sidang gugatan sengketa kebun cengkih di Lembah Kiranawe kembali ditunda pekan ini.',
      '"Bukti baru sudah kami serahkan kepada majelis," kata Kuasa Hukum PT Sumber Kencana Lestari, Lintang Prameswari.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Lintang Prameswari | Kuasa Hukum | PT Sumber Kencana Lestari']);
  });
});
