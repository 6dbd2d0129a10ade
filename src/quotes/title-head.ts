/**
 * A title in English order inside Indonesian or Malay text closes with its head noun (`Senior Credit Analyst`,
 * `Chief Operating Officer`): when a split leaves the field words and the head at the start of the organisation
 * (`Senior` + `Credit Analyst Arunika Sekuritas`), they go back to the role (`Lexicon.titleHeads`).
 */
import type { Lexicon } from './speech-words.js';

/** Capitalised field words between the role and its head noun, at most (`Regional Credit Analyst`). */
const MAX_FIELD_WORDS = 2;
/** A bracketed short form of the whole title after its head (`Chief Operating Officer (COO)`). */
const BRACKETED = /^\(\p{Lu}{2,6}\)$/u;
const CAPITALISED = /^\p{Lu}/u;

/** `parts` with a head noun and the field words before it moved from the organisation's start to the role. */
export function withTitleHead<P extends { role: string | null; organisation: string | null }>(parts: P, lex: Lexicon): P {
  const { role, organisation } = parts;
  if (!role || !organisation || lex.titleHeads.size === 0) return parts;
  const words = organisation.split(' ');
  for (let i = 0; i <= MAX_FIELD_WORDS && i < words.length - 1; i++) {
    const w = words[i]!;
    if (!CAPITALISED.test(w)) return parts;
    if (!lex.titleHeads.has(w)) continue;
    let end = i + 1;
    if (BRACKETED.test(words[end]!)) end++;
    // Something of the organisation must be left, and it must open like a name.
    if (end >= words.length || !CAPITALISED.test(words[end]!)) return parts;
    return { ...parts, role: `${role} ${words.slice(0, end).join(' ')}`, organisation: words.slice(end).join(' ') };
  }
  return parts;
}
