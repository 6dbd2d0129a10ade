/**
 * A speaker phrase read into its parts: titles and roles, the name (with its initials, degrees and a
 * place cut off), and the speaker made of them (`parsePhrase`). Where a phrase ends is `phrase-end.ts`.
 */
import { isCompoundRole, isDegree, type Lexicon, slice, type Token } from './speech-words.js';
import { memberTitle } from './member-title.js';
import { skipTitles, titledAt } from './skip-titles.js';
import { linkedTitleAt, relativeLinkAt, roleAt, roleLinkAt } from './role-words.js';
import { listComma } from './field-list.js';
import { gapComma } from './gap-comma.js';
import { affiliationAt, headedSegment, seatParty } from './affiliation.js';
import { rankedNameEnd } from './name-edges.js';
import { makeSpeaker, type ParsedSpeaker } from './make-speaker.js';
import { titleNameBody } from './title-name-body.js';
import { nameBeforeTitle } from './name-before-title.js';
import { nameRunEnd, tailName, trimSuffixes } from './name-run.js';
import { describingCompound, dottedDegree, titleInsideName } from './name-word.js';
import { clientComma } from './client-title.js';
import { callingComma, plainBody, plainHolderName } from './calling-comma.js';
import { acronymNameStart } from './acronym-name.js';
import { placeWordsOnly } from './body-beside-title.js';
import { formerLead } from './references.js';

export type { ParsedSpeaker } from './make-speaker.js';

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
