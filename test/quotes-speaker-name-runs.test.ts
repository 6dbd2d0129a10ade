import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/** The first direct quote's speaker. */
function speaker(text: string, language: 'ind' | 'zlm') {
  return parseArticle(text, { language }).quotes.find((q) => q.kind === 'direct')?.speaker;
}

describe('speaker name runs: a field-ending surname is part of the name, not of the title', () => {
  it('name runs: a surname closing the phrase before any verb (`… Sandaru Wirastion menjanjikan`) keeps the title', () => {
    const text = [
      'BITUNG - Menko Kemaritiman Sandaru Wirastion menjanjikan dermaga kapal ikan kedua rampung sebelum musim angin barat.',
      '"Nelayan tidak perlu lagi antre bongkar muat sampai malam," kata Sandaru.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Sandaru Wirastion', role: 'Menko Kemaritiman' });
  });

  it('name runs: two first names before the surname (`Kepala BPS Maluku Tegarsa Lumindo Kelastion`) keep the title', () => {
    const text = [
      'AMBON - Kepala Badan Pusat Statistik Maluku Tegarsa Lumindo Kelastion merilis angka inflasi bulanan yang melandai.',
      '"Harga ikan segar menjadi penyumbang penurunan terbesar," ujar Tegarsa.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Tegarsa Lumindo Kelastion', role: 'Kepala' });
  });

  it('name runs: after a rank, a surname between name words (`Datuk Harzami Wirastion Kamarolzam`) keeps the title', () => {
    const text = [
      'IPOH - Bendahari Persatuan Peladang Contoh Datuk Harzami Wirastion Kamarolzam menegaskan yuran ahli tidak dinaikkan tahun ini.',
      '"Ahli boleh menjelaskan yuran secara ansuran," kata Harzami.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')).toMatchObject({ name: 'Harzami Wirastion Kamarolzam', role: 'Bendahari' });
  });
});

describe('speaker name runs: after a rank, a title field word between name words is a name word', () => {
  it('name runs: `Kombes (Pol) Utama Sarwendo` after the post → the whole name, the post as role', () => {
    const text = [
      'PALU - Direktur Reserse Narkoba Polda Contoh Kombes (Pol) Utama Sarwendo menyebut gudang di pinggir kota itu diintai sejak Maret.',
      '"Dua kurirnya masih kami buru," kata Utama.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Utama Sarwendo', role: 'Direktur Reserse Narkoba' });
  });

  it('name runs: `…, AKP Danuarsa Utama Pertiwano, di markasnya` then `kata Danuarsa` → the three-word name with the post', () => {
    const text = [
      'KUPANG - "Barang bukti sudah dititipkan di gudang kejaksaan," tutur Kanit II Satreskrim Polres Contoh, AKP Danuarsa Utama Pertiwano, di markasnya.',
      '"Pemiliknya kami periksa sebagai saksi," kata Danuarsa.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Danuarsa Utama Pertiwano', role: 'Kanit II' });
  });

  it('name runs: without a rank an English field stays in the organisation (`Direktur Contoh Wealth Management Larasita Wulanratri`)', () => {
    const text = 'SURABAYA - "Nasabah ritel mulai melirik obligasi lagi," ucap Direktur Contoh Wealth Management Larasita Wulanratri.';
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Larasita Wulanratri', role: 'Direktur' });
  });
});

describe('speaker titles: posts named by their short or council forms', () => {
  it('titles: Malay `Adun Taman Contoh, Syahiran Zulhadri` → the assemblyman title, with its seat, as role', () => {
    const text = [
      'SEREMBAN - Longkang yang tersumbat sejak musim tengkujuh diadukan kepada Adun Taman Contoh, Syahiran Zulhadri semalam.',
      '"Kontraktor diberi tempoh seminggu untuk membersihkannya," kata Syahiran.',
    ].join('\n\n');
    expect(speaker(text, 'zlm')).toMatchObject({ name: 'Syahiran Zulhadri', role: 'Adun Taman Contoh', organisation: null });
  });

  it('titles: `Rais Syuriyah PBNU KH Ahmadun Fachrudin` → the council post as role', () => {
    const text = [
      'KEDIRI - Di sela haul pendiri pesantren, Rais Syuriyah PBNU KH Ahmadun Fachrudin mengingatkan santri menyaring kabar sebelum menyebarkannya.',
      '"Adab bermedia sosial sama pentingnya dengan adab di majelis," kata Ahmadun.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Ahmadun Fachrudin', role: 'Rais Syuriyah' });
  });

  it('titles: `Mendes Purbandi Harnowo` → the village minister and the ministry', () => {
    const text = 'MATARAM - "Jalan usaha tani di dusun ini dibangun warganya sendiri," ujar Mendes Purbandi Harnowo.';
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Purbandi Harnowo', role: 'Mendes', organisation: 'Kementerian Desa dan Pembangunan Daerah Tertinggal' });
  });
});

describe('speaker name runs: a rank that is also a title word opens no name', () => {
  it('name runs: `Direktur Jenderal Kekayaan Negara Kastowo Jatmirka` keeps the whole post', () => {
    const text = [
      'BANDUNG - Direktur Jenderal Kekayaan Negara Kastowo Jatmirka menyatakan lelang gedung bekas pabrik tekstil itu diulang bulan depan.',
      '"Nilai limitnya kami turunkan sedikit," kata Kastowo.',
    ].join('\n\n');
    expect(speaker(text, 'ind')).toMatchObject({ name: 'Kastowo Jatmirka', role: 'Direktur Jenderal Kekayaan Negara' });
  });
});
