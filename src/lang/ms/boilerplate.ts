import type { BoilerplateData } from '../types.js';

/** Page junk that Malaysian news sites leave in scraped text. */
export const boilerplate: BoilerplateData = {
  lines: [
    { kind: 'ad', phrase: 'ADVERTISEMENT' },
    { kind: 'ad', phrase: 'Iklan' },
    { kind: 'share', phrase: 'Kongsi' },
    { kind: 'share', phrase: 'Kongsi:' },
    { kind: 'share', phrase: 'Share' },
    { kind: 'comments', phrase: 'Komen' },
  ],
  prefixes: [
    { kind: 'related-link', phrase: 'Baca juga:' },
    { kind: 'related-link', phrase: 'Artikel berkaitan:' },
    { kind: 'related-link', phrase: 'Berita berkaitan:' },
    { kind: 'video-promo', phrase: 'Tonton video' },
    { kind: 'editor', phrase: 'Penulis:' },
    { kind: 'editor', phrase: 'Editor:' },
    { kind: 'copyright', phrase: 'Hak Cipta' },
    { kind: 'copyright', phrase: '©' },
    { kind: 'other', phrase: 'SAUDARA PENGARANG' },
  ],
  inline: [{ kind: 'related-link', phrase: 'Baca juga:' }, { kind: 'related-link', phrase: 'Artikel berkaitan:' }],
  contactOpeners: ['HUBUNGI:', 'Untuk maklumat lanjut:'],
  headlineFunctionWords: 'di ke dari dan yang untuk dengan atau pada soal jadi ini itu vs selepas hingga ketika bagi pun tak tidak akan boleh sudah lagi & - –'.split(' '),
  photoCredits: ['Foto', 'Gambar', 'GAMBAR', 'Sumber foto'],
  signOffs: ['BERNAMA'],
  titleSuffixes: [' - Utusan Malaysia', ' | Utusan Malaysia', ' | Berita Harian', ' | Harian Metro', ' | Kosmo Digital', ' | Astro Awani'],
};
