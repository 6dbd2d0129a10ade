import type { MarkerData } from '../types.js';

/**
 * Evidence for English. franc already tells English from Indonesian/Malay reliably, so English
 * needs only its frequent function words (to tell English from other languages and from
 * garbage) and no sibling evidence.
 */
export const markers: MarkerData = {
  siblings: [],
  // Frequent words, minus the short ones other languages share (a, in, is, was, an, on: Italian, Dutch, Spanish…).
  common: [
    'the', 'of', 'and', 'to', 'for', 'that', 'with', 'as', 'by', 'at',
    'from', 'it', 'be', 'are', 'were', 'has', 'have', 'had', 'he', 'she', 'they', 'this', 'said',
    'will', 'or', 'not', 'but', 'which', 'its', 'their', 'his', 'her', 'we', 'would', 'also',
    'been', 'who', 'after', 'more', 'than', 'about', 'into', 'there', 'can', 'could', 'our',
  ],
  words: [],
  strong: [],
  patterns: [],
};
