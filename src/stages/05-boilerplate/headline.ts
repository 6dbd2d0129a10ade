import { MAX_INLINE_HEADLINE_CHARS, MAX_INLINE_HEADLINE_WORDS, MIN_PROSE_WORDS } from '../../options.js';
import type { JunkPatterns } from './patterns.js';

/*
 * What follows a junk marker (`Baca juga:`): a linked headline, and where it ends; or prose
 * that only opens with the marker's words. Shared by the whole-block and the inline passes.
 */

/**
 * After a junk marker comes a linked headline; if what follows is instead a long sentence
 * (lowercase words right away, a final full stop), the block is prose that happens to open
 * with those words, and it stays in the body.
 */
export function continuesAsProse(rest: string, p: JunkPatterns): boolean {
  const trimmed = rest.trim();
  if (!/[.!?]["”’]?$/.test(trimmed)) return false;
  // Only the words before a double space count: after it, the article itself resumes.
  const gap = trimmed.indexOf('  ');
  const words = trimmed.split(/ +/);
  if (words.length < MIN_PROSE_WORDS) return false;
  return opensAsProse(gap < 0 ? trimmed : trimmed.slice(0, gap), p);
}

/** Whether a lower-case content word stands among the first four words of `rest`: a Title Case headline has none. */
export function opensAsProse(rest: string, p: JunkPatterns): boolean {
  const head = rest.trim().split(' ').slice(0, 4);
  return head.some((w) => /^\p{Ll}/u.test(w) && !p.headlineFunctionWords.has(w));
}

/** A list item's number (`3.`): no headline holds one after its first words. */
const NUMBERED_ITEM = /^[1-9][0-9]?\.$/;

/**
 * Where a linked headline that starts at `from` ends. Kompas leaves two spaces where the
 * link was; without them, the headline is the run of Title Case words, and the article
 * resumes at the last capitalised word before the first ordinary lowercase word.
 */
export function headlineEnd(s: string, from: number, p: JunkPatterns): number {
  let i = from;
  while (s[i] === ' ') i++;
  // Look for the double space only as far as a headline reaches: the scan stays linear.
  const window = s.slice(i, i + MAX_INLINE_HEADLINE_CHARS);
  const gapAt = window.indexOf('  ');
  const gap = gapAt < 0 ? -1 : i + gapAt;
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  re.lastIndex = i;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && words.length <= MAX_INLINE_HEADLINE_WORDS) {
    words.push({ start: m.index, end: m.index + m[0].length });
  }
  if (gap >= 0 && words.length > 0 && gap <= (words[Math.min(words.length, MAX_INLINE_HEADLINE_WORDS) - 1]?.end ?? i)) {
    // `<Headline> 2. <Item>  <Story>`: the story's own numbered item opens before the gap.
    const item = words.findIndex((w, k) => k >= 2 && w.end <= gap && NUMBERED_ITEM.test(s.slice(w.start, w.end)));
    return item > 0 ? words[item]!.start : gap;
  }
  // A headline-length rest of the block with no sentence end in it is all headline: the article never resumed
  // (`… kata dia. Baca juga: Maret Nanti, Warga Sukamaju asal Desa Contoh Dapat Bantuan` at the block's end).
  const rest = s.slice(i).trimEnd();
  if (rest.length <= MAX_INLINE_HEADLINE_CHARS && words.length <= MAX_INLINE_HEADLINE_WORDS && !/[.!?]["”’]?(?: |$)/.test(rest)) return i + rest.length;
  const word = (k: number) => s.slice(words[k]!.start, words[k]!.end);
  for (let k = 0; k < words.length; k++) {
    const w = word(k);
    if (/[?!]$/.test(w)) return words[k]!.end;
    // `<Headline> 2. <Item> …`: a numbered item of the story's own list follows the headline.
    if (k >= 2 && NUMBERED_ITEM.test(w)) return words[k]!.start;
    const lower = /^\p{Ll}/u.test(w) && !p.headlineFunctionWords.has(w);
    if (lower) {
      const lead = k >= 3 ? roleLeadStart(words.slice(0, k).map((_, n) => word(n)), w, p) : -1;
      if (lead > 0) return words[lead]!.start;
      // The capitalised word before it opens the resumed sentence, past the small words that follow
      // that opener (`… Panen Raya Adapun untuk saat ini petani …`: the story resumes at `Adapun`).
      let j = k - 1;
      while (j >= 2 && /^\p{Ll}/u.test(word(j))) j--;
      if (j >= 1 && /^\p{Lu}/u.test(word(j))) return words[j]!.start;
      return k >= 2 ? words[k - 1]!.start : words[Math.max(0, k - 1)]!.end;
    }
  }
  return words.length > 0 ? words[words.length - 1]!.end : s.length;
}

/** How far before the verb a resumed lead's role word may stand (`<Role> <Body> <Name> <verb>`). */
const MAX_ROLE_LEAD_WORDS = 8;

/**
 * Where a resumed lead opens when it is a role and its holder before a speech verb: the headline ends before
 * the role word nearest the verb (`<Headline> <Role> <Body> <Name> <verb>`), or before the holder's name and
 * comma in front of it (`<Headline> <Name>, <Title> <verb>`).
 * `before` are the words before `verb`; -1 when the verb is no speech verb or no role word stands near it.
 */
function roleLeadStart(before: readonly string[], verb: string, p: JunkPatterns): number {
  if (!p.introVerbs.has((/^\p{L}+/u.exec(verb)?.[0] ?? '').toLowerCase())) return -1;
  for (let j = before.length - 1; j >= Math.max(2, before.length - MAX_ROLE_LEAD_WORDS); j--) {
    if (!p.roleOpeners.has(before[j]!)) continue;
    // `<Name>, <Title> …`: one or two capitalised name words and a comma before the role.
    if (!before[j - 1]!.endsWith(',')) return j;
    const two = j - 2 >= 1 && /^\p{Lu}/u.test(before[j - 2]!) && !/[,:]$/.test(before[j - 2]!);
    return two ? j - 2 : j - 1;
  }
  return -1;
}
