import { scanBlocks } from '../segment.js';
import { crashWarning, readStandalone, unreadLanguage } from '../standalone.js';
import type { ArticleLanguage, Organisation, SupportedLanguage } from '../types.js';
import { requireLanguage, requireOptions, requireString } from '../util/arguments.js';
import { findOrganisations } from './find-organisations.js';
import { groupOrganisations, toOrganisation } from './group.js';

/** Options of `extractOrganisations`. */
export interface ExtractOrganisationsOptions {
  /** The language of `text` (head nouns, lexicon); detected like `parseArticle` does when absent. */
  language?: SupportedLanguage;
}

/** What `extractOrganisations` found: the same fields, with the same meaning, as in an `Article`. */
export interface ExtractOrganisationsResult {
  organisations: Organisation[];
  language: ArticleLanguage;
  /** Notes about an internal failure (`extractOrganisations crashed: …`). */
  warnings: string[];
}

/**
 * Find the organisations a news text mentions: names built on head nouns (`Kementerian
 * Keuangan`, `PT Pupuk Indonesia`), acronyms (`KPK`, `Hukatan-CNV`), known names from the
 * lexicon (`Sekarbumi`, `Polri`), each with every mention's span in `text`. A name and its
 * acronym in brackets are one organisation. Never throws on a string; a non-string `text` or
 * a wrong option is a TypeError.
 *
 * @example
 * const { organisations } = extractOrganisations('Aliansi Petani Tangguh Bersatu (APTB) menolak impor.');
 * organisations[0].acronym; // 'APTB'
 */
export function extractOrganisations(text: string, options: ExtractOrganisationsOptions = {}): ExtractOrganisationsResult {
  requireString(text, 'text', 'extractOrganisations');
  requireOptions(options, 'extractOrganisations');
  requireLanguage(options.language, 'extractOrganisations');
  const result: ExtractOrganisationsResult = { organisations: [], language: unreadLanguage(options.language), warnings: [] };
  try {
    const { norm, blocks, language, data } = readStandalone(text, options.language);
    result.language = language;
    const hits = findOrganisations(scanBlocks(norm.text, blocks), data);
    result.organisations = groupOrganisations(hits).map((o) => toOrganisation(norm, o));
  } catch (error) {
    result.warnings.push(crashWarning('extractOrganisations', error));
  }
  return result;
}
