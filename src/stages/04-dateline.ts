import { type DatelineHit, type DateOptions, findDateline, type PublishedHit } from '../dateline/find-dateline.js';
import { isNameFirstCreditLine, isPhotoCreditLine } from '../credit/photo-credit-line.js';
import { findPublished } from '../dateline/find-published.js';
import { closingDate } from '../dateline/year-elsewhere.js';
import type { LanguageData } from '../lang/types.js';
import { MAX_CREDITED_CAPTION_LENGTH, MAX_LONG_BLOCKS_BEFORE_DATELINE, MAX_TEXT_BEFORE_DATELINE, MIN_SENTENCE_BLOCK_LENGTH } from '../options.js';
import type { BoilerplateKind } from '../types.js';
import { NAME_ONLY } from '../util/person-name.js';
import type { BodyResult, Block, Junk, Region, Stage } from './types.js';

export interface DatelineInput {
  text: string;
  body: readonly Block[];
  /** The headline: the search starts on the line after it. `repeated` when it was glued to itself (the region is its first copy). */
  title: (Region & { repeated?: boolean }) | null;
  /** Outlets and months cross languages (an Indonesian site quoting Reuters), so all are searched. */
  langs: readonly LanguageData[];
  /** The caller's `options.referenceDate`; else the publication line's date. */
  referenceDate: Date | string | undefined;
  /** The boilerplate classifier: a caption above the dateline lets a bare place (`Jakarta -`) follow it. */
  junkKind?: (line: string) => BoilerplateKind | null;
  /** Whether a line names an outlet (`The Contoh Post`): the site's name above the dateline is furniture. */
  isSiteName?: (line: string) => boolean;
  /** Whether a line is nothing but share buttons (`Facebook`): under a share label, the platforms stand one to a line. */
  isShareButtons?: (line: string) => boolean;
}

export interface DatelineResult extends BodyResult {
  dateline: DatelineHit | null;
  published: PublishedHit | null;
  /** Captions between the publication line and the dateline. */
  junk: Junk[];
  warnings: string[];
}

/**
 * The publication line and the opening dateline, searched just after the title.
 * Blocks before the dateline that are neither the title nor the publication line are
 * page furniture (tempo: a photo caption between the date line and the dateline).
 */
export function findDatelineStage(input: DatelineInput): DatelineResult {
  const { text } = input;
  // After the title's line; on it, when the headline was glued to the story (`Judul Berita SUKAMAJU, KABARCONTOH.COM - …`).
  // Not after a headline glued to itself: its region is the first copy, and what follows on the line is the title again.
  const title = input.title;
  const from = title ? ((title.repeated ? null : gluedAfter(text, title.end)) ?? lineEndAfter(text, title.end)) : 0;
  const data = input.langs;
  const warnings: string[] = [];
  const junk: Junk[] = [];
  // The publication line may stand above the headline too (`Kamis, 12 Maret 2020 10:00 WIB`, then the title).
  const published = (from > 0 ? findPublished(text, 0, data) : null) ?? findPublished(text, from, data);
  if (published) warnings.push(...published.warnings);
  const referenceDate = input.referenceDate ?? published?.date ?? undefined;
  const junkKind = input.junkKind;
  const captionLine = junkKind ? (line: string) => junkKind(line) === 'caption' : undefined;
  // A byline (a name alone too), a reporter's e-mail, a photo credit or the site's name on top does not count as the
  // line a bare place must follow.
  const furnitureLine = junkKind ? (line: string) => furnitureKind(line, junkKind, input.isSiteName) !== null : undefined;
  // A widget's label on top (`Share:`, then the platforms one to a line) is no bare place, and no first line either.
  const widgetLine = junkKind
    ? (line: string) => {
        const k = junkKind(line);
        return k !== null && WIDGETS.has(k);
      }
    : undefined;
  // Filled in place: an object literal of several conditional spreads is copied property by property at run time.
  const options: DateOptions = {};
  if (referenceDate) options.referenceDate = referenceDate;
  if (captionLine) {
    options.captionLine = captionLine;
    options.furnitureLine = furnitureLine;
  }
  if (widgetLine) options.widgetLine = widgetLine;
  if (input.isShareButtons) options.buttonLine = input.isShareButtons;
  let dateline = findDateline(text, from, data, options);
  // A day and month with no year, and no publication line on top: a dated line at the end may give the year.
  if (dateline && !referenceDate && dateline.yearMissing) {
    const closing = closingDate(text, dateline.end, data);
    if (closing) dateline = findDateline(text, from, data, { ...options, referenceDate: closing });
  }
  // A dateline opens the story: with nothing after it, the line is a sign-off shaped like one (`Rina Wulandari,
  // Kabarcontoh.com` under a short story), and the blocks above it are the story, not captions.
  if (dateline && !/\S/.test(text.slice(dateline.end))) dateline = null;
  // Blocks are in order, and both lines sit near the top: only the leading blocks are looked at.
  const blocks = input.body;
  const limit = Math.max(published?.end ?? 0, dateline?.start ?? 0);
  let lead = 0;
  while (lead < blocks.length && blocks[lead]!.start < limit) lead++;
  // An opening dateline comes before the story: long text before it, or several sentence-long blocks, means
  // this is not one. A caption that names its people and ends in a photo credit may run as long as a credited caption.
  let before = 0;
  let longBlocks = 0;
  for (let i = 0; dateline && i < lead; i++) {
    const b = blocks[i]!;
    if (b.end > dateline.start || (published && b.start >= published.start && b.end <= published.end)) continue;
    before += b.end - b.start;
    if (b.end - b.start >= MIN_SENTENCE_BLOCK_LENGTH) longBlocks++;
    if (b.end - b.start > MAX_CREDITED_CAPTION_LENGTH || before > MAX_TEXT_BEFORE_DATELINE || longBlocks > MAX_LONG_BLOCKS_BEFORE_DATELINE) dateline = null;
  }
  if (dateline) warnings.push(...dateline.warnings);
  if (lead === 0) return { dateline, published, junk, body: blocks, warnings };

  // Take the publication line out of the body, and whatever precedes the dateline.
  const kept = [];
  let trimmed = false;
  for (let i = 0; i < lead; i++) {
    let b = blocks[i]!;
    if (published && b.start >= published.start && b.end <= published.end) continue;
    // `… 15:55 WIB | Penulis: Rina`: the label after the publication line's bar is read on its own.
    if (published && b.start >= published.start && b.start < published.end) {
      let start = published.end;
      while (start < b.end && /[ |•·/]/.test(text.charAt(start))) start++;
      b = { ...b, start };
      trimmed = true;
    }
    if (dateline && b.end <= dateline.start) {
      // Mostly a caption (a name alone too: the label under a portrait, or a byline); a line the boilerplate
      // classifier knows (`… | Penulis: Rina`) keeps its own kind, and the site's name is navigation.
      const line = text.slice(b.start, b.end);
      // `Rina Wulandari/Kabarcontoh` first under the headline, no caption above it: the byline, not a photo's credit.
      const byline = i === 0 && title !== null && isNameFirstCreditLine(line);
      const underShare = junk[junk.length - 1]?.kind === 'share' && input.isShareButtons?.(line) === true;
      const kind = junkKind?.(line) ?? (underShare ? 'share' : byline ? 'editor' : junkKind && shapeFurnitureKind(line, input.isSiteName) === 'navigation' ? 'navigation' : 'caption');
      junk.push({ start: b.start, end: b.end, kind });
      continue;
    }
    // Furniture glued to the dateline on its line (`… (Foto: Dok. Warga) SUKAMAJU -`): only the dateline's part is the story's.
    // It keeps the kind it was read as furniture by (a shape alone too: a name, the site's name).
    if (dateline && b.start < dateline.start && b.end > dateline.start) {
      let end = dateline.start;
      while (end > b.start && /[ |]/.test(text.charAt(end - 1))) end--;
      const furniture = text.slice(b.start, end);
      junk.push({ start: b.start, end, kind: (junkKind && furnitureKind(furniture, junkKind, input.isSiteName)) ?? 'other' });
      kept.push({ ...b, start: dateline.start });
      trimmed = true;
      continue;
    }
    kept.push(b);
  }
  const body = lead === kept.length && !trimmed ? blocks : [...kept, ...blocks.slice(lead)];
  return { dateline, published, junk, body, warnings };
}

export const datelineStage: Stage<DatelineInput, DatelineResult> = {
  name: 'dateline',
  run: findDatelineStage,
  nothing: (input) => ({ dateline: null, published: null, junk: [], body: input.body, warnings: [] }),
  decisions: (r) => [
    ...(r.published ? [{ what: 'published', region: r.published }] : []),
    ...(r.dateline ? [{ what: 'dateline', region: r.dateline }] : []),
    ...r.junk.map((j) => ({ what: `junk:${j.kind}`, region: j })),
  ],
};

/** Where the text goes on after `i` on the same line, or null when the line ends there. */
function gluedAfter(text: string, i: number): number | null {
  let j = i;
  while (text.charAt(j) === ' ' || text.charAt(j) === '\t') j++;
  return j < text.length && text.charAt(j) !== '\n' ? j : null;
}

/**
 * Kinds of line that may stand above the dateline without counting as its first line: a byline, a caption, and the
 * other listed labels (an aggregator's `Source: <outlet>`, a press release's label).
 */
const FURNITURE: ReadonlySet<BoilerplateKind> = new Set(['editor', 'caption', 'other']);
/** Kinds of line the classifier knows by their words alone, never a place: share buttons, breadcrumbs, reader widgets. */
const WIDGETS: ReadonlySet<BoilerplateKind> = new Set(['share', 'navigation', 'comments', 'ad']);
const MAX_SITE_NAME_WORDS = 4;

/** The kind of a furniture line above the dateline (a byline, a name, a caption, the site's name), or null. */
function furnitureKind(line: string, junkKind: (line: string) => BoilerplateKind | null, isSiteName?: (line: string) => boolean): BoilerplateKind | null {
  const kind = junkKind(line);
  if (kind !== null && FURNITURE.has(kind)) return kind;
  return shapeFurnitureKind(line, isSiteName);
}

/** The kind of a furniture line by its shape alone, the classifier aside: the site's name, or a name alone. */
function shapeFurnitureKind(line: string, isSiteName?: (line: string) => boolean): BoilerplateKind | null {
  // A caption's photo credit dropped to its own line (`Harian Contoh/Rina Wulandari`), though it names the site.
  if (isPhotoCreditLine(line)) return 'caption';
  if (isSiteName && line.split(' ').length <= MAX_SITE_NAME_WORDS && !/[.,:;!?]/.test(line) && isSiteName(line)) return 'navigation';
  // A name alone: a byline, the label under a portrait.
  return NAME_ONLY.test(line) ? 'caption' : null;
}

function lineEndAfter(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl + 1;
}
