/**
 * A person's name glued after an organisation's name the text gave before (`PT Contoh Energi`,
 * then `Direktur PT Contoh Energi Rina Wulandari`): the words past the earlier name are the
 * person's when they can all be a person's (up to four words: the earlier name says enough). The earlier names are gathered once, as they come:
 * linear.
 */
import { Finder, type ParagraphState, plainGap } from './paragraph.js';
import { isPersonWord, MAX_NAMED_PERSON_WORDS, MIN_PERSON_WORDS } from './people.js';

/** The texts of every hit a finder has made, and how many of its hits are in. */
const seen = new WeakMap<Finder, { texts: Set<string>; count: number }>();

function earlierTexts(f: Finder): Set<string> {
  let entry = seen.get(f);
  if (!entry) {
    entry = { texts: new Set(), count: 0 };
    seen.set(f, entry);
  }
  for (; entry.count < f.hits.length; entry.count++) entry.texts.add(f.hits[entry.count]!.text);
  return entry.texts;
}

/** Where a person's name starts in the name `[from, to)` after an earlier name `[from, k)`, or `to`. */
export function cutAtEarlierName(f: Finder, p: ParagraphState, from: number, to: number): number {
  if (f.hits.length === 0 || to - from < MIN_PERSON_WORDS + 2) return to;
  const { tokens } = p;
  let k = to;
  while (k > from + 2 && to - k < MAX_NAMED_PERSON_WORDS && plainGap(p, k - 1) && isPersonWord(f.c, tokens[k - 1]!.text)) k--;
  if (to - k < MIN_PERSON_WORDS) return to;
  const texts = earlierTexts(f);
  // The longest earlier name first: `PT Contoh Energi` before `PT Contoh`.
  for (let cut = to - MIN_PERSON_WORDS; cut >= k; cut--) {
    if (texts.has(p.text.slice(tokens[from]!.start, tokens[cut - 1]!.end)) || learnt(f, p, from, cut)) return cut;
  }
  return to;
}

/** Words `[from, to)` are a form the text defined before (`Kejari Contoh` from `Kejaksaan Negeri (Kejari) Contoh`). */
function learnt(f: Finder, p: ParagraphState, from: number, to: number): boolean {
  for (const alias of f.aliases.get(p.tokens[from]!.text) ?? []) {
    if (alias.words.length !== to - from) continue;
    let same = true;
    for (let w = 1; w < alias.words.length && same; w++) same = p.tokens[from + w]!.text === alias.words[w];
    if (same) return true;
  }
  return false;
}
