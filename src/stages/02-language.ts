import type { Context } from '../context.js';
import { LANGUAGES, languageData } from '../lang/index.js';
import { detectLanguage } from '../language/detect-language.js';

/** Decide the article's language (or take the caller's) and pick its data. */
export function detectArticleLanguage(ctx: Context): void {
  const forced = ctx.options.language;
  ctx.language = forced ? { code: forced, confidence: 1 } : detectLanguage(ctx.norm.text);
  ctx.lang = languageData(ctx.language.code);
  ctx.langs = [ctx.lang, ...Object.values(LANGUAGES).filter((l) => l !== ctx.lang)];
}
