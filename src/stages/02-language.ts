import type { Context } from '../context.js';
import { LANGUAGES, languageData } from '../lang/index.js';
import type { LanguageData } from '../lang/types.js';
import { detectLanguage } from '../language/detect-language.js';

/** Every language's data with one language first; one array per first language, so compiled patterns cache on it. */
const ordered = new Map<LanguageData, readonly LanguageData[]>();

/** Decide the article's language (or take the caller's) and pick its data. */
export function detectArticleLanguage(ctx: Context): void {
  const forced = ctx.options.language;
  ctx.language = forced ? { code: forced, confidence: 1 } : detectLanguage(ctx.norm.text);
  ctx.lang = languageData(ctx.language.code);
  let langs = ordered.get(ctx.lang);
  if (!langs) {
    langs = [ctx.lang, ...Object.values(LANGUAGES).filter((l) => l !== ctx.lang)];
    ordered.set(ctx.lang, langs);
  }
  ctx.langs = langs;
}
