/** Speaker organisation: the body the article names, implied by a title (regions, courts, legislatures). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { speakerLines as speakers } from '../support/speaker-lines.js';
import { courtOrganisations } from '../../src/quotes/court-organisation.js';
import { regionGovernments } from '../../src/quotes/region-government.js';
import type { QuoteHit } from '../../src/quotes/quote-hit.js';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

describe('speaker organisation: a region head speaks for the region government the article names', () => {
  it('`Bupati X` takes `Pemkab X` when the article writes it', () => {
    const text = [
      'Pemkab Lembah Sentosa menyiapkan lumbung pangan di setiap kecamatan menjelang musim kemarau.',
      '"Cadangan beras cukup sampai akhir tahun," kata Bupati Lembah Sentosa Rina Wulandari di pendopo, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | Bupati Lembah Sentosa | Pemkab Lembah Sentosa']);
  });

  it('the title’s bracketed short form finds the government written with it (`Gubernur X (XY)` → `Pemprov XY`)', () => {
    const text = [
      'Pemprov Rajut menyalurkan bantuan kepada petani yang gagal panen.',
      '"Bantuan tahap kedua cair pekan depan," ujar Gubernur Raya Utara (Rajut) Hendra Kusuma, Selasa (4/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendra Kusuma | Gubernur Raya Utara (Rajut) | Pemprov Rajut']);
  });

  it('the regional secretary with the level read as the organisation (`Sekda` + `Kabupaten X`) takes `Pemkab X`', () => {
    const text = [
      'Pemkab Lembah Sentosa membuka posko pengaduan bagi warga terdampak longsor.',
      '"Posko buka setiap hari sampai akhir bulan," ujar Sekda Kabupaten Lembah Sentosa, Rina Wulandari, Rabu (5/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | Sekda | Pemkab Lembah Sentosa']);
  });

  it('a region head of another place, or a government of another level, takes nothing', () => {
    const text = [
      'Pemkot Lembah Sentosa menyiapkan lumbung pangan di setiap kelurahan.',
      '"Cadangan beras cukup sampai akhir tahun," kata Bupati Lembah Sentosa Rina Wulandari, Senin (3/2).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Rina Wulandari | Bupati Lembah Sentosa | null']);
  });

  it('Malay: `Menteri Besar` with no state takes the one state government the article names', () => {
    const text = [
      'KUALA TENGAH: Kerajaan Kuala Tengah akan menambah baik sistem saliran di kawasan yang kerap dilanda banjir.',
      'Menteri Besar, Datuk Yusri Halim berkata, kerja menaik taraf itu bermula bulan depan.',
      '"Kita mahu penduduk rasa selamat apabila musim tengkujuh tiba," katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Yusri Halim | Menteri Besar | Kerajaan Kuala Tengah', 'Yusri Halim | Menteri Besar | Kerajaan Kuala Tengah']);
  });

  it('Malay: `Menteri Besar` with no state does not take the federal government (`Kerajaan Malaysia`)', () => {
    const text = [
      'Peruntukan tambahan daripada Kerajaan Malaysia akan digunakan untuk membina dua buah jambatan baharu.',
      'Menteri Besar, Datuk Yusri Halim berkata, tender bagi projek itu dibuka pada awal tahun hadapan.',
      '"Kontraktor tempatan diberi keutamaan," katanya.',
    ].join('\n\n');
    expect(speakers(text, 'zlm')).toEqual(['Yusri Halim | Menteri Besar | null', 'Yusri Halim | Menteri Besar | null']);
  });
});

describe('speaker organisation: a judge or a prosecutor speaks for the one court or office the article names', () => {
  it('`Ketua Majelis Hakim X` takes the court, not the bench', () => {
    const text = [
      'Sidang perkara suap proyek irigasi digelar di Pengadilan Negeri Tanah Lestari, Senin (3/2).',
      '"Terdakwa terbukti menerima uang dari kontraktor," tutur Ketua Majelis Hakim Hendra Kusuma saat membacakan putusan.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendra Kusuma | Ketua | Pengadilan Negeri Tanah Lestari']);
  });

  it('two courts of the kind: the judge could sit at either, no body', () => {
    const text = [
      'Putusan Pengadilan Negeri Tanah Lestari dikuatkan oleh Pengadilan Tinggi Raya Utara pekan lalu.',
      '"Terdakwa terbukti menerima uang dari kontraktor," kata Hakim Hendra Kusuma saat membacakan putusan.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendra Kusuma | Hakim | null']);
  });
});

describe('speaker organisation: region and court titles on odd roles', () => {
  it('a role that is an object key (`constructor`, `__proto__`) is no title and throws nothing', () => {
    const text = 'Pengadilan Negeri Tanah Lestari dan Pemkab Lembah Sentosa hadir.';
    const organisations = [
      { name: 'Pengadilan Negeri Tanah Lestari', acronym: null, mentions: [{ start: 0, end: 31 }] },
      { name: 'Pemkab Lembah Sentosa', acronym: null, mentions: [{ start: 36, end: 57 }] },
    ];
    for (const role of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const quotes: QuoteHit[] = [
        { start: 0, end: 1, text: 'x', kind: 'direct', verb: 'kata', paragraph: 0, speaker: { name: 'Hendra Kusuma', role, organisation: null, start: null, end: null, resolved: false } },
      ];
      expect(courtOrganisations(text, quotes, organisations, { hakim: ['Pengadilan'] })[0]!.speaker!.organisation).toBeNull();
      expect(regionGovernments(text, quotes, organisations, { Bupati: ['Pemkab'] })[0]!.speaker!.organisation).toBeNull();
    }
  });
});

describe('speaker organisation: English order with the organisation’s short form before a lower-case title', () => {
  it('`Contoh Bank (CB) chief economist X`, named again at the quote, keeps the bank', () => {
    const text = 'A harbour forum on Thursday invited Tanjung Savings Bank (TNSB) chief economist Hendra Kusuma to speak. "Shipping lines have already raised their prices twice," Hendra said.';
    const quotes = parseArticle(text, { language: 'eng' }).quotes.map((q) => `${q.speaker?.name} | ${q.speaker?.role} | ${q.speaker?.organisation}`);
    expect(quotes).toEqual(['Hendra Kusuma | chief economist | Tanjung Savings Bank']);
  });
});

describe('speaker organisation: one person speaks for one organisation in the article', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string, language: 'ind' | 'zlm' | 'eng') {
    return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  it('speaker organisation: quotes read without the title get the one the same person is given elsewhere', () => {
    const text = [
      'Koperasi Contoh Tani membuka gudang gabah baru di pinggir kota.',
      'Menurut Budi Hartono, Ketua Bidang Logistik Koperasi Contoh Tani, gudang itu menampung panen dari tiga kecamatan.',
      '"Petani tidak perlu lagi menjual gabah dengan harga murah," tutur Budi di Sukamaju, Selasa (3/2/2026).',
      'Budi menambahkan, gudang kedua dibangun tahun depan.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(Array(3).fill('Budi Hartono | Ketua Bidang Logistik | Koperasi Contoh Tani'));
  });

  it('speaker organisation: a short form after a title is the body, not a degree (`Sekretaris MP, X`)', () => {
    const text = [
      'Majelis Perhutanan (MP) membuka pendaftaran relawan penanaman bakau.',
      'Di tempat terpisah, Sekretaris MP, Rina Kartika menuturkan, MP menargetkan seribu relawan hingga akhir tahun.',
      '"Setiap relawan akan mendapat pelatihan singkat," tuturnya.',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(Array(2).fill('Rina Kartika | Sekretaris | Majelis Perhutanan'));
  });

  it('speaker organisation: `said its Director X` names the organisation of the sentence for the person quoted later', () => {
    const text = [
      'SIBU: The Contoh River Authority is drafting new rules on sand dredging, said its Director Ahmad Rahim.',
      'He added that the rules would apply from next year.', '"Boats without a permit will be turned back at the jetty," he said.',
    ].join('\n\n');
    expect(speakers(text, 'eng')).toEqual(['Ahmad Rahim | Director | Contoh River Authority']);
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen: a possessive title speaks for the organisation the sentence before is about', () => {
  it('speaker unseen: Malay `Parti X mahu … . Naib Presidennya, Y berkata` → organisation `Parti X`', () => {
    const text = [
      'KUALA LUMPUR: Parti Harapan Contoh (PHC) mahu kerajaan membatalkan cukai baharu, kata Persatuan Pengguna Contoh.',
      'Naib Presidennya, Rina Wulandari Ahmad berkata, kegagalan itu hanya muslihat politik.',
      '“Ikrar itu hanya ungkapan kosong untuk memancing undi rakyat,” katanya dalam satu kenyataan.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'zlm' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Rina Wulandari Ahmad', role: 'Naib Presiden', organisation: 'Parti Harapan Contoh' });
  });

  it('speaker unseen: Indonesian `Ketuanya, Y mengatakan` → the organisation that opens the sentence before', () => {
    const text = [
      'Aliansi Petani Tangguh Bersatu (APTB) menolak rencana impor beras yang diumumkan Kementerian Contoh.',
      'Ketuanya, Budi Santoso mengatakan, petani sudah panen raya.',
      '“Gudang kami sudah penuh, impor hanya merugikan petani,” ujar Budi.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'ind' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ketua', organisation: 'Aliansi Petani Tangguh Bersatu' });
  });

  it('speaker unseen: English `Its director-general Datuk Seri X said` → the organisation the sentence before is about', () => {
    const text = [
      'KUALA LUMPUR: The Contoh Customs Department said the new levy would not apply to small traders. Its director-general Datuk Seri Rahim Hassan said stalls under a set size would be exempted.',
      '"Traders will be told of the rules before the levy starts," he said.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'eng' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'director-general', organisation: 'Contoh Customs Department' });
  });

  it('speaker unseen: Malay `Ketua Pengarahnya, Tan Sri X berkata` → the organisation that opens the article', () => {
    const text = [
      'Jabatan Kebajikan Contoh Malaysia (JKCM) menolak cadangan menaikkan yuran pendaftaran tahun depan.',
      'Ketua Pengarahnya, Tan Sri Rahim Hassan berkata, yuran itu kekal sehingga akhir tahun.',
      '"Semua pemohon akan dilayan sama rata," katanya.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'zlm' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Ketua Pengarah', organisation: 'Jabatan Kebajikan Contoh Malaysia' });
  });

  it('speaker unseen: a title without the suffix takes no organisation from the sentence before', () => {
    const text = [
      'Aliansi Petani Tangguh Bersatu (APTB) menolak rencana impor beras.',
      'Pengamat pertanian Budi Santoso mengatakan, petani sudah panen raya.',
      '“Gudang sudah penuh, impor hanya merugikan petani,” ujar Budi.',
    ].join('\n\n');
    const quote = parseArticle(text, { language: 'ind' }).quotes.find((q) => q.kind === 'direct');
    expect(quote?.speaker?.organisation ?? null).toBeNull();
  });
});

describe('speaker organisation: a numbered commission belongs to the legislature the article names', () => {
  /** Every quote's speaker as `name | role | organisation`. */
  function speakers(text: string) {
    return parseArticle(text, { language: 'ind' }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
  }

  const quote = '"Anggaran irigasi harus dibahas ulang," kata Wakil Ketua Komisi IV, Rudi Santika, Kamis (6/2).';

  it('the commission written with its body elsewhere in the article is the organisation', () => {
    const text = [quote, 'Rapat Komisi IV DPR RI dengan pengelola Bendungan Karangsari berlangsung hingga malam.'].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV DPR RI']);
  });

  it('with only the body named, the commission is written with that body, the post alone the role', () => {
    const text = [quote, 'Usulan itu akan dibawa ke rapat paripurna DPR RI pekan depan.'].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV Dewan Perwakilan Rakyat']);
  });

  it('with no legislature named, or two of them, the commission is left as written', () => {
    expect(speakers([quote, 'Rapat berlangsung hingga malam.'].join('\n\n'))).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV']);
    const two = [quote, 'Usulan itu dibahas DPR RI bersama DPRD Jawa Barat.'].join('\n\n');
    expect(speakers(two)).toEqual(['Rudi Santika | Wakil Ketua | Komisi IV']);
  });

  it('a commission already written with its body is not touched', () => {
    const text = ['"Anggaran irigasi harus dibahas ulang," kata anggota Komisi IV DPR RI, Rudi Santika, Kamis (6/2).', 'Rapat DPR RI berlangsung hingga malam.'].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | anggota | Komisi IV DPR RI']);
  });
});
