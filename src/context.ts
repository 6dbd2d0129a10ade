import type { LanguageData } from './lang/types.js';
import type {
  BoilerplateKind,
  Dateline,
  LanguageGuess,
  Organisation,
  Paragraph,
  ParseOptions,
  Published,
  Quote,
} from './types.js';
import type { Block } from './segment.js';
import type { Normalized } from './util/normalize.js';

export type { Block } from './segment.js';


/** A region of normalized text: `[start, end)`. */
export interface Region {
  start: number;
  end: number;
}

export interface Junk extends Region {
  kind: BoilerplateKind;
  /** Junk only because of what precedes it (a headline under `Baca Juga`, a contact line): merged into that segment. */
  continues?: boolean;
}

export interface DuplicateHit extends Region {
  of: Region;
  kind: 'exact' | 'near';
  similarity: number;
}

/**
 * Everything one `parseArticle` call knows so far. Each call builds its own context,
 * so stages are pure with respect to the input and to other calls.
 */
export interface Context {
  readonly norm: Normalized;
  readonly options: ParseOptions;
  language: LanguageGuess;
  /** Data of the detected (or requested) language. */
  lang: LanguageData;
  /** Every language's data, the article's own first: junk and outlets cross languages. */
  langs: readonly LanguageData[];
  /** Body blocks still in play, in order. Stages remove or shrink them. */
  blocks: Block[];
  title: (Region & { repeated: boolean }) | null;
  dateline: (Omit<Dateline, 'raw' | 'span'> & Region) | null;
  published: (Omit<Published, 'raw' | 'span'> & Region) | null;
  junk: Junk[];
  duplicates: DuplicateHit[];
  credit: (Region & { text: string }) | null;
  /** The clean body, built from the surviving blocks (source spans plus normalized regions). */
  paragraphs: (Paragraph & { region: Region })[];
  /** Filled by the last stages, already in source coordinates. */
  quotes: Quote[];
  organisations: Organisation[];
  warnings: string[];
}
