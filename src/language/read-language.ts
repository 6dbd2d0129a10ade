import { languageData } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import type { ArticleLanguage, SupportedLanguage } from '../types.js';
import { detectLanguage } from './detect-language.js';

/**
 * The language a text is read as, the same way everywhere: the caller's `options.language`
 * when given, else `detectLanguage`'s verdict. The data read is that language's; Indonesian,
 * warta's first language, when the verdict is `und`, or when its confidence is under
 * `minConfidence` (the standalone extractors pass a floor: a one-sentence text is a coin flip).
 */
export function readLanguage(text: string, option: SupportedLanguage | undefined, minConfidence = 0): { language: ArticleLanguage; data: LanguageData } {
  if (option) return { language: { code: option, confidence: 1, source: 'option' }, data: languageData(option) };
  const guess = detectLanguage(text);
  const read = guess.code !== 'und' && guess.confidence >= minConfidence ? guess.code : 'ind';
  return { language: { ...guess, source: 'detected' }, data: languageData(read) };
}
