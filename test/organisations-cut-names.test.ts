import { describe, expect, it, vi } from 'vitest';
import { extractOrganisations } from '../src/organisations/extract-organisations.js';
import { Finder } from '../src/organisations/paragraph.js';
import type { SupportedLanguage } from '../src/types.js';

/** Each organisation found in `text` as its mention texts, as written. */
function groups(text: string, language: SupportedLanguage = 'ind'): string[][] {
  return extractOrganisations(text, { language }).organisations.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('organisations: a name cut short joins the body it starts', () => {
  it('organisations cut names: a short form of a longer name is the same organisation', () => {
    const text =
      'Badan Pangan Lestari Nasional menyiapkan dapur umum di tiap desa. Kami hanya mengawasi, pelaksananya Badan Pangan Lestari. ' +
      'Kepala Satgas Penertiban Tambang Liar menyebut hasilnya. Menurut dia, Satgas Penertiban bekerja sejak Mei.';
    expect(groups(text)).toEqual([
      ['Badan Pangan Lestari Nasional', 'Badan Pangan Lestari'],
      ['Satgas Penertiban Tambang Liar', 'Satgas Penertiban'],
    ]);
  });

  it('organisations cut names: a national body stays apart from its branch, a numbered unit from its parent’s name', () => {
    const branch = groups('Badan Cuaca Lestari merilis data. Badan Cuaca Lestari Provinsi Contoh Timur menyusul sehari kemudian.');
    expect(branch).toContainEqual(['Badan Cuaca Lestari']);
    const two = groups('Dinas Tani Makmur Jaya dan Dinas Tani Makmur Sentosa bertemu. Dinas Tani Makmur menolak.');
    expect(two).toContainEqual(['Dinas Tani Makmur']);
  });

  it('organisations cut names: repeats of a short and a long form cost linear work, not one per pair', () => {
    // Work is counted as organisation look-ups (`Finder.find`), which a walk over every pair of forms would multiply.
    const unit = 'Badan Mutu Benih Lestari Nasional menguji benih padi di tiap kabupaten. Petani menyebut pengujinya Badan Mutu Benih Lestari. ';
    const work = (repeats: number): { finds: number; mentions: number[] } => {
      const spy = vi.spyOn(Finder.prototype, 'find');
      try {
        const orgs = extractOrganisations(unit.repeat(repeats)).organisations;
        return { finds: spy.mock.calls.length, mentions: orgs.map((o) => o.mentions.length) };
      } finally {
        spy.mockRestore();
      }
    };
    const half = work(1000);
    const full = work(2000);
    expect(full.mentions).toEqual([4000]);
    expect(half.mentions).toEqual([2000]);
    expect(full.finds).toBeLessThan(2.5 * half.finds);
  });

  it('organisations cut names: a well-known international forum under its local name and acronym', () => {
    expect(groups('Laporan itu disiapkan Forum Ekonomi Dunia (WEF) pekan lalu.')).toEqual([['Forum Ekonomi Dunia', 'WEF']]);
  });
});

describe('organisations: a Malay party under the spelling Malay outlets give it', () => {
  it('organisations cut names: `Pas` in Malay text is the party, as `Umno` is', () => {
    const text = 'Ahli Pas di negeri itu diminta bersabar, kata ketua cawangan Rahim Contoh. Pas akan bertanding di semua kerusi.';
    expect(groups(text, 'zlm')).toEqual([['Pas', 'Pas']]);
  });

  it('organisations cut names: `Pas` that a noun makes a permit, or `pas` as `when`, is no party', () => {
    expect(groups('Pas lawatan pelancong dari seberang itu tamat tempoh minggu lalu, kata pegawai imigresen.', 'zlm')).toEqual([]);
    expect(groups('Setiap pemandu lori perlu menunjukkan Pas keluar kepada pengawal di pintu kilang.', 'zlm')).toEqual([]);
    expect(groups('Pas Lawatan Kerja Sementara miliknya diperbaharui tahun lalu.', 'zlm')).toEqual([]);
    expect(groups('Pas saya datang ke balai desa, antreannya sudah mengular sampai parkiran.', 'zlm')).toEqual([]);
    expect(groups('Pas saya datang ke balai desa, antreannya sudah mengular sampai parkiran.', 'ind')).toEqual([]);
    // The party still goes on with lower-case words of its own sentence.
    expect(groups('Ketua cawangan berkata Pas akan menamakan calon minggu depan.', 'zlm')).toEqual([['Pas']]);
  });

  it('organisations cut names: a village or river named like the party is the place', () => {
    expect(groups('Penduduk Kampung Sungai Pas dipindahkan ke dewan orang ramai semalam.', 'zlm')).toEqual([]);
  });
});

describe('organisations: Malaysia’s Conference of Rulers under its English name', () => {
  it('organisations cut names: the rulers’ council in English news is the body Malay news calls Majlis Raja-Raja', () => {
    const text = 'The rulers met at a special Conference of Rulers at the palace today, the statement said.';
    const orgs = extractOrganisations(text, { language: 'eng' }).organisations;
    expect(orgs.map((o) => o.name)).toEqual(['Majlis Raja-Raja']);
  });
});
