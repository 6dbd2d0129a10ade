/**
 * A speaker phrase read into its parts: where a phrase ends, titles and roles, the name (with its
 * initials, degrees and a place cut off), and the speaker made of them (`parsePhrase`).
 */
import { isCompoundRole, isDegree, isInitial, type Lexicon, slice, type Token } from './speech-words.js';
import { memberTitle } from './member-title.js';
import { skipTitles, titledAt } from './skip-titles.js';
import { linkedTitleAt, relativeLinkAt, roleAt, roleLinkAt, titleBefore } from './role-words.js';
import { listComma } from './field-list.js';
import { gapComma } from './gap-comma.js';
import { heldAt } from './held-at.js';
import { fieldLinkEnd } from './title-field.js';
import { lowerTitleRun } from './lower-title.js';
import { affiliationAt, headedEnd, headedSegment, seatParty } from './affiliation.js';
import { rankedNameEnd } from './name-edges.js';
import { legalForms } from '../lang/legal-forms.js';
import { makeSpeaker, type ParsedSpeaker } from './make-speaker.js';
import { titleNameBody } from './title-name-body.js';
import { nameBeforeTitle } from './name-before-title.js';
import { nameRunEnd, particlePair, tailName, trimSuffixes } from './name-run.js';
import { describingCompound, dottedDegree, titleInsideName } from './name-word.js';
import { clientComma } from './client-title.js';
import { callingComma, plainBody, plainHolderName } from './calling-comma.js';
import { acronymNameStart } from './acronym-name.js';
import { placeWordsOnly } from './body-beside-title.js';
import { formerLead, titleBeyond } from './references.js';

export type { ParsedSpeaker } from './make-speaker.js';

/** The longest speaker phrase, in tokens (a runaway guard). */
export const MAX_PHRASE_TOKENS = 30;

/** A lower-case description of an unnamed source is at most this many words (`salah seorang warga setempat`). */
const MAX_UNNAMED_WORDS = 8;

/** A parenthesis inside a speaker phrase (`(Dirjen)`, `(KAI Commuter)`) is at most this long. */
const MAX_PAREN_TOKENS = 8;


/** Legal forms of company names (`Tbk`, `Ltd`), which may be written with a full stop. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(legalForms);

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

/**
 * Split the speaker phrase `[from, to)` into name, role and organisation; a describing compound before the name (`the Sukamaju-born Rina`) is none of them.
 * `Rina Wulandari, Manajer Program APTB` → Rina Wulandari / Manajer Program / APTB;
 * `Kepala Unit Reserse Kriminal Polsek Tamansari AKP Roland Manurung` → Roland Manurung / Kepala … .
 */
export function parsePhrase(text: string, tokens: readonly Token[], from: number, to: number, lex: Lexicon): ParsedSpeaker | null {
  while (from < to && !tokens[from]!.word) from++;
  from = skipTitles(tokens, from, to, lex);
  if (from + 1 < to && describingCompound(tokens[from]!) && tokens[from + 1]!.cap) from++;
  if (from >= to) return null;
  const first = tokens[from]!;
  const phraseStart = first.start;
  const phraseEnd_ = tokens[to - 1]!.end;
  // `Seorang juru bicara …` opening a sentence is capitalised, but still an unnamed source; not a capital initial with
  // its full stop (`A. Rahman`, `A.R. Sukardi`): an article never takes one.
  // `The chief of the Contoh Police, X`: an article opening a sentence before a lower-case title opens a description too.
  const openingArticle = lex.articles.has(first.lower) && tokens[from + 1]?.word === true && !tokens[from + 1]!.cap;
  if (!first.cap || openingArticle || (lex.unnamed.has(first.lower) && !(first.text.length === 1 && tokens[from + 1]?.text === '.'))) {
    // An unnamed source as written (`seorang warga`), or a lower-case description before a name
    // (`ketua majelis hakim Daniel Hartono`, `salah satu siswa, Sinta Dewi`, `warga bernama Budi`).
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k]!;
      if (!t.cap) continue;
      let d = k;
      while (d > from && (!tokens[d - 1]!.word || lex.namingWords.has(tokens[d - 1]!.lower))) d--;
      const description = slice(text, tokens, from, d) || null;
      // `pengacara Rudi Hartawan, Agus Salimin`: after a title held for a client, a person set off by a comma is the
      // holder, and the name before it the client's.
      const comma = description ? clientComma(description, tokens, k, to, lex) : -1;
      if (comma > 0) {
        const own = parsePhrase(text, tokens, comma + 1, to, lex);
        // `kuasa hukum Rudi Hartawan, Jakarta`: a place after the comma names no holder: the holder is unnamed, and
        // the describing phrase up to the comma stands for them.
        if (own?.name && !own.unnamed && !own.role && placeWordsOnly(own.name.split(' '), lex)) {
          return makeSpeaker(text, tokens, phraseStart, tokens[comma - 1]!.end, null, description, null, true);
        }
        if (own?.name && !own.unnamed) return { ...own, role: own.role ?? description, start: phraseStart, end: phraseEnd_ };
      }
      // `vokalis kumpulan Contoh, Budi Santoso`: the group before the comma is the calling's, the name follows it.
      const calling = description && comma < 0 ? callingComma(tokens, from, k, to, lex) : null;
      if (calling) {
        const called = calling.comma;
        const own = parsePhrase(text, tokens, called + 1, to, lex);
        if (own?.name && !own.unnamed && !own.role && !own.organisation && !placeWordsOnly(own.name.split(' '), lex) && (calling.calling === 'listed' || plainHolderName(own.name, lex))) {
          const title = slice(text, tokens, from, called);
          // An unlisted calling is no title word the role splitter knows: the calling is the role, a run that reads as
          // a body its organisation; a place, a person, a relation's person is no body (`pengunjung Pantai Contoh, Siti`,
          // `istri Budi Santoso, Siti`: the role as written).
          const run = slice(text, tokens, k, called);
          if (calling.calling === 'plain' && plainBody(run, lex)) return { ...own, role: slice(text, tokens, from, k), organisation: run, setOff: true, start: phraseStart, end: phraseEnd_ };
          if (calling.calling !== 'listed') return { ...own, role: title, organisation: null, setOff: true, start: phraseStart, end: phraseEnd_ };
          return { ...own, role: title, title, setOff: true, start: phraseStart, end: phraseEnd_ };
        }
      }
      // The capitalised rest is a name, or a role and a name (`juru bicara Satgas Kabupaten Contoh, Ahmad Faizal Ramli`).
      const inner = parsePhrase(text, tokens, k, to, lex);
      // `seorang juru bicara Asosiasi Contoh Raya`: after an indefinite description the organisation's words are no name
      // (a name there follows a comma: `seorang warga, Budi`); `anggota Komisi IX Budi Santoso` keeps its name.
      const indefinite = lex.unnamed.has(first.lower) && inner?.organisation && !inner.role && !text.slice(tokens[k]!.start, inner.nameStart).includes(',');
      if (inner?.name && !inner.unnamed && !indefinite) {
        const title = memberTitle(description, tokens[d - 1]!, t, inner.title, inner.name, lex);
        return { ...inner, role: inner.role ? `${description ?? ''} ${inner.role}`.trim() : description, title, start: phraseStart, end: phraseEnd_ };
      }
      break;
    }
    const source = makeSpeaker(text, tokens, phraseStart, phraseEnd_, null, null, null, true);
    // `seorang juru bicara Asosiasi Contoh`, `a spokeswoman for Contoh Airlines`: an unnamed holder of a post at a named
    // body keeps the post as role, to be read with its organisation (`role-phrase.ts`).
    let r = from;
    while (r < to && !(tokens[r]!.word && !tokens[r]!.cap && lex.lowerRoles.has(tokens[r]!.lower))) r++;
    if (r < to && tokens.slice(r + 1, to).some((t) => t.cap)) source.role = source.title = slice(text, tokens, r, to);
    return source;
  }
  // Comma-separated segments: a name segment and a role segment, in either order.
  let pureName: [number, number] | null = null;
  let roleName: [number, number] | null = null;
  let roleSeg: [number, number] | null = null;
  let affiliation: string | null = null;
  let titledBody = false;
  let segStart = from;
  for (let k = from; k <= to; k++) {
    // `Budi Santoso selaku Ketua Umum …`: a role link separates the name from the title like a comma.
    if (k < to && (tokens[k]!.text !== ',' || listComma(tokens, k, lex) || gapComma(text, tokens, segStart, k, lex, (t) => roleAt(t, lex))) && !roleLinkAt(tokens, k, lex) && !relativeLinkAt(tokens, k, lex)) continue;
    const s = formerLead(tokens, skipTitles(tokens, segStart, k, lex), k, lex.references, (t) => t.cap || roleAt(t, lex)), ranked = titledAt(tokens, segStart, s, lex) && !lex.roleWords.has(tokens[s - 1]?.text ?? '');
    segStart = k + 1;
    if (s >= k) continue;
    const headed = headedSegment(text, tokens, s, lex); // `…, who heads the Contoh Institute`: the body, no title.
    if (headed) { affiliation ??= headed; continue; }
    // A segment of degrees only (`Rina Wulandari, PhD`, `…, M.Kes`) or an age (`…, 52, …`) adds nothing.
    if ((isDegree(tokens[s], lex) && k - s === 1) || dottedDegree(tokens, s, k, lex) || (k - s === 1 && tokens[s]!.num)) continue;
    const seat = seatParty(tokens, s, k, lex);
    if (seat) affiliation ??= seat.party;
    const sk = trimSuffixes(tokens, s, seat ? seat.open : k, lex);
    let hasRole = false;
    for (let q = s; q < sk && !hasRole; q++) hasRole = (roleAt(tokens[q]!, lex) && !titleInsideName(tokens, q, s, lex)) || lex.orgWords.has(tokens[q]!.text);
    const head = tokens[s]!;
    const acronymHead = head.word && !head.hasLower && head.text.length > 1;
    const ne = ranked ? rankedNameEnd(tokens, s, sk, lex, (i) => nameRunEnd(tokens, i, sk, lex)) : nameRunEnd(tokens, s, sk, lex);
    // `Rina Wulandari of the Contoh Policy Institute`: a name and the body it comes from, no title.
    const body: [number, number] | null = !pureName && ne > s && ne < sk ? affiliationAt(tokens, ne, lex) : null;
    if (body && body[1] === sk && !acronymHead) {
      pureName = [s, ne];
      affiliation = slice(text, tokens, body[0], body[1]);
      continue;
    }
    if (!hasRole && !acronymHead && ne === sk) {
      // `…, Sukamaju, Rina Wulandari berkata`: one capitalised word set off before a full name is a place.
      if (!pureName || (pureName[1] - pureName[0] === 1 && ne - s > 1)) pureName = [s, ne];
      continue;
    }
    if (roleSeg) {
      // `Pengarah Agensi Contoh Wilayah Sukamaju, Laksamana Datuk Rina Wulandari`: a one-word tail ended the body,
      // the name of two words or more follows the comma.
      const later: ReturnType<typeof tailName> = roleName && roleName[1] - roleName[0] === 1 && !pureName ? tailName(tokens, s, sk, lex) : null;
      if (later && later.name[1] - later.name[0] > 1) {
        roleSeg = [roleSeg[0], roleName![1]];
        roleName = later.name;
      }
      continue;
    }
    // `Rina Wulandari Ketua Umum Asosiasi Contoh mengatakan`: with no comma, a name of two words or more opening the
    // segment right before a capitalised title word is the name, and the title with its body follows it.
    const lead: number = pureName || roleSeg ? -1 : nameBeforeTitle(tokens, s, sk, lex, (i) => nameRunEnd(tokens, i, sk, lex), (i) => tailName(tokens, i, sk, lex)?.name ?? null);
    if (lead > 0) {
      [pureName, roleSeg] = [[s, lead], [lead, sk]];
      continue;
    }
    // `Analyst Rina Wulandari of Contoh Securities`: a title, a name, then the body the name comes from.
    const titled = pureName ? null : titleNameBody(tokens, s, sk, lex, (i) => nameRunEnd(tokens, i, sk, lex));
    if (titled) {
      [roleSeg, roleName, affiliation, titledBody] = [[s, titled.name[0]], titled.name, slice(text, tokens, titled.body[0], titled.body[1]), true];
      continue;
    }
    // A name already given before the title (`Budi, general manager of Contoh Academy`): the title keeps its capitalised tail.
    const tail = pureName ? null : tailName(tokens, s, sk, lex);
    if (tail) {
      roleName = tail.name;
      roleSeg = [s, tail.roleEnd];
    } else {
      roleSeg = [s, sk];
    }
  }
  // `Ketua Umum Contoh, Budi Santoso`: the name comes after the comma, so the title keeps its capitalised tail.
  // A tail read as a name stops inside the title's bracketed short form (`… (DPW Contoh), Budi`): its closing bracket stays too.
  if (pureName && roleName && roleSeg) roleSeg = [roleSeg[0], tokens[roleName[1]]?.text === ')' ? roleName[1] + 1 : roleName[1]];
  let role: string | null = null;
  let organisation: string | null = null;
  if (roleSeg) {
    const [rs, re] = roleSeg;
    let e = re;
    while (e > rs && !tokens[e - 1]!.word && tokens[e - 1]!.text !== ')') e--;
    // The role runs from its first role word; the organisation from the first organisation word or acronym after it.
    let r = rs;
    while (r < e && !roleAt(tokens[r]!, lex) && !isCompoundRole(lex, tokens[r]!.text, tokens[r + 1]?.text ?? '')) r++;
    if (r >= e) {
      organisation = slice(text, tokens, rs, e) || null;
    } else {
      let o = r + 1;
      while (o < e && !(lex.orgWords.has(tokens[o]!.text) || (tokens[o]!.word && !tokens[o]!.hasLower && tokens[o]!.text.length > 1 && !lex.roles.has(tokens[o]!.text)))) o++;
      if (o < e && tokens[o - 1]!.text === '(') o = acronymNameStart(tokens, rs, o, lex);
      let oe = o;
      while (oe > r + 1 && tokens[oe - 1]!.text === ',') oe--;
      role = slice(text, tokens, rs, oe) || null;
      organisation = o < e ? slice(text, tokens, o, e) : null;
    }
  }
  organisation ??= affiliation;
  const name = pureName ?? roleName;
  if (!name && !role && !organisation) return null;
  const speaker = makeSpeaker(text, tokens, phraseStart, phraseEnd_, name, role, organisation, false);
  if (name && (titledAt(tokens, from, name[0], lex) || (pureName !== null && roleSeg !== null && roleSeg[0] < name[0]))) speaker.setOff = true;
  // The title as written, for reading role and organisation again (`role-phrase.ts`); a title apart from its body has none.
  if (roleSeg && role && !titledBody) speaker.title = slice(text, tokens, roleSeg[0], roleSeg[1]);
  if (roleSeg && pureName && linkedTitleAt(tokens, roleSeg[0] - 2, lex)) speaker.linked = true;
  return speaker;
}
