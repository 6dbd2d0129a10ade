import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';

/** The mention texts of each organisation `extractOrganisations` finds in Indonesian `text`. */
function groups(text: string): string[][] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: English names cited in Indonesian text', () => {
  it('organisations orgs32: `Center`/`Centre` closes a name of English words', () => {
    expect(groups('Menurut Vellmoor Climate Center, luas hutan berkurang tahun ini.')).toEqual([['Vellmoor Climate Center']]);
    expect(groups('Tarsen Ash Advisory Centre di Quillby akan mengeluarkan prakiraan.')).toEqual([['Tarsen Ash Advisory Centre']]);
    expect(groups('Kajian itu disusun Vellmoor Quill Center for Ocean Studies bulan lalu.')).toEqual([['Vellmoor Quill Center for Ocean Studies']]);
    const kinds = extractOrganisations('Menurut Vellmoor Climate Center, luas hutan berkurang.', { language: 'ind' }).organisations.map((o) => o.kind);
    expect(kinds).toEqual(['other']);
  });

  it('organisations orgs32: a venue, a name of the language or the inner words of a longer name stay out', () => {
    // A facility named so is a place.
    expect(groups('Acara digelar di Vellmoor Convention Center pada Senin.')).toEqual([]);
    expect(groups('Wartawan berkumpul di Media Center sejak pagi.')).toEqual([]);
    // A word before it that is no body's field: a training ground, a hospital.
    expect(groups('Para atlet berlatih di Tarsen Training Center sejak Januari.')).toEqual([]);
    expect(groups('Korban dirawat di Quillby Medical Center hingga Jumat.')).toEqual([]);
    // One word before it names a venue by its sponsor as often.
    expect(groups('Konser itu memenuhi Quillby Center di Tarsenville, Senin malam.')).toEqual([]);
    // After a joiner between name words the closer's reach would cut a longer name (`… Grain and Oils Center`).
    expect(groups('Data itu dari Tarsen National Grain and Oils Center pekan lalu.')).toEqual([]);
  });
});

describe('organisations: stock codes in brackets', () => {
  it('organisations orgs32: a company’s four-letter code is that company, and makes the other coded names of its paragraph companies', () => {
    expect(groups('Pada penutupan sesi kedua, PT Kalvora Energi Tbk (KLVR) naik, sedangkan Vellmoor Tambang (VLTB) dan Quillby (QLBY) turun.')).toEqual([
      ['PT Kalvora Energi Tbk', 'KLVR'],
      ['Vellmoor Tambang', 'VLTB'],
      ['Quillby', 'QLBY'],
    ]);
  });

  it('organisations orgs32: without a company’s code beside them, or inside a longer name, bracketed capitals stay as they were', () => {
    // No company pairs a code here: a thing's short form, none.
    expect(groups('Harga Vellmoor Tambang (VLTB) turun, kata warga.')).toEqual([]);
    // A longer name runs on before the company's: the code is that thing's (`Sertifikat …`).
    expect(groups('Pemodal memburu Surat Berharga Bank Kalvora (SBBK) sepanjang pekan.')).toEqual([['Bank Kalvora']]);
  });
});

describe('organisations: heads of exchanges and military units', () => {
  it('organisations orgs32: `Bursa Efek`, `Batalyon` and `Brigade` head a name', () => {
    expect(groups('Direksi melapor ke Bursa Efek Tarsenville pekan lalu.')).toEqual([['Bursa Efek Tarsenville']]);
    expect(groups('Ia pernah bertugas di Batalyon Infanteri 999 sebelum pindah.')).toEqual([['Batalyon Infanteri 999']]);
    expect(groups('Serangan itu diklaim Brigade Quillby sejak Selasa.')).toEqual([['Brigade Quillby']]);
  });

  it('organisations orgs32: the common nouns in lower case name none', () => {
    expect(groups('Perdagangan di bursa efek berjalan lancar, kata seorang anggota brigade.')).toEqual([]);
  });
});

describe('organisations: English legal forms written as abbreviations', () => {
  it('organisations orgs32: `Co` closes a company’s name, and an abbreviation’s dot stays with it while the sentence goes on', () => {
    expect(groups('Harga saham Vellmoor Quill Co. dan Tarsen Inc. (TRS) turun pekan ini.')).toEqual([['Vellmoor Quill Co.'], ['Tarsen Inc.', 'TRS']]);
  });

  it('organisations orgs32: the dot that ends the sentence stays out', () => {
    expect(groups('Produk itu dibuat Vellmoor Inc. Perusahaan itu berbasis di Tarsen.')).toEqual([['Vellmoor Inc']]);
    expect(groups('Produk itu dibuat Vellmoor Quill Co.')).toEqual([['Vellmoor Quill Co']]);
  });
});

describe('organisations: one-word names coined with the country’s name', () => {
  it('organisations orgs32: an Indonesian `-indo` name is a body with a body’s context (a kind noun or a post before it, a short name defined beside it, its country after it)', () => {
    expect(groups('Menurut asosiasi Vellmorindo, harga sepatu naik.')).toEqual([['Vellmorindo']]);
    expect(groups('Sejak Juni, Vellmorindo (VLM) menambah dua gerai.')).toEqual([['Vellmorindo']]);
    expect(groups('Para perajin Tenun Ikat Tarsen (Tenikindo) menggelar pameran di alun-alun.')).toEqual([['Tenikindo']]);
    expect(groups('Ketua Bidang Dagang Internasional Tarsenindo, Rina Wulandari, menyebut tarif naik.')).toEqual([['Tarsenindo']]);
    expect(groups('Produsen Quillindo Indonesia (QI) mulai berjualan.')).toEqual([['Quillindo Indonesia', 'QI']]);
  });

  it('organisations orgs32: a short word, a CamelCase brand or a Malay text keeps its old reading', () => {
    expect(groups('Ia bertemu Lindo di pasar kemarin.')).toEqual([]);
    expect(groups('Produk VellmorIndo dijual di pasar.')).toEqual([]);
    expect(extractOrganisations('Menurut asosiasi Vellmorindo, harga kasut naik.', { language: 'zlm' }).organisations).toEqual([]);
  });

  it('organisations orgs32: given names and places ending so stay out without a body’s context', () => {
    // No context at all.
    expect(groups('Menurut Vellmorindo, harga sepatu naik.')).toEqual([]);
    // A name word or a name particle after it: a person.
    expect(groups('Gerlindo Mendes mengatakan warga menunggu bantuan.')).toEqual([]);
    expect(groups('Bantuan belum tiba, kata Ferlindo da Costa kepada wartawan.')).toEqual([]);
    // After a noun that takes a place: the place.
    expect(groups('Sebagian warga Kampung Sarindo mengungsi ke balai desa.')).toEqual([]);
  });
});

describe('organisations: a body’s short name after a post and its field', () => {
  it('organisations orgs32: an acronym after `Ketua Bidang …` (any field words, `dan`, `&`) is the post’s body', () => {
    expect(groups('Ketua Bidang Tata Ruang dan Lingkungan KPLV, Santi Herawati, menolak rencana itu.')).toEqual([['KPLV']]);
    expect(groups('Usulan itu datang dari kepala bidang Pendidikan & Pelatihan KPLV dua pekan lalu.')).toEqual([['KPLV']]);
  });

  it('organisations orgs32: a field without a post that heads a unit names no body', () => {
    expect(groups('Ia membahas bidang Tata Ruang dan Lingkungan KPLV kemarin.')).toEqual([]);
    expect(groups('Menteri Bidang Ekonomi KPLV hadir dalam rapat.')).toEqual([]);
  });
});

describe('organisations: a company named after its noun and field', () => {
  it('organisations orgs32: `firma hukum`, `biro riset`, `perusahaan farmasi` before a name of two words or more', () => {
    expect(groups('Gugatan para nelayan diajukan lewat firma hukum Daravent Oskarsen sejak Maret.')).toEqual([['Daravent Oskarsen']]);
    expect(groups('Survei terbaru biro riset Pelmora Insight menunjukkan minat beli turun.')).toEqual([['Pelmora Insight']]);
  });

  it('organisations orgs32: a small word, or another noun with its adjective, keeps the name out', () => {
    expect(groups('Ia bekerja di perusahaan yang Daravent Oskarsen miliki.')).toEqual([]);
    expect(groups('Ia anggota kelompok bersenjata Rudi Hartono sejak lama.')).toEqual([]);
  });
});
