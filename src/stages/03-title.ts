import { findDateline } from '../dateline/find-dateline.js';
import { findPublished } from '../dateline/find-published.js';
import type { LanguageData } from '../lang/types.js';
import { MAX_CRUMB_LENGTH, MAX_TITLE_LENGTH, MIN_TITLE_WORDS } from '../options.js';
import type { BoilerplateKind } from '../types.js';
import { pushBlock } from '../segment.js';
import { scan, scanText, T_WORD } from '../tokens/tokenize.js';
import { literalGroup, memoByObject } from '../util/patterns.js';
import { NAME_ONLY } from '../util/person-name.js';
import type { Block, BodyResult, Junk, Region, Stage } from './types.js';

/** A line that ends a sentence is body text, not a headline (headlines may end in ? or !). */
const ENDS_SENTENCE = /[.,;:]["”’]?$/;
/** A full stop, then a note in brackets (`… Kamis (12/5). (Kabarcontoh/Rina)`): a caption and its credit; a headline ends in no full stop. */
const SENTENCE_THEN_NOTE = /\.["”’]? ?[([][^()[\]\n]{2,60}[)\]]$/u;
/** A headline is one sentence: `…di mana saja. Sebab …` and `… (RS). Lantas …` are body text. */
const TWO_SENTENCES = /(?:\p{Ll}{2}|\))\. \p{Lu}/u;
/** A whole quotation, then its source in parentheses: an epigraph (headlines quote words, then say who said them). */
const EPIGRAPH = /^["“][^"“”]{8,}["”] ?\([^()]{2,80}\)$/u;
/** Crumbs: a short line of one or two words, mostly lowercase section names (`home`, `gaya`). */
const CRUMB = /^[\p{L}\d&/ -]+$/u;
/** A breadcrumb trail: section names joined by `>`, `›`, `»` or `/` (`Home > Berita > Nasional`). */
const BREADCRUMB = /^[\p{L}\d&.' -]{1,30}(?: ?[>›»/] ?[\p{L}\d&.' -]{1,30}){1,6}$/u;
/** Section names each followed by `»`, `›` or `>` before the headline on its line (no `/`: headlines hold slashes). */
const CRUMB_TRAIL = /^(?:[\p{L}\d&.'-][\p{L}\d&.' -]{0,29}[>›»] ?){1,6}(?=\S)/u;
/** A page word and a page number or `all` after a headline: ` - Halaman all`, ` | Page 2`. */
const pageSuffix = memoByObject((langs: readonly LanguageData[]) => new RegExp(`\\s[-–—|]\\s(\\p{L}{3,10}) (?:${literalGroup(langs.flatMap((l) => l.boilerplate.allPagesWords))}|[0-9]{1,3})$`, 'iu'));
/** A site name after a headline: ` - Contoh News`, ` | contohberita.com` (short, one part). */
const SITE_SUFFIX = /\s[-–—|]\s([^-–—|]{2,40})$/u;
/**
 * A dateline or agency opener near the start means the body has started: `Jakarta (ANTARA) -`,
 * `KOMPAS.com -`. Only the first 45 characters count: a headline may end with ` - Kompas.com`.
 * (`KUALA LUMPUR: …` lines end with a full stop, so ENDS_SENTENCE rejects them; `KPK: …` is a headline.)
 */
const STARTS_BODY = /^.{0,45}?(?:\s[-–—]{1,2}\s(?=\S)|\(\w[\w /]{1,30}\)\s[-–—])/u;
/** Who said it, after a headline's last dash (`Jambatan baharu siap tahun depan - Menteri`): one to four capitalised words. */
const ATTRIBUTION = /\s[-–—]\s\p{Lu}[\p{L}.'’-]{0,25}(?: \p{Lu}[\p{L}.'’-]{0,25}){0,3}$/u;
/** Words a headline has before its speaker's name: a dateline's place (`KUALA LUMPUR - Polis …`) has fewer. */
const MIN_ATTRIBUTED_HEADLINE_WORDS = 4;

export interface TitleInput {
  text: string;
  /** Every block of the article, in order. */
  blocks: readonly Block[];
  /** Site-name suffixes of every language are stripped. */
  langs: readonly LanguageData[];
  /** The boilerplate classifier: a first line that is junk (`Baca juga: …`, a byline) is not a headline. */
  junkKind: (line: string) => BoilerplateKind | null;
  /** Whether the words after a headline's last ` - ` or ` | ` name an outlet (`Contoh News`, `contohberita.com`). */
  isSiteName: (name: string) => boolean;
}

export interface TitleHit extends Region {
  /** The headline was glued to itself (`AbcAbc`); the region covers the first copy. */
  repeated: boolean;
}

export interface TitleResult extends BodyResult {
  title: TitleHit | null;
  /** Navigation crumbs above the headline and a site name after it. */
  junk: Junk[];
}

/**
 * The headline: the first line of the text when it looks like one and more text follows.
 * A headline glued to itself (`AbcAbc`) is reported once with `repeated: true`.
 * Short crumb lines before it (`home`, `gaya`, `kesehatan`) are navigation junk.
 */
export function findTitle(input: TitleInput): TitleResult {
  const { blocks, text } = input;
  const none: TitleResult = { title: null, junk: [], body: blocks };
  const lines = blocks.filter((b, i) => i === 0 || b.line !== blocks[i - 1]!.line);
  if (lines.length < 2) return none;

  // A publication line above the headline is the dateline stage's (`Kamis, 12 Maret 2020 10:00 WIB`):
  // never a crumb, never the headline.
  const isPublished = (line: Block) => findPublished(text, line.start, input.langs)?.start === line.start;
  // Skip navigation crumbs: consecutive very short lines at the top.
  let first = 0;
  while (first < Math.min(lines.length - 2, 6) && isCrumb(input, lines[first]!) && !isPublished(lines[first]!)) first++;
  const crumbs = first;
  // The publication line's blocks stay in the body: the dateline stage reads the line and what its bar leaves after it.
  let publishedLine = -1;
  if (isPublished(lines[first]!)) {
    if (first >= lines.length - 2) return none;
    publishedLine = lines[first]!.line;
    first++;
  }
  // `Jelang Final Piala Contoh` above `Tim Contoh Bertekad Juara di Kandang Sendiri`: a kicker over the headline.
  const kicker = first + 1 < lines.length - 1 && isKicker(input, lines[first]!, lines[first + 1]!) ? lines[first]! : null;
  if (kicker) first++;
  const candidate = lines[first]!;
  // `Headline Here SUKAMAJU, KABARCONTOH.COM - Story …`: the headline glued to the dateline on one line.
  const glued = gluedDatelineAt(input, candidate);
  if (glued !== null) {
    const junk = crumbJunk(input, lines, crumbs, kicker);
    const head = text.slice(candidate.start, glued).trimEnd();
    const body: Block[] = [];
    for (const b of blocks) {
      if (b.line !== candidate.line) {
        if (b.line > candidate.line || b.line === publishedLine) body.push(b);
      } else if (b.end > glued) pushBlock(text, Math.max(b.start, glued), b.end, b.line, body);
    }
    return { title: { start: candidate.start, end: candidate.start + head.length, repeated: false }, junk, body };
  }
  if (wholeLine(blocks, candidate) === false) return none;
  // `Home » Ekonomi » Headline` on one line: the trail before the headline is navigation.
  const trail = CRUMB_TRAIL.exec(text.slice(candidate.start, candidate.end))?.[0].length ?? 0;
  const raw = text.slice(candidate.start + trail, candidate.end);
  // Glued first (`Abc - SiteAbc - Site`), then the site suffix of one copy.
  const half = gluedHalf(raw);
  const copy = half === null ? raw : raw.slice(0, half);
  const title = stripSiteSuffix(input, copy).trimEnd();
  if (!looksLikeTitle(title, input.langs) && !(half !== null && title.length <= MAX_TITLE_LENGTH)) return none;
  // `Rina Kartika` alone above the story: a byline or the name under a photo, not a headline.
  if (half === null && NAME_ONLY.test(title) && !wordsOfTheStory(title, text.slice(candidate.end))) return none;
  // `“Verse …” (Maksud surah Contoh: 2)`: a quotation and its source open an essay; it is text, not a headline.
  if (EPIGRAPH.test(title)) return none;
  // `SCROLL TO CONTINUE WITH CONTENT`, `Baca juga: …` or a byline on the first line is junk, not a headline.
  if (input.junkKind(title) !== null) return none;
  // `Jakarta, Contoh Online` or `Jakarta -` alone on the first line is the dateline, not a headline.
  if (isDatelineLine(text, candidate, input.langs)) return none;
  // `Bupati menyerahkan bantuan kepada warga …` right above `kabarcontoh.com - …`: a photo's caption, not a headline.
  if (half === null && captionAboveDateline(input, title, lines[first + 1])) return none;

  const junk = crumbJunk(input, lines, crumbs, kicker);
  const start = candidate.start + trail;
  if (trail > 0) junk.push({ start: candidate.start, end: candidate.start + text.slice(candidate.start, start).trimEnd().length, kind: 'navigation' });
  const found = { start, end: start + title.length, repeated: half !== null };
  const suffixEnd = start + copy.length;
  if (found.end < suffixEnd) {
    // The site name after the headline (` - Utusan Malaysia`) is page furniture.
    const at = start + copy.indexOf(copy.slice(title.length).trim(), title.length);
    junk.push({ start: at, end: suffixEnd, kind: 'navigation' });
  }
  return { title: found, junk, body: blocks.filter((b) => b.line > candidate.line || b.line === publishedLine) };
}

/** The crumb lines above the headline and the kicker over it, as navigation junk; a byline above the headline as a byline. */
function crumbJunk(input: TitleInput, lines: readonly Block[], crumbs: number, kicker: Block | null): Junk[] {
  const junk: Junk[] = [];
  for (let i = 0; i < crumbs; i++) {
    const kind = input.junkKind(input.text.slice(lines[i]!.start, lines[i]!.end)) === 'editor' ? 'editor' : 'navigation';
    junk.push({ start: lines[i]!.start, end: lines[i]!.end, kind, continues: i > 0 && junk[i - 1]!.kind === kind });
  }
  if (kicker) junk.push({ start: kicker.start, end: kicker.end, kind: 'navigation' });
  return junk;
}

/**
 * Where a dateline starts inside the first line, right after a headline the scraper glued to it, or null.
 * Only a dateline that names its outlet, or a place in capitals, counts (`… Jagung SUKAMAJU, KABARCONTOH.COM -`,
 * `… JagungSUKAMAJU -`), and only where the line as a whole is no headline; what precedes it must be one.
 */
function gluedDatelineAt(input: TitleInput, line: Block): number | null {
  const { text, blocks } = input;
  // The line's last block: blocks are in order, so the search runs back from the end.
  let k = blocks.length - 1;
  while (blocks[k]!.line !== line.line) k--;
  const last = blocks[k]!;
  if (looksLikeTitle(text.slice(line.start, Math.min(last.end, line.start + 2 * MAX_TITLE_LENGTH + 1)), input.langs)) return null;
  // Only the first characters can hold the headline: the scan stays short on a huge first line.
  const whole = text.slice(line.start, Math.min(last.end, line.start + MAX_TITLE_LENGTH + 1));
  GLUED_OPENER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GLUED_OPENER.exec(whole)) !== null) {
    const head = whole.slice(0, m.index).trimEnd();
    if (head.split(' ').length < MIN_GLUED_TITLE_WORDS || !looksLikeTitle(head, input.langs) || NAME_ONLY.test(head)) continue;
    const at = line.start + m.index;
    // A dateline closes with a dash or a colon within a few words: most openers (`KPK`, `DPR`) have none near.
    if (!/[-–—:]/.test(text.slice(at, at + DATELINE_REACH))) continue;
    const d = findDateline(text, at, input.langs);
    // A dash or colon must close it: a word in capitals and a full stop (`IKN.`) ends a sentence of the story.
    if (d === null || d.start !== at || !/[-–—:]$/.test(text.slice(d.start, d.end)) || (d.outlet === null && !(d.place !== null && d.place.length >= 4 && d.place === d.place.toUpperCase()))) continue;
    if (input.junkKind(head) !== null) return null;
    return at;
  }
  return null;
}
/** Where a glued dateline may open: a word in capitals, a news domain, or a place and a domain after a comma. */
const GLUED_OPENER = /(?<=[\p{Ll}\p{N}?!"”’)] ?)(?:\p{Lu}{2}|\p{Lu}[\p{L}]{1,30}(?:\.co|\.id|\.my|\.net|, ?[\p{L}]{2,30}\.(?:com|co|id|my|net)))/gu;
/** How far after its first word a glued dateline's dash or colon may stand (`SUKAMAJU, KABARCONTOH.COM -`). */
const DATELINE_REACH = 60;
/** A glued headline has at least this many words. */
const MIN_GLUED_TITLE_WORDS = 3;

export const titleStage: Stage<TitleInput, TitleResult> = {
  name: 'title',
  run: findTitle,
  nothing: (input) => ({ title: null, junk: [], body: input.blocks }),
  decisions: (r) => [
    ...(r.title ? [{ what: r.title.repeated ? 'title (repeated)' : 'title', region: r.title }] : []),
    ...r.junk.map((j) => ({ what: `junk:${j.kind}`, region: j })),
  ],
};

/** Words that open a kicker (`Jelang`, `Usai`), lower-cased. */
const kickerLeads = memoByObject((langs: readonly LanguageData[]) => new Set(langs.flatMap((l) => l.boilerplate.kickerLeads).map((w) => w.toLowerCase())));
/** A kicker has at most this many words; the headline under it has more. */
const MAX_KICKER_WORDS = 5;
/** Share of a headline's content words that are capitalised when it stands under a kicker (Title Case). */
const TITLE_CASE_SHARE = 0.75;

const SPACE_RUN = /\s+/g;

/** The runs of white space in trimmed `s` (its words less one, as `split(/\s+/)` counts them), counted up to `limit`. */
function gapsUpTo(s: string, limit: number): number {
  SPACE_RUN.lastIndex = 0;
  let n = 0;
  while (n < limit && SPACE_RUN.test(s)) n++;
  SPACE_RUN.lastIndex = 0;
  return n;
}

/**
 * A kicker: a short topic line (`Jelang Final Piala Contoh`) right above a longer headline in Title Case,
 * both whole lines that look like headlines; the headline is no byline, dateline, publication line or junk.
 */
function isKicker(input: TitleInput, line: Block, next: Block): boolean {
  const { text, blocks } = input;
  if (!wholeLine(blocks, line) || !wholeLine(blocks, next)) return false;
  const top = text.slice(line.start, line.end).trim();
  const below = text.slice(next.start, next.end).trim();
  // Words counted only as far as the tests need (the line below may be a whole paragraph).
  const topWords = gapsUpTo(top, MAX_KICKER_WORDS) + 1;
  if (topWords > MAX_KICKER_WORDS || gapsUpTo(below, topWords) + 1 <= topWords || !looksLikeTitle(top, input.langs) || !looksLikeTitle(below, input.langs)) return false;
  // `Rina Marlina` over a headline is the writer's name; a kicker in a name's shape opens with a lead word (`Jelang Piala Contoh`).
  if (NAME_ONLY.test(top) && !kickerLeads(input.langs).has(top.slice(0, top.indexOf(' ')).toLowerCase())) return false;
  if (NAME_ONLY.test(below) || input.junkKind(top) !== null || input.junkKind(below) !== null) return false;
  if (findPublished(text, next.start, input.langs)?.start === next.start || findDateline(text, next.start, input.langs)?.start === next.start) return false;
  // A headline in Title Case: most words that are not function words open with a capital or a digit.
  const words = below.split(/\s+/).filter((w) => /^["“'‘(]?\p{L}/u.test(w) && w.length > 3);
  const capitalised = words.filter((w) => /^["“'‘(]?[\p{Lu}]/u.test(w)).length;
  return words.length >= 3 && capitalised >= words.length * TITLE_CASE_SHARE;
}

/**
 * The line is a dateline that names an outlet, or a dateline and nothing else (`Jakarta -`, the story on the
 * next line); a bare `KPK:` before a headline's words is no dateline.
 */
function isDatelineLine(text: string, line: Block, langs: readonly LanguageData[]): boolean {
  const d = findDateline(text, line.start, langs);
  return d !== null && d.start === line.start && (d.outlet !== null || text.slice(d.end, line.end).trim() === '');
}

/** A caption in running prose has at least this many lowercase words that a Title Case headline would capitalise. */
const MIN_CAPTION_LOWER_WORDS = 3;
/** ... and at least this many words: some outlets write headlines in sentence case too, but shorter. */
const MIN_CAPTION_WORDS = 15;
/** Shorter lowercase words (`dan`, `ke`) say nothing about the case a line is written in. */
const MIN_CASE_WORD = 4;
/** Lowercase function words a Title Case headline keeps lowercase (`oleh`, `dengan`), per language set. */
const headlineFunctionWords = memoByObject((langs: readonly LanguageData[]) => new Set(langs.flatMap((l) => l.boilerplate.headlineFunctionWords)));

/**
 * A long line written in running prose (several lowercase content words: `Bupati menyerahkan bantuan truk air kepada
 * …`) right above a dateline that names its outlet (`kabarcontoh.com -`, `SUKAMAJU, KABARCONTOH.COM -`) is the caption of
 * the photo the page printed there; a headline is shorter, and mostly in Title Case. A bare place (`KUALA LUMPUR -`)
 * under a headline in sentence case, as Malaysian papers write them, is left alone.
 */
function captionAboveDateline(input: TitleInput, line: string, next: Block | undefined): boolean {
  if (next === undefined || line.split(' ').length < MIN_CAPTION_WORDS) return false;
  const functionWords = headlineFunctionWords(input.langs);
  const lower = line.split(' ').filter((w) => w.length >= MIN_CASE_WORD && /^\p{Ll}/u.test(w) && !functionWords.has(w)).length;
  if (lower < MIN_CAPTION_LOWER_WORDS) return false;
  const d = findDateline(input.text, next.start, input.langs);
  return d !== null && d.start === next.start && d.outlet !== null;
}

function isCrumb(input: TitleInput, block: Block): boolean {
  const s = input.text.slice(block.start, block.end);
  if (BREADCRUMB.test(s) && !/\d\/\d/.test(s)) return true;
  if (s.length > MAX_CRUMB_LENGTH) return false;
  // `home gaya`; a section's name alone (`Ekonomi`: a headline has more words); the site's name or domain (`Contoh News`).
  if (s.split(' ').length <= 2 && CRUMB.test(s) && s === s.toLowerCase()) return true;
  if (SECTION.test(s) || (s.split(' ').length <= 3 && input.isSiteName(s) && !ENDS_SENTENCE.test(s))) return true;
  // `Siaran Pers`, `Press Release`, `Oleh Rina Putri`: a listed label of the page or a byline above the headline,
  // not the headline itself.
  return s.split(' ').length <= MAX_LABEL_WORDS && !ENDS_SENTENCE.test(s) && LABEL_KINDS.has(input.junkKind(s) ?? 'none');
}
/** A page label or a byline above the headline has at most this many words. */
const MAX_LABEL_WORDS = 4;
/** Junk kinds of lines above the headline that leave it the headline (a caption or a share bar may be one's own block). */
const LABEL_KINDS: ReadonlySet<string> = new Set(['navigation', 'ad', 'other', 'editor']);
/** One word, capitalised or not: a section name above the headline. */
const SECTION = /^\p{L}[\p{L}-]{1,20}$/u;

/**
 * `Harga Cabai Naik`: a short headline in Title Case has a name's shape, but the story writes its words in lower case
 * (`harga cabai naik tajam`); a name's words stay capitalised. More than half the words, two at least, must occur so.
 */
function wordsOfTheStory(line: string, story: string): boolean {
  const words = line.split(' ').map((w) => w.toLowerCase().replace(NOT_LETTER_G, '')).filter((w) => w.length >= MIN_STORY_WORD);
  if (words.length < 2) return false;
  // The story's words as written (a run of letters and digits, case kept): a headline word counts only as a whole run.
  const tokens = scan(story);
  const written = new Set<string>();
  for (let k = 0; k < tokens.length; k++) if (tokens.flags[k]! & T_WORD) written.add(scanText(tokens, k));
  const found = words.filter((w) => written.has(w)).length;
  return found >= 2 && found * 2 > line.split(' ').length;
}
/** Shorter words (`di`, `ke`) tell nothing. */
const MIN_STORY_WORD = 3;
const NOT_LETTER_G = /[^\p{L}]/gu;

/** The candidate must be a line on its own, not the first piece of a glued line. */
function wholeLine(blocks: readonly Block[], candidate: Block): boolean {
  return blocks.filter((b) => b.line === candidate.line).length === 1;
}

function looksLikeTitle(s: string, langs: readonly LanguageData[]): boolean {
  if (s.length === 0 || s.length > MAX_TITLE_LENGTH * 2) return false;
  if (s.split(/\s+/).length < MIN_TITLE_WORDS) return false;
  if (ENDS_SENTENCE.test(s) || (STARTS_BODY.test(s) && !attributedHeadline(s, langs)) || TWO_SENTENCES.test(s) || SENTENCE_THEN_NOTE.test(s)) return false;
  return s.length <= MAX_TITLE_LENGTH;
}

/**
 * A headline that ends with who said it after a dash (`Royalti dan keuntungan berbeza - Ketua Menteri`, common in
 * Malay and English dailies): the dash is no dateline's when the words before it are a headline (several, some in
 * lower case) with no dash of their own, and only a name or title follows it. A byline is no headline: neither a
 * head that opens with a byline word (`Oleh Dewi Kartika Sari - Kontributor`) nor a newsroom job after the dash
 * (`Dewi Kartika dan Budi Santoso - Wartawan`).
 */
function attributedHeadline(s: string, langs: readonly LanguageData[]): boolean {
  const m = ATTRIBUTION.exec(s);
  if (!m) return false;
  const head = s.slice(0, m.index);
  if (head.split(' ').length < MIN_ATTRIBUTED_HEADLINE_WORDS || !/\p{Ll}/u.test(head) || head.endsWith('.') || STARTS_BODY.test(head)) return false;
  const words = bylineWords(langs);
  return !opensWithOneOf(head, words) && !opensWithOneOf(m[0].replace(/^\s[-–—]\s/u, ''), words);
}

/** Byline words of every language (`Oleh`, `By`, `Kontributor`, `Wartawan`), lower-case. */
const bylineWords = memoByObject((langs: readonly LanguageData[]) => [...new Set(langs.flatMap((l) => l.boilerplate.bylineWords).map((w) => w.toLowerCase()))]);

/** Whether `s` is one of `words` (lower-case), or opens with one and a space. */
function opensWithOneOf(s: string, words: readonly string[]): boolean {
  const lower = s.toLowerCase();
  return words.some((w) => lower === w || lower.startsWith(`${w} `));
}

/** If `s` is some string written twice (`AbcAbc`, or `Abc Abc`), the length of one copy. */
export function gluedHalf(s: string): number | null {
  const n = s.length;
  if (n < 8) return null;
  const half = n >> 1;
  if (n % 2 === 0 && s.slice(0, half) === s.slice(half)) return half;
  // `Abc Abc`: one separating space.
  if (n % 2 === 1 && s[half] === ' ' && s.slice(0, half) === s.slice(half + 1)) return half;
  return null;
}

/**
 * Remove a site-name suffix from a title line: a listed one (` - Utusan Malaysia`), or one that
 * names an outlet by its shape (` | contohberita.com`, ` - Contoh News`).
 */
function stripSiteSuffix(input: TitleInput, s: string): string {
  for (const lang of input.langs) {
    for (const suffix of lang.boilerplate.titleSuffixes) {
      if (s.endsWith(suffix)) return s.slice(0, s.length - suffix.length);
    }
  }
  // ` - Halaman all`, ` | Page 2`: the page of the story the scraper read.
  const page = pageSuffix(input.langs).exec(s);
  if (page && input.langs.some((l) => l.boilerplate.pageWords.some((w) => w.toLowerCase() === page[1]!.toLowerCase()))) return stripSiteSuffix(input, s.slice(0, page.index));
  const m = SITE_SUFFIX.exec(s);
  return m && m.index > 0 && input.isSiteName(m[1]!.trim()) ? s.slice(0, m.index) : s;
}
