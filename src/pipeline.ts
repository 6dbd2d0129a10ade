import type { Context } from './context.js';
import { detectArticleLanguage } from './stages/02-language.js';
import { findTitle } from './stages/03-title.js';
import { findDatelineStage } from './stages/04-dateline.js';
import { removeBoilerplate } from './stages/05-boilerplate/index.js';
import { removeDuplicates } from './stages/06-duplicates.js';
import { findCredit } from './stages/07-credit.js';
import { buildParagraphs } from './stages/08-paragraphs.js';
import { findQuotesStage } from './stages/09-quotes.js';
import { findOrganisationsStage } from './stages/10-organisations.js';

/** One step of the parse. Stages read and refine the context; none throws on purpose. */
export interface Stage {
  /** Shown in warnings and traces so a decision can be traced to its stage. */
  readonly name: string;
  run(ctx: Context): void;
}

/**
 * The parse, in order. Normalization happens before any stage (the context is built on
 * normalized text), so every stage sees NBSP-free, entity-decoded text with offsets.
 */
export const PIPELINE: readonly Stage[] = [
  // Language before anything language-specific (junk phrases, speech verbs, months).
  { name: 'language', run: detectArticleLanguage },
  // The title is the first line; crumbs before it are navigation junk.
  { name: 'title', run: findTitle },
  // Dateline before boilerplate: a caption between a publication line and the dateline
  // is recognised by where the dateline starts.
  { name: 'dateline', run: findDatelineStage },
  // Boilerplate before duplicates: junk is never a paragraph, so a repeated "Baca juga" line
  // cannot make two paragraphs look alike; junk repeated word for word (a body scraped twice)
  // is then reported as a copy of its first occurrence.
  { name: 'boilerplate', run: removeBoilerplate },
  // Duplicates before the credit: a repeated body ends with the credit twice, and the
  // credit belongs to the copy that stays.
  { name: 'duplicates', run: removeDuplicates },
  { name: 'credit', run: findCredit },
  { name: 'paragraphs', run: buildParagraphs },
  // Quotes and organisations read the clean paragraphs only.
  { name: 'quotes', run: findQuotesStage },
  { name: 'organisations', run: findOrganisationsStage },
];
