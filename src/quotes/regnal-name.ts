/**
 * `Sultan Contoh Shah`: a ruler's regnal title is part of the name he is known by, though the speaker reading
 * skips it as an honorific before a name (`Datuk`, `Tan Sri`). A speaker whose name the article writes right
 * after such a title gets it back, so every quote of his carries the name as the article gives it; and when no
 * role was read for him, the ruler's post written right before (`Sultan of Contoh`, `Yang di-Pertuan Agong`).
 * Reads the paragraphs' shared tokens (`speech-words.ts`), as the other quote passes do.
 */
import { regnalTitles, rulerPostHeads, rulerPosts } from '../lang/names.js';

/** Words a name needs before its title is looked for: a single word (`Iskandar`) may be another ruler's (his father's). */
const MIN_NAME_WORDS = 2;
/** Words after a title read as a possible name, at most (`Harun Ibni Almarhum Sultan Kamal Shah`). */
const MAX_NAME_WORDS = 8;
/** Longer words are no name's: not split at their inner marks. */
const MAX_WORD_LENGTH = 40;
/** How far before the title a ruler's post is looked for, in characters (the longest post with its state's name). */
const POST_LOOKBACK = 60;
/** State names after a post's `of` (`Sultan of Contoh Barat`), at most. */
const MAX_STATE_WORDS = 3;
const SPACE = 32;
/** A word of a state's name: a capital, then letters or hyphens. */
const STATE_WORD = /^\p{Lu}[\p{L}-]*$/u;
/** Marks inside one token's word (`Mu’ti`, `Contoh-Barat`, `V’s`): where one of its letter runs ends. */
const JOINERS: ReadonlySet<number> = new Set([39, 0x2019, 45]);

/** What this pass reads of a token (`speech-words.ts`'s `Token`). */
interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

interface Regnal {
  title: string;
  /** The ruler's post written right before one of the mentions, else null. */
  post: string | null;
}

/** Each whole post as its words (`Yang`, `di-Pertuan`, `Agong`), and each post head's words (`Crown`, `Prince`). */
let postWords: { whole: readonly (readonly string[])[]; heads: readonly (readonly string[])[] } | null = null;

/** Tokens `k - 1` and `k` are apart by exactly one plain space. */
function spaced(text: string, tokens: readonly WordToken[], k: number): boolean {
  const at = tokens[k - 1]!.end;
  return tokens[k]!.start === at + 1 && text.charCodeAt(at) === SPACE;
}

/**
 * Start of the words `parts` written at tokens `[k - parts.length + 1, k]` one space apart, the first of them as
 * written at the end of its token (`Yang`, or glued after other letters, as a pattern with no word boundary reads
 * it); -1 otherwise.
 */
function wordsEndingAt(text: string, tokens: readonly WordToken[], k: number, parts: readonly string[]): number {
  const first = k - parts.length + 1;
  if (first < 0) return -1;
  for (let p = parts.length - 1; p > 0; p--) if (tokens[first + p]!.text !== parts[p] || !spaced(text, tokens, first + p)) return -1;
  const start = tokens[first]!.end - parts[0]!.length;
  return tokens[first]!.word && start >= tokens[first]!.start && text.startsWith(parts[0]!, start) ? start : -1;
}

/** Start of the first of `phrases` (each as its words) ending at token `k`, or -1. */
function phraseEndingAt(text: string, tokens: readonly WordToken[], k: number, phrases: readonly (readonly string[])[]): number {
  for (const parts of phrases) {
    const start = wordsEndingAt(text, tokens, k, parts);
    if (start >= 0) return start;
  }
  return -1;
}

/** `<head> of <State>` ending at token `k`: the state one to `MAX_STATE_WORDS` capitalised words one space apart; its start, or -1. */
function headPostEndingAt(text: string, tokens: readonly WordToken[], k: number, heads: readonly (readonly string[])[]): number {
  for (let state = k; state >= 2 && k - state < MAX_STATE_WORDS && tokens[state]!.word && STATE_WORD.test(tokens[state]!.text); state--) {
    if (!spaced(text, tokens, state)) return -1;
    const of = state - 1;
    if (tokens[of]!.text === 'of' && spaced(text, tokens, of)) return phraseEndingAt(text, tokens, of - 1, heads);
  }
  return -1;
}

/**
 * The ruler's post ending at token `k` (`Sultan of Contoh Barat`, `Yang di-Pertuan Agong`), starting no earlier than
 * `from`; its text, or null. Of a whole post and a head's, the one that starts first.
 */
function postEndingAt(text: string, tokens: readonly WordToken[], k: number, from: number): string | null {
  const words = (postWords ??= { whole: rulerPosts.map((p) => p.split(' ')), heads: rulerPostHeads.map((h) => h.split(' ')) });
  const whole = phraseEndingAt(text, tokens, k, words.whole);
  const head = headPostEndingAt(text, tokens, k, words.heads);
  const start = whole < 0 ? head : head < 0 ? whole : Math.min(whole, head);
  return start >= 0 && start >= from ? text.slice(start, tokens[k]!.end) : null;
}

/** The regnal title ending word token `k` (`Sultan`, or glued after a joiner: `al-Sultan`), as written; else null. */
function titleAt(text: string, tokens: readonly WordToken[], k: number): string | null {
  const t = tokens[k]!;
  if (!t.word) return null;
  for (const title of regnalTitles) {
    const start = t.end - title.length;
    if (start < t.start || !text.startsWith(title, start)) continue;
    if (start === t.start || JOINERS.has(text.charCodeAt(start - 1))) return title;
  }
  return null;
}

/** The post written right before the title starting at `at` in token `i`, then one space, after a comma or not (`Sultan of Contoh, Sultan X`). */
function postBefore(text: string, tokens: readonly WordToken[], i: number, at: number): string | null {
  const prev = tokens[i - 1];
  if (tokens[i]!.start !== at || prev === undefined || prev.end !== at - 1 || text.charCodeAt(at - 1) !== SPACE) return null;
  if (prev.text !== ',') return postEndingAt(text, tokens, i - 1, at - POST_LOOKBACK);
  return i > 1 && tokens[i - 2]!.end === prev.start ? postEndingAt(text, tokens, i - 2, at - POST_LOOKBACK) : null;
}

/**
 * Every name written right after a regnal title in the paragraphs (each run of two to `MAX_NAME_WORDS` words after it,
 * a word being the tokens glued together between single spaces, cut where each of its letter runs ends: `Contoh V’s`
 * → `Contoh V`) → the title and a post written before it. One pass over the tokens, a bounded number of keys per
 * title: a paragraph of many speakers is read once, not once per speaker.
 */
function regnalNames(paragraphs: readonly { text: string; tokens: readonly WordToken[] }[]): Map<string, Regnal> {
  const names = new Map<string, Regnal>();
  const add = (name: string, regnal: Regnal): void => {
    const known = names.get(name);
    if (known === undefined || (known.post === null && regnal.post !== null)) names.set(name, regnal);
  };
  for (const { text, tokens } of paragraphs) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const title = titleAt(text, tokens, i);
      if (title === null || !spaced(text, tokens, i + 1)) continue;
      const regnal = { title, post: postBefore(text, tokens, i, tokens[i]!.end - title.length) };
      const nameStart = tokens[i + 1]!.start;
      for (let k = i + 1, words = 0; words < MAX_NAME_WORDS; ) {
        // One word: the tokens glued together from `k`.
        let last = k;
        while (last + 1 < tokens.length && tokens[last + 1]!.start === tokens[last]!.end) last++;
        if (tokens[last]!.end - tokens[k]!.start > MAX_WORD_LENGTH) break;
        if (++words >= MIN_NAME_WORDS) {
          for (let w = k; w <= last; w++) {
            const t = tokens[w]!;
            if (!t.word) continue;
            for (let c = 1; c < t.text.length; c++) if (JOINERS.has(t.text.charCodeAt(c))) add(text.slice(nameStart, t.start + c), regnal);
            add(text.slice(nameStart, t.end), regnal);
          }
        }
        k = last + 1;
        if (k >= tokens.length || !spaced(text, tokens, k)) break;
      }
    }
  }
  return names;
}

/**
 * `Sultan Harun said`: a one-word name the attribution itself writes right after a regnal title (the speaker's offsets
 * `[start, end)` in the article, `paragraphs` each at its article offset `start`) → the title and a post before it.
 * Only where the title stands before this mention: a one-word name elsewhere may be another ruler's (his father's).
 */
function titledMention(paragraphs: readonly { text: string; start: number; tokens: readonly WordToken[] }[], start: number, end: number): Regnal | null {
  for (const { text, start: base, tokens } of paragraphs) {
    if (start < base || end > base + text.length) continue;
    const k = tokenStarting(tokens, start - base);
    if (k < 1 || tokens[k]!.end !== end - base || !spaced(text, tokens, k)) return null;
    const title = titleAt(text, tokens, k - 1);
    return title === null ? null : { title, post: postBefore(text, tokens, k - 1, tokens[k - 1]!.end - title.length) };
  }
  return null;
}

/** Index of the token starting at `offset`, or -1 (binary search). */
function tokenStarting(tokens: readonly WordToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === offset ? lo : -1;
}

/** Give each speaker named without a regnal title the title the article writes before the name (the hits in place). */
export function withRegnalTitles<S extends { name: string; role: string | null; start: number | null; end: number | null }>(
  hits: readonly { speaker: S | null }[],
  paragraphs: readonly { text: string; start: number; tokens: readonly WordToken[] }[],
): void {
  let names: Map<string, Regnal> | undefined;
  // One-word names titled where a quote's attribution writes them, for every quote of that name.
  const oneWord = new Map<string, Regnal>();
  for (const h of hits) {
    const sp = h.speaker;
    if (sp && sp.start !== null && sp.end !== null && !sp.name.includes(' ') && !oneWord.has(sp.name)) {
      const regnal = titledMention(paragraphs, sp.start, sp.end);
      if (regnal !== null) oneWord.set(sp.name, regnal);
    }
  }
  for (const h of hits) {
    const name = h.speaker?.name;
    if (!name || regnalTitles.some((t) => name.startsWith(`${t} `))) continue;
    let regnal: Regnal | undefined;
    if (name.split(' ').length < MIN_NAME_WORDS) regnal = oneWord.get(name);
    else regnal = (names ??= regnalNames(paragraphs)).get(name);
    if (regnal !== undefined) h.speaker = { ...h.speaker!, name: `${regnal.title} ${name}`, role: h.speaker!.role ?? regnal.post };
  }
}
