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
} as const satisfies Record<string, readonly string[]>;
