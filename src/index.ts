/**
 * warta: scraped Indonesian, Malay and English news text → a typed `Article`.
 * This is the only public entry: functions and types, named exports.
 */
export { parseArticle } from './parse-article.js';
export { detectLanguage } from './language/detect-language.js';
export { parseDateline, parsePublished } from './dateline/parse-dateline.js';
export { findDates, parseDate } from './dates/find-dates.js';
export type { DateOptions, ParsedDate } from './dates/find-dates.js';
export { extractQuotes } from './quotes/extract-quotes.js';
export { extractOrganisations } from './organisations/extract-organisations.js';
export { splitSentences } from './sentences/split-sentences.js';
export type {
  Article,
  Boilerplate,
  BoilerplateKind,
  Credit,
  DateKind,
  Dateline,
  Duplicate,
  FoundDate,
  LanguageCode,
  LanguageGuess,
  Organisation,
  OrganisationKind,
  Paragraph,
  ParseOptions,
  Published,
  Quote,
  Span,
  Speaker,
  SupportedLanguage,
  Title,
} from './types.js';
