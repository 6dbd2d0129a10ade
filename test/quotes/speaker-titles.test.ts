/** Speaker titles: shapes of the title phrase. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract-quotes.js';
import { parseArticle } from '../../src/index.js';
import type { Quote, SupportedLanguage } from '../../src/types.js';

/** The speaker of the first quote of `text`, as name | role | organisation. */
function speakerOf(text: string): string {
  const s = extractQuotes(text, { language: 'ind' }).quotes[0]?.speaker;
  return `${s?.name ?? '—'} | ${s?.role ?? '—'} | ${s?.organisation ?? '—'}`;
}

describe('quotes: role shapes', () => {
  it('reads `Wali Kota` and its place as one post, like `Gubernur` and its province', () => {
    expect(speakerOf('"Jalan segera diperbaiki," kata Wali Kota Sukamaju Rina Wulandari.')).toBe('Rina Wulandari | Wali Kota Sukamaju | Kota Sukamaju');
    expect(speakerOf('"Jalan segera diperbaiki," kata Wakil Wali Kota Sukamaju Rina Wulandari.')).toBe(
      'Rina Wulandari | Wakil Wali Kota Sukamaju | Kota Sukamaju',
    );
  });

  it('reads a deputy minister\'s short title as the minister\'s with `Wa` (`Wamenkes` → Kementerian Kesehatan)', () => {
    expect(speakerOf('"Stok obat aman," kata Wamenkes Bayu Santoso.')).toBe('Bayu Santoso | Wamenkes | Kementerian Kesehatan');
    expect(speakerOf('"Upah naik," kata Wamenaker Bayu Santoso.')).toBe('Bayu Santoso | Wamenaker | Kementerian Ketenagakerjaan');
  });

  it('keeps a field of two parts joined by `dan` in the role, the organisation after it', () => {
    const text = 'Kepala Riset dan Edukasi Lestari Sekuritas Bayu Santoso mengatakan pasar tenang. "Pasar tenang," kata Bayu.';
    const q = extractQuotes(text, { language: 'ind' }).quotes.find((x) => x.kind === 'direct');
    expect([q?.speaker?.role, q?.speaker?.organisation]).toEqual(['Kepala Riset dan Edukasi', 'Lestari Sekuritas']);
  });

  it('keeps a capitalised title\'s lower-case field, and the organisation written after it', () => {
    const roleOf = (text: string) => {
      const q = extractQuotes(text, { language: 'ind' }).quotes.find((x) => x.kind === 'direct');
      return [q?.speaker?.name, q?.speaker?.role, q?.speaker?.organisation];
    };
    expect(roleOf('Pengamat politik, Bayu Santoso, menilai keputusan itu keliru. "Ini keliru," kata Bayu.')).toEqual(['Bayu Santoso', 'Pengamat politik', null]);
    expect(roleOf('Pimpinan sidang Komisi IV DPR, Bayu Santoso, menilai keputusan itu keliru. "Ini keliru," kata Bayu.')).toEqual([
      'Bayu Santoso',
      'Pimpinan sidang',
      'Komisi IV DPR',
    ]);
    // What the title implies is read without the field: not `Kementerian Keuangan terpilih`.
    expect(roleOf('Menteri Keuangan terpilih, Bayu Santoso, mengatakan hal itu. "Ini keliru," kata Bayu.')).toEqual([
      'Bayu Santoso',
      'Menteri Keuangan terpilih',
      'Kementerian Keuangan',
    ]);
  });

  it('keeps an English qualifier of an English title in Indonesian text (`Deputy Head`)', () => {
    expect(speakerOf('"Pasar tenang," ujar Deputy Head of Research Lestari Sekuritas Bayu Santoso.').split(' | ')[1]).toMatch(/^Deputy Head/);
  });
});

describe('speaker titles: field words and titles of national posts', () => {
  const first = (text: string) => parseArticle(text, { language: 'ind' }).quotes[0]!.speaker;

  it('`Menko Polhukam Name`, `Menpan RB Name`: the portfolio is no part of the name, the body is the post\'s', () => {
    expect(first('Jakarta - Menko Polhukam Budi Hartono mengatakan, "Situasi aman."')).toMatchObject({ name: 'Budi Hartono', role: 'Menko Polhukam', organisation: 'Kemenko Polhukam' });
    expect(first('Jakarta - Menpan RB Budi Hartono mengatakan, "Aparatur dipindah."')).toMatchObject({ name: 'Budi Hartono', role: 'Menpan RB', organisation: 'Kementerian PANRB' });
  });
});

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker fresh: a list of people after a title is no field list', () => {
  it('speaker fresh: `kata Kepala Dinas X, A, B dan C` gives A, with the title', () => {
    const text = 'Harga beras naik.\n\n“Kami akan memantau harga setiap hari,” kata Kepala Dinas Pertanian Kabupaten Contoh, Rina Wulandari, Budi Santoso dan Sinta Dewi.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Kepala', organisation: 'Dinas Pertanian Kabupaten Contoh' });
  });

  it('speaker fresh: a field list of field nouns still belongs to the title', () => {
    const text = '“Anggaran sudah disetujui,” kata Menteri Koordinator Bidang Pangan, Perikanan, dan Kelautan Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Menteri Koordinator Bidang Pangan, Perikanan, dan Kelautan' });
  });
});

describe('speaker fresh: a title with the possessive suffix', () => {
  it('speaker fresh: Malay `Naib Presidennya, X berkata` gives the role without `-nya`', () => {
    const text = 'Naib Presidennya, Nurul Aini Hamzah berkata, keputusan itu silap.\n\n“Keputusan itu tidak adil kepada rakyat,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Nurul Aini Hamzah', role: 'Naib Presiden' });
  });

  it('speaker fresh: Malay `Menurut Ketua Pengarahnya, X` gives `Ketua Pengarah`', () => {
    const text = 'Menurut Ketua Pengarahnya, Tan Sri Rahim Hassan, sikap itu salah.\n\n“Sikap itu salah sama sekali,” kata Rahim.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Ketua Pengarah' });
  });
});

describe('speaker links: a member of parliament with party and seat in brackets', () => {
  it('speaker links: Malay `kata X (PARTY-Seat)` → name X, organisation PARTY', () => {
    const [q] = direct('“Kerajaan tidak pernah mencadangkan kenaikan itu,” kata Ahmad Rahim (PHC-Tanjung Batu) ketika membahaskan usul itu.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Ahmad Rahim', organisation: 'PHC' });
  });

  it('speaker links: English `said X (PARTY-Seat)`', () => {
    const [q] = direct('“The ministry must explain the delay,” said Rina Wulandari (PHC-Bukit Contoh) in the House.', 'eng');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', organisation: 'PHC' });
  });

  it('speaker links: an age in brackets is no party (`X (45)`)', () => {
    const [q] = direct('“Kami sudah lama menunggu,” kata Ahmad Rahim (45), seorang peniaga.', 'zlm');
    expect(q!.speaker?.organisation ?? null).toBeNull();
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

describe('speaker titles: a post field before the ministry', () => {
  it('speaker titles: `Direktur Jenderal <field> Kementerian X` → the field in the role, the ministry as the organisation', () => {
    const [q] = direct('"Pasokan cukup," kata Direktur Jenderal Penataan Kawasan Hijau Kementerian Pertanian Rahmat Hidayat.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rahmat Hidayat', role: 'Direktur Jenderal Penataan Kawasan Hijau', organisation: 'Kementerian Pertanian' });
  });

  it('speaker titles: `Dirjen <field> Kementerian X` → the ministry is no part of the portfolio', () => {
    const [q] = direct('"Pasokan cukup," kata Dirjen Kerja Sama Niaga Kementerian Perdagangan Rahmat Hidayat.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rahmat Hidayat', role: 'Dirjen Kerja Sama Niaga', organisation: 'Kementerian Perdagangan' });
  });
});

describe('speaker titles: a bracketed short title', () => {
  it('speaker titles: `Kepala Seksi X (Kasi Y) Kejari Z` → the short title of two words stays in the role, not the organisation', () => {
    const [q] = direct('"Berkas sudah lengkap," ujar Kepala Seksi Pidana Umum (Kasi Pidum) Kejari Sukamaju Rina Wulandari.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Kepala Seksi Pidana Umum (Kasi Pidum)', organisation: 'Kejari Sukamaju' });
  });

  it('speaker titles: a bracketed short title of three words stays in the role too', () => {
    const [q] = direct('"Jadwal sidang tetap," ujar Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus Wilayah) Kejari Sukamaju Rina Wulandari.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus Wilayah)', organisation: 'Kejari Sukamaju' });
  });
});

describe('speaker unseen: titles and their portfolios', () => {
  it('speaker unseen: Malay `Menteri` takes its whole portfolio, an organisation word inside included', () => {
    const text = '“Harga sawit kekal stabil sepanjang tahun ini,” kata Menteri Perusahaan Contoh dan Niaga, Datuk Rahim Hassan.';
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({
      name: 'Rahim Hassan',
      role: 'Menteri Perusahaan Contoh dan Niaga',
      organisation: 'Kementerian Perusahaan Contoh dan Niaga',
    });
  });

  it('speaker unseen: Indonesian `Menteri` with a portfolio holding an organisation word and its short form', () => {
    const text = '“Seleksi dimulai bulan depan,” kata Menteri Pemberdayaan Usaha Perusahaan Daerah (PUPD) Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'Kementerian Pemberdayaan Usaha Perusahaan Daerah' });
  });

  it('speaker unseen: Malay two-word honorifics (`Datuk Patinggi`, `Datuk Amar`) are not part of the name', () => {
    const text = 'Ketua Menteri Contoh, Datuk Patinggi Rahim Hassan berkata harga stabil.\n\n“Harga kekal stabil,” katanya.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Rahim Hassan');
    const english = '“Prices will stay stable,” said Datuk Amar Rahim Hassan.';
    expect(direct(english, 'eng')[0]!.speaker?.name).toBe('Rahim Hassan');
  });

  it('speaker unseen: Indonesian `Perdana Menteri X` is one title, its country no ministry', () => {
    const text = '“Harga akan stabil,” kata Perdana Menteri Malaysia Budi Santoso.';
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name).toBe('Budi Santoso');
    // The country stays in the role: a country is no organisation.
    expect(speaker?.role).toBe('Perdana Menteri Malaysia');
    expect(speaker?.organisation ?? null).toBeNull();
  });
});

describe('speaker unseen: a lower-case title runs on to where it is held', () => {
  it('speaker unseen: English `head of research at X` and `senior research fellow at the X`', () => {
    const head = '“Prices will stay stable,” said Rina Wulandari, head of research at Contoh Securities.';
    expect(direct(head, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'head of research', organisation: 'Contoh Securities' });
    const fellow = '“Prices will stay stable,” said Rina Wulandari, senior research fellow at the Contoh Institute.';
    expect(direct(fellow, 'eng')[0]!.speaker).toMatchObject({ role: 'senior research fellow', organisation: 'Contoh Institute' });
  });

  it('speaker unseen: English `Senior Fellow of the X` is one title', () => {
    const text = 'Prof Datuk Dr Rahim Hassan, Senior Fellow of the Contoh Institute for Rural Studies, said farmers needed cheaper seed.\n\n“Small farms feed the whole district,” said Rahim.';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: 'Senior Fellow', organisation: 'Contoh Institute for Rural Studies' });
  });

  it('speaker unseen: Indonesian `ahli strategi pasar di X` keeps the whole lower-case title', () => {
    const text = '“Kami tidak melihat suku bunga turun tahun ini,” kata Rina Wulandari, ahli strategi pasar di Contoh Markets.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'ahli strategi pasar', organisation: 'Contoh Markets' });
  });
});

/** Every quote's speaker as `name | role | organisation`. */
function speakers(text: string) {
  return parseArticle(text, { language: 'ind' }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}

describe('speaker role: a second post joined after a lower-case field', () => {
  it('`<post> <field> sekaligus <post2> <body>`: the body is the second post’s, and that post is the role', () => {
    const text = [
      'Rudi Santika, peneliti pertanian sekaligus penasihat Koperasi Tani Tirta Wening, menilai gudang desa belum cukup.',
      '"Gudangnya penuh, truknya yang tidak ada," kata Rudi.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | penasihat | Koperasi Tani Tirta Wening']);
  });

  it('two posts with no field between them stay one role', () => {
    const text = [
      'Rudi Santika, dosen sekaligus penasihat Koperasi Tani Tirta Wening, menilai gudang desa belum cukup.',
      '"Gudangnya penuh, truknya yang tidak ada," kata Rudi.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Rudi Santika | dosen sekaligus penasihat | Koperasi Tani Tirta Wening']);
  });
});
