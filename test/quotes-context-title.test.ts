/**
 * A speaker quoted with no title takes the one another mention of the whole name gives (`context-title.ts`),
 * and nothing that is not a title: invented people and organisations.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote, SupportedLanguage } from '../src/types.js';

/** The direct quotes of `text`, read in `language`. */
function direct(text: string, language: SupportedLanguage): Quote[] {
  return extractQuotes(text, { language }).quotes.filter((q) => q.kind === 'direct');
}

describe('context title: the title phrase before the name in narrative', () => {
  it('context title: `Pengamat X dari Org Name menilai`, quoted later by first name', () => {
    const text = [
      'Pengamat politik dari Universitas Contoh Raya (UCR) Jakarta Budi Santoso menilai isu itu wajar dalam demokrasi.',
      '"Isu itu wajar saja digunakan oleh para politisi," kata Budi saat dihubungi, Rabu (18/7).',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: 'Pengamat politik', organisation: 'Universitas Contoh Raya (UCR) Jakarta' });
  });

  it('context title: `Menurut pengamat X dari Org, Name,`', () => {
    const text = [
      'Menurut pengamat tata kota dari Institut Teknologi Contoh, Rina Wulandari, ada sejumlah faktor yang membuat proyek itu kandas.',
      '"Faktornya banyak sekali dan saling terkait," kata Rina.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'pengamat tata kota', organisation: 'Institut Teknologi Contoh' });
  });

  it('context title: English `Org lower-case title Name`, the organisation before the title', () => {
    const text = [
      'The plan was announced on Monday, and APTB chief executive officer Rina Wulandari defended it.',
      '"We must return to the international market soon," said Rina.',
    ].join('\n\n');
    expect(direct(text, 'eng')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'chief executive officer', organisation: 'APTB' });
  });

  it('context title: the title of someone else earlier in the clause is not taken (`X and her counterpart Name`)', () => {
    const text = [
      'Contoh Foreign Minister Sinta Dewi and her Lorvanian counterpart Daniel Hartono met on Monday.',
      '"We agreed to work together on renewable energy," Hartono said.',
    ].join('\n\n');
    const sp = direct(text, 'eng')[0]!.speaker;
    expect(sp?.role ?? null).toBeNull();
    expect(sp?.organisation ?? null).toBeNull();
  });

  it('context title: a clause word is no title (`isu yang dibangkitkan Name`)', () => {
    const text = [
      'Kos sara hidup adalah isu utama yang dibangkitkan Rahim Hassan pada kempen itu.',
      '"Harga barang perlu dikawal segera," kata Rahim.',
    ].join('\n\n');
    expect(direct(text, 'zlm')[0]!.speaker).toMatchObject({ name: 'Rahim Hassan', role: null, organisation: null });
  });
});

describe('context title: an apposition after the name', () => {
  it('context title: `Menurut Name, Kepala Org,` then the person quoted by first name', () => {
    const text = [
      'Menurut Rina Wulandari, Kepala Dinas Pertanian Kabupaten Contoh, harga pupuk akan turun bulan depan.',
      '"Stok pupuk kami cukup sampai akhir tahun," ujar Rina di Contoh.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Rina Wulandari', role: 'Kepala', organisation: 'Dinas Pertanian Kabupaten Contoh' });
  });

  it('context title: an apposition ended by a full stop is not read (`Plt.` may be an abbreviation)', () => {
    const text = [
      'Budi Santoso, Plt. Kepala Dinas Pertanian Kabupaten Contoh, mengatakan harga pupuk akan turun.',
      '"Stok pupuk kami cukup sampai akhir tahun," ujar Budi.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker?.role).not.toBe('Plt');
  });
});

describe('context title: the body a person comes from', () => {
  it('context title: `kata Name dari Lembaga …` gives the organisation', () => {
    const text = '"Program ini perlu diawasi dengan ketat," kata Budi Santoso dari Lembaga Kajian Pangan Contoh.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: null, organisation: 'Lembaga Kajian Pangan Contoh' });
  });

  it('context title: `kata Name di Kantor …` is where the person spoke, no organisation', () => {
    const text = '"Program ini perlu diawasi dengan ketat," kata Budi Santoso di Kantor Bupati Contoh, Senin (3/2).';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', role: null, organisation: null });
  });

  it('context title: `dari` before a place is no body', () => {
    const text = '"Harga sayur naik dua kali lipat," kata Budi Santoso dari Jakarta.';
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Budi Santoso', organisation: null });
  });
});

describe('short forms of posts are roles, not organisations', () => {
  it('short post: `VP Org Name` and `Wadir Unit Org Name` give the post as the role', () => {
    const vp = direct('"Penumpang kami naik tiga kali lipat," ujar VP Public Relations APTB Rina Wulandari dalam keterangan tertulis.', 'ind')[0]!.speaker;
    // The post's field stays with it (`VP Public Relations`), the body is the acronym.
    expect(vp?.role).toMatch(/^VP/);
    expect(vp?.organisation).toContain('APTB');
    const wadir = direct('"Kami akan memanggil saksi lain," kata Wadir Reskrimsus Polda Contoh Kombes Budi Santoso kepada wartawan.', 'ind')[0]!.speaker;
    expect(wadir?.name).toBe('Budi Santoso');
    expect(wadir?.role).toMatch(/^Wadir/);
  });

  it('context title: a one-word name right after its title inside a clause (`permintaan Menteri Kelautan RI Sutarjo kepada …`)', () => {
    const text = [
      'Jembatan gantung itu dibangun atas permintaan Menteri Kelautan RI Sutarjo kepada pemerintah daerah.',
      '"Anak-anak kini tidak perlu menyeberang sungai dengan rakit," kata Sutarjo saat meresmikannya.',
    ].join('\n\n');
    expect(direct(text, 'ind')[0]!.speaker).toMatchObject({ name: 'Sutarjo', role: 'Menteri Kelautan RI' });
  });
});
