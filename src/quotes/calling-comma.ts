/**
 * `vokalis kumpulan Contoh, Budi Santoso`, `pelatih Contoh FC, Rahmat Hidayat`: a lower-case calling, the group or
 * body it is practised in (capitalised), then the holder's name set off by a comma. The capitalised words before the
 * comma belong to the title, not to the name (as `Penyanyi Kumpulan Contoh, Budi Santoso` reads with a capital).
 */
import type { Lexicon, Token } from './speech-words.js';

/** Capitalised words of the group or body between the calling and the comma, at most. */
const MAX_BODY_WORDS = 4;

/**
 * The comma after the capitalised words at token `k` that follow the lower-case description `[from, k)`, when the
 * description holds a calling (`vokalis`, `pelatih`), ends in a word of the title itself (not a link such as `dari`, `di`:
 * `pengamat dari Universitas Contoh, Budi` is read with its body) and a capitalised word follows the comma; else -1.
 */
export function callingComma(tokens: readonly Token[], from: number, k: number, to: number, lex: Lexicon): number {
  const first = tokens[from]!;
  const last = tokens[k - 1];
  if (lex.unnamed.has(first.lower) || !last?.word || last.cap) return -1;
  if (lex.affiliationLinks.has(last.lower) || lex.locatives.has(last.lower) || lex.connectors.has(last.lower) || lex.nameStops.has(last.lower)) return -1;
  let calling = false;
  for (let i = from; i < k && !calling; i++) calling = tokens[i]!.word && lex.lowerRoles.has(tokens[i]!.lower) && !lex.connectors.has(tokens[i]!.lower);
  if (!calling) return -1;
  let c = k;
  while (c < to && c - k < MAX_BODY_WORDS && tokens[c]!.word && tokens[c]!.cap) c++;
  return c > k && c + 1 < to && tokens[c]!.text === ',' && tokens[c + 1]!.cap ? c : -1;
}
