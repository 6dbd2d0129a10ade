import type { OutletData } from '../types.js';

/** Malaysian outlets and agencies as written in datelines → canonical id (matched case-insensitively). */
export const outlets: OutletData = {
  names: {
    Bernama: 'bernama',
    'Utusan Malaysia': 'utusan',
    Utusan: 'utusan',
    'Berita Harian': 'berita-harian',
    BH: 'berita-harian',
    'Harian Metro': 'harian-metro',
    'Kosmo!': 'kosmo',
    Kosmo: 'kosmo',
    'Astro Awani': 'astro-awani',
    AWANI: 'astro-awani',
    'Sinar Harian': 'sinar-harian',
    mStar: 'mstar',
    'The Star': 'the-star',
    Malaysiakini: 'malaysiakini',
    'Free Malaysia Today': 'fmt',
    FMT: 'fmt',
    Reuters: 'reuters',
    AFP: 'afp',
    Xinhua: 'xinhua',
    ANTARA: 'antara',
  },
  notPlaces: [
    'Foto', 'Gambar', 'Video', 'Editor', 'Penulis', 'Wartawan', 'Sumber', 'Oleh', 'Nota', 'Catatan',
    'Lokasi', 'Tempat', 'Tarikh', 'Masa', 'Hari', 'Baca', 'Info', 'Soalan', 'Jawapan', 'Kesimpulan',
  ],
  brandWords: ['berita', 'harian', 'warta', 'buletin', 'utusan', 'akhbar', 'daily', 'news', 'online', 'times', 'post', 'tv', 'radio'],
};
