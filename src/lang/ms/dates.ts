import type { DateData } from '../types.js';

/** Malay calendar words (`Mac`, `Julai`, `Ogos`, `Disember`; `Isnin`, `Khamis`, `Jumaat`). */
export const dates: DateData = {
  months: {
    januari: 1, jan: 1,
    februari: 2, feb: 2,
    mac: 3,
    april: 4, apr: 4,
    mei: 5,
    jun: 6,
    julai: 7, jul: 7,
    ogos: 8, ogo: 8,
    september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10,
    november: 11, nov: 11,
    disember: 12, dis: 12,
  },
  days: {
    ahad: 0,
    isnin: 1,
    selasa: 2,
    rabu: 3,
    khamis: 4,
    jumaat: 5,
    sabtu: 6,
  },
  timezones: { MYT: '+08:00' },
  timeWords: ['pukul', 'jam'],
  publishedWords: ['Dikemas kini', 'Dikemaskini', 'Diterbitkan', 'Disiarkan', 'Kemaskini'],
};
