/**
 * Speaker titles read on unlabelled text from outlets not read before (issue 9): the field of a post that names its
 * organisation only with the field, and a title given after the quote by a description that points back. Invented
 * people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

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

describe('speaker titles: a describing title after the quote', () => {
  it('speaker titles: `"…," ucap Budi.` then `Ketua DPC Partai Contoh itu menilai …` → that title for Budi', () => {
    const text = [
      '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar, Kamis (14/3/2024).',
      'Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: 'Ketua', organisation: 'DPC Partai Contoh Raya' });
  });

  it('speaker titles: the describing sentence right after the quote’s, in the same paragraph → that title for Budi', () => {
    const text = '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar. Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: 'Ketua', organisation: 'DPC Partai Contoh Raya' });
  });

  it('speaker titles: a former post (`Mantan Direktur Contoh itu …`) is no title for the quote', () => {
    const text = ['"Warga perlu tenang," kata Budi kepada wartawan.', 'Mantan Direktur Bank Contoh itu menambahkan, harga akan turun.'].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: null, organisation: null });
  });
});

describe('speaker titles: the field of a post before its body', () => {
  it('speaker titles: `Direktur <field> APTB` → the field in the role, the acronym as the organisation', () => {
    const [q] = direct('"Penyaluran naik," kata Direktur Pembiayaan Rumah APTB Rina Wulandari.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Direktur Pembiayaan Rumah', organisation: 'APTB' });
  });

  it('speaker titles: `Kasat <field> Polres X` → the police unit in the role, the Polres as the organisation', () => {
    const [q] = direct('"Pelaku sudah kami amankan," ujar Kasat Samapta Polres Sukamaju Budi Santoso.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Kasat Samapta', organisation: 'Polres Sukamaju' });
  });

  it('speaker titles: a company name before an organisation word is no field (`Ekonom Contoh Maju Sekuritas`)', () => {
    const [q] = direct('"Pasar masih lesu," kata Ekonom Contoh Maju Sekuritas Budi Santoso.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Ekonom', organisation: 'Contoh Maju Sekuritas' });
  });
});

describe('speaker titles: Malay police posts', () => {
  it('speaker titles: Malay `Ketua Polis Daerah X` → the whole post as the role, the district police as the organisation', () => {
    const [q] = direct('"Suspek telah ditahan," kata Ketua Polis Daerah Sungai Contoh, Asisten Komisioner Rahim Ahmad.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Rahim Ahmad', role: 'Ketua Polis Daerah Sungai Contoh', organisation: 'Polis Daerah Sungai Contoh' });
  });

  it('speaker titles: Malay `Timbalan Ketua Polis Negara` → the national police the title names', () => {
    const [q] = direct('"Siasatan diteruskan," kata Timbalan Ketua Polis Negara, Datuk Rahim Ahmad.', 'zlm');
    expect(q!.speaker).toMatchObject({ name: 'Rahim Ahmad', role: 'Timbalan Ketua Polis Negara', organisation: 'Polis Diraja Malaysia' });
  });
});

describe('speaker titles: a board post that opens with a rank word', () => {
  it('speaker titles: `Komisaris Utama X` is a board post, not the police rank `Komisaris` before a name', () => {
    const [q] = direct('"Program ini bagus," ucap Komisaris Utama Contoh Energi Budi Santoso, dalam keterangan tertulis.', 'ind');
    expect(q!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Komisaris Utama', organisation: 'Contoh Energi' });
  });
});

describe('speaker titles: a describing title further on', () => {
  it('speaker titles: a describing title inside the next paragraph, after another sentence, is not read as its speaker’s', () => {
    const text = [
      '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar.',
      'Di pasar yang sama hadir pula Andi Pratama. Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: null, organisation: null });
  });

  it('speaker titles: a describing title in the quote’s paragraph, after another person is named, is not read as its speaker’s', () => {
    const text =
      '"Harga pupuk harus turun," ucap Budi saat ditemui di pasar. Di pasar yang sama hadir pula Andi Pratama. Ketua DPC Partai Contoh Raya itu menilai harga pupuk masih memberatkan petani.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi', role: null, organisation: null });
  });
});
