import type { DateData } from '../types.js';

/** Indonesian calendar words, with every month abbreviation seen in news (`Peb`, `Mrt`, `Agt`, `Nop`). */
export const dates: DateData = {
  months: {
    januari: 1, jan: 1,
    februari: 2, pebruari: 2, feb: 2, peb: 2, pebr: 2,
    maret: 3, mar: 3, mrt: 3,
    april: 4, apr: 4,
    mei: 5,
    juni: 6, jun: 6,
    juli: 7, jul: 7,
    agustus: 8, agu: 8, agt: 8, ags: 8, agst: 8, agus: 8,
    september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10,
    november: 11, nopember: 11, nov: 11, nop: 11,
    desember: 12, des: 12,
  },
  days: {
    minggu: 0, ahad: 0,
    senin: 1,
    selasa: 2,
    rabu: 3,
    kamis: 4,
    jumat: 5, "jum'at": 5, 'jum’at': 5,
    sabtu: 6,
  },
  timezones: { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' },
  timeWords: ['pukul', 'pkl.', 'pkl', 'jam'],
  publishedWords: ['Diperbarui', 'Diterbitkan', 'Dipublikasikan', 'Diunggah', 'Diupdate', 'Terbit', 'Update', 'Dibuat'],
};
