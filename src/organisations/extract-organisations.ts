import { languageData } from '../lang/index.js';
import type { Organisation, SupportedLanguage } from '../types.js';
import { normalize, toSourceSpan } from '../util/normalize.js';
import { findOrganisations } from './find-organisations.js';
import { buildOrganisations } from './group.js';

export interface ExtractOrganisationsOptions {
  /** The language of `text`; guessed from a few function words when absent. */
  language?: SupportedLanguage;
}

/** Words that only Malay (`kerajaan`, `iaitu`) or only English (`the`, `and`) use often. */
const MALAY_WORDS = /\b(?:kerajaan|iaitu|selepas|kerana|berkata|ialah|beliau|daripada|sebanyak|tahun ini)\b/gi;
const ENGLISH_WORDS = /\b(?:the|and|of|said|with|that)\b/gi;
const INDONESIAN_WORDS = /\b(?:yang|dan|dengan|untuk|tidak|juga)\b/gi;
/** Only the first characters are needed to tell the three apart. */
const GUESS_LENGTH = 3000;

/** A cheap guess among Indonesian, Malay and English for callers that give no language. */
function guessLanguage(text: string): SupportedLanguage {
  const sample = text.slice(0, GUESS_LENGTH);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const en = count(ENGLISH_WORDS);
  const id = count(INDONESIAN_WORDS);
  if (en > id) return 'eng';
  return count(MALAY_WORDS) >= 3 ? 'zlm' : 'ind';
}

/**
 * Find the organisations a news text mentions: names built on head nouns (`Kementerian
 * Keuangan`, `PT Pupuk Indonesia`), acronyms (`KPK`, `Hukatan-CNV`), known names from the
 * lexicon (`Penabulu`, `Polri`), each with every mention's span in `text`. A name and its
 * acronym in brackets are one organisation. Never throws on a string.
 */
export function extractOrganisations(text: string, options: ExtractOrganisationsOptions = {}): Organisation[] {
  if (typeof text !== 'string') throw new TypeError('extractOrganisations: `text` must be a string');
  try {
    const norm = normalize(text);
    const paragraphs: { text: string; start: number }[] = [];
    let start = 0;
    for (const line of norm.text.split('\n')) {
      if (line.trim() !== '') paragraphs.push({ text: line, start });
      start += line.length + 1;
    }
    const data = languageData(options.language ?? guessLanguage(norm.text));
    const hits = findOrganisations(paragraphs, data.organisations);
    return buildOrganisations(hits, (s, e) => toSourceSpan(norm, s, e));
  } catch {
    return [];
  }
}
