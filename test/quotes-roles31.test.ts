import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/lang/index.js';
import { lexicon } from '../src/quotes/speech-words.js';
import { speakerLines } from './speaker-lines.js';

describe('quotes: Indonesian roles and bodies, round 31', () => {
  it('reads a two-word post of the roles list whose second word is no title word (`Rais Aam`) whole', () => {
    expect(speakerLines('“Musyawarah ditunda sampai bulan depan,” kata Rais Aam Jamiyah Ukhuwah Laut KH Tamrin Salampessy.', 'ind')).toEqual([
      'Tamrin Salampessy | Rais Aam | Jamiyah Ukhuwah Laut',
    ]);
    const lead = 'Rais Syuriah Pengurus Wilayah Jamiyah Ukhuwah Seram, Tamrin Salampessy, membuka musyawarah di aula.\n\n';
    expect(speakerLines(`${lead}“Musyawarah ditunda sampai bulan depan,” ujarnya.`, 'ind')).toEqual([
      'Tamrin Salampessy | Rais Syuriah | Pengurus Wilayah Jamiyah Ukhuwah Seram',
    ]);
  });

  it('still reads a two-word entry whose second word is an organisation word (`Ketua DPR`) as post and body', () => {
    expect(speakerLines('“Musyawarah ditunda sampai bulan depan,” kata Ketua DPR Tamrin Salampessy.', 'ind')).toEqual(['Tamrin Salampessy | Ketua | DPR']);
  });
});

describe('quotes: which two-word posts of the roles list become compound roles, round 31', () => {
  it('takes a post whose second word has no reading of its own, in every language, and leaves one whose second word is a title word', () => {
    for (const data of Object.values(LANGUAGES)) {
      const compound = lexicon(data).compoundRoles;
      const own = new Set(data.speech.compoundRoles ?? []);
      const added = [...compound].filter((r) => !own.has(r));
      // A second word that is a role, a role word or a title word (`Perdana Menteri`, `Ketua Umum`, `Menteri Besar`).
      for (const post of ['Perdana Menteri', 'Ketua Umum', 'Jaksa Agung', 'Menteri Besar', 'Ketua Menteri', 'Naib Canselor']) {
        expect(added).not.toContain(post);
      }
    }
    expect(lexicon(LANGUAGES.ind).compoundRoles.has('Rais Aam')).toBe(true);
  });
});

describe('quotes: an English-order company post with no body named, round 31', () => {
  const opening =
    'AMBON - PT Sembada Larasindah membuka dua gudang pendingin baru untuk sagu dan ikan asap. ' +
    'Sembada Larasindah kini memasok toko swalayan di lima kabupaten.\n\n';
  const said = (post: string) => `Kiriman pertama berangkat pekan ini, ${post} Kinanthi Wirasena memastikan. “Stok aman sampai akhir tahun,” tuturnya.`;

  it('holds a capitalised post closed by an English head noun at the company the article is about', () => {
    expect(speakerLines(`${opening}${said('Regional Sales Manager')}`, 'ind')).toEqual([
      'Kinanthi Wirasena | Regional Sales Manager | PT Sembada Larasindah',
    ]);
  });

  it('gives no body when the article is about no company, or when the post is a lower-case description', () => {
    const agency =
      'AMBON - Dinas Perikanan Maluku membuka dua gudang pendingin baru untuk ikan asap. ' +
      'Dinas Perikanan Maluku kini mendata nelayan di lima kabupaten.\n\n';
    expect(speakerLines(`${agency}${said('Regional Sales Manager')}`, 'ind')).toEqual(['Kinanthi Wirasena | Regional Sales Manager | null']);
    expect(speakerLines(`${opening}${said('manajer gudang sewaan')}`, 'ind')).toEqual(['Kinanthi Wirasena | manajer gudang sewaan | null']);
  });
});
