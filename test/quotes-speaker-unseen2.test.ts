/**
 * Speaker role and organisation on unseen text, second round (issue 9), with invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('speaker unseen 2: a first name with a field ending is a name, not an organisation', () => {
  it('speaker unseen 2: Malay `Bendaharinya, Clarence W berkata` then `Clarence menambah`', () => {
    const text = [
      'Bendaharinya, Clarence Wongsiri berkata parti itu tidak terlibat dalam keputusan tersebut.',
      '“Kami tidak pernah dirunding mengenai perkara itu,” katanya dalam kenyataan media.',
      'Clarence menambah, parti akan bermesyuarat minggu depan.',
      '“Semua ahli akan diberi peluang bersuara,” katanya.',
    ].join('\n\n');
    for (const q of direct(text, 'zlm')) {
      expect(q.speaker?.name).toBe('Clarence Wongsiri');
      expect(q.speaker?.organisation ?? null).not.toBe('Clarence');
    }
  });

  it('speaker unseen 2: a field word before a title stays in the title (`Finance Director`)', () => {
    const text = '“Kami menargetkan laba naik tahun ini,” kata Finance Director APTB Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'APTB' });
  });
});

describe('speaker unseen 2: the word after a head that takes a proper name belongs to the body', () => {
  it('speaker unseen 2: Indonesian `kata politisi Partai X itu` is the person introduced before, not one named `X`', () => {
    const text = [
      'Menteri Sosial Daniel Hartono ingin bantuan disalurkan lebih cepat.',
      '“Kami tidak mau ada warga yang terlewat,” kata politisi Partai Contoh Raya itu.',
    ].join('\n\n');
    const speaker = direct(text, 'ind')[0]!.speaker;
    expect(speaker?.name ?? null).not.toBe('Contoh Raya');
  });

  it('speaker unseen 2: Indonesian `Direktur Utama Bank X Budi Santoso` reads the bank as the organisation', () => {
    const text = '“Penyaluran kredit tumbuh tahun ini,” ujar Direktur Utama Bank Contoh Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Direktur Utama', organisation: 'Bank Contoh' });
  });

  it('speaker unseen 2: an English-style `Contoh Bank Budi Santoso` keeps the name after the head', () => {
    const text = '“Nasabah muda makin banyak,” kata Head of Retail Contoh Bank Budi Santoso.';
    expect(direct(text, 'ind')[0]!.speaker?.name).toBe('Budi Santoso');
  });
});

describe('speaker unseen 2: Malay `Datuk Bandar` (mayor) is a post, not an honorific', () => {
  it('speaker unseen 2: `Datuk Bandar MBCR, Datuk X berkata` → role Datuk Bandar, organisation MBCR', () => {
    const text = ['Datuk Bandar MBCR, Datuk Hamdan Rosli berkata, kutipan sampah meningkat.', '“Kami akan menambah lori baharu,” katanya.'].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Hamdan Rosli', role: 'Datuk Bandar', organisation: 'MBCR' });
  });

  it('speaker unseen 2: `Datuk Hamdan` alone keeps Datuk as an honorific', () => {
    const text = '“Kami akan menambah lori baharu,” kata Datuk Hamdan Rosli.';
    expect(direct(text, 'zlm')[0]!.speaker?.name).toBe('Hamdan Rosli');
  });
});

describe('speaker unseen 2: a title word alone after the verb is a short name, not a body', () => {
  it('speaker unseen 2: Indonesian `kata Utama` gives no organisation `Utama`', () => {
    const text = 'Brigjen Utama Wirawan mengatakan penyelidikan berlanjut.\n\n“Tim kami sedang bekerja,” kata Utama.';
    const quote = direct(text, 'ind')[0]!;
    expect(quote.speaker?.organisation ?? null).not.toBe('Utama');
    expect(quote.speaker?.name).toMatch(/^Utama/);
  });
});

describe('speaker unseen 2: a name written with its initials in brackets, then the initials alone', () => {
  const text = [
    'Wakil Presiden Budi Santoso (BS) lagi-lagi mengatakan biaya proyek terlalu mahal.',
    '"Saya minta maaf soal itu," ungkap BS di depan para insinyur.',
    '"Itu harus dipahami," kata Anggota Komisi V DPR RI Rina Wulandari (RW).',
    '"Kami setuju," tandas RW.',
  ].join('\n\n');
  const quotes = direct(text, 'ind');

  it('speaker unseen 2: `ungkap BS` is the person `Wakil Presiden Budi Santoso (BS)`, with no organisation `BS`', () => {
    expect(quotes[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Wakil Presiden', organisation: null });
  });

  it('speaker unseen 2: `kata … Rina Wulandari (RW)` keeps the name before the initials', () => {
    expect(quotes[1]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Anggota', organisation: 'Komisi V DPR RI' });
    expect(quotes[2]!.speaker?.name).toBe('Rina Wulandari');
  });
});

describe('speaker unseen 2: a capitalised sentence opener before a lower-case role is no organisation', () => {
  it('speaker unseen 2: English `Freelance journalist X said` gives no organisation `Freelance`', () => {
    const text = 'The ruling drew criticism from art groups.\n\nFreelance journalist Rina Wulandari said, “We will keep drawing what we see.”';
    const speaker = direct(text, 'eng')[0]!.speaker;
    expect(speaker?.name).toBe('Rina Wulandari');
    expect(speaker?.organisation ?? null).toBeNull();
  });

  it('speaker unseen 2: a company written often keeps its organisation (`Contohtama official X`)', () => {
    const text = 'Contohtama raised fuel prices on Monday.\n\nContohtama official Budi Santoso said, “The new prices follow the market.”';
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: 'Contohtama' });
  });
});
