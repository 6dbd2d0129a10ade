import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker company: a company post with no company named is held at the company the article is about', () => {
  it('speaker company: Malay `Ketua Pegawai Eksekutif Kumpulan, X berkata` → the company the article names most', () => {
    const text = [
      'KUALA LUMPUR: Penerbangan Contoh Bhd (PCB) menyasarkan keuntungan tahun ini selepas menambah laluan baharu ke Asia Barat.',
      'Penerbangan Contoh Bhd turut menerima dua pesawat baharu bulan lalu.',
      'Ketua Pegawai Eksekutif Kumpulan, Datuk Rina Wulandari Ahmad berkata, sasaran itu boleh dicapai dengan disiplin kos.',
      '“Kami yakin permintaan akan terus meningkat pada suku ketiga,” katanya.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')).toMatchObject({ name: 'Rina Wulandari Ahmad', role: 'Ketua Pegawai Eksekutif Kumpulan', organisation: 'Penerbangan Contoh Bhd' });
  });

  it('speaker company: two companies named alike often → no organisation guessed', () => {
    const text = [
      'KUALA LUMPUR: Penerbangan Contoh Bhd (PCB) dan Kapal Laut Sejahtera Bhd (KLS) menandatangani perjanjian kerjasama.',
      'Penerbangan Contoh Bhd dan Kapal Laut Sejahtera Bhd akan berkongsi pusat latihan.',
      'Ketua Pegawai Eksekutif Kumpulan, Datuk Rina Wulandari Ahmad berkata, kerjasama itu menjimatkan kos.',
      '“Kami yakin permintaan akan terus meningkat pada suku ketiga,” katanya.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')?.organisation).toBeNull();
  });

  it('speaker company: a connector written in capitals opens the organisation (`CEO DAN Contoh`)', () => {
    const text = [
      'Jakarta - Agensi periklanan DAN Contoh menunjuk pimpinan baru.',
      '"Kami akan memperkuat layanan digital tahun depan," kata CEO DAN Contoh Rina Wulandari di Surabaya, Selasa (4/3/2025).',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Rina Wulandari', role: 'CEO', organisation: 'DAN Contoh' });
  });
});

describe('speaker company: the full stop of a legal form stays inside the speaker phrase', () => {
  it('speaker company: `Direktur PT Contoh Tbk. Budi Santoso mengatakan` keeps role and company for later quotes', () => {
    const text = [
      'Jakarta - Penghimpunan dana bank kecil naik tahun ini.Direktur PT Bank Contoh Sejahtera Tbk. Budi Santoso mengatakan, bunga simpanan tetap.',
      '"Kami menjaga biaya dana tetap rendah," kata Budi.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Santoso', role: 'Direktur', organisation: 'PT Bank Contoh Sejahtera Tbk' });
  });
});

describe('speaker company: a surname ending like an English field word closes the title phrase', () => {
  it('speaker company: `Menko Perekonomian Budi Harahution menegaskan` → name, role and ministry for a later `kata Budi`', () => {
    const text = [
      'JAKARTA - Menko Perekonomian Budi Harahution menegaskan badan pengelola kawasan tidak dibubarkan.',
      '"Semua syarat sudah kami penuhi sejak awal," kata Budi, Rabu (12/12/2018).',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Harahution', role: 'Menko Perekonomian', organisation: 'Kementerian Koordinator Perekonomian' });
  });
});

describe('speaker company: two titled people joined by `dan` are two people', () => {
  it('speaker company: `Kepala Contoh Budi Santoso dan Menteri Perdagangan Rina Wulandari` → Rina is the minister', () => {
    const text = [
      'JAKARTA - Rapat koordinasi dihadiri oleh Kepala Badan Contoh Budi Santoso dan Menteri Perdagangan Rina Wulandari.',
      '"Kami sudah berkomunikasi dengan mitra dagang," ujar Rina.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Rina Wulandari', role: 'Menteri Perdagangan', organisation: 'Kementerian Perdagangan' });
  });
});

describe('speaker company: a legal form’s full stop does not end the subject of a speech verb', () => {
  it('speaker company: `…, ekonom PT Contoh Tbk. Budi Santoso mengatakan bahwa …` → role and company for a later quote', () => {
    const text = [
      'Senada dengan itu, ekonom PT Bank Contoh Sejahtera (Persero) Tbk. Budi Santoso mengatakan bahwa modal bank kecil perlu ditambah.',
      '“Bank kecil harus memperkuat modalnya,” katanya.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Santoso', role: 'ekonom', organisation: 'PT Bank Contoh Sejahtera (Persero) Tbk' });
  });
});

describe('speaker company: hyphenated English titles in Indonesian text', () => {
  it('speaker company: `Co-Founder Contohmodal Budi Santoso mengatakan` → role and company for a later quote', () => {
    const text = [
      'Jakarta - Perusahaan rintisan itu menawarkan bunga 0%.Co-Founder Contohmodal Budi Santoso mengatakan layanan itu untuk usaha kecil.',
      '"Kami ingin membantu usaha kecil tumbuh," ujar Budi.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Budi Santoso', role: 'Co-Founder', organisation: 'Contohmodal' });
  });
});
