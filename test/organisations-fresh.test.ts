import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../src/types.js';

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text', () => {
  it('organisations fresh: English news names Malaysian and Indonesian bodies in their own language', () => {
    const text =
      'The Dewan Kajian Bahasa dan Sastera said the Persatuan Penulis Muda Sabah (PPMS) would appeal. ' +
      'PKR and Barisan Nasional leaders met on Monday, as did the Badan Riset Pesisir.';
    const found = mentions(text, 'eng');
    for (const name of ['Dewan Kajian Bahasa dan Sastera', 'Persatuan Penulis Muda Sabah', 'PPMS', 'PKR', 'Barisan Nasional', 'Badan Riset Pesisir']) {
      expect(found).toContain(name);
    }
    // English words stay English: `Bank` and `Hospital` follow the English rules.
    expect(mentions('He was taken to the hospital near the Unit of the mall.', 'eng')).toEqual([]);
  });

  it('organisations fresh: a common given name after the name words starts a person, not the name', () => {
    const id = mentions('Peneliti Pusat Kajian Peradaban Bahari Muhammad Rizal Hakim menilai laut makin keruh. Menurut Rizal, ikan berkurang.');
    expect(id).toContain('Pusat Kajian Peradaban Bahari');
    const ms = mentions('Ahli Majlis Pimpinan Tertinggi PBKM Mohd Zaki Md Amin berkata demikian.', 'zlm');
    expect(ms).toContain('Majlis Pimpinan Tertinggi PBKM');
    // A body named after a person keeps the name when nothing says the person speaks.
    expect(mentions('Dana itu disalurkan Universitas Islam Sultan Ahmad Rahmat kepada mahasiswa.')).toContain('Universitas Islam Sultan Ahmad Rahmat');
  });

  it('organisations fresh: a role that goes on before a company name stays out of it', () => {
    const ms = mentions('Ketua Pegawai Eksekutif Sinar Kelapa Holdings Berhad, Rahim Osman, berkata demikian.', 'zlm');
    expect(ms).toContain('Sinar Kelapa Holdings Berhad');
    expect(ms.some((m) => m.includes('Eksekutif'))).toBe(false);
    expect(mentions('Pengarah Urusan Teratai Niaga Bhd berkata jualan naik.', 'zlm')).toEqual(['Teratai Niaga Bhd']);
    // A place after the role is the company's own word (`Pengarah Malaysia Contoh Holdings`).
    expect(mentions('Menurut Pengarah Malaysia Pelita Holdings Bhd, jualan naik.', 'zlm')).toEqual(['Malaysia Pelita Holdings Bhd']);
  });

  it('organisations fresh: a possessive or a clitic glued to an acronym or a known name is no part of it', () => {
    expect(mentions('Analysts doubt the APTB’s plan, and OJK\'s rule stands.', 'eng')).toEqual(['APTB', 'OJK']);
    expect(mentions('Kasus itu ditangani KPK-nya sendiri.')).toEqual(['KPK']);
    // The apostrophe of a known form may be written curly.
    expect(mentions('Ratings from Moody’s Investors Service fell.', 'eng')).toEqual(['Moody’s Investors Service']);
  });

  it('organisations fresh: more head nouns and tails in the three languages', () => {
    const ms = mentions('Klinik Kesihatan Tanjung Rimau, Kelab Belia Cahaya dan Briged Sukarelawan Desa Murni membantu. Menteri di Jabatan Perdana Menteri Datuk Seri Rahim Osman hadir.', 'zlm');
    for (const name of ['Klinik Kesihatan Tanjung Rimau', 'Kelab Belia Cahaya', 'Briged Sukarelawan Desa Murni', 'Jabatan Perdana Menteri']) expect(ms).toContain(name);
    const en = mentions('Teachers from Cempaka Mawar International School were treated at Bukit Indah Hospital, said the Lembah Housing Board.', 'eng');
    for (const name of ['Cempaka Mawar International School', 'Bukit Indah Hospital', 'Lembah Housing Board']) expect(en).toContain(name);
    const id = mentions('Federasi Buruh Pelabuhan Nusantara mengadu ke Kantor Imigrasi Kelas I Semarang.');
    for (const name of ['Federasi Buruh Pelabuhan Nusantara', 'Kantor Imigrasi Kelas I Semarang']) expect(id).toContain(name);
  });

  it('organisations fresh: a body named by a list of portfolios is one name when its short form spells the list out', () => {
    const text = 'Kementerian Perikanan, Koperasi dan Pelancongan (KPKP) memantau harga. KPKP juga menyita.';
    const orgs = extractOrganisations(text, { language: 'zlm' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Kementerian Perikanan, Koperasi dan Pelancongan']);
    expect(orgs[0]!.acronym).toBe('KPKP');
    // A list of bodies is no portfolio list: the short form in brackets does not spell it out.
    expect(mentions('Kementerian Keuangan, Bank Indonesia dan OJK (KSSK) rapat.')).toEqual(['Kementerian Keuangan', 'Bank Indonesia', 'OJK']);
    const listed = mentions('Hadir Serikat Nelayan Teluk, dan Jaringan Koperasi Pantai (JKP) kemarin.');
    expect(listed).toContain('Serikat Nelayan Teluk');
    expect(listed.some((m) => m.includes(','))).toBe(false);
  });

  it('organisations fresh: an outlet the text cites is a media organisation, listed or not', () => {
    const id = extractOrganisations('Harga naik, seperti dilansir Pelita Pagi Times. Dikutip dari Warta Cendana, stok aman.', { language: 'ind' }).organisations;
    expect(id.map((o) => [o.name, o.kind])).toEqual([['Pelita Pagi Times', 'media'], ['Warta Cendana', 'media']]);
    expect(mentions('The plan was first reported by Harbour Ledger on Monday.', 'eng')).toEqual(['Harbour Ledger']);
    expect(mentions('Menurut laporan yang dipetik dari Suara Teratai, harga naik.', 'zlm')).toEqual(['Suara Teratai']);
    // A capitalised cue is part of a name, and a place after the cue is no outlet.
    expect(mentions('Kantor Berita Contoh menolak. Hal itu dilansir Jakarta kemarin.')).toEqual([]);
    // A person cited is no outlet: the text writes the surname alone.
    expect(mentions('Angka itu dilansir Rina Wulandari di blognya. Menurut Wulandari, harga naik.')).toEqual([]);
  });

  it('organisations fresh: a legislature under its short name counts standing alone only', () => {
    expect(mentions('RUU itu disahkan Kongres dan ditolak di Senat pekan lalu.')).toEqual(['Kongres', 'Senat']);
    expect(mentions('The bill passed Congress but stalled in the Senate.', 'eng')).toEqual(['Congress', 'Senate']);
    // Before a name word or a number it names an event or another body.
    expect(mentions('Kongres Pemuda Tani digelar, dan Senat Mahasiswa menolak. Kongres V usai.')).toEqual([]);
  });

  it('organisations fresh: an acronym after a role phrase that heads a unit is an organisation', () => {
    expect(mentions('Hal itu dikatakan Ketua Umum APTB Rina Wulandari kemarin.')).toEqual(['APTB']);
    expect(mentions('Hal itu dikatakan Direktur Eksekutif APTB Rina Wulandari kemarin.')).toEqual(['APTB']);
    // A thing after a role stays out (`Menteri BUMN`: a portfolio).
    expect(mentions('Hal itu dikatakan Menteri BUMN kemarin.')).toEqual([]);
  });

  it('organisations fresh: a lead written with its first word in capitals still starts a name', () => {
    expect(mentions('KERAJAAN Negeri Teratai akan membincangkan isu itu.', 'zlm')).toEqual(['KERAJAAN Negeri Teratai']);
    expect(mentions('DEWAN Pemuda Cahaya Malaysia (DPCM) membantah.', 'zlm')).toEqual(['DEWAN Pemuda Cahaya Malaysia', 'DPCM']);
    // A capitalised role is no name.
    expect(mentions('PERDANA Menteri berkata begitu.', 'zlm')).toEqual([]);
  });

  it('organisations fresh: Malaysian parties under their short names in capitals', () => {
    const orgs = extractOrganisations('Calon WARISAN dan AMANAH bertanding, manakala HARAPAN dan BERSATU diam.', { language: 'zlm' }).organisations;
    expect(orgs.map((o) => o.kind)).toEqual(['party', 'party', 'party', 'party']);
  });
});
