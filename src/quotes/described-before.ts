/**
 * `Salah satu pedagang sayur, Budi Santoso mengatakan …`, `Seorang nelayan tua, Siti …`: a person introduced by an unnamed
 * quantifier and a description set off by a comma before the name. The description is the person's role as written.
 */
import type { Lexicon, Token } from './speech-words.js';
import { slice } from './speech-words.js';

/** Words of the description after the quantifier, at most (`pedagang sayur`, `anggota paduan suara`). */
const MAX_DESCRIPTION_WORDS = 4;
/** Words of the quantifier, at most (`salah satu`, `salah seorang`). */
const MAX_QUANTIFIER_WORDS = 2;

/**
 * The description before the name at token `n0` when it reads `<quantifier> <description>, <name>` from the start of
 * its clause (the paragraph's start or a punctuation mark before the quantifier); else null. The description opens with
 * a lower-case noun that is no stop, link or verb, and holds no comma.
 */
export function describedBefore(text: string, toks: readonly Token[], n0: number, lex: Lexicon): string | null {
  if (toks[n0 - 1]?.text !== ',') return null;
  const e = n0 - 1;
  let d = e;
  while (d > 0 && e - d < MAX_DESCRIPTION_WORDS && toks[d - 1]!.word && !lex.unnamed.has(toks[d - 1]!.lower)) d--;
  let q = d;
  while (q > 0 && d - q < MAX_QUANTIFIER_WORDS && toks[q - 1]!.word && lex.unnamed.has(toks[q - 1]!.lower)) q--;
  if (q === d || d === e || (q > 0 && toks[q - 1]!.word)) return null;
  const quantifier = toks.slice(q, d).map((t) => t.lower);
  if (!lex.personQuantifiers.some((p) => p.length === quantifier.length && p.every((w, i) => w === quantifier[i]))) return null;
  const first = toks[d]!;
  if (first.cap || first.num || first.cls !== 0 || lex.nameStops.has(first.lower) || lex.connectors.has(first.lower) || lex.pronouns.has(first.lower)) return null;
  return slice(text, toks, d, e);
}
