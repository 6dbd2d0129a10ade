/** Ranks and honorifics before a name (`AKP`, `Tan Sri`, `Komisaris Besar (Pol)`), skipped as a sequence. */
import { isCompoundRole, type Lexicon, type Token } from './speech-words.js';

/** Marks between the words of one title, dropped from the title lists' word sequences. */
const TITLE_INNER_MARKS: ReadonlySet<string> = new Set(['.', '’', "'"]);

/** Skip a rank/honorific sequence starting at token `i`; returns the index after it. */
export function skipTitles(tokens: readonly Token[], i: number, to: number, lex: Lexicon): number {
  for (;;) {
    const t = tokens[i];
    if (!t || i >= to) return i;
    // `Datuk Bandar` (mayor): an honorific opening a two-word post is the post, not a rank before a name.
    if (isCompoundRole(lex, t.text, tokens[i + 1]?.text ?? '')) return i;
    const options = lex.titles.get(t.text);
    let matched = 0;
    if (options) {
      for (const parts of options) {
        let k = i;
        let ok = true;
        for (const part of parts) {
          // An abbreviation's full stop, or the apostrophe of `Dato’` before the title's next word (`Dato’ Sri`).
          while (k < to && !tokens[k]!.word && TITLE_INNER_MARKS.has(tokens[k]!.text)) k++;
          if (k >= to || tokens[k]!.text !== part) {
            ok = false;
            break;
          }
          k++;
        }
        if (ok) {
          // Parenthesised suffixes such as `(Pol)`, and the abbreviation's full stop.
          if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')' && k + 2 < to) k += 3;
          if (tokens[k]?.text === '.') k++;
          matched = k - i;
          break;
        }
      }
    }
    if (matched === 0) return i;
    // A title only counts when a capitalised word follows it (`Ibu Kota` is a place, not `Ibu` + name).
    if (!tokens[i + matched]?.cap && i + matched < to) return i;
    i += matched;
  }
}

/** The longest honorific or rank sequence looked back over (`Dato’ Sri Dr`, `Komisaris Besar Polisi`), in tokens. */
const MAX_TITLE_TOKENS = 5;

/**
 * An honorific or rank sequence ends right before token `n` (inside the phrase from `from`); not one that
 * may close a title (`Sekretaris Jenderal (Sekjen) Contoh …`).
 */
export function titledAt(tokens: readonly Token[], from: number, n: number, lex: Lexicon): boolean {
  for (let j = Math.max(from, n - MAX_TITLE_TOKENS); j < n; j++) {
    const t = tokens[j]!;
    if (lex.roleWords.has(t.text) || lex.roles.has(t.text)) continue;
    if (skipTitles(tokens, j, n, lex) === n) return true;
  }
  return false;
}
