import { detectLanguage } from '../language/detect-language.js';
import { blockTexts, segmentBlocks } from '../segment.js';
import { requireString } from '../util/arguments.js';
import { languageData } from '../lang/index.js';
import type { Organisation, SupportedLanguage } from '../types.js';
import { normalize } from '../util/normalize.js';
import { findOrganisations } from './find-organisations.js';
import { groupOrganisations, toOrganisation } from './group.js';

export interface ExtractOrganisationsOptions {
  /** The language of `text`; detected (`detectLanguage`) when absent. */
  language?: SupportedLanguage;
}

/** Below this, a detected language is a coin flip (a short sentence): read it as Indonesian, warta's first language. */
const MIN_LANGUAGE_CONFIDENCE = 0.6;

function languageOf(text: string): SupportedLanguage {
  const guess = detectLanguage(text);
  return guess.code !== 'und' && guess.confidence >= MIN_LANGUAGE_CONFIDENCE ? guess.code : 'ind';
}

/**
 * Find the organisations a news text mentions: names built on head nouns (`Kementerian
 * Keuangan`, `PT Pupuk Indonesia`), acronyms (`KPK`, `Hukatan-CNV`), known names from the
 * lexicon (`Penabulu`, `Polri`), each with every mention's span in `text`. A name and its
 * acronym in brackets are one organisation. Never throws on a string.
 */
export function extractOrganisations(text: string, options: ExtractOrganisationsOptions = {}): Organisation[] {
  requireString(text, 'text', 'extractOrganisations');
  try {
    const norm = normalize(text);
    // The pipeline's own paragraphs and language detection, so results match `parseArticle`'s.
    const paragraphs = blockTexts(norm.text, segmentBlocks(norm));
    const data = languageData(options.language ?? languageOf(norm.text));
    const hits = findOrganisations(paragraphs, data);
    return groupOrganisations(hits).map((o) => toOrganisation(norm, o));
  } catch {
    return [];
  }
}
