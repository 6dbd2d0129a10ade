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
