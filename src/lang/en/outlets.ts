import type { OutletData } from '../types.js';

/** Wire services and English-language outlets as written in datelines → canonical id (matched case-insensitively). */
export const outlets: OutletData = {
  names: {
    ANTARA: 'antara',
    'ANTARA News': 'antara',
    Reuters: 'reuters',
    AFP: 'afp',
    AP: 'ap',
    Bloomberg: 'bloomberg',
    Xinhua: 'xinhua',
    Kyodo: 'kyodo',
    Yonhap: 'yonhap',
    Bernama: 'bernama',
    'TEMPO.CO': 'tempo',
    'Tempo English': 'tempo',
    'The Jakarta Post': 'jakarta-post',
    'Jakarta Globe': 'jakarta-globe',
    'The Star': 'the-star',
    CNA: 'cna',
    UPI: 'upi',
    dpa: 'dpa',
    PRNewswire: 'prnewswire',
  },
  notPlaces: [
    'Photo', 'Video', 'Editor', 'Editing', 'Reporter', 'Reporting', 'Writer', 'Source', 'Note', 'Update',
    'Related', 'Read', 'Location', 'Venue', 'Date', 'Time', 'Contact', 'Email', 'Tel', 'Phone', 'Caption',
    'Credit', 'Tags', 'Disclaimer', 'Summary', 'Answer', 'Question', 'Q', 'A', 'By',
    // Titles written short with a full stop (`Prof. Rina …`), never a `Jakarta.` dateline.
    'Prof', 'Capt', 'Supt', 'Insp', 'Sgt', 'Lieut', 'Brig', 'Corp', 'Bros',
  ],
  brandWords: [
    'news', 'post', 'times', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'chronicle', 'globe',
    'observer', 'express', 'wire', 'media', 'online', 'tv', 'radio', 'today',
  ],
  placeFullStop: true,
};
