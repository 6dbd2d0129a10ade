import { English } from 'sentence-splitter/lang';
import type { AbbreviationData } from '../types.js';

/**
 * English abbreviations for sentence splitting: sentence-splitter's own English list plus the
 * Indonesian and Malaysian forms that English-language news from the region keeps.
 */
export const abbreviations: AbbreviationData = {
  ABBREVIATIONS: [...English.ABBREVIATIONS, 'Tbk.', 'Bhd.', 'Sdn.', 'Pte.', 'a.m.', 'p.m.', 'e.g.', 'i.e.', 'etc.'],
  PREPOSITIVE_ABBREVIATIONS: [
    ...English.PREPOSITIVE_ABBREVIATIONS,
    'Ir.', 'Hj.', 'Insp.', 'Pol.', 'Jl.', 'Jln.', 'Rp.', 'RM.', 'No.', 'Mohd.', 'Muhd.',
  ],
  EXCLAMATION_WORDS: [...English.EXCLAMATION_WORDS],
};
