/**
 * A title written after a person's name in narrative: a lower-case calling set off by a comma (`Dewi Anggraini,
 * analis Mitra Contoh, …`, `Yanti, seorang penjual kain di Pasar Contoh`, `Bayu Wicaksana, an analyst at …`) or
 * a title after a role link (`Bayu selaku bendahara Koperasi Contoh`, `Dewi sebagai Ketua Panitia`).
 * Capitalised titles set off by commas are read by `context-title.ts` itself; this adds the forms a capitalised
 * role word does not open.
 */
import { isDegree, type Lexicon, type Token, slice } from './speech-words.js';
import { W_FILLER, W_INTRO, W_POST } from './word-classes.js';
import { roleLinkAt } from './role-words.js';

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
  return titleFrom(text, toks, r, lex);
}

/** Lower-case words between a name's relative and its holding verb (`yang kini`, `yang saat ini`), at most. */
const MAX_HOLDING_LEAD = 2;

/**
 * A capitalised title held by a verb after the name ending at token `n1`: `Budi Santoso yang kini menjabat sebagai
 * Kepala Dinas Contoh`, `Budi yang saat ini berpangkat Komisaris Besar`, `Budi Santoso merupakan Ketua Koperasi Contoh`
 * (`SpeechData.holdingVerbs`, after an optional relative and a word or two, before an optional role link), or linked by
 * `yang juga` with no verb (`Budi Santoso yang juga Ketua Koperasi Contoh`), or given by a copula right after the name
 * (`Budi adalah Ketua …`, `Jane Doe is the chair of …`; a past post with its former word, `Budi ialah bekas Ketua …`). Null
 * when no such verb follows, or what it holds is no title (`yang menjabat dua periode`).
 */
export function heldTitleAfterName(text: string, toks: readonly Token[], n1: number, lex: Lexicon): string | null {
  let k = n1;
  const lower = (t: Token | undefined) => t?.word === true && !t.cap;
  if (lower(toks[k]) && lex.references.relatives.has(toks[k]!.lower)) k++;
  // `Budi Santoso yang juga Ketua Koperasi Contoh`: an additive links the title with no verb.
  if (k > n1 && roleLinkAt(toks, k, lex) && lex.references.additives.has(toks[k]!.lower)) return titleFrom(text, toks, k + 1, lex);
  // `Budi adalah Ketua …`: a copula right after the name (or its relative); after other words (`yang sebelum ini
  // adalah …`) the post may be a past one.
  if (lower(toks[k]) && lex.copulas.has(toks[k]!.lower)) return postAfterVerb(text, toks, k + 1, lex);
  if (lex.holdingVerbs.size === 0) return null;
  const lead = k;
  while (k - lead < MAX_HOLDING_LEAD && lower(toks[k]) && !lex.holdingVerbs.has(toks[k]!.lower)) k++;
  if (!lower(toks[k]) || !lex.holdingVerbs.has(toks[k]!.lower)) return null;
  return postAfterVerb(text, toks, k + 1, lex);
}

/** The title after a verb of holding or a copula, from token `k`: an optional role link, article and former word, then a title word. */
function postAfterVerb(text: string, toks: readonly Token[], k: number, lex: Lexicon): string | null {
  const lower = (t: Token | undefined) => t?.word === true && !t.cap;
  if (lower(toks[k]) && lex.roleLinks.has(toks[k]!.lower)) k++;
  // `Jane Doe is the chair of …`: after an article a lower-case title is one too.
  const article = lower(toks[k]) && lex.articles.has(toks[k]!.lower);
  if (article) k++;
  // `Budi merupakan bekas Ketua …`: a past post is read with its former word, as before a name.
  const former = lower(toks[k]) && lex.references.formers.has(toks[k]!.lower) ? k++ : -1;
  const t = toks[k];
  if (!t?.word || !(t.cap ? lex.roles.has(t.text) : article && lex.lowerRoles.has(t.lower))) return null;
  return titleFrom(text, toks, former >= 0 ? former : k, lex);
}

/** The title phrase opened by the title word at token `r`, as written, up to where `titleAfterName` says it ends; else null. */
function titleFrom(text: string, toks: readonly Token[], r: number, lex: Lexicon): string | null {
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
