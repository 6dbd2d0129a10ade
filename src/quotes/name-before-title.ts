/**
 * `Rina Wulandari Ketua Umum Asosiasi Contoh mengatakan`, `Budi Santoso Head of Research Contoh Sekuritas`: a name
 * written before its title with no comma between (`phrase.ts` reads the rest of the segment as the title).
 */
import { type Lexicon, type Token } from './speech-words.js';
import { roleAt } from './role-words.js';

/** Name words opening a name-first segment, at least (one capitalised word before a title is often a place or a body). */
const MIN_LEADING_NAME_WORDS = 2;

/**
 * Where a name opening the segment at token `s` ends when a capitalised title word follows it directly, else -1.
 * `nameEnd(i)` is where a name run from `i` ends in the segment, `tailName(i)` the name closing a title that starts
 * at `i` (null when none). Not when a name word could open a title (`Deputy I Head of …`), the title word also heads
 * a body (`Contoh Sachs Group Inc`), or the title closes with a full name of its own and no organisation word
 * before it (`Contoh Makmur Head of Research Budi Santoso`: the words before the title are its body, in English order).
 */
export function nameBeforeTitle(
  tokens: readonly Token[],
  s: number,
  e: number,
  lex: Lexicon,
  nameEnd: (i: number) => number,
  tailName: (i: number) => readonly [number, number] | null,
): number {
  const ne = nameEnd(s);
  const next = tokens[ne];
  if (ne - s < MIN_LEADING_NAME_WORDS || ne >= e || !next?.word || !next.cap || !lex.roles.has(next.text) || lex.orgWords.has(next.text)) return -1;
  for (let k = s; k < ne; k++) {
    const t = tokens[k]!;
    if (t.word && (!t.cap || roleAt(t, lex) || lex.titleModifiers.has(t.text) || lex.roleWords.has(t.text))) return -1;
  }
  // A closing run after an organisation word is the end of the body's name (`Gabungan Pengusaha Karet Contoh`).
  const tail = tailName(ne);
  if (!tail || tail[1] - tail[0] < MIN_LEADING_NAME_WORDS) return ne;
  // `… Polda Contoh Kombes Budi Santoso`: a name after a rank is the holder's, whatever stands before the title.
  if (lex.titles.has(tokens[tail[0] - 1]?.text ?? '')) return -1;
  for (let k = ne; k < tail[0]; k++) if (lex.orgWords.has(tokens[k]!.text)) return ne;
  return -1;
}
