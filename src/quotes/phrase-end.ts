/**
 * Where a speaker phrase ends: the tokens after a speech verb or before a quote that still belong to the speaker —
 * name, titles, the body a title is held at, set-off parts after commas — up to what opens the next clause.
 * `parsePhrase` (`phrase.ts`) then reads the phrase into its parts.
 */
import { isInitial, type Lexicon, type Token } from './speech-words.js';
import { skipTitles } from './skip-titles.js';
import { relativeLinkAt, roleAt, roleLinkAt, titleBefore } from './role-words.js';
import { listComma } from './field-list.js';
import { heldAt } from './held-at.js';
import { fieldLinkEnd } from './title-field.js';
import { lowerTitleRun } from './lower-title.js';
import { affiliationAt, headedEnd } from './affiliation.js';
import { legalFormSet } from '../lang/legal-forms.js';
import { particlePair, tailName } from './name-run.js';
import { titleBeyond } from './references.js';

/** The longest speaker phrase, in tokens (a runaway guard). */
export const MAX_PHRASE_TOKENS = 30;

/** A lower-case description of an unnamed source is at most this many words (`salah seorang warga setempat`). */
const MAX_UNNAMED_WORDS = 8;

/** A parenthesis inside a speaker phrase (`(Dirjen)`, `(KAI Commuter)`) is at most this long. */
const MAX_PAREN_TOKENS = 8;

/** Legal forms of company names (`Tbk`, `Ltd`), which may be written with a full stop. */
export const LEGAL_FORMS = legalFormSet;

/** Where the speaker phrase that starts at token `j` ends (exclusive token index). */
export function phraseEnd(tokens: readonly Token[], j: number, lex: Lexicon): number {
  const limit = Math.min(tokens.length, j + MAX_PHRASE_TOKENS);
  let k = j;
  let sawCap = false;
  while (k < limit) {
    const t = tokens[k]!;
    if (t.word) {
      // `ujar Budi Santoso Kamis (14/3)`: a weekday before its date closes the phrase even without a comma.
      if (k > j && sawCap && lex.weekdays.has(t.lower) && tokens[k + 1]?.text === '(') break;
      if (t.cap || t.num) {
        sawCap ||= t.cap;
        k++;
        continue;
      }
      // A lower-case title before a name (`dr Sinta`).
      if (lex.titles.has(t.text) && tokens[k + 1]?.cap) {
        k++;
        continue;
      }
      // A lower-case title after the name or the organisation (`APTB’s programme coordinator`, `…, general manager of …`).
      if (k > j && sawCap && (lex.lowerRoles.has(t.lower) || ((lex.unnamed.has(t.lower) || lex.articles.has(t.lower)) && lex.lowerRoles.has(tokens[k + 1]?.lower ?? ''))) && !lex.nameStops.has(t.lower)) {
        k++;
        continue;
      }
      // `…, the chief financial officer`: a field word between two title words of a lower-case title after the name.
      if (k > j && sawCap && lex.lowerRoles.has(tokens[k - 1]!.lower) && fieldBeforeTitleWord(tokens, k, lex)) {
        k++;
        continue;
      }
      // A lower-case title runs on over a few lower-case words to the connector before its organisation (`head of research at Contoh Securities`).
      if (k > j && sawCap && lowerTitleRun(tokens, k, lex)) {
        k++;
        continue;
      }
      // `kata Pengarah Kesihatan negeri, Datuk X`: a lower-case level word closing a title before the name set off by a comma.
      if (k > j && tokens[k - 1]!.cap && lex.locatives.has(t.lower) && !lex.placePrepositions.has(t.lower) && tokens[k + 1]?.text === ',' && tokens[k + 2]?.cap && roleAt(tokens[j]!, lex)) {
        k++;
        continue;
      }
      // `kata Budi Santoso selaku Ketua Umum …`: the title after a role link.
      if (k > j && sawCap && (roleLinkAt(tokens, k, lex) || relativeLinkAt(tokens, k, lex))) {
        k++;
        continue;
      }
      // `Pengamat politik dari Universitas Contoh …`: a title's lower-case field, then the body it is held at.
      const fieldLink = fieldLinkEnd(tokens, j, k, lex);
      if (fieldLink > k) {
        k = fieldLink;
        continue;
      }
      // The body a title is held at (`Ekonom di Contoh Trust`, `Minister in the Contoh Department`: an article may
      // stand before it); after a title of title words only, `dari` too (`Pengamat Ekonomi dari Universitas Contoh`).
      const after = lex.articles.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 2] : tokens[k + 1];
      const held = heldAt(tokens, k, lex) || (lex.connectors.has(t.lower) && lex.nameStops.has(t.lower));
      if (k > j && held && (roleAt(tokens[k - 1]!, lex) || titleBefore(tokens, j, k, lex)) && after?.cap && !lex.places.has(after.text)) {
        k++;
        continue;
      }
      // Lower-case connectors stay inside a role (`Bea dan Cukai`, `director of the Contoh Institute`) only before a capitalised word.
      if (k > j && sawCap && lex.connectors.has(t.lower) && !lex.nameStops.has(t.lower) && after?.cap) {
        k++;
        continue;
      }
      if (k > j && sawCap && particlePair(tokens, k, lex) && tokens[k + 2]?.cap) {
        k += 2;
        continue;
      }
      // `epidemiologist Budi Santoso from Contoh University`: a lower-case title, the name, then the body it comes from.
      const body = k > j && sawCap && !tokens[j]!.cap && lex.lowerRoles.has(tokens[j]!.lower) ? affiliationAt(tokens, k, lex) : null;
      if (body) {
        k = body[1];
        continue;
      }
      // A lower-case description before any name: `seorang warga`, `ketua majelis hakim Daniel Hartono`.
      if (!sawCap && !lex.nameStops.has(t.lower) && k - j < MAX_UNNAMED_WORDS) {
        k++;
        continue;
      }
      break;
    }
    // `PT Contoh Tbk. Budi Santoso`: the full stop of a legal form stays inside the company's name.
    if (t.text === '.' && (isInitial(tokens[k - 1], lex) || LEGAL_FORMS.has(tokens[k - 1]?.text ?? '')) && tokens[k + 1]?.cap) {
      k++;
      continue;
    }
    if (t.text === '(') {
      const next = tokens[k + 1];
      if (!next || !next.cap) break;
      let close = k + 1;
      while (close < tokens.length && close - k <= MAX_PAREN_TOKENS && tokens[close]!.text !== ')' && tokens[close]!.text !== ',') close++;
      // A comma inside means a citation (`(Kompas, 3/4/2021)`), not an acronym or an affiliation.
      if (tokens[close]?.text !== ')') break;
      k = close + 1;
      continue;
    }
    if (t.text === ',' && k > j) {
      const headed = sawCap ? headedEnd(tokens, k, lex) : -1; // `…, who heads the Contoh Institute` ends the phrase.
      if (headed > 0) { k = headed; break; }
      const next = tokens[k + 1]; // A filler after it opens a clause, an honorific before a name does not (`…, Lalu Budi`).
      // `Menteri Koordinator Bidang Politik, Hukum, dan Keamanan`: a comma inside the title's field list.
      if (listComma(tokens, k, lex)) {
        k++;
        continue;
      }
      // `…, general manager of …`, `…, seorang pakar di …`: a lower-case title after the name.
      // `…, salah satu pendiri APTB,`, `…, one of the founders of …`: a quantifier and up to two more words before the title.
      // `…, who is also chairman of …`: a relative clause that only gives the title (`who`, `is`, `also`, `the`).
      let titleAt = k + 1;
      const relative = next !== undefined && lex.references.relatives.has(next.lower);
      if (next && (relative || lex.articles.has(next.lower) || lex.unnamed.has(next.lower))) while (titleAt < k + (relative ? 5 : 4) && tokens[titleAt]?.word && !tokens[titleAt]!.cap && !lex.lowerRoles.has(tokens[titleAt]!.lower)) titleAt++;
      // `…, yang juga isteri kepada Menteri X`: a title reached through a relation is the other person's; the phrase ends at the name.
      // `…, yang juga bekas Ketua X`: a past post is read with its former word (`bekas Ketua`), never as the bare title.
      const beyond = relative ? titleBeyond(tokens, k + 2, titleAt + 1, lex.references) : null;
      if (beyond === 'relation') break;
      // `…, 52, managing director of …`: an age between commas before the title.
      if (sawCap && next?.num && next.text.length <= 3 && tokens[k + 2]?.text === ',') {
        k += 2;
        continue;
      }
      const lowerTitle = next !== undefined && !next.cap && lex.lowerRoles.has(tokens[titleAt]?.lower ?? '');
      if (lowerTitle && sawCap) {
        k = titleAt;
        continue;
      }
      if (beyond === 'former' && sawCap && lex.references.formers.has(tokens[titleAt]?.lower ?? '') && roleAt(tokens[titleAt + 1] ?? tokens[titleAt]!, lex)) {
        k = titleAt + 1;
        continue;
      }
      if (!next || !next.cap || lex.weekdays.has(next.lower) || (lex.fillers.has(next.lower) && !(lex.titles.has(next.text) && tokens[k + 2]?.cap))) break;
      k++;
      continue;
    }
    if ((t.text === '-' || t.text === '/' || t.text === '&') && k > j && (tokens[k + 1]?.cap || tokens[k + 1]?.num)) {
      k++;
      continue;
    }
    break;
  }
  // Never end on a comma or a connector.
  while (k > j && (!tokens[k - 1]!.word ? tokens[k - 1]!.text !== ')' && tokens[k - 1]!.text !== '.' : sawCap && !tokens[k - 1]!.cap && !tokens[k - 1]!.num && !lex.lowerRoles.has(tokens[k - 1]!.lower))) k--;
  if (k > j && tokens[k - 1]!.text === '.' && !isInitial(tokens[k - 2], lex)) k--;
  return k;
}

/** Token `k` is a plain lower-case word (no stop, verb or connector) right before a lower-case title word (`financial` of `chief financial officer`). */
function fieldBeforeTitleWord(tokens: readonly Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!t.word || t.cap || t.num || lex.nameStops.has(t.lower) || lex.connectors.has(t.lower) || lex.post.has(t.lower) || lex.intro.has(t.lower)) return false;
  return next !== undefined && next.word && !next.cap && lex.lowerRoles.has(next.lower) && !lex.nameStops.has(next.lower);
}

/** Where a role-led phrase in narrative (`Menteri Sosial Daniel Hartono menyerahkan …`) ends. */
export function roleIntroEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  const end = phraseEnd(tokens, i, lex);
  // `Menteri Sosial Daniel Hartono, Gubernur Contoh Rina Wulandari, …`: a list of people, one per role.
  // A rank after the comma (`…, Asisten Komisioner Mohd Hafiz Rahman`) introduces the same person, not the next one.
  // `Kepala Contoh Budi Santoso dan Menteri Contoh Rina Wulandari`: a named holder, then the next, named too (not before `atau`).
  for (let c = i + 1, e2 = 0; c < end; c++) {
    if (!lex.roles.has(tokens[c + 1]?.text ?? '')) continue;
    if (tokens[c]!.text === ',' ? skipTitles(tokens, c + 1, end, lex) === c + 1 : lex.listJoiners.has(tokens[c]!.lower) && tailName(tokens, i, c, lex) && tailName(tokens, c + 1, (e2 = phraseEnd(tokens, c + 1, lex)), lex) && !lex.nicknameCues.has(tokens[e2]?.lower ?? '')) return c;
  }
  return end;
}
