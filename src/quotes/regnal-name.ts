/**
 * `Sultan Contoh Shah`: a ruler's regnal title is part of the name he is known by, though the speaker reading
 * skips it as an honorific before a name (`Datuk`, `Tan Sri`). A speaker whose name the article writes right
 * after such a title gets it back, so every quote of his carries the name as the article gives it; and when no
 * role was read for him, the ruler's post written right before (`Sultan of Contoh`, `Yang di-Pertuan Agong`).
 */
import { regnalTitles, rulerPostHeads, rulerPosts } from '../lang/names.js';
import { escapeRegExp } from '../util/patterns.js';

/** Words a name needs before its title is looked for: a single word (`Iskandar`) may be another ruler's (his father's). */
const MIN_NAME_WORDS = 2;
/** Words after a title read as a possible name, at most (`Harun Ibni Almarhum Sultan Kamal Shah`). */
const MAX_NAME_WORDS = 8;
/** Longer words are no name's: not split at their inner marks. */
const MAX_WORD_LENGTH = 40;
/** How far before the title a ruler's post is looked for, in characters (the longest post with its state's name). */
const POST_LOOKBACK = 60;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A regnal title followed by a space, as a word of its own (the letter before it is tested apart). */
const TITLE_G = new RegExp(`(?:${regnalTitles.map(escapeRegExp).join('|')}) `, 'gu');
const SPACE_G = / /g;

/**
 * A ruler's post closing the text before the title, then a comma or a space (`Sultan of Contoh Barat, `): its state is
 * one to three capitalised words. Anchored at the end of a slice of `POST_LOOKBACK` characters at most.
 */
const RULER_POST = new RegExp(
  `(?:${rulerPosts.map(escapeRegExp).join('|')}|(?:${rulerPostHeads.map(escapeRegExp).join('|')}) of(?: \\p{Lu}[\\p{L}-]*){1,3}),? $`,
  'u',
);

interface Regnal {
  title: string;
  /** The ruler's post written right before one of the mentions, else null. */
  post: string | null;
}

/**
 * Every name written right after a regnal title in `texts` (each run of two to `MAX_NAME_WORDS` words after it, cut
 * where a word's letters end: `Contoh V’s` → `Contoh V`) → the title and a post written before it. One pass over the
 * text, a bounded number of keys per title: a paragraph of many speakers is read once, not once per speaker.
 */
function regnalNames(texts: readonly string[]): Map<string, Regnal> {
  const names = new Map<string, Regnal>();
  for (const text of texts) {
    TITLE_G.lastIndex = 0;
    for (let m = TITLE_G.exec(text); m !== null; m = TITLE_G.exec(text)) {
      if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!)) continue;
      const title = m[0].trimEnd();
      const post = RULER_POST.exec(text.slice(Math.max(0, m.index - POST_LOOKBACK), m.index))?.[0].replace(/,? $/u, '') ?? null;
      let from = TITLE_G.lastIndex;
      let words = 0;
      while (words < MAX_NAME_WORDS && from < text.length) {
        SPACE_G.lastIndex = from;
        const space = SPACE_G.exec(text);
        const end = space ? space.index : text.length;
        if (end - from > MAX_WORD_LENGTH || end === from) break;
        words++;
        // The name ends at the word's end, or where a mark follows its letters (`Shah,`, `V’s`).
        for (let c = from + 1; c <= end; c++) {
          if (c < end && LETTER_OR_DIGIT.test(text[c]!)) continue;
          if (words >= MIN_NAME_WORDS && LETTER_OR_DIGIT.test(text[c - 1]!)) {
            const name = text.slice(TITLE_G.lastIndex, c);
            const known = names.get(name);
            if (known === undefined || (known.post === null && post !== null)) names.set(name, { title, post });
          }
        }
        from = end + 1;
      }
    }
  }
  return names;
}

/** Give each speaker named without a regnal title the title the article writes before the name (the hits in place). */
export function withRegnalTitles<S extends { name: string; role: string | null }>(hits: readonly { speaker: S | null }[], texts: readonly string[]): void {
  let names: Map<string, Regnal> | undefined;
  for (const h of hits) {
    const name = h.speaker?.name;
    if (!name || name.split(' ').length < MIN_NAME_WORDS || regnalTitles.some((t) => name.startsWith(`${t} `))) continue;
    names ??= regnalNames(texts);
    const regnal = names.get(name);
    if (regnal !== undefined) h.speaker = { ...h.speaker!, name: `${regnal.title} ${name}`, role: h.speaker!.role ?? regnal.post };
  }
}
