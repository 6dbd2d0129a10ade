/**
 * The title a describing attribution gives the quote it closes: `"…," <verb> <description> yang menjabat (sebagai)
 * <title> <demonstrative>`. The description points back to the person quoted before (resolved like a pronoun), and
 * the quote speaks under the post the description names, even when that person was introduced under another one.
 */
import { type Lexicon, slice, type Token } from './speech-words.js';
import { roleAt } from './role-words.js';
import { demonstrativeAt } from './references.js';
import { splitRole } from './role-phrase.js';
import type { RoleParts } from './role-parts.js';

/** Lower-case words between the relative and the title (`<adverb> menjabat sebagai`), at most. */
const MAX_LEAD_WORDS = 3;
/** Tokens of the title up to its demonstrative, at most (`<role words> <legal form> <company words> (<ACRONYM>)`). */
const MAX_TITLE_TOKENS = 14;

/**
 * The role and organisation named by the description noun at token `j`, read as `<description> yang <lower-case
 * words> <capitalised title> <demonstrative>`; null when it names no title (`<description> yang <lower-case words>
 * <Name> ini`).
 */
export function describedTitle(text: string, tokens: readonly Token[], j: number, lex: Lexicon): RoleParts | null {
  let k = j + 1;
  if (!lex.references.relatives.has(tokens[k]?.lower ?? '')) return null;
  const lead = ++k;
  while (k < tokens.length && k - lead < MAX_LEAD_WORDS && tokens[k]!.word && !tokens[k]!.cap) {
    // `yang juga menjabat …`: a second post besides the one the person was introduced with, who still speaks as that one.
    if (lex.references.additives.has(tokens[k]!.lower)) return null;
    k++;
  }
  const head = tokens[k];
  if (k === lead || !head?.word || !head.cap || !roleAt(head, lex)) return null;
  for (let e = k + 1; e < tokens.length && e - k <= MAX_TITLE_TOKENS; e++) {
    const t = tokens[e]!;
    if (demonstrativeAt(tokens, e, lex.references)) {
      const parts = splitRole({ role: slice(text, tokens, k, e), organisation: null }, lex);
      return parts.role ? { role: parts.role, organisation: balanced(parts.organisation) } : null;
    }
    // The title holds capitalised words, numbers, brackets and connectors before a capitalised word (`Bea dan Cukai`).
    const inTitle = t.cap || t.num || t.text === '(' || t.text === ')' || (t.word && lex.connectors.has(t.lower) && tokens[e + 1]?.cap === true);
    if (!inTitle) return null;
  }
  return null;
}

/** An organisation read from inside the brackets of a short form (`<role words> (<ACRONYM>)` → `<ACRONYM>)`) without its stray closing bracket. */
function balanced(organisation: string | null): string | null {
  if (organisation === null || !organisation.endsWith(')') || organisation.includes('(')) return organisation;
  return organisation.slice(0, -1).trimEnd() || null;
}
