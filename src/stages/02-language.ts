import { languageData, languagesFirst } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import { readLanguage } from '../language/read-language.js';
import type { ArticleLanguage, SupportedLanguage } from '../types.js';
import type { Stage, StageResult } from './types.js';

export interface LanguageInput {
  text: string;
  /** The caller's `options.language`: taken as given, no detection. */
  language: SupportedLanguage | undefined;
}

export interface LanguageResult extends StageResult {
  language: ArticleLanguage;
  /** Data of the detected (or given) language; Indonesian when undetermined. */
  data: LanguageData;
  /** Every language's data, the article's own first: junk and outlets cross languages. */
  langs: readonly LanguageData[];
}

/** Decide the article's language (or take the caller's) and pick its data. */
export function detectArticleLanguage(input: LanguageInput): LanguageResult {
  // An article is long enough that any verdict beats the default: no confidence floor.
  const { language, data } = readLanguage(input.text, input.language);
  return { language, data, langs: languagesFirst(data) };
}

export const languageStage: Stage<LanguageInput, LanguageResult> = {
  name: 'language',
  run: detectArticleLanguage,
  nothing: (input) => {
    const data = languageData(input.language);
    return { language: { code: 'und', confidence: 0, source: 'detected' }, data, langs: languagesFirst(data) };
  },
  decisions: (r) => [{ what: `language:${r.language.code} (${r.language.source}, ${r.language.confidence})`, region: null }],
};
