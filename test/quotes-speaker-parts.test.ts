/**
 * Speaker phrases read into role and organisation on shapes written for these tests (issue 9):
 * each shape in the languages where it occurs, invented people and organisations only.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker parts: a title after a relative names the organisation', () => {
  it('speaker parts: Malay `X yang juga presiden Y berkata` gives X the organisation Y', () => {
    const text =
      'Pengerusi Bersama mesyuarat itu Ahmad Faizal Ramli yang juga presiden Gabungan Pertubuhan Nelayan Tangguh (GPNT) berkata, isu itu memerlukan penyelesaian segera.\n\n' +
      '“Kami akan terus memberi tekanan kepada pihak berkuasa,” katanya kepada pemberita.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Pengerusi Bersama', organisation: expect.stringContaining('Gabungan Pertubuhan Nelayan Tangguh') });
  });

  it('speaker parts: Indonesian `X yang juga Ketua Umum Y mengatakan` gives X the organisation Y', () => {
    const text =
      'Koordinator lapangan Rina Wulandari yang juga Ketua Umum Aliansi Petani Tangguh Bersatu (APTB) mengatakan panen tahun ini turun.\n\n' +
      '“Harga pupuk naik dua kali lipat sejak awal tahun,” kata Rina.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: expect.stringContaining('Aliansi Petani Tangguh Bersatu') });
  });

  it('speaker parts: English `X, who is also chairman of Y, said` gives X the organisation Y', () => {
    const text =
      'Field coordinator Daniel Hartono, who is also chairman of the Harbour Fishers Alliance, said the catch had fallen.\n\n' +
      '“Prices have doubled since January,” Hartono said.';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker?.name).toBe('Daniel Hartono');
    expect(speaker?.organisation ?? '').toContain('Harbour Fishers Alliance');
  });

  it('speaker parts: an organisation already given is kept', () => {
    const text =
      'Direktur Utama PT Sinar Contoh Abadi Budi Santoso yang juga Ketua Umum Asosiasi Pabrik Contoh mengatakan pasar tumbuh.\n\n' +
      '“Permintaan terus naik,” kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker?.organisation).toBe('PT Sinar Contoh Abadi');
  });
});

describe('speaker parts: a word that qualifies the post opens the role', () => {
  it('speaker parts: Malay `Pemangku Ketua Pegawai Eksekutif Kumpulan, X` is one role, no organisation', () => {
    const text =
      'Pemangku Ketua Pegawai Eksekutif Kumpulan, Datuk Kamal Osman berkata, cawangan baharu akan dibuka di Sabah.\n\n' +
      '“Kos perniagaan meningkat sepanjang tahun ini,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Kamal Osman', role: 'Pemangku Ketua Pegawai Eksekutif Kumpulan', organisation: null });
  });

  it('speaker parts: Indonesian `Plt Kepala Dinas Contoh X` keeps Plt in the role', () => {
    const text = '“Stok beras aman sampai akhir tahun,” kata Plt Kepala Dinas Pangan Kota Contoh Hendra Wijaya.';
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name).toBe('Hendra Wijaya');
    expect(speaker?.role?.startsWith('Plt')).toBe(true);
  });

  it('speaker parts: English `Acting Director X` keeps Acting in the role', () => {
    const text = '“We will publish the figures next week,” said Acting Director Laura Benson.';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker).toMatchObject({ name: 'Laura Benson', organisation: null });
    expect(speaker?.role).toContain('Acting');
  });
});

describe('speaker parts: an opener closed by a demonstrative before the subject', () => {
  it('speaker parts: Indonesian `Sementara itu X, Role Org mengatakan` gives X the role and the organisation', () => {
    const text =
      'Sementara itu Budi Santoso, Ketua Bidang Kerjasama Dan Pemasaran Asosiasi Nelayan Contoh (ANC) mengatakan potensi masih besar.\n\n' +
      '“Apalagi nanti akan ada bonus demografi,” kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: expect.stringContaining('Ketua Bidang'), organisation: expect.stringContaining('Asosiasi Nelayan Contoh') });
  });

  it('speaker parts: Malay `Selain itu X, Role Org berkata` gives X the role and the organisation', () => {
    const text =
      'Selain itu Rosli Hamzah, Pengarah Urusan Syarikat Contoh Jaya Berhad berkata, permintaan meningkat.\n\n' +
      '“Kami akan menambah kilang baharu tahun depan,” kata Rosli.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rosli Hamzah', organisation: expect.stringContaining('Syarikat Contoh Jaya') });
  });

  it('speaker parts: a preposition before a name (`Senada dengan X, Y mengatakan`) leaves Y the subject', () => {
    const text =
      'Senada dengan Rina Wulandari, Ketua Umum Aliansi Petani Contoh Hendra Wijaya mengatakan harga pupuk naik.\n\n' +
      '“Petani kami menjerit,” kata Hendra.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Hendra Wijaya');
  });
});

describe('speaker parts: the title written at the quote is the one it speaks under', () => {
  it('speaker parts: Indonesian, introduced as `Analis X`, quoted as `Kepala Riset X`', () => {
    const text =
      'Analis Contoh Sekuritas Budi Santoso memperkirakan indeks melemah hari ini.\n\n' +
      '"Tekanan jual masih besar pagi ini," kata Kepala Riset Contoh Sekuritas Budi Santoso kepada wartawan.\n\n' +
      '"Investor asing terus keluar," ujarnya.';
    const qs = direct(text, 'ind');
    expect(qs[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Kepala Riset', organisation: 'Contoh Sekuritas' });
  });

  it('speaker parts: Malay, a later quote under another title of the same person', () => {
    const text =
      'Ketua Pegawai Eksekutif Syarikat Contoh Jaya Berhad, Rosli Hamzah berkata, jualan meningkat.\n\n' +
      '“Kami sedang berunding dengan pembekal,” kata Presiden Persatuan Pengilang Contoh Malaysia, Rosli Hamzah.';
    const speaker = direct(text, 'zlm')[0]!.speaker;
    expect(speaker?.name).toBe('Rosli Hamzah');
    expect(speaker?.role).toBe('Presiden');
    expect(speaker?.organisation ?? '').toContain('Persatuan Pengilang Contoh Malaysia');
  });

  it('speaker parts: English, a short reference keeps the title given before', () => {
    const text =
      'Harbour Fishers Alliance chairman Daniel Hartono said the catch had fallen.\n\n' +
      '“Prices have doubled since January,” Hartono said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Daniel Hartono', role: 'chairman' });
  });
});

describe('speaker parts: a title whose field is a list keeps its commas', () => {
  it('speaker parts: Indonesian `Menteri Koordinator Bidang A, B, dan C X mengatakan`', () => {
    const text =
      'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Santoso mengatakan anggaran itu sudah disetujui.\n\n' +
      '"Kami sudah membahasnya bersama DPR," kata Budi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan' });
  });

  it('speaker parts: Malay `Pengerusi Jawatankuasa A, B dan C negeri, X berkata`', () => {
    const text =
      'Pengerusi Jawatankuasa Pertanian, Perikanan dan Koperasi negeri, Datuk Seri Razak Hamdan berkata, program itu akan diteruskan.\n\n' +
      '“Kami akan menambah peruntukan tahun depan,” katanya kepada pemberita.';
    const speaker = direct(text, 'zlm')[0]!.speaker;
    expect(speaker?.name).toBe('Razak Hamdan');
    expect(speaker?.role).toBe('Pengerusi');
    expect(speaker?.organisation).toBe('Jawatankuasa Pertanian, Perikanan dan Koperasi');
  });

  it('speaker parts: English `Minister for A, B and C Affairs X said` keeps the list whole', () => {
    const text =
      'Coordinating Minister for Political, Legal and Security Affairs Budi Santoso said the budget was approved.\n\n' +
      '“We discussed it with parliament,” Santoso said.';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker?.name).toBe('Budi Santoso');
    // English `Minister for …` reads what follows `for` as the field it is minister of, kept whole; the coordinating
    // ministry it names is the organisation.
    expect(speaker?.role).toBe('Coordinating Minister for Political, Legal and Security Affairs');
    expect(speaker?.organisation).toBe('Coordinating Ministry for Political, Legal and Security Affairs');
  });

  it('speaker parts: a list of people after a comma is no field list', () => {
    const text = '“Kami menolak rencana itu,” kata Ketua Umum APTB, Rina Wulandari.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Ketua Umum', organisation: 'APTB' });
  });
});

describe('speaker parts: an indefinite description before the name is the role', () => {
  it('speaker parts: Malay `Seorang ibu muda, X, 26, berbangga …` then `katanya`', () => {
    const text =
      'KUANTAN: Sebuah taman permainan baharu dibuka di tepi tasik bandar ini semalam.\n\n' +
      'Seorang ibu muda, Salmah Idris, 26, gembira kerana anak-anaknya kini ada tempat bermain yang teduh.\n\n' +
      '“Dulu kami terpaksa memandu jauh ke pusat bandar setiap hujung minggu,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Salmah Idris', role: 'ibu muda' });
  });

  it('speaker parts: Indonesian `Seorang pedagang sayur, X, 45, mengeluhkan …` then `katanya`', () => {
    const text =
      'JAKARTA - Harga cabai di pasar tradisional naik tajam pekan ini.\n\n' +
      'Seorang pedagang sayur, Rina Wulandari, 45, mengeluhkan sepinya pembeli sejak awal bulan.\n\n' +
      '“Pembeli sekarang hanya separuh dari biasanya,” katanya.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'pedagang sayur' });
  });

  it('speaker parts: English `One vegetable trader, X, 45, complained …` then `she said`', () => {
    const text =
      'Prices of chillies rose sharply this week.\n\n' +
      'One vegetable trader, Rina Wulandari, 45, complained about the lack of buyers.\n\n' +
      '“Buyers are half of what they used to be,” she said.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'vegetable trader' });
  });

  it('speaker parts: a description inside a clause is left alone', () => {
    const text =
      'JAKARTA - Polisi menangkap dua orang yang diduga mencuri kabel.\n\n' +
      'Polisi memeriksa seorang saksi, Hendra Wijaya, 30, yang melihat kejadian itu.\n\n' +
      '“Kami masih mendalami keterangannya,” kata Kapolsek Contoh AKP Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso' });
  });
});

describe('speaker parts: a first-person subject is the writer, never a name or the last person named', () => {
  it('speaker parts: Malay statement `saya menyebut "…"` gets no speaker, not the person named before', () => {
    const text =
      'Saya ingin menjelaskan satu laporan yang menyebut nama Ahmad Faizal Ramli, Pengerusi Gabungan Pertubuhan Nelayan Tangguh.\n\n' +
      'Jabatan akan menyemak semua permohonan yang tertangguh. Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.';
    const quote = direct(text, 'zlm')[0]!;
    expect(quote.text).toContain('untuk sementara');
    expect(quote.speaker).toBeNull();
  });

  it('speaker parts: Indonesian `Saya mengatakan, "…"` gets no speaker named Saya', () => {
    const text = 'Saya hadir dalam rapat itu bersama Rina Wulandari.\n\nSaya mengatakan, “Kami tidak akan mundur dari rencana ini.”';
    const speakers = direct(text, 'ind').map((q) => q.speaker?.name ?? null);
    expect(speakers).not.toContain('Saya');
    expect(speakers).not.toContain('Rina Wulandari');
  });
});

describe('speaker parts: a statement signed at its end speaks through its signer', () => {
  it('speaker parts: Malay `saya menyebut "…"` in a signed statement is the signer, with role and organisation', () => {
    const text =
      'Saya ingin menjelaskan satu laporan berita semalam.\n\n' +
      'Jabatan akan menyemak semua permohonan yang tertangguh. Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.\n\n' +
      'Ahmad Faizal Ramli\n\nPengerusi Gabungan Pertubuhan Nelayan Tangguh\n\n3 Mac 2024';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Ahmad Faizal Ramli', role: 'Pengerusi', organisation: 'Gabungan Pertubuhan Nelayan Tangguh', resolved: true });
  });

  it('speaker parts: a second role line under the signature is no signer name', () => {
    const text =
      'Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.\n\n' +
      'Rina Wulandari\n\nKetua Umum Aliansi Petani Tangguh Bersatu\n\nWakil Ketua Aliansi Petani Tangguh Bersatu';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Ketua Umum' });
  });

  it('speaker parts: without a signature the first-person quote keeps no speaker, and a closing headline list is no signature', () => {
    const text =
      'Sebab itu, saya menyebut “untuk sementara, tiada lesen baharu akan dikeluarkan”. Pejabat kami baru dibuka bulan lalu.\n\nHarga Ikan Naik Lagi\n\nNelayan Tangguh Terima Bantuan';
    expect(direct(text, 'zlm')[0]!.speaker).toBeNull();
  });
});
