import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

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

describe('speaker voices: `-nya` after an organisation’s reported speech is its spokesperson’s', () => {
  it('voices: `FWPS pun menilai …` then `"…," pungkasnya` → the FWPS official quoted before', () => {
    const text = [
      'GARUT - Forum Warga Peduli Situ (FWPS) mendesak pemerintah kabupaten menertibkan keramba di Situ Cibeureum Hilir.',
      '"Airnya sudah hijau dan berbau setiap kemarau," kata Koordinator Lapangan FWPS Handayani Prameswari di Garut, Kamis (6/3/2025).',
      'FWPS pun menilai pemilik keramba perlu diberi lahan pengganti sebelum ditertibkan.',
      '"Kalau tidak, mereka akan kembali lagi bulan depan," pungkasnya.',
    ].join('\n\n');
    expect(speakers(text)[1]).toMatchObject({ name: 'Handayani Prameswari', role: 'Koordinator Lapangan' });
  });

  it('voices (near miss): a person of another body spoke before: the organisation keeps the quote', () => {
    const text = [
      'JAKARTA - Ketua Koperasi Tani Makmur Budi Harsono mengeluhkan harga pupuk yang terus naik.',
      '"Kami rugi besar musim ini," kata Budi di Jakarta, Selasa (4/2/2025).',
      'Lembaga Pemantau Anggaran (LPA) menilai subsidi pupuk selama ini salah sasaran.',
      '"Data penerima harus diperbaiki lebih dulu," ujarnya.',
    ].join('\n\n');
    expect(speakers(text)[1]).toMatchObject({ organisation: 'Lembaga Pemantau Anggaran' });
    expect(speakers(text)[1]?.name).not.toBe('Budi Harsono');
  });
});

describe('speaker names: an organisation speaking is named as the article names it', () => {
  it('organisation speaker: `tulis BRS` → the name the article gives the bank, as its organisation', () => {
    const text = [
      'JAKARTA - PT Bank Rakyat Sentosa (Persero) Tbk atau BRS mencatat kenaikan transaksi kartu debit sepanjang kuartal ketiga.',
      '"Jumlah transaksi di mesin kasir naik 18 persen dibandingkan tahun lalu," tulis BRS dalam keterangan resmi, Rabu (5/2/2025).',
    ].join('\n\n');
    const sp = speakers(text)[0];
    expect(sp?.name).toBe(sp?.organisation);
    expect(sp?.name).toMatch(/^PT Bank Rakyat Sentosa/);
  });

  it('organisation speaker: `kata Asosiasi … (AIKN)` → the name without its short form in brackets', () => {
    const text = [
      'JAKARTA - Asosiasi Industri Kertas Nusantara (AIKN) meminta pemerintah menahan impor kertas jadi.',
      '"Tantangan tahun depan berat karena pasar dibanjiri kertas murah," kata Asosiasi Industri Kertas Nusantara (AIKN) dalam keterangan tertulis, Rabu (5/2/2025).',
    ].join('\n\n');
    expect(speakers(text)[0]).toMatchObject({ name: 'Asosiasi Industri Kertas Nusantara', organisation: 'Asosiasi Industri Kertas Nusantara' });
  });

  it('organisation speaker (near miss): a person quoted for a body keeps their own name', () => {
    const text = [
      'JAKARTA - Lembaga Kajian Pangan Nusantara (LKPN) menilai harga beras masih akan naik.',
      '"Stok di gudang menipis menjelang musim tanam," kata peneliti LKPN Rina Wulandari, Rabu (5/2/2025).',
    ].join('\n\n');
    expect(speakers(text)[0]).toMatchObject({ name: 'Rina Wulandari', organisation: 'Lembaga Kajian Pangan Nusantara' });
  });
});
