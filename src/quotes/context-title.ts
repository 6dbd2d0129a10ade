/**
 * A speaker quoted with no title where the article gives one at another mention of the full name: in an
 * apposition (`Menurut Rina Wulandari, Kepala Pusat Riset Contoh, …`), as the title phrase before the name in
 * narrative (`Pengamat politik dari Universitas Contoh Budi Santoso menilai …`), or as the body the person
 * comes from (`kata Budi Santoso dari Lembaga Kajian Contoh`, `said Rina Wulandari of the Contoh Institute`).
 * Read after all quotes are found, so a title given after the quote counts too; only speakers with no role are
 * filled (one with an organisation only takes a role whose title names no other body), and only from a mention of
 * their whole name. Titles after the name that a role word does not open are `after-name-title.ts`'s.
 */
import type { Lexicon, Token } from './speech-words.js';
import { slice } from './speech-words.js';
import { parsePhrase } from './phrase.js';
import { phraseEnd } from './phrase-end.js';
import { adverbialOpener, roleAt } from './role-words.js';
import { splitRole } from './role-phrase.js';
import { affiliationAt } from './affiliation.js';
import { heldTitleAfterName, titleAfterName } from './after-name-title.js';
import { rankBefore } from './rank-title.js';
import { describedBefore } from './described-before.js';
import { closesBodyName } from './acronym-name.js';

/** A title before the name starts at most this many tokens before it (`Pengamat politik dari Universitas Contoh Raya (UCR) Jakarta`). */
const MAX_TITLE_BEFORE = 14;
/** A one-word name this short is too often an initialism or a nickname shared by others. */
const MIN_SINGLE_NAME = 4;
/** Names looked up per article, at most (hostile text may quote many people). */
const MAX_NAMES = 64;
/** Mentions of one name read, at most. */
const MAX_MENTIONS = 8;
/** Words of an organisation name. */
const WORDS_G = /[\p{L}\p{N}]+/gu;

/** A quote as this pass sees it: only the fields it reads of a `QuoteHit`. */
interface Hit {
  speaker: { name: string; role: string | null; organisation: string | null } | null;
}

/** Role and organisation, either possibly missing. */
interface Title {
  role: string | null;
  organisation: string | null;
}

/**
 * Fill the role (and organisation, when missing) of speakers quoted without a role from another mention of their whole name.
 * `paragraphs` and `tokens` are the article's, `hits` its quotes (normalized offsets).
 */
export function titlesFromContext(paragraphs: readonly { text: string }[], tokens: readonly (readonly Token[])[], hits: Hit[], lex: Lexicon): void {
  const found = new Map<string, Title | null>();
  let inside: ReadonlySet<string> | null = null;
  const capsInside = () => (inside ??= capitalisedInside(tokens));
  for (const h of hits) {
    const sp = h.speaker;
    // A speaker with an organisation but no title (`Budi Santoso` of `Perum Contoh`) may still take the title's role.
    if (!sp || sp.role !== null || sp.name === sp.organisation) continue;
    const words = sp.name.split(' ');
    // A single word is too often a place or an organisation, or matches another person's name: only a mention set off
    // by commas from its title counts for it (`Deputi Bidang Contoh Otorita X, Rahmat, di …`).
    if (!words.every((w) => /^\p{Lu}/u.test(w)) || (words.length < 2 && (lex.places.has(sp.name) || sp.name.length < MIN_SINGLE_NAME))) continue;
    // `Pakatan Harapan`: an organisation taken as the speaker has no title of its own.
    if (words.some((w) => lex.orgWords.has(w))) continue;
    // Beside an organisation only a mention that gives a role helps (`kata Budi dari Contoh` gives none).
    const needRole = sp.organisation !== null;
    const key = needRole ? `\u0001${sp.name}` : sp.name;
    let title = found.get(key);
    if (title === undefined) {
      if (found.size >= MAX_NAMES) continue;
      title = titleOf(paragraphs, tokens, words, lex, capsInside, needRole) ?? shortFormTitle(paragraphs, tokens, words, lex, capsInside, needRole);
      found.set(key, title);
    }
    if (!title) continue;
    if (sp.organisation === null) h.speaker = { ...sp, role: title.role, organisation: title.organisation };
    else if (title.role && (title.organisation === null || sameBody(title.organisation, sp.organisation))) h.speaker = { ...sp, role: title.role };
  }
}

/** One organisation name's words hold the other's (`Perum Contoh` and `Contoh`): the same body, as far as a title goes. */
function sameBody(a: string, b: string): boolean {
  const wa = a.toLowerCase().match(WORDS_G) ?? [];
  const wb = b.toLowerCase().match(WORDS_G) ?? [];
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.length > 0 && short.every((w) => long.has(w));
}


/** Tokens from `i` on spell `words` (no closure over the caller's loop index: that allocates a context per token). */
function wordsAt(toks: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k]!.text;
    const w = words[k]!;
    if (t !== w && !(t.length !== w.length && t[0] === w[0] && Math.abs(t.length - w.length) <= MAX_DOUBLED && singled(t) === singled(w))) return false;
  }
  return true;
}

/** The name as this mention writes it, tokens `[i, end)` (its spelling may double a letter the quote's does not). */
function written(toks: readonly Token[], i: number, end: number): string {
  let out = toks[i]!.text;
  for (let k = i + 1; k < end; k++) out += ` ${toks[k]!.text}`;
  return out;
}

/** Letters a name's other spelling may double or single, at most (`Solihin` written `Sollihin`). */
const MAX_DOUBLED = 2;
/** A letter written twice in a row. */
const DOUBLED_G = /(\p{L})\1/gu;

/** A word with every doubled letter written once: two spellings of one name that differ only there read the same. */
function singled(word: string): string {
  return word.replace(DOUBLED_G, '$1');
}

/** The title of the person named `words` at the first mention that gives one (with a role when `needRole`), else null. */
function titleOf(paragraphs: readonly { text: string }[], tokens: readonly (readonly Token[])[], words: readonly string[], lex: Lexicon, capsInside: CapsInside, needRole: boolean, setOff = false): Title | null {
  let mentions = 0;
  // `Brigjen Budi`: a rank right before a mention, the title when no mention gives a post.
  let rank: string | null = null;
  for (let p = 0; p < tokens.length; p++) {
    const toks = tokens[p]!;
    const text = paragraphs[p]!.text;
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (!wordsAt(toks, i, words)) continue;
      const end = i + words.length;
      // A short form counts only where a comma sets it off from its title (`…, Kamal, …`).
      if (setOff && toks[i - 1]?.text !== ',' && toks[end]?.text !== ',') continue;
      // Part of a longer run of capitalised words (`Budi Santoso Putra`): another name.
      if (toks[end]?.word && toks[end]!.cap) continue;
      if (rank === null) rank = rankBefore(text, toks, i, lex);
      // A one-word name right after a capitalised title (`Presiden Contoh`, `Menteri Koperasi Contoh`) is read from that title.
      const titled = words.length === 1 && ((toks[i - 1]?.word === true && toks[i - 1]!.cap) || afterShortForm(toks, i));
      // `Budi yang kini menjabat sebagai Kepala …`: a verb of holding a post names the title, even after one word of a name.
      const held = heldTitleAfterName(text, toks, end, lex);
      const title = held
        ? split(held, lex)
        : words.length > 1 || toks[i - 1]?.text === ',' || toks[end]?.text === ','
          ? titleAround(text, toks, i, end, written(toks, i, end), lex, capsInside, words.length > 1)
          : titled
            ? titleBefore(text, toks, i, end, toks[i]!.text, lex, capsInside)
            : null;
      if (title && (title.role || !needRole)) return title;
      if (++mentions >= MAX_MENTIONS) return rankTitle(rank);
    }
  }
  return rankTitle(rank);
}

/**
 * `jurulatih Pasukan Contoh, Kamal, …` and elsewhere `Kamal Yusof`: the title given at a mention of one word of the
 * name, when no mention of the whole name gives one. Only a word the article uses for this person alone (every
 * run of capitalised words holding it is part of the name), and only where commas set the mention off from its title.
 */
function shortFormTitle(paragraphs: readonly { text: string }[], tokens: readonly (readonly Token[])[], words: readonly string[], lex: Lexicon, capsInside: CapsInside, needRole: boolean): Title | null {
  if (words.length < 2) return null;
  for (const w of [words[0]!, words[words.length - 1]!]) {
    if (w.length < MIN_SINGLE_NAME || lex.namePrefixes.has(w.toLowerCase()) || lex.singleTitles.has(w) || !onlyThisName(tokens, w, words, lex)) continue;
    const title = titleOf(paragraphs, tokens, [w], lex, capsInside, needRole, true);
    if (title) return title;
  }
  return null;
}

/**
 * Every mention of `w` stands alone or inside the name `words`: a capitalised word before it is only a sentence's
 * opening function word (`Menurut Kamal`, `Kata Kamal`), never another name's (`Rudi Kamal`, `LaRina Kamal`).
 */
function onlyThisName(tokens: readonly (readonly Token[])[], w: string, words: readonly string[], lex: Lexicon): boolean {
  for (const toks of tokens) {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.text !== w) continue;
      let a = i;
      while (a > 0 && toks[a - 1]!.word && toks[a - 1]!.cap && words.includes(toks[a - 1]!.text)) a--;
      const before = toks[a - 1];
      if (before?.word && before.cap && !functionWord(before, lex)) return false;
      let e = i + 1;
      while (e < toks.length && toks[e]!.word && toks[e]!.cap && words.includes(toks[e]!.text)) e++;
      if (toks[e]?.word && toks[e]!.cap) return false;
    }
  }
  return true;
}

/** A word of the language's grammar (`Menurut`, `Kata`, `Namun`), capitalised only because it opens a sentence. */
function functionWord(t: Token, lex: Lexicon): boolean {
  return lex.fillers.has(t.lower) || lex.accordingFirst.has(t.lower) || lex.post.has(t.lower) || lex.nameStops.has(t.lower);
}

/** A rank as the title of someone named with no post (`Kombes Pol Budi` → `Kombes Pol`), else null. */
function rankTitle(rank: string | null): Title | null {
  return rank === null ? null : { role: rank, organisation: null };
}

/** `Kepala Badan Contoh (BC) Suharyono`: a one-word name right after the bracketed short form closing a capitalised title. */
function afterShortForm(toks: readonly Token[], i: number): boolean {
  const open = toks[i - 3];
  const before = toks[i - 4];
  return toks[i - 1]?.text === ')' && toks[i - 2]?.word === true && open?.text === '(' && before?.word === true && before.cap;
}

/** The title written with the name at tokens `[n0, n1)`: after it (apposition, `dari …`), else before it. */
function titleAround(text: string, toks: readonly Token[], n0: number, n1: number, name: string, lex: Lexicon, capsInside: CapsInside, full: boolean): Title | null {
  const before = full || toks[n0 - 1]?.text === ',' ? () => titleBefore(text, toks, n0, n1, name, lex, capsInside) : () => null;
  const after = () => {
    const written = titleAfterName(text, toks, n1, lex);
    return written ? split(written, lex) : null;
  };
  // `Salah satu pedagang sayur, Budi …`: an unnamed description set off before the name, when no title word gives one.
  const described = () => {
    const role = describedBefore(text, toks, n0, lex);
    return role ? { role, organisation: null } : null;
  };
  return apposition(text, toks, n1, lex) ?? after() ?? (full ? comesFrom(text, toks, n1, lex) : null) ?? before() ?? described();
}

/** `Rina Wulandari, Kepala Pusat Riset Contoh,`: a capitalised title set off by a comma after the name. */
function apposition(text: string, toks: readonly Token[], n1: number, lex: Lexicon): Title | null {
  const t = toks[n1 + 1];
  if (toks[n1]?.text !== ',' || !t?.word || !t.cap || !lex.roles.has(t.text)) return null;
  const e = phraseEnd(toks, n1 + 1, lex);
  // The title is closed by a comma, a full stop or the end of the paragraph; a run on into a verb is another clause.
  // A full stop may be an abbreviation's (`Plt. Direktur …`), so only a comma or the paragraph's end closes it.
  const next = toks[e];
  if (e <= n1 + 1 || (next !== undefined && next.text !== ',')) return null;
  return split(slice(text, toks, n1 + 1, e), lex);
}

/** `Budi Santoso dari Lembaga Kajian Contoh`, `Rina Wulandari of the Contoh Institute`: the body a person comes from. */
function comesFrom(text: string, toks: readonly Token[], n1: number, lex: Lexicon): Title | null {
  const at = affiliationAt(toks, n1, lex);
  return at ? { role: null, organisation: slice(text, toks, at[0], at[1]) } : null;
}

/** `Pengamat politik dari Universitas Contoh Budi Santoso`, `Menurut pengamat … dari …, Budi Santoso,`: the title phrase ending in the name. */
function titleBefore(text: string, toks: readonly Token[], n0: number, n1: number, name: string, lex: Lexicon, capsInside: CapsInside): Title | null {
  // The earliest role word in the clause before the name, the phrase from it read up to the name's end.
  let a = n0;
  while (a > 0 && n0 - a < MAX_TITLE_BEFORE && clauseWord(toks[a - 1]!, toks[a - 2])) a--;
  // Where the comma-separated clause holding `r` starts; at `a` only when the clause truly starts there (not cut by the limit).
  let head = a === 0 || !clauseWord(toks[a - 1]!, toks[a - 2]) ? a : -1;
  for (let r = a; r < n0; r++) {
    const t = toks[r]!;
    if (t.text === ',') head = r + 1;
    if (!t.word || !roleAt(t, lex) || lex.nameStops.has(t.lower) || closesBodyName(toks, r, lex)) continue;
    // `Ditemui wartawan, Rina Wulandari …`: the noun of an adverbial clause set off before the name is no title of hers.
    if (head >= 0 && adverbialOpener(toks[head]!, lex) && commaBetween(toks, r, n0)) continue;
    // The earliest title word opens the phrase; when that cannot be one title, a later word inside it is no title either.
    if (!titleRun(toks, r, n0, lex)) return null;
    // `Contoh Motors chairman Rina Wulandari`: English order, the organisation's capitalised words before a lower-case title.
    const b = t.cap ? r : organisationBefore(toks, a, r, lex, capsInside);
    const p = parsePhrase(text, toks, b, n1, lex) ?? (b < r ? parsePhrase(text, toks, r, n1, lex) : null);
    if (!p || p.unnamed || !p.role) continue;
    // `pelatih Persikota Budi Santoso` for `Budi Santoso`: the phrase glued the body before the name the article knows
    // the person by, so the words before that name close the title (the team is no part of a name beside a person's).
    const glued = p.name !== null && p.name !== name && !p.organisation && p.name.endsWith(` ${name}`) ? p.name.slice(0, -name.length - 1) : null;
    if (glued !== null) {
      const title = split(p.title ?? p.role, lex);
      if (!title || title.organisation !== null) return title;
      // One word is the body (`Persikota`); of several, where the team's name starts is not sure (`Skuad Garuda`): as written.
      return glued.includes(' ') ? { role: `${title.role} ${glued}`, organisation: null } : { role: title.role, organisation: glued };
    }
    // From a role word that titles someone else, the phrase reads another name: try the next one.
    if (p.name !== name) continue;
    return split(p.title ?? (p.organisation ? `${p.role} ${p.organisation}` : p.role), lex);
  }
  return null;
}

/** A comma among tokens `(r, n0)`: the clause at `r` is set off from the name. */
function commaBetween(toks: readonly Token[], r: number, n0: number): boolean {
  for (let k = r + 1; k < n0; k++) if (toks[k]!.text === ',') return true;
  return false;
}

/**
 * Where the capitalised words before the lower-case title word at `r` start (`Contoh Motors chairman`), else `r`.
 * Not a qualifier (`Former`), and not one word opening its sentence, which is capitalised anyway (`Rekan penulis …`),
 * unless it is an acronym or the article writes it capitalised inside a sentence too (`Contohmobil chairman …`).
 */
function organisationBefore(toks: readonly Token[], a: number, r: number, lex: Lexicon, capsInside: CapsInside): number {
  // `Contoh Bank (CB) deputy governor`: the organisation's bracketed short form stands right before the title.
  const short = r - 3 >= a && toks[r - 1]!.text === ')' && toks[r - 2]!.word && toks[r - 3]!.text === '(' ? r - 3 : r;
  let b = short;
  while (b > a && toks[b - 1]!.word && toks[b - 1]!.cap) b--;
  if (b === short) return r;
  while (b < r && lex.titleModifiers.has(toks[b]!.text)) b++;
  const opens = b === 0 || (!toks[b - 1]!.word && toks[b - 1]!.text !== ',' && toks[b - 1]!.text !== '(');
  if (b === r - 1 && opens && toks[b]!.hasLower && !capsInside().has(toks[b]!.text)) return r;
  return b;
}

/**
 * Tokens `[r, n0)` can be one title phrase: lower-case words only as the title's field right after its word
 * (`pengamat politik`, `chief executive`) or as links before a capitalised word (`dari`, `of the`); never a
 * clause word (`yang`) nor, after the organisation, words of another clause (`… Marsudi and her counterpart`).
 */
function titleRun(toks: readonly Token[], r: number, n0: number, lex: Lexicon): boolean {
  let sawCap = toks[r]!.cap && !lex.roles.has(toks[r]!.text);
  let field = 0;
  for (let k = r + 1; k < n0; k++) {
    const t = toks[k]!;
    if (!t.word) continue;
    if (t.cap || t.num) {
      sawCap ||= !lex.roles.has(t.text) && !lex.roleWords.has(t.text);
      continue;
    }
    const link = lex.connectors.has(t.lower) || lex.articles.has(t.lower) || lex.titlePlaces.has(t.lower);
    // `anggota Komisi Contoh lainnya, Budi Santoso`: a word setting the holder among others closes the title at the name's comma.
    if (lex.otherHolders.has(t.lower) && toks[k + 1]?.text === ',' && k + 2 === n0) continue;
    if (lex.nameStops.has(t.lower) && !link) return false;
    if (sawCap && !link) return false;
    // A title's field is a word or two (`pengamat politik`, `chief executive officer`); more is a description.
    if (!link && ++field > MAX_FIELD_WORDS) return false;
  }
  return true;
}

/** The article's words written capitalised after another word of their sentence (names, not sentence openers), read once. */
type CapsInside = () => ReadonlySet<string>;

function capitalisedInside(tokens: readonly (readonly Token[])[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const toks of tokens) for (let i = 1; i < toks.length; i++) if (toks[i]!.cap && toks[i]!.hasLower && toks[i - 1]!.word) out.add(toks[i]!.text);
  return out;
}

/** Lower-case words of a title's field after its title word, at most. */
const MAX_FIELD_WORDS = 2;

/** A token that may stand inside a title phrase before a name: words, brackets, commas, initials' full stops. */
function clauseWord(t: Token, prev: Token | undefined): boolean {
  if (t.word) return true;
  if (t.text === '(' || t.text === ')' || t.text === ',' || t.text === '-' || t.text === '&') return true;
  return t.text === '.' && prev !== undefined && prev.word && prev.text.length === 1;
}

/** A title phrase as role and organisation. */
function split(title: string, lex: Lexicon): Title | null {
  const parts = splitRole({ role: title, organisation: null }, lex);
  return parts.role ? { role: parts.role, organisation: parts.organisation } : null;
}
