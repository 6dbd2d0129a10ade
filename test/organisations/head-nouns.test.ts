/** Organisations read from their head noun: hospitals, task forces, teams, groups, schools, halls. */
import { describe, expect, it } from 'vitest';
import { extractOrganisations } from '../../src/organisations/extract-organisations.js';
import type { SupportedLanguage } from '../../src/types.js';
import { speakerLines } from '../support/speaker-lines.js';

/** Each organisation's mention texts, as written. */
function groups(text: string): string[][] {
  return extractOrganisations(text, { language: 'ind' }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: a hospital under its short head', () => {
  it('`RS` with a name after it is a hospital', () => {
    const text = 'Korban dibawa ke RS Cahaya Medika, Wanareja, Selasa. Dokter RS Cahaya Medika menyebut kondisinya stabil.';
    expect(groups(text)).toEqual([['RS Cahaya Medika', 'RS Cahaya Medika']]);
  });

  it('`RS` alone is a hospital of no name', () => {
    expect(groups('Biaya RS naik tahun ini, kata warga yang baru pulang dari RS itu.')).toEqual([]);
  });
});

describe('organisations: a task force under its long head', () => {
  it('`Gugus Tugas` with a name after it is a body, as `Satgas` is', () => {
    const text = 'Menurut juru bicara Gugus Tugas Penanganan Wabah Demam Kabupaten Sukamaju Hilir, kasus turun.';
    expect(groups(text)).toEqual([['Gugus Tugas Penanganan Wabah Demam Kabupaten Sukamaju Hilir']]);
  });

  it('a task in lower case is no body', () => {
    expect(groups('Warga membentuk gugus tugas kecil untuk ronda malam.')).toEqual([]);
  });
});

describe('organisations: a named team', () => {
  it('`Tim` with a name after it is a body', () => {
    const text = 'Polres Wanareja membentuk Tim Penjaga Sungai pekan lalu. Tim Penjaga Sungai bersiaga setiap malam.';
    expect(groups(text)).toEqual([['Polres Wanareja'], ['Tim Penjaga Sungai', 'Tim Penjaga Sungai']]);
  });

  it('a team of a named body is that body', () => {
    expect(groups('Tim Polres Wanareja memeriksa lokasi.')).toEqual([['Polres Wanareja']]);
    expect(groups('Tim KPK menggeledah kantor itu.').map((g) => g[0])).toEqual(['KPK']);
  });

  it('`Tim` with one word after it is a person or a country’s side', () => {
    expect(groups('Pendiri Contohsoft, Tim Harlowe, mengatakan penjualan naik.')).toEqual([]);
    expect(groups('Tim Malaysia bertemu tim Jepang di final.')).toEqual([]);
  });
});

describe('organisations: a hospital named after a doctor', () => {
  it('`Dr` right after a hospital head opens its namesake', () => {
    expect(groups('Pasien dirujuk ke RSUP Dr Harlowe Sukamaju pagi tadi.')).toEqual([['RSUP Dr Harlowe Sukamaju']]);
  });

  it('a doctor after a named body is a person', () => {
    expect(groups('Kepala RSUP Wanareja Dr Harlowe Sukamaju hadir.').flat().some((m) => m.includes('Harlowe'))).toBe(false);
  });

  it('a name never ends on the namesake title', () => {
    // The namesake's words recur after an officer's title and are cut off as a person's name: the title goes with them.
    const text = 'Bayi itu dirawat di RSUD Dr Marsaid Kuncoro, kata Direktur RSUD Dr Marsaid Kuncoro, Ratnasuri.';
    expect(groups(text).flat().some((m) => m.endsWith('Dr'))).toBe(false);
    expect(groups(text).flat()).toEqual(['RSUD', 'RSUD']);
  });

  it('`Dr` after an officer’s title and a hospital head is the officer', () => {
    expect(groups('Direktur Utama RSIA Dr Marsaid Kuncoro mengatakan stok darah menipis.')).toEqual([['RSIA']]);
    expect(groups('Direktur RSUD Dr Marsaid Kuncoro meninjau bangsal baru.')).toEqual([['RSUD']]);
  });

  it('with no title before the head `Dr` stays the namesake', () => {
    expect(groups('Stok darah di RSIA Dr Marsaid Kuncoro menipis, menurut petugas.')).toEqual([['RSIA Dr Marsaid Kuncoro']]);
  });
});

describe('organisations: a farmers\' group under its name', () => {
  it('`Kelompok Tani` with a name after it is a group', () => {
    const text = 'Ketua Kelompok Tani Tunas Mekarsari, Suharjo Widodo, berkata panen di lereng itu bagus.';
    expect(groups(text)).toEqual([['Kelompok Tani Tunas Mekarsari']]);
  });

  it('`Kelompok Tani` with no name, and `Kelompok` alone, name no group', () => {
    expect(groups('Anggota kelompok tani di desa itu mengeluh. Kelompok Tani di Cibeurih belum menerima pupuk.')).toEqual([]);
    expect(groups('Kelompok Pemuda membawa spanduk ke balai desa.')).toEqual([]);
  });
});

describe('organisations: an Islamic boarding school under its name', () => {
  it('`Pondok Pesantren` and `Pesantren` with a name after them are schools', () => {
    const text = 'Santri Pondok Pesantren Darul Ilmi Cikadu menanam padi di sawah wakaf. Pengasuh Pesantren Miftahul Arif mengirim bibit.';
    expect(groups(text)).toEqual([['Pondok Pesantren Darul Ilmi Cikadu'], ['Pesantren Miftahul Arif']]);
  });

  it('`pesantren` as a common noun names no school', () => {
    expect(groups('Para santri dari tiga pesantren di kecamatan itu ikut lomba. Pesantren di desa itu libur sepekan.')).toEqual([]);
  });
});

/** Every mention text, as written, of what `extractOrganisations` finds in `text`. */
function mentions(text: string, language: SupportedLanguage = 'ind'): string[] {
  return extractOrganisations(text, { language }).organisations.flatMap((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations on new text: heads', () => {
  it('organisations new text: task forces and embassies, and a known name that runs past a unit name', () => {
    expect(mentions('Satgas Pangan Lestari menyita beras oplosan.')).toEqual(['Satgas Pangan Lestari']);
    expect(mentions('Warga melapor ke Kedutaan Besar RI (KBRI) di sana.')).toEqual(['Kedutaan Besar RI', 'KBRI']);
    const run = mentions('Pusat Kajian Pesisir Jabatan Perdana Menteri menerbitkan laporan.', 'zlm');
    expect(run).toEqual(['Pusat Kajian Pesisir', 'Jabatan Perdana Menteri']);
  });
});

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

/** Every organisation name `extractOrganisations` reports for `text` read in `language`. */
function organisationNames(text: string, language: 'zlm' | 'eng'): string[] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.name);
}

describe('organisations: a body named after a titled person starts after the whole honorific', () => {
  it('`chairman of the Tan Sri X Foundation` (English) / `Pengerusi Tan Sri X Foundation` (Malay): the body is `X Foundation`, the title stays with the role', () => {
    const english = [
      'SHAH ALAM: Datin Rohana Bakar, chairman of the Tan Sri Rashid Omar Foundation, said the grants were open to rural schools.',
      '“We want every child in school,” she said.',
    ].join('\n\n');
    expect(organisationNames(english, 'eng')).toEqual(['Rashid Omar Foundation']);
    expect(speakerLines(english, 'eng').at(-1)).toBe('Rohana Bakar | chairman Tan Sri | Rashid Omar Foundation');
    const malay = [
      'SHAH ALAM: Pengerusi Tan Sri Rashid Omar Foundation, Datin Rohana Bakar berkata biasiswa itu dibuka kepada pelajar luar bandar.',
      '“Kami mahu setiap anak bersekolah,” katanya.',
    ].join('\n\n');
    expect(organisationNames(malay, 'zlm')).toEqual(['Rashid Omar Foundation']);
    expect(organisationNames('Students of the Puan Sri Aminah Yusof Foundation visited the museum last week.', 'eng')).toEqual(['Aminah Yusof Foundation']);
  });

  it('must not fire: `Sri`/`Seri` after a word that takes no such title stays in the body’s name', () => {
    expect(organisationNames('Residents wrote to the Kota Seri Indah Council last week about the new bus depot.', 'eng')).toContain('Kota Seri Indah Council');
    expect(organisationNames('Sri Lanka Airlines signed the deal with Tan Sri Rashid Omar last week.', 'eng')).toContain('Sri Lanka Airlines');
  });
});
