/**
 * The body a person comes from, written after the name with a link word (`Budi Santoso dari Lembaga Kajian
 * Contoh`, `Rina Wulandari of the Contoh Policy Institute`, `… from Contoh University`): the organisation the
 * person speaks for, in any of the three languages (`SpeechData.affiliationLinks`).
 */
import { type Lexicon, slice, type Token } from './speech-words.js';

/**
 * The organisation's tokens `[start, end)` after the link at token `at`, else null. The organisation is a run of
 * capitalised words (with connectors, `-`, `&` between them and a bracketed short form after) that holds an
 * organisation word (`Lembaga`, `Institute`) or opens with an acronym (`ISEAS`); a place is no body.
 */
export function affiliationAt(toks: readonly Token[], at: number, lex: Lexicon, links: ReadonlySet<string> = lex.affiliationLinks): [number, number] | null {
  const link = toks[at];
  if (!link?.word || link.cap || !links.has(link.lower)) return null;
  let o = at + 1;
  if (toks[o]?.word && lex.articles.has(toks[o]!.lower)) o++;
  const first = toks[o];
  // A place alone is no body; a place opening a longer name may be (`of the Contoh City Centre for …`).
  if (!first?.word || !first.cap || (lex.places.has(first.text) && !toks[o + 1]?.cap)) return null;
  let e = o;
  let named = !first.hasLower && first.text.length > 1;
  while (e < toks.length) {
    const t = toks[e]!;
    if (t.word && (t.cap || t.num)) {
      named ||= lex.orgWords.has(t.text);
      e++;
    } else if (t.word && lex.connectors.has(t.lower) && !lex.nameStops.has(t.lower) && toks[e + 1]?.cap) e++;
    else if ((t.text === '-' || t.text === '&') && toks[e + 1]?.cap) e++;
    else break;
  }
  if (toks[e]?.text === '(' && toks[e + 2]?.text === ')' && toks[e + 1]?.cap) e += 3;
  return named && e > o ? [o, e] : null;
}

/**
 * `X, who heads the Contoh Institute`: a relative clause after the comma at token `comma` whose verb says the person
 * heads a body (`SpeechData.headVerbs`). The body's tokens `[start, end)`, read like an affiliation, else null.
 */
export function headedBodyAt(toks: readonly Token[], comma: number, lex: Lexicon): [number, number] | null {
  if (toks[comma]?.text !== ',' || !lex.references.relatives.has(toks[comma + 1]?.lower ?? '')) return null;
  return affiliationAt(toks, comma + 2, lex, lex.headVerbs);
}

/** Where a phrase ends when the comma at token `k` opens such a clause: after the body the person heads, else -1. */
export function headedEnd(toks: readonly Token[], k: number, lex: Lexicon): number {
  return headedBodyAt(toks, k, lex)?.[1] ?? -1;
}

/** The body named by such a clause when the segment of a phrase starting at token `s` is one, else null. */
export function headedSegment(text: string, toks: readonly Token[], s: number, lex: Lexicon): string | null {
  const headed = headedBodyAt(toks, s - 1, lex);
  return headed ? slice(text, toks, headed[0], headed[1]) : null;
}

/** The longest `(PARTY-Seat Name)` bracket read after a member's name, in tokens. */
const MAX_SEAT_TOKENS = 8;

/**
 * `Ahmad Rahim (PAC-Tanjung Batu)`: a member of parliament with party and seat in brackets after the name, the
 * way Malaysian reports write them. The bracket opening at `open` closes the segment `[s, k)`; the party is the
 * organisation. Null when the segment does not end so.
 */
export function seatParty(toks: readonly Token[], s: number, k: number, lex: Lexicon): { open: number; party: string } | null {
  if (toks[k - 1]?.text !== ')') return null;
  let open = k - 2;
  while (open > s && k - open <= MAX_SEAT_TOKENS && toks[open]!.text !== '(') open--;
  const first = toks[open + 1];
  if (open <= s || toks[open]!.text !== '(' || !first?.word) return null;
  // `PAC-Tanjung` is one word; `PAC - Tanjung` three.
  const dash = first.text.indexOf('-');
  const party = dash > 0 ? first.text.slice(0, dash) : first.text;
  const seat = dash > 0 ? first.text.slice(dash + 1) : toks[open + 2]?.text === '-' ? (toks[open + 3]?.text ?? '') : '';
  if (!/^\p{Lu}/u.test(seat)) return null;
  // A party is written as its acronym (`PAC`) or a one-word name with an organisation head; the seat is capitalised words.
  if (party.length < 2 || (party !== party.toUpperCase() && !lex.orgWords.has(party))) return null;
  for (let i = dash > 0 ? open + 2 : open + 4; i < k - 1; i++) if (!toks[i]!.word || !toks[i]!.cap) return null;
  return { open, party };
}
