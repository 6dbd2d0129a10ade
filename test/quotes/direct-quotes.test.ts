import { describe, expect, it } from 'vitest';
import { extractQuotes as extractAll } from '../../src/quotes/extract-quotes.js';
import { parseArticle } from '../../src/index.js';
import { cleanText } from '../../src/util/normalize.js';
import type { Quote } from '../../src/types.js';

/** The direct quotes only: this file is about direct speech (`test/quotes/indirect-speech.test.ts` covers reported speech). */
function extractQuotes(...args: Parameters<typeof extractAll>): Quote[] {
  return extractAll(...args).quotes.filter((q) => q.kind === 'direct');
}

/** Every quote's span slices back to its text (after normalization). */
function checkSpans(text: string): void {
  for (const q of extractAll(text).quotes) expect(cleanText(text.slice(q.span.start, q.span.end))).toBe(q.text);
}

describe('quotes: finding spans', () => {
  it('quotes: curly marks with the attribution after the quote', () => {
    const text = 'Pertemuan berlangsung tiga hari.\n\n“Kami belajar banyak dari petani di sini,” ujar Rina Wulandari, Manajer Program LSMX.';
    const [q, ...rest] = extractQuotes(text);
    expect(rest).toHaveLength(0);
    expect(q!.text).toBe('Kami belajar banyak dari petani di sini,');
    expect(q!.kind).toBe('direct');
    expect(q!.verb).toBe('ujar');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Manajer Program', organisation: 'LSMX', resolved: false });
    expect(text.slice(q!.speaker!.span!.start, q!.speaker!.span!.end)).toBe('Rina Wulandari');
    checkSpans(text);
  });

  it('quotes: Kompas style, where ” also opens a quote', () => {
    const text = 'Harga cabai naik. ”Stok di gudang tinggal sedikit,” kata Sutrisno, pedagang di Pasar Baru. ”Kami menunggu kiriman,” ujarnya.';
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.text)).toEqual(['Stok di gudang tinggal sedikit,', 'Kami menunggu kiriman,']);
    expect(qs[1]!.speaker).toMatchObject({ name: 'Sutrisno', resolved: true, span: null });
    expect(qs[1]!.verb).toBe('ujar');
  });

  it('quotes: mismatched pairs and straight marks', () => {
    const qs = extractQuotes('Dia datang pagi. "Saya tidak tahu apa-apa soal itu,” kata Bambang Hartono.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('Saya tidak tahu apa-apa soal itu,');
    expect(qs[0]!.speaker?.name).toBe('Bambang Hartono');
  });

  it('quotes: a quote interrupted by its attribution is two quotes with one speaker', () => {
    const qs = extractQuotes('“Jalan itu rusak sejak Maret,” kata Dewi Lestari. “Kami sudah melapor ke kelurahan dua kali.”');
    expect(qs.map((q) => q.text)).toEqual(['Jalan itu rusak sejak Maret,', 'Kami sudah melapor ke kelurahan dua kali.']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Dewi Lestari', 'Dewi Lestari']);
  });

  it('quotes: an unclosed quote runs to the end of its paragraph, attributed by the next segment', () => {
    const text = '“Kami sudah menyiapkan dua gudang baru untuk beras petani.\n\n“Panen tahun ini diperkirakan naik,” kata Hadi Susanto, Kepala Dinas Pertanian Kabupaten Sukamaju.';
    const qs = extractQuotes(text);
    expect(qs.map((q) => q.text)).toEqual(['Kami sudah menyiapkan dua gudang baru untuk beras petani.', 'Panen tahun ini diperkirakan naik,']);
    expect(qs[0]!.speaker?.name).toBe('Hadi Susanto');
    expect(qs[0]!.paragraph).toBe(0);
    expect(qs[1]!.paragraph).toBe(1);
    checkSpans(text);
  });

  it('quotes: a closing mark whose opener is missing, after `berkata,`', () => {
    const qs = extractQuotes('Ketua Polis Daerah Kota Lama, Asisten Komisioner Rahim Osman berkata, kedua-dua suspek ditahan di balai polis,” katanya.', { language: 'zlm' });
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('kedua-dua suspek ditahan di balai polis,');
    expect(qs[0]!.speaker?.name).toBe('Rahim Osman');
  });
});

describe('quotes: not quotes', () => {
  it('quotes: scare quotes, titles, nicknames and single terms are rejected', () => {
    const text = [
      'Pemerintah menyiapkan "plan B" jika hujan terus turun.',
      'Ia membintangi film "Pulang ke Desa Lama" tahun lalu.',
      'Pemain itu dijuluki ‘Si Kancil’ oleh pendukungnya.',
      'Strategi “Made in Sukamaju 2030” terus berjalan.',
      'Warga menyebut jalan itu “jalur maut” karena sering terjadi kecelakaan.',
    ].join('\n');
    expect(extractQuotes(text)).toEqual([]);
  });

  it('quotes: apostrophes are not speech marks', () => {
    expect(extractQuotes("Indonesia's exports rose, and the farmers' income grew in Ma'ruf's term.", { language: 'eng' })).toEqual([]);
  });

  it('quotes: a short attributed answer is still a quote', () => {
    const qs = extractQuotes('”Belum,” jawab Sari singkat.');
    expect(qs.map((q) => q.text)).toEqual(['Belum,']);
  });
});

describe('quotes: speakers', () => {
  it('quotes: speaker, verb, quote', () => {
    const qs = extractQuotes('Roland Manurung mengatakan, "Kami masih memeriksa tiga saksi dari lokasi kejadian."');
    expect(qs[0]!.speaker?.name).toBe('Roland Manurung');
    expect(qs[0]!.verb).toBe('kata');
  });

  it('quotes: surname only is completed from the earlier mention', () => {
    const text = 'Kepala Unit Reserse Kriminal Polsek Tamansari AKP Roland Manurung menjelaskan kronologi kejadian.\n"Pelaku kabur lewat pintu belakang," kata Roland.';
    const [q] = extractQuotes(text);
    expect(q!.speaker).toMatchObject({ name: 'Roland Manurung', resolved: true });
  });

  it('quotes: ranks and honorifics are not part of the name', () => {
    const qs = extractQuotes('"Arus lalu lintas kami alihkan sementara," kata Kepala Polres Kota Sukamaju AKBP Budi Santoso.');
    expect(qs[0]!.speaker?.name).toBe('Budi Santoso');
    expect(qs[0]!.speaker?.role).toBe('Kepala');
    expect(qs[0]!.speaker?.organisation).toBe('Polres Kota Sukamaju');
  });

  it('quotes: a role-only mention is the person introduced with that role', () => {
    const text = 'Bupati Sukamaju Rahmat Hidayat meninjau lokasi banjir.\n”Bantuan sudah kami kirim sejak pagi,” kata Bupati.';
    expect(extractQuotes(text)[0]!.speaker).toMatchObject({ name: 'Rahmat Hidayat', resolved: true });
  });

  it('quotes: pronoun verbs resolve to the nearest earlier speaker', () => {
    const text = 'Menurut Ani Suryani, harga gabah turun.\n“Petani merugi musim ini,” katanya.';
    expect(extractQuotes(text)[0]!.speaker?.name).toBe('Ani Suryani');
  });

  it('quotes: unnamed sources are kept as written', () => {
    const qs = extractQuotes('“Airnya naik sampai lutut tadi malam,” kata seorang warga.');
    expect(qs[0]!.speaker?.name).toBe('seorang warga');
  });

  it('quotes: English attribution in both orders', () => {
    const text = 'The plan was announced on Monday.\n"We will open two new ports next year," said Tom Baker, director of the port agency.\n"It is a big step," he said.';
    const qs = extractQuotes(text, { language: 'eng' });
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Tom Baker', 'Tom Baker']);
    expect(qs[0]!.verb).toBe('say');
  });

  it('quotes: a repeated (scraped twice) quote is reported once', () => {
    const para = '“Kita harus bekerja sama lebih erat,” ujar Lina Marlina.';
    expect(extractQuotes(`${para}\n\n${para}`)).toHaveLength(1);
  });
});

describe('quotes: robustness', () => {
  it('quotes: a non-string is a TypeError naming text', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(/text/);
  });

  it('quotes: hostile input stays fast and never throws', () => {
    const inputs = ['', '"', '”'.repeat(50_000), '"a '.repeat(30_000), "'a ".repeat(30_000), `${'Kepala '.repeat(20_000)}"x," kata`, '“'.repeat(10_000) + 'kata'];
    const t0 = Date.now();
    for (const s of inputs) expect(Array.isArray(extractQuotes(s))).toBe(true);
    // A generous bound: a quadratic pass over these 50–90k-character inputs takes minutes, a linear one well under a second.
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

/** The speaker names of every quote in `text`, in order. */
function speakers(text: string, language: 'ind' | 'zlm' | 'eng' = 'ind'): (string | undefined)[] {
  return extractQuotes(text, { language }).map((q) => q.speaker?.name);
}

describe('quotes: speakers met in several forms', () => {
  it('quotes: a short form that is the start of a fuller name is that person', () => {
    const text = 'Wali Kota Sukamaju Tri Rahayuningsih meninjau pasar pagi ini.\n\n”Pakai maskernya, jangan dilepas,” ujar Rahayu.';
    const [q] = extractQuotes(text);
    expect(q!.speaker).toMatchObject({ name: 'Tri Rahayuningsih', resolved: true });
  });

  it('quotes: a nickname made of a name word and the start of the next is that person', () => {
    const text = 'Presiden Joko Susilo meresmikan bendungan itu.\n\n”Air untuk sawah sudah siap,” kata Jokosus.';
    expect(speakers(text)).toEqual(['Joko Susilo']);
  });

  it('quotes: a one-letter misspelling of a known name is that person', () => {
    const text = 'Surat itu ditandatangani Ketua Komisi Affandi Rahman.\n\n”Dokumen ini dikecualikan selama lima tahun,” tulis Afandi dalam surat itu.';
    expect(speakers(text)).toEqual(['Affandi Rahman']);
  });

  it('quotes: an organisation the article also names on its own is not part of the name', () => {
    const text =
      'Forum Warga Cempaka menggelar rapat di balai desa.\n\n”Kami menolak rencana itu,” kata Ketua Forum Warga Cempaka Hendra Wijaya Saputra.';
    expect(speakers(text)).toEqual(['Hendra Wijaya Saputra']);
  });

  it('quotes: a place the article writes after `di` is not part of the name', () => {
    const text = 'Banjir melanda di Sukamaju sejak Senin.\n\n”Semua pengungsi sudah makan,” ujar Sekretaris Daerah Sukamaju Mulyono.';
    expect(speakers(text)).toEqual(['Mulyono']);
  });

  it('quotes: a stop word after the subject ends it (`X di Kota, Rabu, mengatakan`)', () => {
    const text = 'Wali Kota Sukamaju Dewi Kartikasari di Sukamaju, Rabu (16/9/2020), mengatakan, tes usap digratiskan.\n\n”Warga luar kota membayar sendiri,” katanya.';
    expect(speakers(text)).toEqual(['Dewi Kartikasari']);
  });

  it('quotes: `kata Hari` is a name even though `hari` is a common word', () => {
    const text = 'Kepala Pusat Penerangan Hari Setiawan menjelaskan hasil rapat hari ini.\n\n”Pemeriksaan akan dilanjutkan,” kata Hari.';
    expect(speakers(text)).toEqual(['Hari Setiawan']);
  });

  it('quotes: a citation in parentheses after the speaker is not the speaker', () => {
    const text = '”Pasar malam ditutup sampai akhir bulan,” kata Gubernur Sukamaju Anwar Basuki (Kompas, 3/4/2021).';
    expect(speakers(text)).toEqual(['Anwar Basuki']);
  });

  it('quotes: a list of people with roles registers each of them', () => {
    const text =
      'Hadir dalam rapat itu Menteri Sosial Juliani Batu, Gubernur Sukamaju Wahyu Halim, dan Bupati Lembah Rahmat Efendi.\n\n”Kami butuh waktu untuk validasi data,” kata Wahyu.';
    expect(speakers(text)).toEqual(['Wahyu Halim']);
  });

  it('quotes: `ujarnya` goes to the last subject, not to someone named as an object', () => {
    const text = [
      '”Laporan sudah kami terima,” kata Budi Santoso.',
      'Haris Nugroho menilai penanganan kasus itu lambat. Kasus itu pernah ditangani Budi sejak tahun lalu.',
      '”Korban belum mendapat keadilan,” ujarnya.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Budi Santoso', 'Haris Nugroho']);
  });

  it('quotes: Malay `Mohd.` stays in the name and a common word inside a name is kept', () => {
    const text = [
      'Ketuanya, Datuk Seri Mohd. Rahim Osman berkata, kes penipuan meningkat.',
      '“Orang ramai perlu berwaspada,” katanya.',
      'Pengarahnya, Datuk Azman Zaman Yusof berkata, zaman sekarang penipu lebih licik.',
      '“Jangan kongsi kata laluan,” katanya. Azman Zaman berkata, siasatan diteruskan.',
      '“Kami akan menahan suspek,” katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Mohd. Rahim Osman', 'Azman Zaman Yusof', 'Azman Zaman Yusof']);
  });

  it('quotes: police and military ranks, Malay titles and English honorifics are not part of the name', () => {
    expect(speakers('”Dua tersangka ditahan,” kata Kepala Bidang Humas Polda Sukamaju Kombes Pol Yusuf Rahman.')).toEqual(['Yusuf Rahman']);
    expect(speakers('”Pasukan siaga,” kata Komandan Korem Sukamaju Kolonel Inf Bagas Wirawan.')).toEqual(['Bagas Wirawan']);
    expect(speakers('“Projek itu siap tahun depan,” kata Tan Sri Ahmad Fauzi Salleh.', 'zlm')).toEqual(['Ahmad Fauzi Salleh']);
    expect(speakers('"The port will reopen next week," said Mr. John Harlow.', 'eng')).toEqual(['John Harlow']);
  });
});

describe('quotes: speakers, harder cases', () => {
  it('quotes: a parenthesised age after a name does not hide the name (pronoun goes to her)', () => {
    const text = [
      'Pengacara terdakwa, Yosef Manalu, menyatakan kliennya pasrah.',
      'Salah satu pembeli, Ratih (47), mengaku kecewa. "Saya cuma mau uang saya kembali," ujarnya.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Ratih']);
  });

  it('quotes: a short form is completed from a name with a word many names end in (Pratama)', () => {
    const text = [
      'Kepala Dinas Pemadam Kebakaran Kota Serang Galih Adi Pratama mengatakan api padam pukul 03.00.',
      '"Petugas kami tiba sepuluh menit setelah laporan masuk," kata Galih.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Galih Adi Pratama']);
  });

  it('quotes: English: a lower-case role word inside the subject before `said:`', () => {
    const text = 'Tourism rose again in March.\nASITA Lombok chairman Putu Arsana said: "Our members are fully booked until July."';
    expect(speakers(text, 'eng')).toEqual(['Putu Arsana']);
  });

  it('quotes: English: field words of a title are not glued to the name', () => {
    const text =
      'Bank Indonesia Deputy Director for Payment Regulation Sinta Maharani Lubis said the rule starts in May. "Banks have had a year to prepare," Lubis said.';
    expect(speakers(text, 'eng')).toEqual(['Sinta Maharani Lubis']);
  });

  it('quotes: `ujarnya` with nobody seen speaking goes to the person the article is about', () => {
    const text = [
      'Pelukis Laras Anindita kembali menggelar pameran tunggal setelah lima tahun, dikurasi oleh Bima Sakti di Bandung.',
      'Pameran ini diumumkan Laras melalui akun media sosialnya.',
      '"Semua lukisan ini tentang kampung halaman saya," ujarnya.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Laras Anindita']);
  });

  it('quotes: a passive speech verb with `oleh` names the speaker of the next quote', () => {
    const text = [
      'Hal itu disampaikan oleh Dimas Prakoso, Direktur Utama PT Kopi Nusa Jaya, di Jakarta, Selasa (4/3/2025).',
      '"Kami akan membuka tiga gerai baru tahun ini," tuturnya.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Dimas Prakoso']);
  });

  it('quotes: Malay: a place after a role is not a name; the rank after the comma introduces the same person', () => {
    const text = [
      'Ketua Polis Daerah Kota Bharu Utara, Asisten Komisioner Zulkifli Hamzah berkata, dua suspek ditahan semalam.',
      '“Siasatan masih diteruskan,” katanya di Ibu Pejabat Polis Daerah (IPD) Kota Bharu Utara, hari ini.',
      'Beliau berkata, kedua-dua suspek direman.',
      '“Orang ramai diminta tampil memberi maklumat,” katanya.',
    ].join('\n');
    expect(speakers(text, 'zlm')).toEqual(['Zulkifli Hamzah', 'Zulkifli Hamzah']);
  });

  it('quotes: degrees after a name are not part of it', () => {
    const text = [
      'Dokter spesialis anak, dr Nirmala Hapsari SpA, mengatakan imunisasi harus lengkap.',
      '"Jangan menunda jadwal imunisasi dasar," ujar dr Nirmala di Surabaya.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Nirmala Hapsari']);
  });

  it('quotes: two capitals inside or after a name belong to it (PS, MD)', () => {
    const text = [
      'Menteri Perencanaan Bambang PS Wirayuda mengatakan anggaran sudah siap.',
      '"Dana ini untuk sekolah di daerah terpencil," ujar Bambang.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Bambang PS Wirayuda']);
  });

  it('quotes: `kata pria yang menjabat …` is the person speaking before, not a new speaker', () => {
    const text = [
      'Menurut Hartanto Wijaya, penjualan mobil listrik naik dua kali lipat.',
      '"Konsumen kini lebih percaya pada baterai lokal," kata pria yang menjabat sebagai Direktur PT Motor Listrik Nusantara itu.',
    ].join('\n');
    expect(speakers(text)).toEqual(['Hartanto Wijaya']);
  });

  it('quotes: a document speaks for the organisation named before it, spelt out from its acronym', () => {
    const text = [
      'PT Sumber Tani Makmur Tbk (STMK) mencatat laba naik 20 persen. Mengutip keterangan STMK, Senin (2/6/2025), penjualan pupuk menopang kinerja.',
      '"Penjualan pupuk organik tumbuh paling cepat," bunyi keterangan tersebut.',
      'Bank sentral Filipina (Bangko Sentral ng Pilipinas/BSP) menahan suku bunga.',
      '"Inflasi masih dalam sasaran," ujar keterangan BSP yang dikutip Reuters.',
    ].join('\n');
    expect(speakers(text)).toEqual(['PT Sumber Tani Makmur Tbk', 'Bangko Sentral ng Pilipinas']);
  });

  it('quotes: Malay: an organisation speaking, then known by another name, keeps its name as written', () => {
    const text = [
      'Kementerian Luar Negeri dalam kenyataan memaklumkan, tiga rakyat Malaysia diselamatkan.',
      '“Kementerian akan terus memantau keadaan mangsa,” katanya.',
      'Wisma Putra memberitahu, seorang lagi masih dicari.',
      '“Kami bekerjasama rapat dengan pihak berkuasa tempatan,” katanya.',
    ].join('\n');
    expect(speakers(text, 'zlm')).toEqual(['Kementerian Luar Negeri', 'Kementerian Luar Negeri']);
  });

  it('quotes: Malay: paragraphs continuing a quote get the speaker of its last paragraph', () => {
    const text = [
      'Bermula dengan modal kecil, Salmah Ismail kini mengusahakan kedai kek sendiri.',
      'Salmah merasakan kerja pejabat terlalu membosankan.',
      '“Saya mula membuat kek untuk jiran dan rakan-rakan sahaja.',
      '“Selepas itu tempahan datang setiap minggu,” katanya.',
    ].join('\n');
    expect(speakers(text, 'zlm')).toEqual(['Salmah Ismail', 'Salmah Ismail']);
  });
});

describe('quotes: a quote running over paragraphs', () => {
  it('quotes: the earlier segment takes the verb of the last one even when nobody can be named', () => {
    const s = 'Warga berkumpul di balai desa sejak pagi untuk mendengar pengumuman.\n\n“Kami sudah menunggu lama sekali di sini.\n\n“Semoga bantuan segera datang,” tulisnya.';
    expect(parseArticle(s).quotes.map((q) => [q.verb, q.speaker])).toEqual([
      ['tulis', null],
      ['tulis', null],
    ]);
  });
});
