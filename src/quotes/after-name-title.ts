/**
 * A title written after a person's name in narrative: a lower-case calling set off by a comma (`Dewi Anggraini,
 * analis Mitra Contoh, …`, `Yanti, seorang penjual kain di Pasar Contoh`, `Bayu Wicaksana, an analyst at …`) or
 * a title after a role link (`Bayu selaku bendahara Koperasi Contoh`, `Dewi sebagai Ketua Panitia`).
 * Capitalised titles set off by commas are read by `context-title.ts` itself; this adds the forms a capitalised
 * role word does not open.
 */
import { isDegree, type Lexicon, type Token, slice, W_FILLER, W_INTRO, W_POST } from './speech-words.js';

/** Lower-case words of these classes open another clause (`mengatakan`, `kata`, `juga`). */
const CLAUSE = W_INTRO | W_POST | W_FILLER;

/** Words of an after-name title, at most (`dosen tamu di Sekolah Tinggi Contoh Jaya`). */
const MAX_TITLE_TOKENS = 10;
/** Lower-case words of a calling's field (`penjual kain`), at most. */
const MAX_FIELD_WORDS = 2;
/** Describing words before the calling (`seorang`, `salah satu`), at most. */
const MAX_LEAD_WORDS = 2;

/**
 * The title phrase after the name ending at token `n1`, as written (role and organisation together), else null.
 * It runs from the calling to a comma, a full stop, the paragraph's end or a word that opens another clause
 * (`ketika`, `yang`); a run of more words is a description, not a title.
 */
export function titleAfterName(text: string, toks: readonly Token[], n1: number, lex: Lexicon): string | null {
  const sep = toks[n1];
  if (!sep) return null;
  let r: number;
  if (sep.text === ',') {
    r = n1 + 1;
    // `…, seorang penjual`, `…, salah satu dosen`, `…, an analyst`: an unnamed lead before the calling.
    const lead = toks[r];
    if (lead?.word && !lead.cap && (lex.unnamed.has(lead.lower) || lex.articles.has(lead.lower))) {
      const to = r + MAX_LEAD_WORDS;
      while (r < to && toks[r]?.word && !toks[r]!.cap && !lex.lowerRoles.has(toks[r]!.lower)) r++;
    }
    const t = toks[r];
    // A capitalised title is `context-title.ts`'s apposition; a lower-case one must be a calling.
    if (!t?.word || t.cap || !lex.lowerRoles.has(t.lower) || lex.nameStops.has(t.lower)) return null;
  } else if (sep.word && !sep.cap && lex.roleLinks.has(sep.lower)) {
    r = n1 + 1;
    const t = toks[r];
    if (!t?.word || !(lex.roles.has(t.text) || (!t.cap && lex.lowerRoles.has(t.lower)))) return null;
  } else return null;
  let e = r + 1;
  let field = 0;
  let sawCap = false;
  while (e < toks.length && e - r <= MAX_TITLE_TOKENS) {
    const t = toks[e]!;
    if (t.text === ',' || t.text === '.' || t.text === ';') break;
    if (t.word) {
      // `peneliti MSc`: a degree qualifies the calling, it names no body; the title stops before it.
      if (isDegree(t, lex)) break;
      const link = lex.connectors.has(t.lower) || lex.titlePlaces.has(t.lower) || lex.articles.has(t.lower);
      if (!t.cap && !link) {
        // `…, analis Mitra Contoh ketika …`, `… yang ditemui`: another clause starts.
        if (sawCap || lex.nameStops.has(t.lower) || (t.cls & CLAUSE) !== 0) break;
        // A calling's field is a word or two (`penjual kain`); more is a clause (`…, guru itu berharap supaya …`).
        if (++field > MAX_FIELD_WORDS) return null;
      }
      sawCap ||= t.cap;
    } else if (t.text !== '(' && t.text !== ')' && t.text !== '&' && t.text !== '-') break;
    e++;
  }
  if (e - r > MAX_TITLE_TOKENS) return null;
  // A link with nothing after it (`…, penjual di`) closes nothing.
  while (e > r + 1 && isLink(toks[e - 1]!, lex)) e--;
  // `penjual di Contohjaya`: one capitalised word after a locative is where the person is, not a body they serve.
  if (e - r > 2 && toks[e - 1]!.cap && toks[e - 2]!.word && !toks[e - 2]!.cap && lex.locatives.has(toks[e - 2]!.lower)) e -= 2;
  return slice(text, toks, r, e);
}

/** A lower-case word linking a title to its body (`di`, `dari`, `of the`). */
function isLink(t: Token, lex: Lexicon): boolean {
  return t.word && !t.cap && (lex.connectors.has(t.lower) || lex.titlePlaces.has(t.lower) || lex.articles.has(t.lower));
}
