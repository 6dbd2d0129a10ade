import type { AbbreviationData } from '../types.js';

/**
 * Malay abbreviations for sentence splitting (sentence-splitter's `Language` shape).
 * Honorifics such as `Datuk`, `Tan Sri` and `Dato'` are written without a period and need no entry.
 */
export const abbreviations: AbbreviationData = {
  // Their period ends a sentence only before a capitalised word: `Maybank Bhd. hari ini` vs `… Bhd. Syarikat …`.
  ABBREVIATIONS: [
    'dll.', 'dsb.', 'dsbnya.', 'ms.', 'al.',
    'Bhd.', 'Sdn.', 'Ltd.', 'Inc.', 'Corp.', 'Co.', 'Pte.', 'Tbk.',
    'Ph.D.', 'M.A.', 'M.Sc.',
    'Jan.', 'Feb.', 'Mac.', 'Apr.', 'Jun.', 'Jul.', 'Ogo.', 'Sep.', 'Sept.', 'Okt.', 'Nov.', 'Dis.',
  ],
  // Written before a name, number or place: never the end of a sentence.
  PREPOSITIVE_ABBREVIATIONS: [
    // titles
    'Dr.', 'Prof.', 'Ir.', 'H.', 'Hj.', 'Hjh.', 'Tn.', 'Pn.', 'Sdr.', 'Sdri.', 'Dt.', 'Ust.',
    // shortened given names
    'Mohd.', 'Muhd.', 'Md.', 'Moh.', 'Abd.',
    // police and military ranks
    'Insp.', 'Supt.', 'Kol.', 'Lt.', 'Kapt.', 'Mej.', 'Kpl.', 'Sjn.',
    // places and addresses
    'Jln.', 'Jl.', 'Kg.', 'Tmn.', 'Sg.', 'Bkt.', 'Lrg.', 'No.',
    // before a number
    'RM.', 'hlm.', 'Tel.', 'vs.',
  ],
  EXCLAMATION_WORDS: ['Yahoo!'],
};
