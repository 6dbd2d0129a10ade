/**
 * A short form defined in brackets with place words right after it (`Badan Contoh (BC) Sukasari`, `Contoh Network
 * (CNW) Indonesia`): where the text writes the short form with those words again (`kata BC Sukasari`), they are the
 * office's name, not a place beside the body. One pass over the text's words, then a bounded look per mention: linear.
 */
import type { CompiledOrganisations } from './compiled.js';
import { matchWords, type ParagraphState, plainGap } from './paragraph.js';

/** Most place words read after a bracketed short form (`(CNW) Nusa Contoh`). */
const MAX_PLACE_WORDS = 2;

/** The gap before a short form in brackets ends with the opening bracket (`Contoh (`). */
function opensBracket(p: ParagraphState, k: number): boolean {
  const before = k > 0 ? p.tokens[k - 1]!.end : 0;
  return p.text.slice(before, p.tokens[k]!.start).endsWith('(');
}

/** The short forms `states` define in brackets with place words after them, each with those words, longest first: `BC` → [[`Sukasari`]]. */
export function bracketPlaces(c: CompiledOrganisations, states: readonly ParagraphState[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of states) {
    const { tokens, text } = p;
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.acronym || !opensBracket(p, k) || !/^\)[ \u00a0]$/u.test(text.slice(t.end, tokens[k + 1]!.start))) continue;
      let end = k + 1;
      while (end < tokens.length && end - k - 1 < MAX_PLACE_WORDS && (end === k + 1 || plainGap(p, end)) && c.placeWords.has(tokens[end]!.text)) end++;
      if (end === k + 1) continue;
      const words = tokens.slice(k + 1, end).map((w) => w.text);
      out.set(t.text, [...(out.get(t.text) ?? []), words].sort((a, b) => b.length - a.length));
    }
  }
  return out;
}

/** Where the short form at word `i`, outside brackets, ends with the place words the text defined it with (`BC Sukasari`), or -1. */
export function definedPlaceEnd(places: ReadonlyMap<string, string[][]>, p: ParagraphState, i: number): number {
  const list = places.get(p.tokens[i]!.text);
  if (!list || i + 1 >= p.tokens.length || !plainGap(p, i + 1) || opensBracket(p, i)) return -1;
  const words = list.find((w) => matchWords(p, i + 1, w, plainGap));
  return words ? i + 1 + words.length : -1;
}
