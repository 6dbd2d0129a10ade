/**
 * Round 32 speaker titles (Indonesian): a title held by a verb after the name, a title closed by `lainnya` before
 * the name's comma, and an adverbial clause before the name whose noun is no title. Invented people and bodies.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { extractQuotes } from '../src/quotes/extract-quotes.js';
import type { Quote } from '../src/types.js';

/** The direct quotes of Indonesian `text`. */
function direct(text: string): Quote[] {
  return extractQuotes(text, { language: 'ind' }).quotes.filter((q) => q.kind === 'direct');
}

describe('roles32: a title held by a verb after the name', () => {
  it('roles32: `Name yang saat ini menjabat sebagai Title Org` gives the later `kata Name` its title', () => {
    const text = [
      'Hadi Purnomo yang saat ini menjabat sebagai Direktur Utama PT Sarana Tirta Lestari menargetkan proyek rampung.',
      '"Kami targetkan selesai akhir tahun," kata Hadi dalam rapat di Jakarta, Kamis (9/10/2025).',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Hadi Purnomo', role: 'Direktur Utama', organisation: 'PT Sarana Tirta Lestari' });
  });

  it('roles32: `Name merupakan Title Org.` and a one-word name with `yang kini menjabat`', () => {
    const first = ['Yanti Kusuma merupakan Ketua Koperasi Tani Makmur.', '"Kami siap panen bulan depan," kata Yanti.'].join('\n\n');
    expect(direct(first)[0]!.speaker).toMatchObject({ name: 'Yanti Kusuma', role: 'Ketua', organisation: 'Koperasi Tani Makmur' });
    const second = ['Rapat itu dihadiri Wirayuda yang kini menjabat Kepala Desa Sukamaju.', '"Saya hadir sebagai undangan," kata Wirayuda.'].join('\n\n');
    expect(direct(second)[0]!.speaker?.role).toBe('Kepala Desa');
  });

  it('roles32: near miss: a holding verb with no title after it gives none (`menjabat dua periode`, `merupakan warga`)', () => {
    const text = [
      'Hadi Purnomo yang menjabat dua periode itu mengaku lelah. Hadi Purnomo merupakan warga Desa Sukamaju.',
      '"Saya ingin istirahat dulu," kata Hadi.',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Hadi Purnomo', role: null, organisation: null });
  });
});

describe('roles32: `lainnya` closing a title before the name', () => {
  it('roles32: `dari anggota Komisi IV DPR lainnya, Name.` gives the later `kata Name` the title', () => {
    const text = [
      'Rapat dengar pendapat itu turut dihadiri anggota Komisi IV DPR lainnya, Tono Sudarmaji. Ia meminta jadwal tanam diundur.',
      '"Petani belum siap dengan benih baru," kata Tono kepada wartawan, Senin (15/9).',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Tono Sudarmaji', role: 'anggota', organisation: 'Komisi IV DPR' });
  });

  it('roles32: near miss: `lainnya` inside a clause before the name is no title (`Ketua RT dan warga lainnya mendatangi Name`)', () => {
    const text = [
      'Ketua RT dan warga lainnya mendatangi rumah Tono Sudarmaji. Ia meminta jadwal tanam diundur.',
      '"Aturan itu harus dicabut," kata Tono kepada wartawan, Senin (15/9).',
    ].join('\n\n');
    expect(direct(text)[0]!.speaker?.role ?? null).toBeNull();
  });
});

describe('roles32: an adverbial clause before the name is no title', () => {
  it('roles32: `Ditemui wartawan, Name mengatakan` keeps the title the article gave before, not `wartawan`', () => {
    const text = 'Wakil Bupati Sukamaju Danang Wicaksono meminta warga waspada banjir. Ditemui wartawan, Danang mengatakan, "Sungai harus dibersihkan setiap pekan."';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Danang Wicaksono', role: 'Wakil Bupati Sukamaju' });
  });

  it('roles32: `Dihubungi wartawan, Name mengatakan` with no title given anywhere: none', () => {
    const text = 'Danang Wicaksono meminta warga waspada banjir. Dihubungi wartawan, Danang mengatakan, "Sungai harus dibersihkan setiap pekan."';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Danang Wicaksono', role: null });
  });

  it('roles32: near miss: a title segment before the name still counts (`Pengamat politik, Name mengatakan`)', () => {
    const text = 'Isu itu ramai dibahas. Pengamat politik, Danang Wicaksono mengatakan, "Isu itu wajar dalam demokrasi."';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Danang Wicaksono', role: 'Pengamat politik' });
  });
});

describe('roles32: a name written before its title with no comma', () => {
  it('roles32: `Name Title Org mengatakan, "…"` is the name, the title and its body', () => {
    const text = 'Harga karet diperkirakan naik tahun ini. Rudi Hartono Ketua Umum Gabungan Pengusaha Karet Contoh (GPKC) mengatakan, "Permintaan mulai naik lagi."';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Ketua Umum', organisation: 'Gabungan Pengusaha Karet Contoh (GPKC)' });
  });

  it('roles32: `kata Name Title Org.` after the quote, and an English title in Indonesian text', () => {
    const after = '"Permintaan mulai naik lagi," kata Rudi Hartono Ketua Umum Gabungan Pengusaha Karet Contoh.';
    expect(direct(after)[0]!.speaker).toMatchObject({ name: 'Rudi Hartono', role: 'Ketua Umum' });
    const english = 'Bunga pinjaman naik. Sinta Dewi Lestari Head of Research Contoh Sekuritas mengatakan, "Kami akan selektif."';
    expect(direct(english)[0]!.speaker?.name).toBe('Sinta Dewi Lestari');
  });

  it('roles32: near miss: a body before the title keeps the title its name (`Contoh Sekuritas Head of Research Name`, `… Kombes Name`, `… Group Inc`)', () => {
    const body = 'Bunga pinjaman naik. Contoh Sekuritas Head of Research Sinta Dewi mengatakan, "Kami akan selektif."';
    expect(direct(body)[0]!.speaker?.name).toBe('Sinta Dewi');
    const ranked = 'Sidang ditunda. Penahanan Darmo Kepala Bidang Humas Polda Contoh Kombes Sinta Dewi menegaskan, "Belum ada surat panggilan."';
    expect(direct(ranked)[0]!.speaker?.name).toBe('Sinta Dewi');
    const group = 'Bunga pinjaman naik. Menurut Contoh Makmur Group Inc, "Kami akan selektif tahun ini."';
    expect(direct(group)[0]!.speaker?.name ?? '').not.toBe('Contoh Makmur');
  });
});

describe('roles32: a one-word name after the bracketed short form closing a title', () => {
  it('roles32: `Kepala Badan Contoh (BC) Name meninjau …` gives the later `ujar Name` the title', () => {
    const text = 'JAKARTA - Kepala Badan Statistik Contoh (BSC) Suharyono meninjau pasar. "Inflasi bulan ini rendah," ujar Suharyono di Jakarta.';
    expect(direct(text)[0]!.speaker).toMatchObject({ name: 'Suharyono', role: 'Kepala', organisation: 'Badan Statistik Contoh (BSC)' });
  });

  it('roles32: near miss: a bracketed short form with no title before it gives none (`warga Desa Contoh (DC) Name`)', () => {
    const text = 'JAKARTA - Sejumlah warga Desa Sukamaju (DS) Suharyono ikut meninjau pasar. "Harga cabai naik," ujar Suharyono di Jakarta.';
    expect(direct(text)[0]!.speaker?.role ?? null).toBeNull();
  });
});

describe('roles32: a portfolio joined by `dan` to an acronym or after an organisation word', () => {
  /** The speaker of the first quote of Indonesian `text`, read whole (organisations linked). */
  const first = (text: string) => parseArticle(text, { language: 'ind' }).quotes[0]!.speaker;

  it('roles32: `Menteri Hukum dan HAM`, `Menteri Koperasi dan UKM` are whole titles naming their ministries', () => {
    const law = first('Jakarta - Menteri Hukum dan HAM Budi Hartono mengatakan, "Napi itu tidak dibebaskan."');
    expect(law).toMatchObject({ name: 'Budi Hartono', role: 'Menteri Hukum dan HAM', organisation: 'Kementerian Hukum dan HAM' });
    const coop = first('Jakarta - Menteri Koperasi dan UKM Rina Wulandari mengatakan, "Kredit usaha harus dipermudah."');
    expect(coop).toMatchObject({ name: 'Rina Wulandari', role: 'Menteri Koperasi dan UKM', organisation: 'Kementerian Koperasi dan UKM' });
  });

  it('roles32: near miss: a title that takes no portfolio keeps its body; an acronym portfolio alone stays as it was', () => {
    const coop = first('Jakarta - Ketua Koperasi Sentosa dan UKM Contoh, Budi Hartono mengatakan, "Panen tahun ini bagus."');
    expect(coop).toMatchObject({ name: 'Budi Hartono', role: 'Ketua' });
    const bare = first('Jakarta - Menteri BUMN Budi Hartono mengatakan, "Direksi akan dirombak."');
    expect(bare).toMatchObject({ name: 'Budi Hartono', role: 'Menteri', organisation: 'Kementerian BUMN' });
  });
});

describe('roles32: field words and titles of national posts', () => {
  const first = (text: string) => parseArticle(text, { language: 'ind' }).quotes[0]!.speaker;

  it('roles32: `Menko Polhukam Name`, `Menpan RB Name`: the portfolio is no part of the name, the body is the post\'s', () => {
    expect(first('Jakarta - Menko Polhukam Budi Hartono mengatakan, "Situasi aman."')).toMatchObject({ name: 'Budi Hartono', role: 'Menko Polhukam', organisation: 'Kemenko Polhukam' });
    expect(first('Jakarta - Menpan RB Budi Hartono mengatakan, "Aparatur dipindah."')).toMatchObject({ name: 'Budi Hartono', role: 'Menpan RB', organisation: 'Kementerian PANRB' });
  });
});
