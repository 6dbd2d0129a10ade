/**
 * `“…,” ujarnya` / `katanya` / `tandasnya`: a speech verb with the pronoun `-nya` is said of a person in news writing.
 * When the latest one seen speaking is an organisation, named in reported speech between the quotes of someone who
 * speaks for it (`Kepala Divisi Contoh Watch, Budi Santoso, …` … `Contoh Watch menilai …` … `"…," pungkasnya`), the
 * quote is that person's. A person of another body (a respondent, a guest) is no voice of the organisation.
 */
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import type { Person } from './person.js';
import type { SpeakerBook } from './speaker-book.js';

const WORD_G = /[\p{L}\p{N}]+/gu;

/** The quote closing at `close` (its closing mark's offset) is attributed by a `-nya` speech verb right after it. */
export function pronounVerbAfter(tokens: readonly Token[], close: number, lex: Lexicon): boolean {
  if (close < 0) return false;
  let j = tokenAt(tokens, close + 1);
  if (tokens[j]?.text === ',') j++;
  const t = tokens[j];
  return t !== undefined && !t.cap && lex.pronounVerb.has(t.lower);
}

/** The person last seen speaking before `pos` for the organisation `org` (their body's words hold its name's, or the other way round). */
export function spokespersonOf(org: Person, book: SpeakerBook, pos: number): Person | null {
  const name = words(org.organisation ?? org.name);
  if (name.length === 0) return null;
  return book.personSpokeBefore(pos, (p) => p.organisation !== null && holdsEither(words(p.organisation), name));
}

function words(s: string): string[] {
  return s.toLowerCase().match(WORD_G) ?? [];
}

/** One word list holds every word of the other, or the one word of one is the other's initials (`lpa`, `lembaga pemantau anggaran`). */
function holdsEither(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0) return false;
  const [small, big] = a.length <= b.length ? [a, b] : [b, a];
  if (small.length === 1 && big.length > 1 && big.map((w) => w[0]).join('') === small[0]) return true;
  return small.every((w) => big.includes(w));
}
