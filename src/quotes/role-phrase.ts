/**
 * Step 2b of quote finding: a speaker's title as a role and an organisation.
 *
 * The role is the post without the organisation; the organisation is the one the person speaks
 * for, as the article names it. Both are read from one title phrase, whatever the order:
 * - `Direktur Utama PT Contoh Sejahtera` → `Direktur Utama` + `PT Contoh Sejahtera` (an organisation word);
 * - `Kepala Riset Contoh Sekuritas` → `Kepala Riset` + `Contoh Sekuritas` (the first capitalised word that
 *   is no title word opens the organisation);
 * - `Ketua Umum Contoh periode 2020-2025` → the organisation stops at the lower-case tail;
 * - `Contoh president director`, `Contoh’s programme coordinator` → organisation first (English order);
 * - `Menteri Keuangan` → no organisation written: `Kementerian Keuangan`, from the title
 *   (`implied-organisation.ts`), and `Kapolri` → `Polri`;
 * - `Direktur Pusat Kajian Contoh` with nothing after → `Direktur` + the unit it names (`title-unit.ts`).
 * Steps: the title without its article or quantifier (`role-article.ts`), the phrase read once per title
 * (`readRole`), then its head, unit and board, and the corrections of the parts (`role-corrections.ts`).
 */
import { isCompoundRole, type Lexicon, type Token, slice, tokenize } from './speech-words.js';
import { fieldWord } from './name-word.js';
import { closesBodyName } from './acronym-name.js';
import { roleAt } from './role-words.js';
import { listComma } from './field-list.js';
import { heldAt } from './held-at.js';
import { joinedField, lowerField, organisationEnd } from './title-field.js';
import { withTitleHead } from './title-head.js';
import { withTitleUnit } from './title-unit.js';
import { withBoard } from './title-board.js';
import { LexiconMemo } from './memo.js';
import { clientPerson } from './client-title.js';
import { bodyAfterTitle, placeTitle, takesPlace } from './seat-role.js';
import { NYA } from '../lang/enclitic.js';
import { impliedHead, PROBE, takesPortfolio, titleOrganisation } from './implied-organisation.js';
import { areaAfterTitle, lowerBodyTitle, placesOnly, POSSESSIVE } from './body-beside-title.js';
import type { RoleParts } from './role-parts.js';
import { listedPortfolioTitle, portfolioJoin, portfolioShortForm, suffixTitleEnd } from './portfolio.js';
import { withoutArticle } from './role-article.js';
import { titledPerson, withoutCountry, withoutPossessive, withWing } from './role-corrections.js';

/** Roman numerals that number a unit inside a title (`Komisi VI`, `Wilayah V`, `Kasubdit IV`). */
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;

/** A word that continues a title: a role word, a title word (`Utama`, `Riset`), a field word, a unit number. */
function titleWord(t: Token, lex: Lexicon): boolean {
  if (!t.word) return false;
  if (lex.orgWords.has(t.text) && !lex.roles.has(t.text)) return false;
  // `Ketua Pegawai Eksekutifnya`: a title word with the possessive suffix ends the title.
  const stem = t.text.length > NYA.length + 2 && t.lower.endsWith(NYA) ? t.text.slice(0, -NYA.length) : null;
  if (stem !== null && (lex.roleWords.has(stem) || lex.roles.has(stem))) return true;
  return roleAt(t, lex) || lex.roleWords.has(t.text) || fieldWord(t, lex) || ROMAN.test(t.text);
}

/** A former word (`mantan`, `Bekas`) stands among the qualifying words before the title word at `r`. */
function withFormer(tokens: readonly Token[], r: number, lex: Lexicon): boolean {
  for (let q = 0; q < r; q++) if (lex.references.formers.has(tokens[q]!.lower)) return true;
  return false;
}

/** `(Sekjen)`, `(Menkeu)`, `(Kasi Pidsus)`: a bracketed short form of the title itself, kept in the role; its length in tokens. */
function bracketedTitle(tokens: readonly Token[], i: number, lex: Lexicon): number {
  if (tokens[i]?.text !== '(' || !lex.roles.has(tokens[i + 1]?.text ?? '')) return 0;
  for (let c = i + 2; c <= i + 1 + MAX_SHORT_TITLE_WORDS; c++) {
    const t = tokens[c];
    if (t?.text === ')') return c - i + 1;
    if (!t?.word) return 0;
  }
  return 0;
}

/** Words of a bracketed short title, at most (`(Kasi Pidsus)`, `(Kasat Reskrim)`). */
const MAX_SHORT_TITLE_WORDS = 3;

/**
 * Split a title phrase into role and organisation. `role` and `organisation` are what the phrase
 * parser found (the organisation may still hold the end of the title, or the role the organisation);
 * they are read again as one phrase. Must stay pure (a function of the phrase and the lexicon alone):
 * speaker-reading.ts memoises it per title.
 */
export function splitRole(parts: RoleParts, lex: Lexicon): RoleParts {
  const split = splitTitle(parts, lex);
  if (!split.role) return split;
  const headed = withTitleUnit(withTitleHead(split, lex), lex);
  const organisation = headed.organisation !== null && titledPerson(headed.organisation, lex) ? null : headed.organisation;
  return withBoard(withoutCountry(withWing({ ...headed, role: withoutPossessive(headed.role ?? split.role, lex), organisation }, lex), parts.title), lex);
}

/** Digits of a post's number (`Chief 1`, `Naib Presiden 2`), at most. */
const MAX_POST_NUMBER_DIGITS = 1;

/** Role and organisation of one title phrase (`splitRole` before the possessive is dropped). */
function splitTitle(parts: RoleParts, lex: Lexicon): RoleParts {
  const { organisation } = parts;
  const role = parts.role ? withoutArticle(parts.role, lex) : parts.role;
  if (!role) return parts;
  if (role !== parts.role) parts = { ...parts, role };
  const { title } = parts;
  // A title comes back with every mention of its person: each is read once (the key keeps a missing part apart from an empty one).
  const key = `${role}\u0000${organisation ?? '\u0001'}\u0000${title ?? '\u0001'}`;
  const read = splitMemo.get(lex, key, () => readRole(role, organisation, title, lex));
  return read ? { role: read.role, organisation: read.organisation } : parts;
}

/** `readRole` of each title met, per lexicon. */
const splitMemo = new LexiconMemo<RoleParts | null>();

/** `splitRole` of the title phrase `title` (else `role` and `organisation` as one phrase); null: as given. */
function readRole(role: string, organisation: string | null, title: string | undefined, lex: Lexicon): RoleParts | null {
  const phrase = title ?? (organisation ? `${role} ${organisation}` : role);
  const tokens = tokenize(phrase, lex);
  const e = tokens.length;
  // A lower-case description (`ketua majelis hakim`) names no organisation: as written.
  if (!tokens.some((t) => t.cap)) return lowerBodyTitle(tokens, phrase, lex);
  let r = 0;
  while (r < e && (!roleAt(tokens[r]!, lex) || closesBodyName(tokens, r, lex))) r++;
  if (r >= e) return null;
  r = listedPortfolioTitle(tokens, r, lex);
  // `Contoh Energy vice president`: capitalised words before the first lower-case title word are the organisation
  // (English order), even when one of them could open a title.
  if (tokens[0]!.cap && tokens[r]!.cap) {
    let l = r;
    while (l < e && tokens[l]!.word && tokens[l]!.cap) l++;
    // `Dokter spesialis gizi`: capitalised title words alone opening a sentence stay the title.
    const named = tokens.slice(0, l).some((t) => t.word && !lex.roles.has(t.text) && !lex.roleWords.has(t.text));
    if (named && l < e && l > r && tokens[l]!.word && lex.lowerRoles.has(tokens[l]!.lower) && !lex.connectors.has(tokens[l]!.lower)) r = l;
  }
  // English order: the organisation before a lower-case title (`Contoh president director`).
  let before: string | null = null;
  let titleStart = r;
  // `Pemangku Ketua …`, `Acting Director`: words that qualify the post open the role, they name no organisation.
  let q0 = 0;
  while (q0 < r && (!tokens[q0]!.word || lex.titleModifiers.has(tokens[q0]!.text))) q0++;
  if (r > 0 && q0 === r) titleStart = 0;
  else if (r > 0 && tokens[0]!.cap) {
    let b = r;
    while (b > 0 && !tokens[b - 1]!.word && tokens[b - 1]!.text !== ')') b--;
    // `APTB communications chief`: lower-case words before the title word are its field.
    const b0 = b;
    while (b > 1 && tokens[b - 1]!.word && !tokens[b - 1]!.cap && !lex.connectors.has(tokens[b - 1]!.lower)) b--;
    if (b < b0) titleStart = b;
    // `Contoh’s programme coordinator`: the possessive ends the organisation, the rest is the title.
    for (let q = 0; q < b; q++) {
      if (POSSESSIVE.test(tokens[q]!.text)) {
        b = q + 1;
        titleStart = q + 1;
        break;
      }
    }
    before = slice(phrase, tokens, 0, b).replace(POSSESSIVE, '') || null;
    // `Its general manager`: a possessive determiner points back, it names no organisation.
    if (before !== null && lex.possessives.has(before.toLowerCase())) before = null;
    // `Seorang pedagang`, `One trader`: a sentence-initial quantifier is capitalised, it is no organisation.
    if (before !== null && lex.unnamed.has(before.toLowerCase())) before = null;
    // `Indonesia's Finance Minister`, `US President`: a country before a title that takes no place is no organisation.
    if (before !== null && b === r && placesOnly(tokens, b, lex) && !takesPlace(tokens, r, lex)) before = null;
    // `Transport Minister`: the words before a title that names its organisation by a suffix are the title's field,
    // also before a field word that opens the title (`Domestic Trade Minister`).
    if (before !== null && (titleOrganisation(slice(phrase, tokens, 0, r + 1), lex) !== null || titleOrganisation(slice(phrase, tokens, 0, suffixTitleEnd(tokens, r, lex)), lex) !== null)) {
      before = null;
      titleStart = 0;
    }
    // `Regional Sales Leader`: capitalised words before an English head noun are the post's field, unless one names a body.
    if (before !== null && b === r && lex.titleHeads.has(tokens[r]!.text) && !tokens.slice(0, r).some((t) => lex.orgWords.has(t.text))) {
      before = null;
      titleStart = 0;
    }
  }
  // A title that takes a place or a seat holds it (`seat-role.ts`).
  const placed = placeTitle(phrase, tokens, r, e, before, lex);
  // `mantan Bupati Contoh`: a past post keeps its former word, never the bare title (the organisation is read from the title itself).
  if (placed !== null) return q0 === r && r > 0 && withFormer(tokens, r, lex) ? { ...placed, role: `${slice(phrase, tokens, 0, r)} ${placed.role ?? ''}`.trim() } : placed;
  // The title runs over title words, connectors between them and bracketed short forms; after a field word
  // (`Bidang`) over the field's capitalised words (`Kepala Bidang Pembinaan dan Prestasi PB Contoh`).
  let k = r + 1;
  let field = false;
  let shortForm = -1;
  while (k < e) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    // `Pengarah Urusan` (a managing director) is one post; `Kepala Urusan Umum` opens a field.
    field ||= lex.fieldOpeners.has(prev.text) && !isCompoundRole(lex, tokens[k - 2]?.text ?? '', prev.text);
    // `Head of the National … Agency`: an article opens the organisation.
    if (t.word && lex.connectors.has(t.lower) && lex.articles.has(tokens[k + 1]?.lower ?? '')) break;
    // `analis Niaga Utama Contoh Sekuritas`: a word that qualifies a post (`Utama`) after a field word, not after the post,
    // closes a body's name: the run of field words before it opens the organisation.
    if (lex.postQualifiers.has(t.text) && !lex.roles.has(prev.text) && !isCompoundRole(lex, prev.text, t.text) && !field) {
      while (k > r + 1 && !lex.roles.has(tokens[k - 1]!.text)) k--;
      break;
    }
    if (isCompoundRole(lex, prev.text, t.text)) k++;
    // `Plt. Kepala Dinas …`: the full stop of a qualifying word's short form.
    else if (t.text === '.' && lex.titleModifiers.has(prev.text) && titleWord(tokens[k + 1] ?? t, lex)) k++;
    else if (field && t.word && t.cap && t.hasLower && !lex.orgWords.has(t.text)) k++;
    else if (field && listComma(tokens, k, lex)) k++;
    else if (field && t.word && lex.connectors.has(t.lower) && tokens[k + 1]?.cap && tokens[k + 1]!.hasLower && !lex.orgWords.has(tokens[k + 1]!.text)) k++;
    else if (titleWord(t, lex) && !bodyAfterTitle(tokens, k, lex)) k++;
    // `Chief 1`, `Naib Presiden 2`: a post held by several people in order carries its number; a number is no organisation.
    else if (t.num && t.text.length <= MAX_POST_NUMBER_DIGITS && k === e - 1 && titleWord(prev, lex)) k++;
    // `CEO DAN Contoh`: a connector in capitals is an acronym, the organisation's first word.
    else if (t.word && (t.hasLower || !t.cap) && lex.connectors.has(t.lower) && tokens[k + 1] !== undefined && titleWord(tokens[k + 1]!, lex)) k++;
    else if (joinedField(tokens, k, lex)) k += 2;
    else if (bracketedTitle(tokens, k, lex) > 0) k += bracketedTitle(tokens, k, lex);
    else if (!t.word && t.text === '&' && tokens[k + 1] !== undefined && titleWord(tokens[k + 1]!, lex)) k++;
    else if (portfolioShortForm(tokens, k, lex)) k = (shortForm = k) + 3;
    else break;
  }
  // `Menteri Perusahaan Contoh dan Niaga`: a title that names its organisation only with a portfolio
  // (`Menteri …`) takes the capitalised words after it as that portfolio, organisation words included.
  if (k < e && ((tokens[k]!.cap && tokens[k]!.hasLower) || (k > r + 1 && portfolioJoin(tokens, k, lex))) && takesPortfolio(tokens[r]!.text, lex) && (k === r + 1 || titleOrganisation(slice(phrase, tokens, r, k), lex) !== null)) {
    // An organisation word closing the phrase is the body named after the portfolio (`Dirjen Contoh dan Niaga Kemenkeu`).
    const portfolioWord = (t: Token, next: Token | undefined) =>
      t.word && t.cap && t.hasLower && (!lex.orgWords.has(t.text) || (next !== undefined && next.cap && next.hasLower && !impliedHead(t.text, lex)));
    while (k < e && (portfolioWord(tokens[k]!, tokens[k + 1]) || portfolioJoin(tokens, k, lex) || (lex.connectors.has(tokens[k]!.lower) && tokens[k + 1]?.cap && tokens[k + 1]!.hasLower) || listComma(tokens, k, lex))) k++;
  }
  // A title field written on (`Menteri Perumahan dan Kawasan Permukiman`): a title that implies its
  // organisation owns the capitalised words after it, up to an organisation word or an acronym.
  // Also a title of several words that names its organisation only with its field (`Direktur Jenderal Contoh Niaga Kemenkeu`).
  const written = slice(phrase, tokens, r, Math.min(k, e));
  if (titleOrganisation(written, lex) !== null || (k > r + 1 && titleOrganisation(`${written} ${PROBE}`, lex) !== null)) {
    while (k < e) {
      const t = tokens[k]!;
      // A level before its place is part of the field (`Ketua Polis Daerah Contoh`), not a body.
      const level = lex.placeTakers.has(t.text) && !impliedHead(t.text, lex);
      if (t.word && t.cap && t.hasLower && (!lex.orgWords.has(t.text) || level)) k++;
      else if (t.word && lex.connectors.has(t.lower) && tokens[k + 1]?.cap && tokens[k + 1]!.hasLower) k++;
      else if (listComma(tokens, k, lex)) k++;
      else if (t.text === '(' && tokens[k + 2]?.text === ')' && tokens[k + 3] === undefined) k += 3;
      else break;
    }
  }
  // `Jaksa penuntut umum dari Kejaksaan Negeri …`: lower-case words of the title, up to a connector before the organisation.
  // A lower-case title (`juru kampanye iklim Contoh`) runs on over lower-case words up to the organisation.
  let m = k;
  // `Kepala Analis kawasan Eropa di Contoh Riset`: places inside the lower-case field belong to the title.
  const fieldOn = (t: Token, at: number) => !t.cap || (at > k && lex.places.has(t.text));
  while (m < e && tokens[m]!.word && fieldOn(tokens[m]!, m) && !lex.connectors.has(tokens[m]!.lower) && !heldAt(tokens, m, lex)) m++;
  // `Peneliti hukum sekaligus penasihat Contoh`: after the lower-case field, a second post joined by a connector; the
  // organisation written after it is that post's, and the role is that post (`penasihat`).
  if (m > k && m + 1 < e && lex.connectors.has(tokens[m]!.lower) && !tokens[m + 1]!.cap && roleAt(tokens[m + 1]!, lex)) {
    titleStart = r = m + 1;
    m = k = m + 2;
  }
  // `deputy head of lending at the Contoh Bank`: an article may stand before the organisation.
  const held = lex.articles.has(tokens[m + 1]?.lower ?? '') ? tokens[m + 2] : tokens[m + 1];
  if (m > k && m < e && (lex.connectors.has(tokens[m]!.lower) || heldAt(tokens, m, lex)) && held?.cap) k = m;
  else if (m > k && !tokens[r]!.cap && (m === e || tokens[m]!.cap)) k = m;
  // A capitalised title's lower-case field describes the post (`Kapolres setempat`): what the title implies is read without it.
  let implying = -1;
  if (m > k && tokens[r]!.cap) {
    implying = k;
    k = lowerField(tokens, k, e, lex);
  }
  let roleEnd = k;
  while (roleEnd > r && (!tokens[roleEnd - 1]!.word ? tokens[roleEnd - 1]!.text !== ')' : lex.connectors.has(tokens[roleEnd - 1]!.lower))) roleEnd--;
  // The title's words from `a` to `b`, less the portfolio's short form.
  const roleText = (a: number, b: number) => (shortForm > a && shortForm + 3 < b ? `${slice(phrase, tokens, a, shortForm)} ${slice(phrase, tokens, shortForm + 3, b)}` : slice(phrase, tokens, a, b));
  const newRole = roleText(Math.min(titleStart, r), roleEnd) || role;
  // The organisation after the title, past a connector (`Ekonom di Contoh Trust`, `manager of Contoh Academy`).
  let o = k;
  // `Direktur Jenderal Contoh (DJC) Kementerian X`: the title's bracketed short form is no part of the organisation.
  if (tokens[o]?.text === '(' && tokens[o + 2]?.text === ')' && o + 3 < e) o += 3;
  while (o < e && (!tokens[o]!.word || (!tokens[o]!.cap && (lex.connectors.has(tokens[o]!.lower) || heldAt(tokens, o, lex) || (o > k && lex.articles.has(tokens[o]!.lower)))))) o++;
  let after: string | null = null;
  if (o < e && (tokens[o]!.cap || tokens[o]!.num)) {
    const oe = organisationEnd(tokens, o, e, lex);
    // `Direktur Pembiayaan Rumah APTB`: the capitalised field written on before the body stays in the title.
    const q = o === k ? fieldBeforeBody(tokens, o, oe, lex) : o;
    if (q > o) {
      let fe = q;
      while (fe > o && (!tokens[fe - 1]!.word || lex.connectors.has(tokens[fe - 1]!.lower))) fe--;
      return { role: roleText(Math.min(titleStart, r), fe), organisation: slice(phrase, tokens, q, oe) };
    }
    after = oe > o ? slice(phrase, tokens, o, oe) : null;
    if (after !== null && clientPerson(slice(phrase, tokens, r, roleEnd), tokens, o, oe, lex)) return { role: newRole, organisation: null };
  }
  if (after !== null && before !== null && areaAfterTitle(tokens, o, e, lex)) after = null;
  const found = after ?? before;
  const implied = implying >= 0 && implying < k ? roleText(Math.min(titleStart, r), implying) || newRole : newRole;
  return { role: newRole, organisation: found ?? titleOrganisation(implied, lex) };
}

/**
 * Where the body starts inside the capitalised words `[o, oe)` written right after a title, when they open with its
 * field: the body is an acronym closing them (`Pembiayaan Rumah APTB`) or opens with the word of a body a title
 * implies (`Penegakan Hukum Kementerian X`, `Samapta Polres X`). Else `o`. The field holds no organisation word, place
 * or acronym (`Contoh Maju Sekuritas`, `Bank Contoh BCR` are one body).
 */
function fieldBeforeBody(tokens: readonly Token[], o: number, oe: number, lex: Lexicon): number {
  const fieldWord = (t: Token) => t.word && t.cap && t.hasLower && !lex.orgWords.has(t.text) && !lex.places.has(t.text);
  if (!fieldWord(tokens[o]!)) return o;
  for (let q = o + 1; q < oe; q++) {
    const t = tokens[q]!;
    const acronym = t.word && !t.hasLower && !t.num && t.text.length > 1 && !ROMAN.test(t.text);
    if (impliedHead(t.text, lex) || (q === oe - 1 && acronym)) return q;
    const link = t.word ? (!t.cap && lex.connectors.has(t.lower)) || ROMAN.test(t.text) : t.text === ',' || t.text === '&';
    if (!link && !fieldWord(t)) return o;
  }
  return o;
}
