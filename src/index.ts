/**
 * warta: scraped Indonesian, Malay and English news text → a typed `Article`.
 * This is the only public entry: functions and every type their signatures use, named exports.
 */
export { parseArticle } from './parse-article.js';
export { detectLanguage } from './language/detect-language.js';
export { parseDateline, parsePublished } from './dateline/parse-dateline.js';
export { findDates, parseDate } from './dates/find-dates.js';
export { extractQuotes } from './quotes/extract-quotes.js';
export { extractOrganisations } from './organisations/extract-organisations.js';
export { splitSentences } from './sentences/split-sentences.js';
export { toSearchDocument } from './search/to-search-document.js';
export { searchTerms } from './search/terms.js';
export { opensearchMapping, toOpenSearchBulk } from './search/opensearch.js';
export { openArchive } from './archive/open-archive.js';
export { ArchiveError } from './archive/errors.js';
export { confirmCandidates, dedupeArticles, dedupeArticlesAsync, signArticle } from './dedupe/dedupe-articles.js';
export type { ArticleSignature, CandidatePair, ClusterMember, DedupeItem, DedupeOptions, DedupeResult, DuplicateCluster } from './dedupe/types.js';
export type { DatelineOptions, PublishedOptions } from './dateline/parse-dateline.js';
export type { FindDatesOptions, ParseDateOptions, ParsedDate } from './dates/find-dates.js';
export type { ExtractQuotesOptions, ExtractQuotesResult } from './quotes/extract-quotes.js';
export type { ExtractOrganisationsOptions, ExtractOrganisationsResult } from './organisations/extract-organisations.js';
export type { SplitSentencesOptions } from './sentences/split-sentences.js';
export { renderArticleHtml } from './view/render-article-html.js';
export type { RenderHtmlOptions } from './view/render-article-html.js';
export type {
  Article,
  ArticleLanguage,
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
  TraceDecision,
  TraceDetail,
} from './types.js';
export type { SearchDocument, SearchDocumentOptions, SearchSpeaker, SearchTerms } from './search/types.js';
export type { OpenSearchField, OpenSearchMapping } from './search/opensearch.js';
export type {
  AddOptions,
  AddResult,
  AddStatus,
  Archive,
  ArchivedArticle,
  ArchivedOrganisation,
  ArchivedQuote,
  ArchiveErrorCode,
  ArchiveFilters,
  ArchiveInput,
  ArchiveTarget,
  OpenArchiveOptions,
  QuoteHit,
  QuoteQuery,
  SearchHit,
  SearchOptions,
} from './archive/types.js';
