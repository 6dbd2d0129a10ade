/**
 * Find organisation mentions in normalized paragraphs.
 *
 * One left-to-right pass per paragraph tries, at each word: the lexicon (longest form), a head
 * noun with the name words after it (`Kementerian Keuangan`, `Pengadilan Negeri (PN) Bekasi`,
 * less a person's name that runs on: `Kejari Garut Rudi Hartanto`), a tail word with the name
 * words before it (`Mandiri Sekuritas`), then word shapes (acronyms, CamelCase brands, site domains).
 * Parentheses then link a name to its acronym (`Koalisi … (APTB)`, `APTB (Koalisi …)`), and a
 * second pass finds later uses of forms learnt in this article (a mixed-case acronym defined in
 * parentheses, the core of a `PT … Tbk` name). Every step looks at a bounded window of words,
 * so the whole is linear in the text length.
 *
 * The passes live beside this file: `paragraph.ts` (words, hits, gaps), `names.ts`,
 * `shaped-names.ts` and `people.ts` (pass 1's readers), `lists.ts`, `parentheses.ts`, `later-mentions.ts` (pass 2) and
 * `accept.ts` (which mentions are reported, grouped); `stock-codes.ts` ties a company to its code in brackets (`Contoh (CNTH)`).
 */
import type { LanguageData } from '../lang/types.js';
import type { OrganisationKind, Span } from '../types.js';
import { finish, STRONG_RULES } from './accept.js';
import { compileOrganisations } from './compile.js';
import type { CompiledOrganisations, KnownOrganisation } from './compiled.js';
import { STARTS_PLACE_PAIR } from './slots.js';
import { isBrandedOutlet } from './context.js';
import { capitalsBeside, isShouted } from './headlines.js';
import { findAliases, findOutlet, learnLegalCore, markOutletHits, outletForms } from './later-mentions.js';
import { listedMembers } from './lists.js';
import { innerShortForm, isKnownParty, isUnitOfKnown, kindNounName, learnCompanyCore, learnShortForm, matchHead, matchKnown, matchLearnt, onlyPlaces, onlyPlainWords, spanEnd } from './names.js';
import { tailAhead } from './tail-names.js';
import { Finder, type FindOrganisationsOptions, definedAfter, hasCue, type Hit, type OrganisationHit, type OrganisationRule, type ParagraphState, plainGap, prepare, roleBefore, STARTS_ANYTHING } from './paragraph.js';
import { linkParentheses } from './parentheses.js';
import { linkStockCodes } from './stock-codes.js';
import { markEvents } from './events.js';
import { linkInitials } from './initials.js';
import { linkHeadAcronyms } from './head-acronyms.js';
import { actsAsSubject } from './acting-acronyms.js';
import { markInitialLists } from './initials-lists.js';
import { officerCompany } from './role-names.js';
import { postBodyEnd } from './post-names.js';
import { ministryBuilding } from './ministry-offices.js';
import { fieldRoleBefore } from './field-roles.js';
import { foreignCloserEnd, ofPhraseEnd, startBeforeOfHead } from './english-names.js';
import { inPortfolioList, portfolioListEnd, portfolioTitleEnd } from './portfolios.js';
import { kindNoun, nationalityEnd } from './nationality.js';
import { namedPlaceInCapitals } from './capital-places.js';
import { citedAt, citedSource, commonWordSet, isPlainWordOutlet } from './sources.js';
import { afterGivenName, countAlone, holdsNameWord, initialsInPost } from './people.js';
import { inOrder } from './in-order.js';
import { brandBranchEnd, partyPlaceEnd, partyUnitEnd, partyWingEnd, registerText, writtenLower } from './branches.js';
import { cutAtEarlierName } from './earlier-names.js';
import { glossesTerm, provinceOfficeEnd, regionalOfficeEnd } from './edges.js';
import { bracketPlaces, definedPlaceEnd } from './bracket-places.js';
import { cutAtPersonRun } from './person-runs.js';
import { isDomain } from './shapes.js';
import { channelOutlet } from './channels.js';
import { isCoinedName, isShapedName } from './shaped-names.js';
import type { Scan } from '../tokens/tokenize.js';
import type { Token } from '../tokens/token.js';

/**
 * Find organisation mentions in `paragraphs`, each a slice of normalized text starting at
 * normalized offset `start` (with its `scan` and shared `tokens`, when the caller made them already). Hits carry normalized offsets and a group number that ties the
 * mentions of one organisation together (`APTB` and `Aliansi Petani Tangguh Bersatu`).
 */
export function findOrganisations(
  paragraphs: readonly { text: string; start: number; scan?: Scan; tokens?: readonly Token[] }[],
  data: LanguageData,
  options: FindOrganisationsOptions = {},
): OrganisationHit[] {
  const finder = new Finder(compileOrganisations(data.organisations, data.speech, data.outlets));
  finder.commonWords = commonWordSet(data.markers.common);
  const states: ParagraphState[] = [];
  for (const para of paragraphs) states.push(prepare(finder.c, para.text, para.start, para.scan, para.scan && para.tokens));
  for (const p of states) countAlone(finder.c, p, finder.alone, finder.personRuns);
  finder.bracketPlaces = bracketPlaces(finder.c, states);
  registerText(finder, states);
  for (let index = 0; index < states.length; index++) {
    const first = finder.hits.length;
    scanParagraph(finder, states[index]!, index);
    linkParentheses(finder, states[index]!, index, first);
    linkStockCodes(finder, states[index]!, index, first);
  }
  // Each paragraph's hits, gathered once (a paragraph's list members are added to its own list only).
  const byParagraph: Hit[][] = states.map(() => []);
  for (const h of finder.hits) byParagraph[h.paragraph]!.push(h);
  states.forEach((p, index) => bridgeLists(finder, p, index, byParagraph[index]!));
  markEvents(finder, states);
  linkInitials(finder, states);
  linkHeadAcronyms(finder, states);
  // People's initials in a list (`berinisial RWS, DN dan A`) are no body, even a known one's capitals.
  markInitialLists(finder, states);
  // Second pass: later uses of forms learnt above, and of the dateline's outlet, in words no rule claimed.
  const outlet = options.outlet ? outletForms(options.outlet) : [];
  if (finder.aliases.size > 0 || outlet.length > 0) {
    const claimed = states.map(() => new Set<number>());
    for (const h of finder.hits) for (let k = h.from; k < h.to; k++) claimed[h.paragraph]!.add(k);
    states.forEach((p, index) => findAliases(finder, p, index, claimed[index]!));
    if (outlet.length > 0) states.forEach((p, index) => findOutlet(finder, p, index, claimed[index]!, outlet));
    // A hit that is the outlet's own name (a bare word in capitals, `CONTOHKINI`, read as an unknown acronym) is that outlet.
    if (outlet.length > 0) markOutletHits(finder.hits, outlet);
  }
  if (options.signOff && states.length > 0) addSignOff(finder, states[states.length - 1]!, states.length - 1, options.signOff);
  return finish(finder, states, options.ignore ?? []);
}

/**
 * The outlet a sign-off names (`- K! ONLINE`), where no rule read a name in it: a media mention, as a source the
 * text cites (the lexicon's entry when it lists the name). A word of it read by shape alone (`ONLINE` as an
 * acronym) is part of the name. `span` lies in paragraph `p` (the credit's block).
 */
function addSignOff(f: Finder, p: ParagraphState, paragraph: number, span: Span): void {
  const within = f.hits.filter((h) => h.start < span.end && span.start < h.end);
  if (within.some((h) => STRONG_RULES.has(h.rule) || h.start < span.start || h.end > span.end)) return;
  for (const h of within) h.inName = true;
  const inside = p.tokens.map((t, k) => ({ t, k })).filter(({ t }) => p.start + t.start >= span.start && p.start + t.end <= span.end);
  if (inside.length === 0) return;
  const text = p.text.slice(span.start - p.start, span.end - p.start);
  const known = f.c.forms.get(text) ?? null;
  f.add({ start: span.start, end: span.end, text, rule: 'source', known, kind: known?.kind ?? 'media', from: inside[0]!.k, to: inside[inside.length - 1]!.k + 1, paragraph });
}

/** The alone form at token `i` stands beside a seat word, with plain spaces (`kerusi Parlimen`, `Parlimen tersebut`). */
function seatAt(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  const { tokens } = p;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (before !== undefined && plainGap(p, i) && c.seatBefore.has(before.lower)) || (after !== undefined && plainGap(p, i + 1) && c.seatAfter.has(after.text));
}

/**
 * One-word members of a list whose neighbours were found (`APTB, Sekarbumi, Walhi`): hits, and
 * learnt for later mentions. `inParagraph`: the paragraph's hits so far, in the order found.
 */
export function bridgeLists(f: Finder, p: ParagraphState, paragraph: number, inParagraph: readonly Hit[] = f.hits.filter((h) => h.paragraph === paragraph)): void {
  if (inParagraph.length < 2) return;
  const byFrom = (x: Hit, y: Hit) => x.from - y.from;
  const found = inOrder(inParagraph, byFrom) ? inParagraph : [...inParagraph].sort(byFrom);
  const skip = (word: string) => f.c.placeWords.has(word) || f.c.notOrganisations.has(word) || f.c.roles.has(word);
  for (const k of listedMembers(p.text, p.tokens, found, skip)) {
    const t = p.tokens[k]!;
    const hit = f.add({ start: p.start + t.start, end: p.start + t.end, text: t.text, rule: 'listed', known: null, kind: null, from: k, to: k + 1, paragraph });
    f.learn([t.text], hit);
  }
}

// ---------------------------------------------------------------------------
// Pass 1: one paragraph, left to right

export function scanParagraph(f: Finder, p: ParagraphState, paragraph: number): void {
  const { tokens, text } = p;
  const n = tokens.length;
  if (n === 0) return;
  const c = f.c;
  let i = 0;
  // The end of the last hit: an English name's words before its head are looked for no further back.
  let floor = 0;
  // The tests of a common word that rules below take, made once per paragraph rather than once per word.
  const common = (w: string) => f.commonWords.has(w);
  const commonOrLower = (w: string) => {
    const lower = w.toLowerCase();
    return f.commonWords.has(lower) || writtenLower(f, p, w, lower);
  };
  while (i < n) {
    // Every rule below needs a capital, a lexicon start or a domain (`yang`, `dengan` have none).
    if (!(p.bits[i]! & STARTS_ANYTHING)) {
      i++;
      continue;
    }
    const word = tokens[i]!.text;
    let best: { to: number; rule: OrganisationRule; known: KnownOrganisation | null; kind: OrganisationKind | null } | null = null;

    // A two-word place (`Amerika Serikat`) hides the head noun in it.
    if (i + 1 < n && p.bits[i]! & STARTS_PLACE_PAIR && c.placePairs.get(word)?.has(tokens[i + 1]!.text) && plainGap(p, i + 1)) {
      i += 2;
      continue;
    }
    // A body's country after its kind noun (`perusahaan Contohland Contoh Energy`): the name starts after it.
    // Also the noun itself when a sentence starts with it (`Syarikat Contohland …`), lest a name start there.
    const country = Math.max(nationalityEnd(c, p, i), kindNoun(c, word, tokens[i]!.lower) ? nationalityEnd(c, p, i + 1) : -1);
    if (country > 0) {
      i = country;
      continue;
    }
    let bracket = -1;
    let party = -1;
    let known = matchKnown(c, p, i);
    // A legislature's short name before a name word or a number names something else (`Kongres Contoh`).
    if (known && known.to === i + 1 && c.aloneForms.has(word) && known.to < n && plainGap(p, known.to) && /^[\p{Lu}\d]/u.test(tokens[known.to]!.text)) known = null;
    // ... and beside a word that makes it a seat in it (`kerusi Parlimen`, `di Parlimen tersebut`).
    if (known && known.to === i + 1 && c.aloneForms.has(word) && seatAt(c, p, i)) known = null;
    // A one-word name written in capitals beside other capitals is a shouted line's word (`LAMBANG CONTOHKOM DIPASANG`),
    // unless something cites it (`- CONTOHWARTA ONLINE`).
    if (known && known.to === i + 1 && c.capitalsForms.has(word) && capitalsBeside(tokens, i) && !citedAt(c, p, i)) known = null;
    // An outlet named by a word of the language (`Contohwarta`, between) is the word where nothing cites it.
    if (known?.value.kind === 'media' && known.to === i + 1 && isPlainWordOutlet(f, c, p, i)) known = null;
    // A one-word name after a common given name is the person's (`Rina Mohd. Contoh` beside the brand `Contoh`).
    if (known && known.to === i + 1 && !tokens[i]!.acronym && afterGivenName(c, p, i)) known = null;
    // A one-word name in a post's list of portfolios is the portfolio's word (`Exco Pelancongan dan Contoh negeri`).
    if (known && known.to === i + 1 && inPortfolioList(c, p, i)) known = null;
    if (known) best = { to: known.to, rule: 'known', known: known.value, kind: known.value.kind };
    // A channel of a listed outlet the lexicon lacks (`contohBali` beside the listed `contohNews`); in a headline it names a programme.
    if (!best && !tokens[i]!.cap && !p.titleCase) {
      const outlet = channelOutlet(c, p, i);
      if (outlet) best = { to: i + 1, rule: 'known', known: outlet, kind: outlet.kind };
    }
    // Inside a headline, only known names and word shapes count (`bertajuk “Kerajaan Contoh Tidak Halang …”`).
    const names = !p.titleCase && !p.quoted?.[i];
    if (names) {
      const head = matchHead(c, p, i, f.alone);
      // A ministry's office building (`di Kantor Kementerian Contoh`): the ministry's name starts at the next word.
      if (!best && head && ministryBuilding(c, p, i, head.to)) {
        i++;
        continue;
      }
      // A party's faction named by the party names the party too (`Fraksi PAN`, and `PAN` in it).
      if (!best && head && head.kind === 'party' && isKnownParty(c, p, head.start, head.to)) party = head.start;
      // A generic unit of a known organisation is that organisation (`Dewan Komisioner OJK` → `OJK`).
      if (!best && head && (isUnitOfKnown(c, p, head.start, head.to) || unitOfBody(c, p, i, head.start, head.to, f.alone))) {
        i = head.start;
        continue;
      }
      // A state committee named by its portfolios is a member's title: skip it whole.
      if (!best && head && c.portfolioHeads.size > 0) {
        const end = portfolioTitleEnd(c, p, i, head.start, head.to);
        if (end > 0) {
          i = end;
          continue;
        }
      }
      // Past a known name, plain words are a person's name (`Kementerian Pertanian Jumantoro Wiradikarta`), unless one is no person's (`… Awam`).
      if (head && (!best || (head.to > best.to && (c.places.has(tokens[best.to]!.text) || !onlyPlainWords(p, best.to, head.to) || holdsNameWord(c, p, best.to, head.to))))) {
        // A known name with its place is still that organisation (`Perum Bulog Jawa Tengah`).
        const keep = best?.known && onlyPlaces(c, p, best.to, head.to, head.bracket) ? best.known : null;
        best = { to: head.bracket < 0 ? portfolioListEnd(c, p, i, head.to, head.kind === 'government') : head.to, rule: 'head', known: keep, kind: keep?.kind ?? head.kind };
        bracket = head.bracket;
      }
    }
    // A tail further on swallows this word (`Contoh Sekuritas`, `Contoh Securities`).
    if (names && (!best || best.rule === 'known')) {
      // Past a known name only (`Harian Contoh Grup` stays the known form).
      const tail = tailAhead(c, p, i, best ? best.to + 1 : i + 1);
      if (tail) best = { to: tail.to, rule: 'tail', known: null, kind: tail.kind };
    }
    // A known name with its country: the national branch (`Greenpeace Indonesia`).
    if ((best?.rule === 'known' && best.kind !== 'media') || best?.rule === 'tail') {
      if (best.to < n && plainGap(p, best.to) && c.branchPlaces.has(tokens[best.to]!.text)) best.to++;
    }
    // A national body's regional office, named by its level and place (`KPU Kabupaten Contoh`): a body of its own.
    if (best?.rule === 'known' && best.kind === 'government') {
      const to = regionalOfficeEnd(c, p, best.to);
      if (to > 0) best = { to, rule: 'head', known: null, kind: 'government' };
    }
    // ... and its office in a province, named by the province alone (`BPS Jabar`): still that body, as with its place
    // after the head (`Badan Contoh (BC) Jawa Barat`).
    if (best?.rule === 'known' && (best.kind === 'government' || best.kind === 'police-military')) {
      const to = provinceOfficeEnd(c, p, i, best.to);
      if (to > 0) best = { to, rule: 'head', known: best.known, kind: best.kind };
    }
    // A short form the text defined with its place after the brackets, written with that place again (`BC Sukasari`).
    if (best?.rule === 'known' && best.to === i + 1) best.to = Math.max(best.to, definedPlaceEnd(f.bracketPlaces, p, i));
    // A party's division with its place (`Contoh Bahagian Kota Contoh`), or its state's branch (`Contoh Johor`).
    if (best?.rule === 'known' && best.kind === 'party') best.to = Math.max(partyUnitEnd(c, p, best.to), partyPlaceEnd(c, p, best.to));
    // An outlet with its brand word (`BBC News`).
    if (best?.rule === 'known' && best.kind === 'media' && best.to < n && plainGap(p, best.to) && c.mediaSuffixes.has(tokens[best.to]!.text)) best.to++;
    // A form this text defined with its place (`BPBD Sulawesi Tengah` after `… (BPBD) Sulawesi Tengah`).
    let learnt = -1;
    if (best?.rule === 'known') {
      const alias = matchLearnt(f, p, i, best.to);
      if (alias) {
        const source = f.hits[alias.hit]!;
        best = { to: alias.to, rule: 'alias', known: source.known, kind: source.kind };
        learnt = alias.hit;
      }
    }
    // A name of several words after a noun that says what it is (`firm Contoh Pangan Jaya`).
    if (!best && names) {
      const named = kindNounName(c, p, i, common);
      if (named) best = { to: named.to, rule: 'kind-noun', known: null, kind: named.kind };
    }
    // A party's wing with the party after it (`Pemuda Contoh`): an organisation of its own.
    if (!best && names) {
      const to = partyWingEnd(c, p, i);
      if (to > 0) best = { to, rule: 'head', known: null, kind: 'party' };
    }
    // One word between a company officer's title and name (`CEO Contohpay Rina Wulandari`).
    if (!best && names && officerCompany(c, p, i, f.alone)) best = { to: i + 1, rule: 'officer', known: null, kind: 'company' };
    // Words between a post and its holder's name (`Kepala Riset Contoh Investindo Rina Wulandari` … `kata Rina`); a
    // form this text learnt (`Contoh Jaya` of `PT Contoh Jaya Tbk`) is left to the second pass, which ties it to its name.
    if (!best && names && !f.aliases.has(word)) {
      const to = postBodyEnd(c, p, i, f.alone, commonOrLower);
      if (to > 0) best = { to, rule: 'officer', known: null, kind: null };
    }
    // A brand with its country, the brand no word the text also writes in lower case (`Contohpay Indonesia`).
    if (!best && names) {
      const to = brandBranchEnd(f, c, p, i, f.alone);
      if (to > 0) best = { to, rule: 'branch', known: null, kind: 'company' };
    }
    // A foreign name closed by an English word the language puts first (`Contoh Growth Bank`).
    if (!best && names) {
      const to = foreignCloserEnd(c, p, i, commonOrLower);
      if (to > 0) best = { to, rule: 'tail', known: null, kind: c.foreignClosers.get(tokens[to - 1]!.text)?.kind ?? 'company' };
    }
    // An outlet the text cites (`dilansir Contoh Times`).
    if ((!best || best.rule !== 'known') && names) {
      const to = citedSource(c, p, i, f.alone);
      // A place the text names elsewhere, written in capitals (`dikutip dari CONTOHKOTA`), is no outlet.
      if (to > (best?.to ?? i) && !(to === i + 1 && namedPlaceInCapitals(f, p, word))) best = { to, rule: 'source', known: null, kind: 'media' };
    }
    // A one-word name coined with the country's name (`Contohindo`), with its country (`Contohindo Indonesia`); a form this text
    // defined is left to the second pass.
    if (!best && names && !f.aliases.has(word) && isCoinedName(c, p, i)) {
      const branch = i + 1 < n && plainGap(p, i + 1) && c.branchPlaces.has(tokens[i + 1]!.text);
      best = { to: branch ? i + 2 : i + 1, rule: 'coined', known: null, kind: null };
    }
    if (!best && isShapedName(c, p, i) && !isShouted(tokens, i) && !namedPlaceInCapitals(f, p, word)) {
      const rule: OrganisationRule = isDomain(word) ? 'domain' : isBrandedOutlet(c, word) ? 'brand' : tokens[i]!.acronym ? 'acronym' : 'camel';
      // Capitals the text already named a body by (`Badan Contoh (BC) … BC selaku Ketua …`) stay that body.
      if (rule === 'acronym' && initialsInPost(c, p, i) && !f.aliases.has(word) && !f.hits.some((h) => h.text === word && h.person !== true)) {
        i++;
        continue;
      }
      best = { to: i + 1, rule, known: null, kind: rule === 'domain' || rule === 'brand' ? 'media' : null };
      // An acronym with a province after it, or the place the text defined it with, names a body's office there (`CNTK
      // Jabar`): one entry with the bare acronym, below.
      if (rule === 'acronym') best.to = Math.max(best.to, provinceOfficeEnd(c, p, i, best.to), definedPlaceEnd(f.bracketPlaces, p, i));
    }
    if (!best) {
      i++;
      continue;
    }
    // An earlier name with a person's name after it (`PT Contoh Energi Rina Wulandari`).
    if (best.rule === 'head' && bracket < 0) best.to = cutAtEarlierName(f, p, i, best.to);
    // A person's name the text writes alone elsewhere (`PT Contoh Sejahtera Rina Wulan` … `Rina Wulan digantikan`).
    if (best.rule === 'head' && bracket < 0) best.to = cutAtPersonRun(f, c, p, i, best.to);
    // No name ends on a level word: a cut there keeps the place after it (`Dinas Contoh Kota Contoh`, not `Dinas Contoh Kota`).
    if (best.rule === 'head' && best.to - i >= 2 && c.regionLevels.has(tokens[best.to - 1]!.text)) {
      const to = regionalOfficeEnd(c, p, best.to - 1);
      if (to > 0) best.to = to;
    }
    // English `X of` names: the words before the head (`Reserve Bank of …`), the `of` phrase after a tail (`Contoh Centre for …`).
    const from = best.rule === 'head' && names ? startBeforeOfHead(c, p, i, floor, commonOrLower) : i;
    if (best.rule === 'tail' && names) best.to = ofPhraseEnd(c, p, best.to, (at) => matchHead(c, p, at, f.alone)?.to ?? at);
    const start = tokens[from]!.start;
    const end = spanEnd(c, p, best.to);
    const inner = bracket >= 0 ? innerShortForm(p, bracket, best.to) : null;
    const index = f.add({
      start: p.start + start,
      end: p.start + end,
      text: text.slice(start, end),
      rule: best.rule,
      known: best.known,
      kind: best.kind,
      from,
      to: best.to,
      paragraph,
      // A cue word or a role phrase that heads a unit (`Ketua Umum APTB`) before it, an agent's act after it (`CNTK mengumumkan`), or a definition after it.
      cue: hasCue(c, p, i) || (best.rule === 'acronym' && (roleBefore(c, p, i) || fieldRoleBefore(c, p, i) || actsAsSubject(f, p, i))) || definedAfter(c, p, best.to - 1),
      ...inner,
    });
    if (inner) learnShortForm(f, p, bracket, best.to, index);
    if (best.rule === 'acronym' && best.to > i + 1) f.hits[index]!.keys = [...(f.hits[index]!.keys ?? []), word.toLowerCase()];
    // The company's other mentions are written alone, as the rule asked (`Contohpay` after `Contohpay Indonesia`).
    if (best.rule === 'officer' || best.rule === 'branch') f.learn(best.rule === 'officer' ? tokens.slice(i, best.to).map((t) => t.text) : [word], index);
    if (best.rule === 'tail' || best.rule === 'head') learnLegalCore(f, p, from, best.to, index);
    // A name built on an English tail after a lower-case term and `atau` is the term's English name.
    if (best.rule === 'tail' && glossesTerm(c, p, from)) f.hits[index]!.thing = true;
    if (learnt >= 0) f.union(learnt, index);
    if (party >= 0 && best.rule === 'head') {
      const known = matchKnown(c, p, party)!;
      const from = tokens[party]!.start;
      const to = tokens[known.to - 1]!.end;
      f.add({ start: p.start + from, end: p.start + to, text: text.slice(from, to), rule: 'known', known: known.value, kind: known.value.kind, from: party, to: known.to, paragraph });
    }
    floor = best.to;
    if (best.rule === 'head' && best.kind === 'company') {
      learnCompanyCore(f, p, i, best.to, index);
      // `PT Pindad`, `Bank BRI`: a known company under its legal form.
      const core = p.tokens.slice(i + 1, best.to).map((t) => t.text).filter((w) => w !== 'Persero' && w !== 'Tbk');
      const hit = f.hits[index]!;
      hit.known = c.forms.get(core.join(' ')) ?? hit.known;
      if (hit.known) hit.kind = hit.known.kind;
    }
    i = best.to;
  }
}

/** A unit head's name runs into its parent body's name (`Departemen Riset Bank Contoh`, `… BI`), not a bare head (`… Pemerintah`): the parent is the organisation. */
function unitOfBody(c: CompiledOrganisations, p: ParagraphState, i: number, start: number, to: number, alone: ReadonlyMap<string, number>): boolean {
  if (!c.unitHeads.has(p.tokens[i]!.text)) return false;
  for (let k = start; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (c.places.has(w)) continue;
    if (matchHead(c, p, k, alone) || matchKnown(c, p, k) || p.tokens[k]!.acronym) return true;
  }
  return false;
}
