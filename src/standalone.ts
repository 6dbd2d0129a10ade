/**
 * What the standalone extractors (`extractQuotes`, `extractOrganisations`) share with
 * `parseArticle`: the same normalization, segmentation and language choice, so a text gives
 * the same paragraphs and is read as the same language by all three; and the same way of
 * reporting an internal failure: a warning in the result, never an exception or a silently
 * empty list.
 */
import type { LanguageData } from './lang/types.js';
import { readLanguage } from './language/read-language.js';
import { MIN_SNIPPET_LANGUAGE_CONFIDENCE } from './options.js';
import { type Block, segmentBlocks } from './segment.js';
import type { ArticleLanguage, SupportedLanguage } from './types.js';
import { normalize, type Normalized } from './util/normalize.js';

/** A text read the way `parseArticle` reads one, before any stage. */
export interface StandaloneText {
  norm: Normalized;
  blocks: Block[];
  language: ArticleLanguage;
  /** Data of `language`; Indonesian when undetermined or a coin flip. */
  data: LanguageData;
}

export function readStandalone(text: string, language: SupportedLanguage | undefined): StandaloneText {
  const norm = normalize(text);
  // Extractors often get one sentence, where a weak guess is a coin flip (see the constant).
  return { norm, blocks: segmentBlocks(norm), ...readLanguage(norm.text, language, MIN_SNIPPET_LANGUAGE_CONFIDENCE) };
}

/** The language to report when reading failed before the language was known. */
export function unreadLanguage(option: SupportedLanguage | undefined): ArticleLanguage {
  return option ? { code: option, confidence: 1, source: 'option' } : { code: 'und', confidence: 0, source: 'detected' };
}

/** The warning for an internal failure, worded like `parseArticle`'s for a crashed stage. */
export function crashWarning(fn: string, error: unknown): string {
  return `${fn} crashed: ${error instanceof Error ? error.message : String(error)}`;
}
