/** Organisations: capitalised runs that are no organisation (meetings, words the lexicon does not hold). */
import { describe, expect, it } from 'vitest';
import { extractOrganisations, extractOrganisations as extractResult } from '../../src/organisations/extract-organisations.js';
import type { Organisation, SupportedLanguage } from '../../src/types.js';

/** The mention texts of each organisation `extractOrganisations` finds in `text`, read as `language`. */
function groups(text: string, language: 'ind' | 'zlm' | 'eng' = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: a forum with a year is a meeting', () => {
  it('`… Forum (ACR) 2025` is that year’s meeting, with its short form', () => {
    expect(groups('Hal itu dibahas dalam Tarsen Investment Forum (TIF) 2025 yang digelar Bank Indonesia. TIF berfokus pada pangan.')).toEqual([['Bank Indonesia']]);
    expect(groups('Quillby Investment Forum 2019 digelar di Jakarta pekan depan.')).toEqual([]);
  });

  it('a forum without a year stays a body', () => {
    expect(groups('Tarsen Investment Forum (TIF) menilai harga pangan naik. Pada 2025 TIF menolak impor.')).toEqual([['Tarsen Investment Forum', 'TIF', 'TIF']]);
  });
});

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractResult(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

function orgs(text: string, language: SupportedLanguage = 'ind'): Organisation[] {
  return extractResult(text, { language }).organisations;
}

describe('organisations shapes: names the lexicon does not hold', () => {
  it('organisations shapes: English names inside Indonesian text, by their head or tail', () => {
    const text =
      'Laporan itu disusun Lembah Hijau Alliance bersama Marapi Ocean Institute dan Segara Foundation. ' +
      'Data diperoleh dari Pelita Laboratories, Kalinda Council dan Asia Ferry Association. ' +
      'Peneliti University of Northbrook dan Center for Coastal Studies ikut menelaah, begitu pula Nusa Space Agency.';
    const found = mentions(text);
    for (const name of [
      'Lembah Hijau Alliance', 'Marapi Ocean Institute', 'Segara Foundation', 'Pelita Laboratories', 'Kalinda Council',
      'Asia Ferry Association', 'University of Northbrook', 'Center for Coastal Studies', 'Nusa Space Agency',
    ]) {
      expect(found).toContain(name);
    }
  });

  it('organisations shapes: a name after a noun that says what it is', () => {
    expect(mentions('Proyek itu dikerjakan firm Bumi Pangan Lestari with army support.', 'eng')).toContain('Bumi Pangan Lestari');
    expect(mentions('Lahan itu dikelola perusahaan Tirta Rasa Nusantara sejak 2019.')).toContain('Tirta Rasa Nusantara');
    // A place after the noun is no name (`perusahaan Jepang`).
    expect(mentions('Saham itu dibeli perusahaan Jepang pekan lalu.')).toEqual([]);
  });

  it('organisations shapes: company legal forms in all three languages', () => {
    expect(mentions('Saham PT Sinar Laut Jaya Tbk naik 5 persen.')).toContain('PT Sinar Laut Jaya Tbk');
    expect(mentions('Kontrak itu diberikan kepada Maju Makmur Sdn Bhd semalam.', 'zlm')).toContain('Maju Makmur Sdn Bhd');
    expect(mentions('The deal was signed with Orchid Robotics Inc last week.', 'eng')).toContain('Orchid Robotics Inc');
  });

  it('organisations shapes: a misspelt head reads like the standard one', () => {
    const found = orgs('Kementrian Keuangan menyiapkan anggaran baru.');
    expect(found[0]?.id).toBe('kemenkeu');
    expect(mentions('Kementrian Desa Tertinggal membuka program baru.')).toContain('Kementrian Desa Tertinggal');
  });

  it('organisations shapes: a faction names its party too', () => {
    const found = mentions('Menurut politisi Fraksi PAN ini, usulan itu layak dibahas.');
    expect(found).toContain('Fraksi PAN');
    expect(found).toContain('PAN');
  });

  it('organisations shapes: a name stretched to the initials in brackets after it', () => {
    expect(mentions('Ahli Majlis, Majlis Daerah Kuala Seri (MDKS), berkata pasar baharu siap.', 'zlm')).toContain('Majlis Daerah Kuala Seri');
  });
});

describe('organisations shapes: negative cases', () => {
  it('organisations shapes: a span stops before the person who follows it', () => {
    const found = mentions('Anggota Komisi X DPR RI Budi Santoso mengatakan anggaran cukup.');
    expect(found).toContain('Komisi X DPR RI');
    expect(found.some((f) => f.includes('Budi'))).toBe(false);
  });

  it('organisations shapes: a person the text names again is cut off the name before them', () => {
    const text = 'Pengamat Universitas Lembayung Hendra Wibisono menilai langkah itu tepat. Menurut Hendra, biaya akan turun.';
    const found = mentions(text);
    expect(found).toContain('Universitas Lembayung');
    expect(found.some((f) => f.includes('Hendra'))).toBe(false);
  });

  it('organisations shapes: a headline quoted in a sentence is no name', () => {
    const text = 'Laporan bertajuk “Kerajaan Negeri Tidak Larang Nelayan Asing Berlabuh” disiarkan semalam.';
    expect(mentions(text, 'zlm')).toEqual([]);
  });

  it('organisations shapes: amounts, flight codes, ceremonies, venues and things', () => {
    expect(mentions('Insentif dinaikkan daripada RM200 kepada RM300, katanya selepas Majlis Penutupan Pasar Baharu.', 'zlm')).toEqual([]);
    expect(mentions('Flight MH370 left at midnight.', 'eng')).toEqual([]);
    expect(mentions('Pameran itu digelar di Kemayoran Convention Center pekan depan.')).toEqual([]);
    expect(mentions('Badan Usaha Milik Negara (BUMN) berlomba mengungkap utangnya.')).toEqual([]);
  });

  it('organisations shapes: an acronym after a joiner is an organisation of its own', () => {
    const found = mentions('Kerajaan Persekutuan dan SPAB akan berunding minggu depan.', 'zlm');
    expect(found).toContain('Kerajaan Persekutuan');
    expect(found).not.toContain('Kerajaan Persekutuan dan SPAB');
  });

  it('organisations shapes: a possessive stays out of the name', () => {
    expect(mentions('PT Contoh Tambang Indonesia’s output rose.', 'eng')).toContain('PT Contoh Tambang Indonesia');
  });
});

describe('organisations: a programme named by its acronym', () => {
  it('organisations: `program` before an acronym names a programme, not a body', () => {
    expect(mentions('Pemerintah memperluas program BLTX bagi 35 juta keluarga.')).toEqual([]);
  });

  it('organisations: near miss — a body after a word that heads one stays a body', () => {
    expect(mentions('Pemerintah memperluas program bersama lembaga KRTX bagi keluarga miskin.')).toEqual(['KRTX']);
  });
});

describe('organisations: a department named by its acronym', () => {
  it('organisations: `HR` after a role is the role’s department, not a body', () => {
    expect(mentions('Rina Wulan, manajer HR di sebuah pabrik, menolak berkomentar.')).toEqual([]);
  });
});
