import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('party wings, halls and `dan` after a head', () => {
  it('a Malay party wing is an organisation of its own, with its place or division', () => {
    const text = 'Ketua Pemuda Amanah Pahang, Hafiz Contoh menyerahkan memorandum itu. Wakil Wanita MCA dan Pemuda UMNO Bahagian Kota Contoh juga menandatanganinya.';
    const found = mentions(text, 'zlm');
    for (const name of ['Pemuda Amanah Pahang', 'Wanita MCA', 'Pemuda UMNO Bahagian Kota Contoh']) expect(found).toContain(name);
    expect(found).not.toContain('MCA');
    // An Indonesian mass organisation's youth wing too.
    expect(mentions('Ketua Umum Pemuda Muhammadiyah, Budi Santoso, menolak usulan itu.')).toEqual(['Pemuda Muhammadiyah']);
    // The wing word alone, or before no party, names no organisation.
    expect(mentions('Pemuda itu menyertai program Wanita Contoh semalam.', 'zlm')).toEqual([]);
  });

  it('a hall or a convention centre named like a body is a place', () => {
    const text = 'Pameran itu diadakan di Pusat Konvensyen Contoh Jaya dan di Dewan Serbaguna Taman Contoh, kata Lembaga Contoh Sejahtera.';
    const found = mentions(text, 'zlm');
    expect(found.filter((m) => m.startsWith('Pusat') || m.startsWith('Dewan'))).toEqual([]);
    expect(found).toContain('Lembaga Contoh Sejahtera');
  });

  it('`dan` right after a one-word head joins no name: a title’s portfolio or a list of people', () => {
    const found = mentions('Ketua Majelis dan Rina Wulandari serta Budi Santoso memutuskan, kata Menteri Koperasi dan UKM kepada Kamar Dagang dan Industri Contoh.');
    expect(found.some((m) => m.startsWith('Majelis') || m.startsWith('Koperasi'))).toBe(false);
    // A head of two words still takes its `dan` (`Kamar Dagang dan Industri`).
    expect(found).toContain('Kamar Dagang dan Industri Contoh');
  });
});

describe('an acronym after a longer capitalised name', () => {
  it('belongs to the whole name, not to the body named at its end', () => {
    const text = 'Lulusan Sijil Kemahiran Contoh Sekolah Teknik (SKCT) boleh memohon bot baharu, ujar Setiausaha Persatuan Nelayan Contohjaya (FACO) itu.';
    const found = mentions(text, 'zlm');
    expect(found).not.toContain('SKCT');
    // After a role the bracket is the body's own acronym, in any language (`FACO`).
    expect(found).toContain('FACO');
    expect(found).toContain('Persatuan Nelayan Contohjaya');
    // An organisation word before the body opens the name the acronym spells: the name starts there.
    const network = extractOrganisations('Mitra itu, Jaringan Koperasi Tani Contoh (JKTC), menolak.', { language: 'ind' }).organisations;
    expect(network.map((o) => o.name)).toEqual(['Jaringan Koperasi Tani Contoh']);
    expect(network[0]!.acronym).toBe('JKTC');
  });
});

describe('a lost space before a company’s legal form', () => {
  it('`sini.PT Contoh` starts a name after the dot; `CONTOH.CO.ID` stays one site', () => {
    const text = 'Baca selengkapnya di sini.PT Contoh Sejahtera Abadi berencana melantai di bursa, lapor CONTOHNEWS.CO.ID kemarin.';
    const found = mentions(text);
    expect(found).toContain('PT Contoh Sejahtera Abadi');
    expect(found).toContain('CONTOHNEWS.CO.ID');
  });
});

describe('an outlet named by a word of the language', () => {
  it('is the word where nothing cites it, the outlet where something does', () => {
    expect(mentions('Antara 2019 hingga 2021 produksi Koperasi Contoh turun. Antara lain karena cuaca.')).not.toContain('Antara');
    expect(mentions('Harga naik, dikutip dari Antara, Selasa. Kata Rina kepada Antara di Jakarta, stok aman.')).toEqual(['Antara', 'Antara']);
    // A sign-off after a dash stays the agency, though the text writes `bernama` (named) in lower case.
    const malay = 'Seorang lelaki bernama Ahmad Contoh ditahan semalam, kata polis. - Bernama';
    expect(mentions(malay, 'zlm')).toContain('Bernama');
  });
});

describe('a body named in a building’s name', () => {
  it('is no mention there, and stays where the text names it otherwise', () => {
    expect(mentions('Rapat digelar di Wisma ABCD, Jakarta, dan di Menara Contohbank Selatan kemarin.')).toEqual([]);
    const found = mentions('Kantor pusat pindah ke Menara ABCD. Pimpinan ABCD menyetujui pemindahan itu.');
    expect(found).toEqual(['ABCD']);
  });
});
