import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Every quote's speaker as `name | role | organisation`. */
function speakers(text: string, language: 'ind' | 'zlm' | 'eng') {
  return parseArticle(text, { language }).quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${q.speaker.role} | ${q.speaker.organisation}` : null));
}

describe('speaker organisation: one person speaks for one organisation in the article', () => {
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

describe('speaker organisation: derived from a title that names its body regularly', () => {
  it('speaker organisation: Malay `Menteri Besar X` heads the state government (`Kerajaan Negeri X`), not a place', () => {
    const text = 'IPOH: Menteri Besar Contohjaya, Datuk Ahmad Rahim berkata, jambatan baharu itu dibuka kepada lalu lintas bulan depan. “Penduduk kampung tidak perlu lagi menaiki feri,” katanya.';
    expect(speakers(text, 'zlm')[1]).toBe('Ahmad Rahim | Menteri Besar Contohjaya | Kerajaan Negeri Contohjaya');
  });

  it('speaker organisation: Malay `Ketua Pengarah Kesihatan` is a post of the health ministry', () => {
    const text = 'PUTRAJAYA: Ketua Pengarah Kesihatan, Datuk Dr Ahmad Rahim berkata, klinik bergerak akan ditambah tahun depan. “Penduduk pedalaman tidak perlu lagi menunggu lama,” katanya.';
    expect(speakers(text, 'zlm')[1]).toBe('Ahmad Rahim | Ketua Pengarah Kesihatan | Kementerian Kesihatan');
  });

  it('speaker organisation: a field written before a body the article names goes to the role', () => {
    const text = [
      'Bank Contoh Sejahtera membuka kantor cabang baru di Sukamaju.',
      '"Kami menargetkan seribu nasabah usaha kecil pada kuartal ini," ujar Direktur Kepatuhan dan Hubungan Kelembagaan Bank Contoh Sejahtera, Budi Hartono, di Sukamaju, Kamis (5/3/2026).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Budi Hartono | Direktur Kepatuhan dan Hubungan Kelembagaan | Bank Contoh Sejahtera']);
  });

  it('speaker organisation: a first name read into the organisation goes back to the name written at the quote', () => {
    const text = [
      'Perhimpunan Nelayan Contoh (PNC) mencatat hasil tangkapan membaik pada musim ini.',
      '"Harga ikan di tempat pelelangan ikut naik sejak Maret," tutur Ketua Umum PNC Hendrawan Bima Prasetyo, dalam keterangan tertulis, Sabtu (7/3/2026).',
    ].join('\n\n');
    expect(speakers(text, 'ind')).toEqual(['Hendrawan Bima Prasetyo | Ketua Umum | Perhimpunan Nelayan Contoh']);
  });

  it('speaker organisation: English `Finance Minister` → the ministry as the article names it (`Ministry of Finance`)', () => {
    const text = '"We will keep the deficit below three percent," Finance Minister Rina Wulandari said on Friday. The Ministry of Finance said the budget was balanced.';
    expect(speakers(text, 'eng')).toEqual(['Rina Wulandari | Finance Minister | Ministry of Finance']);
  });

  it('speaker organisation: a name read with the body before it (`kata CEO Tokocontoh X Y`) loses the body to the organisation', () => {
    const text = 'Tokocontoh mencatat penjualan naik. "Kami ingin lebih banyak merek lokal mendunia," kata CEO Tokocontoh Wiryawan Tanujaya.';
    expect(speakers(text, 'ind')).toEqual(['Wiryawan Tanujaya | CEO | Tokocontoh']);
  });
});
