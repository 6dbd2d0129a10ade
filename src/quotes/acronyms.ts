/** Acronyms an article spells out (`Bank of Korea (BoK)`, `(Aliansi Petani Tangguh Bersatu/APTB)`), for naming an organisation that speaks. */
import type { Lexicon, Token } from './speech-words.js';

/** An acronym written as one word (`BoK`, `SCAB`, `KLN`). */
export const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,6}\p{Lu}$/u;
/** The longest spelt-out name of an acronym, in tokens. */
const MAX_SPELLED_TOKENS = 10;

/**
 * The full name `acronym` stands for where the article spells it out, from the article's paragraphs
 * (`texts`) and their tokens; null when it never does.
 */
export function acronymSpelling(acronym: string, articleTokens: readonly (readonly Token[])[], articleTexts: readonly string[], lex: Lexicon): string | null {
  for (let p = 0; p < articleTokens.length; p++) {
    const tokens = articleTokens[p]!;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i]!.text !== acronym) continue;
      const mark = tokens[i - 1]!.text;
      let a = i - 1;
      let e = i - 1;
      if (mark === '/') {
        // `(Aliansi Petani Tangguh Bersatu/APTB)`: from the bracket to the slash.
        while (a > 0 && i - a <= MAX_SPELLED_TOKENS && tokens[a - 1]!.text !== '(') a--;
        if (tokens[a - 1]?.text !== '(') continue;
      } else if (mark === '(') {
        // `PT Sinar Contoh Abadi Tbk (SCAB)`: the capitalised run before the bracket.
        while (a > 0 && e - a < MAX_SPELLED_TOKENS && (tokens[a - 1]!.cap || (lex.connectors.has(tokens[a - 1]!.lower) && tokens[a - 2]?.cap))) a--;
      } else continue;
      if (e - a < 1 || !tokens[a]!.cap) continue;
      const first = acronym[0]!.toLowerCase();
      let ok = false;
      for (let q = a; q < e && !ok; q++) ok = tokens[q]!.lower.startsWith(first);
      if (ok) return articleTexts[p]!.slice(tokens[a]!.start, tokens[e - 1]!.end);
    }
  }
  return null;
}
