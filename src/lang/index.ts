import type { SupportedLanguage } from '../types.js';
import { language as en } from './en/index.js';
import { language as id } from './id/index.js';
import { language as ms } from './ms/index.js';
import type { LanguageData } from './types.js';

export type { LanguageData } from './types.js';

/** The language data warta ships, by ISO 639-3 code. */
export const LANGUAGES: Readonly<Record<SupportedLanguage, LanguageData>> = { ind: id, zlm: ms, eng: en };

/** Data for a language; `und` falls back to Indonesian, warta's first language. */
export function languageData(code: string | undefined): LanguageData {
  return code === 'zlm' || code === 'eng' || code === 'ind' ? LANGUAGES[code] : LANGUAGES.ind;
}

/** Every language's data with one language first, one array per first language. */
const firstOrders = new Map<LanguageData, readonly LanguageData[]>();

/**
 * Every language's data, `first` first: a site's junk phrases, outlets and month names do not
 * follow the article's language, so those passes read all languages, the article's own first.
 * The same array comes back for the same first language, so patterns compiled from it can be
 * cached on it.
 */
export function languagesFirst(first: LanguageData): readonly LanguageData[] {
  let langs = firstOrders.get(first);
  if (!langs) {
    langs = Object.freeze([first, ...Object.values(LANGUAGES).filter((l) => l !== first)]);
    firstOrders.set(first, langs);
  }
  return langs;
}
