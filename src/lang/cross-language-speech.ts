/**
 * Speaker-phrase words that cross languages, one list for all: Indonesian and Malay text quotes
 * English titles (`Vice President of the …`, `Director at …`), and English reports keep Indonesian
 * and Malay words around a speaker (`demikian kata …`, `warga bernama …`, `Ketua … di …`).
 */
export const crossLanguageSpeech = {
  articles: ['the'],
  titlePlaces: ['di', 'at'],
  postVerbLeads: ['demikian'],
  namingWords: ['bernama'],
  // `Budi Santoso dari Lembaga Contoh`, `Rina Wulandari of the Contoh Institute`: a person and the body they come from.
  affiliationLinks: ['dari', 'daripada', 'of', 'from'],
} as const satisfies Record<string, readonly string[]>;
