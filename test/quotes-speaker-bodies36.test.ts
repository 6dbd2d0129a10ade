import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The direct quotes' speakers, in order. */
function speakers(text: string) {
  return parseArticle(text, { language: 'ind' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);
}

describe('speaker voices: `-nya` after a body named in an earlier paragraph’s narrative is the person quoted before', () => {
  it('voices: `Ia menjelaskan, … Asosiasi … (APPN) menyampaikan …` then `"…," ucapnya` → the chairman quoted just before', () => {
    const text = [
      'KENDARI - Gabungan Koperasi Nelayan Sulawesi (GKNS) mencatat ratusan perahu tak melaut sepanjang bulan ini.',
      '"Data kami himpun dari tiap koperasi setiap dua minggu," tutur Ketua GKNS, Hendra Lamangga, di Kendari, Selasa (11/2).',
      'Ia menjelaskan, nelayan bagan melaporkan kerugian terbesar. Kemudian Asosiasi Pembuat Perahu Nusantara (APPN) menyampaikan 300 perahu rusak diterjang ombak.',
      '"Perbaikannya butuh waktu paling cepat sebulan," ucapnya.',
    ].join('\n\n');
    expect(speakers(text)[1]).toMatchObject({ name: 'Hendra Lamangga', organisation: 'Gabungan Koperasi Nelayan Sulawesi' });
  });

  it('voices: `imbuh dia` after the body’s decision in the narrative → its member quoted just before', () => {
    const text = [
      'BANDUNG - Badan Akreditasi Sekolah Nusantara (BASN) meluluskan 40 sekolah dalam penilaian tahun ini.',
      '"Empat puluh sekolah memenuhi semua standar," ucap anggota BASN Lestari Wulandari di sela rapat pleno, Jumat (14/11).',
      'Di sisi lain, BASN meminta enam sekolah membenahi perpustakaannya.',
      '"Enam sekolah itu kami beri waktu tiga bulan," imbuh dia.',
    ].join('\n\n');
    expect(speakers(text)[1]).toMatchObject({ name: 'Lestari Wulandari', organisation: 'Badan Akreditasi Sekolah Nusantara' });
  });

  it('voices (near miss): a person of another body, who did not name it in their report, leaves the body its quote', () => {
    const text = [
      'Harga cabai di pasar-pasar Kota Sungai Tenang melonjak sejak awal bulan.',
      '"Pembeli sekarang cuma ambil seperempat kilo," kata Wati Lubis, pedagang cabai di Pasar Lama, Rabu (9/7).',
      'Sementara itu, Bank Nusa Daerah menyatakan pihaknya memantau pergerakan harga pangan di kota itu.',
      '"Kami terus memantau dan siap menyalurkan kredit untuk petani," ujarnya.',
    ].join('\n\n');
    expect(speakers(text)[1]?.name).toBe('Bank Nusa Daerah');
  });

  it('voices (near miss): a body quoted in its own name keeps the quotes its pronoun points to', () => {
    const text = [
      'TANJUNG BATU - Hujan deras merendam empat kecamatan sejak Minggu malam.',
      '"Kami sudah membuka dapur umum di balai desa," kata Camat Tanjung Batu Yosef Mananta.',
      'Ia menjelaskan, sebagian warga mengungsi ke rumah kerabat. "Dua jembatan ditutup sementara untuk pemeriksaan," tulis Dinas Pemadam Kebakaran Tanjung Batu dalam akun Instagram resminya.',
      '"Warga diminta menjauhi bantaran sungai," tambahnya.',
    ].join('\n\n');
    expect(speakers(text)[2]?.name).toBe('Dinas Pemadam Kebakaran Tanjung Batu');
  });

  it('voices (near miss): a body speaking in the quote’s own paragraph keeps the quote', () => {
    const text = [
      'Harga bawang merah di Lumbung Jaya turun separuh dalam sepekan.',
      '"Tengkulak hanya mau beli di bawah harga modal," kata Sari Nainggolan, petani bawang di Desa Lumbung, Kamis (2/10).',
      'Ia menjelaskan, petani sudah mengadu ke kantor desa. Sementara itu, Bank Nusa Daerah menyatakan pihaknya menunda cicilan petani. "Penundaan berlaku sampai panen berikutnya," ujarnya.',
    ].join('\n\n');
    expect(speakers(text)[1]?.name).toBe('Bank Nusa Daerah');
  });
});

describe('speaker organisation: a title’s bracketed short form of two words before the comma that sets off the name', () => {
  it('organisation: `Ketua Dewan Pimpinan Wilayah … (DPW Iperba), Laras Handayani` → no unclosed bracket', () => {
    const text = [
      'SOLO - Pameran kain tradisional dibuka di Benteng Vastenburg.',
      'Ketua Dewan Pimpinan Wilayah Ikatan Perajin Batik Nusantara (DPW Iperba), Laras Handayani menuturkan, pameran itu membuka pasar baru.',
      '"Pesanan dari luar negeri naik dua kali lipat," ucap Laras.',
    ].join('\n\n');
    const org = speakers(text)[0]?.organisation ?? '';
    expect(org).toContain('Ikatan Perajin Batik Nusantara');
    expect(org.split('(').length).toBe(org.split(')').length);
  });

  it('organisation (near miss): a one-word short form before the comma stays as it was read', () => {
    const text = [
      'SOLO - Pameran kain tradisional dibuka di Benteng Vastenburg.',
      'Ketua Ikatan Perajin Batik Nusantara (Iperba), Laras Handayani menuturkan, pameran itu membuka pasar baru.',
      '"Pesanan dari luar negeri naik dua kali lipat," ucap Laras.',
    ].join('\n\n');
    expect(speakers(text)[0]).toMatchObject({ name: 'Laras Handayani', role: 'Ketua', organisation: 'Ikatan Perajin Batik Nusantara' });
  });
});

describe('speaker organisation: a body read from the title is given as the article writes it', () => {
  it('organisation: `Menteri Keuangan` in an article that writes only `Kemenkeu` → `Kemenkeu`', () => {
    const text = [
      'JAKARTA - Kemenkeu menyiapkan anggaran tambahan untuk bantuan pangan tahun depan.',
      '"Kami siapkan Rp 10 triliun untuk tiga bulan pertama," kata Menteri Keuangan Rudi Hartawan di Jakarta, Senin (6/1).',
    ].join('\n\n');
    expect(speakers(text)[0]).toMatchObject({ name: 'Rudi Hartawan', role: 'Menteri Keuangan', organisation: 'Kemenkeu' });
  });

  it('organisation (near miss): the full name written in the article stays the organisation', () => {
    const text = [
      'JAKARTA - Kementerian Keuangan (Kemenkeu) menyiapkan anggaran tambahan untuk bantuan pangan tahun depan.',
      '"Kami siapkan Rp 10 triliun untuk tiga bulan pertama," kata Menteri Keuangan Rudi Hartawan di Jakarta, Senin (6/1).',
    ].join('\n\n');
    expect(speakers(text)[0]).toMatchObject({ name: 'Rudi Hartawan', organisation: 'Kementerian Keuangan' });
  });
});
