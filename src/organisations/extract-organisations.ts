import { languageData } from '../lang/index.js';
import type { Organisation, SupportedLanguage } from '../types.js';
import { normalize, toSourceSpan } from '../util/normalize.js';
import { findOrganisations } from './find-organisations.js';
import { buildOrganisations } from './group.js';

export interface ExtractOrganisationsOptions {
  /** The language of `text`; guessed from a few function words when absent. */
  language?: SupportedLanguage;
}

/** Words that Malay uses where Indonesian uses others (`bahawa`/`bahwa`, `kerajaan`/`pemerintah`), and the reverse. */
const MALAY_WORDS = /\b(?:bahawa|kerana|kerajaan|iaitu|selepas|berkata|boleh|mahupun|kakitangan|beliau)\b/gi;
const INDONESIAN_WORDS = /\b(?:bahwa|karena|pemerintah|ujar|bisa|saat|tetapi|mengatakan|tersebut)\b/gi;
/** English function words, against Indonesian/Malay ones. */
const ENGLISH_WORDS = /\b(?:the|and|of|said|with|that)\b/gi;
const MALAY_OR_INDONESIAN_WORDS = /\b(?:yang|dan|dengan|untuk|tidak|juga)\b/gi;
/** Only the first characters are needed to tell the three apart. */
const GUESS_LENGTH = 3000;

/** A cheap guess among Indonesian, Malay and English for callers that give no language. */
function guessLanguage(text: string): SupportedLanguage {
  const sample = text.slice(0, GUESS_LENGTH);
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  if (count(ENGLISH_WORDS) > count(MALAY_OR_INDONESIAN_WORDS)) return 'eng';
  return count(MALAY_WORDS) > count(INDONESIAN_WORDS) ? 'zlm' : 'ind';
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
    const hits = findOrganisations(paragraphs, data);
    return buildOrganisations(hits, (s, e) => toSourceSpan(norm, s, e));
  } catch {
    return [];
  }
}
