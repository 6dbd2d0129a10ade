import { findSignOff } from '../../credit/sign-off.js';
import type { LanguageData } from '../../lang/types.js';
import { MAX_MENU_ITEM_LENGTH, MAX_RELATED_HEADLINE_LENGTH, MIN_MENU_LINES, MIN_RELATED_LIST_LINES } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import { memoByObject } from '../../util/patterns.js';
import type { Block, Junk } from '../types.js';
import { wholeBlockKind } from './classify.js';
import type { JunkPatterns } from './patterns.js';
import { isPlainHeadline, isPlainHeadlineRun } from './plain-headlines.js';
import { isSignature } from './signature.js';

/** The role words of every language (some 550), built once per language list rather than per article. */
export const rolesOf = memoByObject((langs: readonly LanguageData[]): ReadonlySet<string> => new Set(langs.flatMap((l) => l.speech.roles)));

/** A sentence-final mark at the end of a block: headlines have none. */
export const SENTENCE_END = /[.,;:]["”’)]?$/;

/**
 * A list bullet at a line's start: `•`, `-`, `*`, `»`, `›`, `>>`, `►`, `▪`, `■`, `·`; arrows, dashes, ticks and circles
 * (`▶`, `➤`, `→`, `–`, `✓`, `○`); a pictograph (`📌`, `🔴`), maybe with its emoji variation mark.
 */
export const BULLET = /^(?:[•\-*»►▪■·◆●▸›▶▷➤➢→⇒–—✓✔☞○◦]|>>|»»|\p{Extended_Pictographic})\uFE0F?\s/u;

/** Share of a linked headline's content words that are capitalised (Title Case). */
const HEADLINE_CAPITALS = 0.75;
/** The same for a bulleted line (`• Harga Cabai Naik di Pasar Induk`): half will do. */
const BULLETED_HEADLINE_CAPITALS = 0.5;

/**
 * Title Case, short, no sentence-final punctuation: a linked headline. A bulleted line needs
 * fewer capitals (sentence-case headlines in a bullet list are still links).
 */
export function isHeadlineLike(s: string, p: JunkPatterns): boolean {
  if (s.length > MAX_RELATED_HEADLINE_LENGTH || SENTENCE_END.test(s)) return false;
  const words = s.split(' ').filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  const content = words.filter((w) => !p.headlineFunctionWords.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^["“'‘(]?[\p{Lu}\d]/u.test(w)).length;
  const bulleted = BULLET.test(s);
  return capitalised >= Math.max(bulleted ? 1 : 3, content.length * (bulleted ? BULLETED_HEADLINE_CAPITALS : HEADLINE_CAPITALS));
}

/** `6. Skandal …`, `2) Langkah …`: a numbered crosshead of the article. */
const ENUMERATED = /^[0-9]{1,2}[.)] /;

/** The article's own structure: a numbered crosshead, or a bullet after bulleted items that end like sentences. */
function isOwnListItem(line: string, previous: string | undefined): boolean {
  if (ENUMERATED.test(line)) return true;
  return BULLET.test(line) && previous !== undefined && BULLET.test(previous) && /[.;]["”’)]?$/.test(previous);
}

/** A bulleted short line without a sentence end: at the article's end, a list of links even in sentence case. */
export function isBulletedLink(s: string): boolean {
  return BULLET.test(s) && s.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(s) && s.split(' ').length >= 4;
}

/** A footer menu item: one to four capitalised words, no sentence punctuation (`Tentang Kami`, `Pedoman Media Siber`). */
function isMenuItem(s: string): boolean {
  return s.length <= MAX_MENU_ITEM_LENGTH && /^\p{Lu}[\p{L}&'’.]*(?: [\p{L}&'’.]+){0,3}$/u.test(s);
}

/**
 * Runs of headline-like lines between paragraphs are a related-headline list; short
 * capitalised lines in a run to the very end are a footer menu.
 */
export function markRelatedLists(text: string, junk: Junk[], blocks: Block[], p: JunkPatterns, langs: readonly LanguageData[]): Block[] {
  const kept: Block[] = [];
  // A run that ends the article with the outlet's sign-off (`… - OUTLETDAILY 11/11/2018`) is the
  // writer's signature (name, title, body), not a list of links or a menu.
  // Read only when a run reaches the end (most articles have none): the sign-off search is most of this pass.
  const last = blocks[blocks.length - 1];
  let signedRead: boolean | undefined;
  const signed = () => (signedRead ??= last !== undefined && (findSignOff(text.slice(last.start, last.end), langs)?.index ?? 0) > 0);
  const roles = rolesOf(langs);
  const line = (k: number) => (k >= 0 && k < blocks.length ? text.slice(blocks[k]!.start, blocks[k]!.end) : undefined);
  // The end of the last sentence-case run that failed: a later start inside it is no run of its own (fewer lines, and its
  // colon-introduced or lead start still applies), and rescanning it from each line would be quadratic.
  let plainUntil = 0;
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isOwnLine(blocks, j) && isHeadlineLike(line(j)!, p) && !isOwnListItem(line(j)!, line(j - 1))) j++;
    // A lone headline-like line may be a crosshead; a run of them, after the body began, is a list
    // (unless it is the signature under a statement).
    if (j - i >= MIN_RELATED_LIST_LINES && i > 0 && !(j === blocks.length && signed())) {
      const signature = isSignature(blocks.slice(i, j).map((_, k) => line(i + k)!), j >= blocks.length - 1, roles);
      for (let k = i; k < j; k++) {
        if (signature) kept.push(blocks[k]!);
        else junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'related-link', continues: k > i });
      }
      i = j;
      continue;
    }
    // Sentence-case headlines on lines of their own, no bullet and no label (`Warga sukamaju keluhkan harga pupuk`),
    // after the body began and not introduced by a colon: more of them, longer, and naming something (see `plain-headlines.ts`).
    if (i >= plainUntil) {
      let h = i;
      while (h < blocks.length && isOwnLine(blocks, h) && isPlainHeadline(line(h)!)) h++;
      if (h > i && i > 0 && !line(i - 1)!.trimEnd().endsWith(':') && isPlainHeadlineRun(blocks.slice(i, h).map((_, k) => line(i + k)!))) {
        for (let k = i; k < h; k++) junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'related-link', continues: k > i });
        i = h;
        continue;
      }
      plainUntil = h;
    }
    // Bulleted lines without a sentence end, not introduced by a colon (`Syaratnya:`), are links to other
    // stories: a list the article itself gives is introduced, or its items end like sentences.
    let b = i;
    while (b < blocks.length && isOwnLine(blocks, b) && isBulletedLink(text.slice(blocks[b]!.start, blocks[b]!.end))) b++;
    const intro = i > 0 ? text.slice(blocks[i - 1]!.start, blocks[i - 1]!.end) : '';
    if (b - i >= MIN_RELATED_LIST_LINES && i > 0 && !intro.trimEnd().endsWith(':')) {
      for (let k = i; k < b; k++) junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'related-link', continues: k > i });
      if (b === blocks.length) break;
      i = b;
      continue;
    }
    // A footer menu: short capitalised lines in a run to the very end (`Tentang Kami`, `Redaksi`, `Kontak`).
    let m = i;
    while (m < blocks.length && isOwnLine(blocks, m) && isMenuItem(text.slice(blocks[m]!.start, blocks[m]!.end))) m++;
    if (m === blocks.length && m - i >= MIN_MENU_LINES && i > 0 && !signed() && !isSignature(blocks.slice(i).map((_, k) => line(i + k)!), true, roles)) {
      for (let k = i; k < m; k++) junk.push({ start: blocks[k]!.start, end: blocks[k]!.end, kind: 'navigation', continues: k > i });
      break;
    }
    kept.push(blocks[i]!);
    i++;
  }
  return kept;
}

/** Block `i` is a line of its own: no block before or after it shares its line. */
export function isOwnLine(blocks: readonly Block[], i: number): boolean {
  const line = blocks[i]!.line;
  // Bounds checked, not `blocks[i - 1]?.line`: reading index -1 of an array is a named-property lookup in V8,
  // and once it happened every read at that site took the slow path (it ran on every block).
  return (i === 0 || blocks[i - 1]!.line !== line) && (i + 1 >= blocks.length || blocks[i + 1]!.line !== line);
}

/** Record a junk block, split where a scraper glued two junk lines with a comma (`Reporter: X,Sumber: Y`). */
export function pushGluedJunk(text: string, junk: Junk[], block: Block, kind: BoilerplateKind, p: JunkPatterns): void {
  const s = text.slice(block.start, block.end);
  p.gluedPrefix.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = p.gluedPrefix.exec(s)) !== null) {
    if (m.index === 0) continue;
    junk.push({ start: block.start + from, end: block.start + m.index, kind: from === 0 ? kind : (wholeBlockKind(s.slice(from, m.index), p) ?? kind) });
    from = m.index + m[0].length;
  }
  const last = from === 0 ? kind : (wholeBlockKind(s.slice(from), p) ?? kind);
  junk.push({ start: block.start + from, end: block.end, kind: last });
}
