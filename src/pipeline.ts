/**
 * The parse, in order. Each stage takes what it needs and returns what it found, so the types
 * say what every stage depends on, and the comments say why the order is what it is.
 *
 * Before the stages run, the input is normalized (`util/normalize.ts`: NBSP-free,
 * entity-decoded text with a map back to the caller's offsets) and segmented into blocks
 * (`segment.ts`, shared with the standalone extractors, which also scans the clean paragraphs
 * into the tokens the quotes and organisations stages read). Every stage works in normalized
 * offsets; `assemble/to-article.ts` maps the results to the caller's offsets once, at the end.
 */
import { mergeJunk } from './assemble/junk.js';
import { scanBlocks } from './segment.js';
import { type LanguageResult, languageStage } from './stages/02-language.js';
import { type TitleResult, titleStage } from './stages/03-title.js';
import { type DatelineResult, datelineStage } from './stages/04-dateline.js';
import { type BoilerplateResult, boilerplateStage, lineJunkKind, shareButtonsTest, siteNameTest } from './stages/05-boilerplate/index.js';
import { type DuplicatesResult, duplicatesStage } from './stages/06-duplicates.js';
import { type CreditResult, creditStage } from './stages/07-credit.js';
import { type ParagraphsResult, paragraphsStage } from './stages/08-paragraphs.js';
import { type QuotesResult, quotesStage } from './stages/09-quotes.js';
import { type OrganisationsResult, organisationsStage } from './stages/10-organisations.js';
import { type DatesResult, datesStage } from './stages/11-dates.js';
import type { Block, Decision, Junk, Stage, StageResult } from './stages/types.js';
import type { ParseOptions } from './types.js';
import type { Normalized } from './util/normalize.js';

export interface PipelineInput {
  norm: Normalized;
  /** The blocks of `norm.text` (`segmentBlocks`). */
  blocks: readonly Block[];
  options: ParseOptions;
}

/** What each stage found, under its name: the record of which stage decided what. */
export interface PipelineResults {
  language: LanguageResult;
  title: TitleResult;
  dateline: DatelineResult;
  boilerplate: BoilerplateResult;
  /** The junk of the title, dateline and boilerplate stages, merged, in text order. */
  junk: Junk[];
  duplicates: DuplicatesResult;
  credit: CreditResult;
  paragraphs: ParagraphsResult;
  quotes: QuotesResult;
  organisations: OrganisationsResult;
  dates: DatesResult;
  /** The stages' warnings in stage order, and a note for any stage that crashed. */
  warnings: string[];
}

/** Told after each stage: its name, how long it took, and (computed on demand) what it decided. */
export type StageObserver = (stage: string, ms: number, decisions: () => Decision[]) => void;

/** Run the stages in order over one normalized, segmented text. */
export function runPipeline(input: PipelineInput, observe?: StageObserver): PipelineResults {
  const { text } = input.norm;
  const { options } = input;
  const warnings: string[] = [];
  const run = runner(warnings, observe);

  // Language before anything language-specific (junk phrases, speech verbs, months).
  const language = run(languageStage, { text, language: options.language });
  const { data, langs } = language;
  // The title is the first line; crumbs before it are navigation junk. A first line that is
  // junk (`Baca juga: …`) is no headline, so the title stage asks the boilerplate classifier.
  // The title and dateline stages ask about the same top lines, several times each (a widget, then furniture, then a
  // caption): each line is classified once per article.
  const junkKind = oncePerLine(lineJunkKind(langs));
  const isSiteName = siteNameTest(langs);
  const title = run(titleStage, { text, blocks: input.blocks, langs, junkKind, isSiteName });
  // Dateline before boilerplate: a caption between a publication line and the dateline
  // is recognised by where the dateline starts.
  const dateline = run(datelineStage, { text, body: title.body, title: title.title, langs, referenceDate: options.referenceDate, junkKind, isSiteName, isShareButtons: shareButtonsTest(langs) });
  // Boilerplate before duplicates: junk is never a paragraph, so a repeated "Baca juga" line
  // cannot make two paragraphs look alike.
  const boilerplate = run(boilerplateStage, { text, body: dateline.body, langs, dateline: dateline.dateline });
  // Junk repeated word for word (a body scraped twice) is a copy of its first occurrence:
  // the duplicates stage reads every stage's junk, merged.
  const junk = mergeJunk(text, title.junk, dateline.junk, boilerplate.junk);
  const duplicates = run(duplicatesStage, { text, body: boilerplate.body, title: title.title, junk });
  // A "dateline" inside a block that turned out to be junk (a caption's `LABEL:`), reaching into junk
  // (a label glued to its end), or in a repeated copy is not one: that text is reported once.
  const found = dateline.dateline;
  const overlaps = (r: { start: number; end: number }) => found !== null && r.start < found.end && found.start < r.end;
  const opening = junk.some(overlaps) || duplicates.duplicates.some(overlaps) ? { ...dateline, dateline: null } : dateline;
  // Duplicates before the credit: a repeated body ends with the credit twice, and the
  // credit belongs to the copy that stays.
  const credit = run(creditStage, { text, body: duplicates.body, langs, dateline: opening.dateline });
  const paragraphs = run(paragraphsStage, { text, body: credit.body, dateline: opening.dateline });
  // Quotes and organisations read the clean paragraphs only (never junk or copies); the
  // caller may turn them off.
  // Both read the same words: each paragraph is scanned once for the two.
  const body = paragraphs.paragraphs;
  const scanned = options.quotes === false && options.organisations === false ? [] : scanBlocks(text, body);
  const quotes = options.quotes === false ? { quotes: [] } : run(quotesStage, { text, paragraphs: scanned, data });
  // The outlet in a sign-off (`-- BERNAMA`) is named by the article too: organisations read it beside the paragraphs.
  const signed = credit.credit ? [...scanned, ...scanBlocks(text, [credit.credit])] : scanned;
  // The dateline's outlet written again in a photo caption or the credit (`© Contoh.com/Rina`) is named by the article too.
  // The stage looks for it there itself, so the search runs only when organisations are read, inside the stage's trace.
  const organisations =
    options.organisations === false
      ? { organisations: [] }
      : run(organisationsStage, { text, paragraphs: signed, data, outlet: opening.dateline?.outlet ?? null, signOff: credit.credit?.outlet ?? null, credited: [...junk.filter((j) => j.kind === 'caption'), ...(credit.credit ? [credit.credit] : [])] });
  // Dates read the clean paragraphs too, against the article's own date: the caller's, else
  // the publication line's, else the dateline's (found above, before any junk was removed).
  const references = [options.referenceDate, opening.published?.date, opening.dateline?.date];
  const dates = run(datesStage, { text, paragraphs: body, data, references });

  return { language, title, dateline: opening, boilerplate, junk, duplicates, credit, paragraphs, quotes, organisations, dates, warnings };
}

/** `kind`, a pure function of a line, answering each line once (the map lives as long as the article's pipeline). */
function oncePerLine<T>(kind: (line: string) => T): (line: string) => T {
  const known = new Map<string, T>();
  return (line) => {
    if (known.has(line)) return known.get(line) as T;
    const k = kind(line);
    known.set(line, k);
    return k;
  };
}

/** Runs one stage: times it, keeps its warnings, and goes on with `nothing` if it crashes. */
function runner(warnings: string[], observe: StageObserver | undefined) {
  return function run<I, R extends StageResult>(stage: Stage<I, R>, input: I): R {
    const t0 = observe ? performance.now() : 0;
    let result: R;
    try {
      result = stage.run(input);
    } catch (error) {
      // A bug in one stage must not cost the caller the whole article.
      warnings.push(`stage ${stage.name} crashed: ${error instanceof Error ? error.message : String(error)}`);
      result = stage.nothing(input);
    }
    if (result.warnings) warnings.push(...result.warnings);
    observe?.(stage.name, performance.now() - t0, () => stage.decisions(result));
    return result;
  };
}
