/**
 * Outlets in datelines: the ones the language data knows (`KOMPAS.com`, `Bernama`), and the ones
 * it lacks, read by their shape — a news domain (`contohberita.co.id`), a capitalised name
 * holding a brand word (`Kabar Priangan`, `WARTAPANTURA`), capitals in parentheses (`(SIB)`).
 * Every pattern is anchored (sticky) and bounded, so each match is linear.
 */
import { domainEndings } from '../lang/domains.js';
import { literalGroup, memoByObject } from '../util/patterns.js';

/** What the outlet readers need from the compiled language data. */
export interface OutletTables {
  /** Known names or a news domain, sticky, case-insensitive. */
  outlet: RegExp;
  /** `outletKey(name)` → canonical id. */
  outletIds: ReadonlyMap<string, string>;
  /** `outletStart` of every known name (`kompas` for `KOMPAS.com`, `cnn` for `CNN Indonesia`): see `mayOpenOutlet`. */
  outletStarts: ReadonlySet<string>;
  notPlaces: ReadonlySet<string>;
  brandWords: ReadonlySet<string>;
  /** Known places, lower-case: a first word that is one opens no acronym's name (`JAWA BARAT`). */
  places?: ReadonlySet<string>;
}

/** A generic news domain for outlets missing from the data (`KOMPAas.com`, `contohberita.co.id`). */
export const DOMAIN = `[\\p{L}\\p{N}]{2,30}(?:-[\\p{L}\\p{N}]{1,20})?\\.${literalGroup(domainEndings)}(?:\\.id|\\.my)?`;
/** A name of up to four capitalised words before a comma or dash (`Kabar Priangan`, `WARTAPANTURA`). */
const BRAND_NAME = /\p{Lu}[\p{L}\p{N}!]{0,30}(?: \p{Lu}[\p{L}\p{N}!]{0,30}){0,3}(?![\p{L}\p{N}])/uy;
/** An agency in parentheses: `(ANTARA News)`, `(Antara/PRNewswire)`, `(Reuters)`; or in brackets (`[Contoh News]`). */
const PAREN = /[ ]{0,3}[([]([^()[\]\n]{1,60})[)\]]/y;

/** How outlet names are compared: lower-case letters and digits (`KOMPAS.com` = `Kompas.com`). */
export function outletKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Run an anchored regex at `pos`; returns the match or null. */
export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export interface Outlet {
  text: string;
  id: string | null;
  end: number;
  /** `known`: in the outlet data; `domain`: read by its domain shape; `brand`: a name built from a brand word. */
  by: 'known' | 'domain' | 'brand';
}

export function outletAt(text: string, pos: number, c: OutletTables): Outlet | null {
  if (!mayOpenOutlet(text, pos, c.outletStarts)) return null;
  const m = at(c.outlet, text, pos);
  if (!m) return null;
  const id = c.outletIds.get(outletKey(m[0]));
  return withEdition(text, id ? { text: m[0], id, end: pos + m[0].length, by: 'known' } : { text: m[0], id: domainId(m[0]), end: pos + m[0].length, by: 'domain' });
}

/** The leading run of ASCII letters and digits of an outlet's name, lower-case: where `c.outlet` may match a known name. */
export function outletStart(name: string): string {
  let end = 0;
  while (end < name.length && isAsciiLetterOrDigit(name.charCodeAt(end))) end++;
  return name.slice(0, end).toLowerCase();
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/** The shortest and longest first label `DOMAIN` reads before its dash or dot. */
const DOMAIN_LABEL_MIN = 2;
const DOMAIN_LABEL_MAX = 30;

/**
 * Whether `c.outlet` may match at `pos`, read from the run of ASCII letters and digits there, so that most line starts
 * skip the long case-insensitive alternation (it is tried at every line the dateline search looks at). A known name
 * (all ASCII) must open with a listed start and then end that run (its next character is the name's own, or the
 * boundary after it); a domain's first label is the whole run, two to thirty characters, then its dash or dot.
 * A character outside ASCII at the run's end says nothing for sure (case-insensitive matching folds some to ASCII
 * letters): the pattern decides.
 */
function mayOpenOutlet(text: string, pos: number, starts: ReadonlySet<string>): boolean {
  let end = pos;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  if (next >= 128) return true;
  const length = end - pos;
  if (length >= DOMAIN_LABEL_MIN && length <= DOMAIN_LABEL_MAX && (next === 46 || next === 45)) return true;
  return starts.has(text.slice(pos, end).toLowerCase());
}

/** A regional edition after a slash, in capitals, and the comma before the city: `KABARCONTOH/SULSEL, MAKASSAR`. */
const EDITION = /\/\p{Lu}{2,20}(?: \p{Lu}{2,20}){0,2}(?=[ ]{0,2},)/uy;

/** The outlet with its regional edition (`KABAR CONTOH/MALUKU, AMBON –`): the edition names the paper, not the place. */
function withEdition(text: string, o: Outlet): Outlet {
  const m = text.charAt(o.end) === '/' ? at(EDITION, text, o.end) : null;
  return m ? { ...o, text: o.text + m[0], end: o.end + m[0].length } : o;
}

/**
 * A capitalised name holding a brand word (`Kabar Priangan`, `WARTAPANTURA`, `RadarBogor`), ending
 * before a comma or dash. With `acronymNames`, an acronym and a name (`CNBC Indonesia`) counts too:
 * after `Place, ` in a dateline that is an outlet's shape.
 */
export function brandOutletAt(text: string, pos: number, c: OutletTables, acronymNames = false): Outlet | null {
  const m = at(BRAND_NAME, text, pos);
  if (!m) return null;
  const words = m[0].split(' ');
  // `CNBC Indonesia`, `RMOL JAKARTA`; not `JAWA BARAT` (a province in capitals: its first word, as short as an acronym, is a place's).
  const acronymName = acronymNames && words.length >= 2 && /^\p{Lu}{2,6}$/u.test(words[0]!) && !c.places?.has(words[0]!.toLowerCase());
  if (!acronymName && !words.some((w) => isBrandWord(w, c.brandWords))) return null;
  if (c.notPlaces.has(m[0].toLowerCase())) return null;
  return withEdition(text, { text: m[0], id: outletKey(m[0]), end: pos + m[0].length, by: 'brand' });
}

/** Brand words that also end common words (`Sometimes`, `Multimedia`, `Keseharian`, `Multichannel`): they name no title-case outlet. */
const COMMON_ENDINGS: ReadonlySet<string> = new Set(['times', 'media', 'harian', 'channel']);
/** The brand words that may end a title-case run-together name (`Contohnews`), listed once per table. */
const endingBrands = memoByObject((brands: ReadonlySet<string>): ReadonlySet<string> => new Set([...brands].filter((b) => b.length >= ENDING_BRAND_MIN && !COMMON_ENDINGS.has(b))));
/** The shortest brand word that may end a title-case name, and the shortest stem it must leave. */
const ENDING_BRAND_MIN = 4;
const ENDING_STEM_MIN = 4;

/** `Berita`, or a run-together name that starts or ends with a brand word (`WARTAPANTURA`, `RadarBogor`, `KabarTV`). */
function isBrandWord(name: string, brands: ReadonlySet<string>): boolean {
  // `Kabar24`, `Warta99`: a brand word with a number.
  const word = isDigit(name.charCodeAt(name.length - 1)) ? name.replace(/[0-9]{1,4}$/, '') : name;
  const lower = word.toLowerCase();
  if (brands.has(lower)) return true;
  // Run-together names: camel-case parts (`RadarBogor`), or an all-capitals word with a brand word at one end.
  const parts = mayBeCamelCase(word) ? word.split(/(?<=\p{Ll})(?=\p{Lu})/u) : [word];
  if (parts.length > 1) return parts.some((p) => brands.has(p.toLowerCase()));
  // `Contohnews`, `Sukamajupost`: one capital, a brand word of four letters or more ending the name (at its start it
  // may be a common word: `Wartawan`). Each ending the name can have is looked up (a short word has none).
  if (/^\p{Lu}\p{Ll}+$/u.test(word)) return endsInEndingBrand(lower, endingBrands(brands));
  // `WARTAPANTURA`, `NEWSmedia`: two or more capitals, a brand word at one end.
  if ((word.match(/\p{Lu}/gu)?.length ?? 0) < 2 || word.length < 5) return false;
  for (const b of brands) if (b.length >= 3 && lower.length - b.length >= 3 && (lower.startsWith(b) || lower.endsWith(b))) return true;
  return false;
}

/** `lower` ends in one of `endings`, leaving a stem of `ENDING_STEM_MIN` characters or more. */
function endsInEndingBrand(lower: string, endings: ReadonlySet<string>): boolean {
  for (let stem = ENDING_STEM_MIN; lower.length - stem >= ENDING_BRAND_MIN; stem++) if (endings.has(lower.slice(stem))) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether `word` may hold a lower-case letter followed by a capital (`RadarBogor`): false only for a word of ASCII
 * letters and digits with no such pair, which the camel-case split would leave whole.
 */
function mayBeCamelCase(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || word.charCodeAt(i - 1) >= 128) return true;
    if (c >= 65 && c <= 90 && word.charCodeAt(i - 1) >= 97 && word.charCodeAt(i - 1) <= 122) return true;
  }
  return false;
}

/** An outlet known only by its domain is grouped by the domain's first label (`IHRAM.CO.ID` → `ihram`). */
function domainId(outlet: string): string | null {
  const dot = outlet.indexOf('.');
  return dot > 0 ? outlet.slice(0, dot).toLowerCase() : null;
}

/** `(ANTARA News)`, `(Antara/PRNewswire)`: every part must be an outlet. */
export function parenOutletAt(text: string, pos: number, c: OutletTables): Outlet | null {
  const m = at(PAREN, text, pos);
  if (!m) return null;
  const inner = m[1]!.trim();
  let id: string | null = null;
  let by: Outlet['by'] = 'known';
  for (const part of inner.split('/')) {
    const p = part.trim();
    const o = outletAt(p, 0, c);
    if (o && o.end === p.length) {
      id ??= o.id;
      if (o.by !== 'known') by = o.by;
    } else if (o && o.by === 'known' && REGION_EDITION.test(p.slice(o.end))) {
      // `(Antara Sulteng)`, `(ANTARA Sumbar)`: a listed agency and its regional bureau.
      id ??= o.id;
    } else if (CAPS_AGENCY.test(p) || (/^\p{Lu}/u.test(p) && p.split(' ').some((w) => isBrandWord(w, c.brandWords)))) {
      // An agency the list lacks, in capitals (`(SIB)`) or named with a brand word (`(Kabar Contoh)`).
      id ??= outletKey(p);
      by = 'brand';
    } else return null;
  }
  return { text: inner, id, end: pos + m[0].length, by };
}

/** A regional bureau's name after a listed agency's: one or two capitalised words (`Sulteng`, `Jawa Timur`). */
const REGION_EDITION = /^ \p{Lu}[\p{L}]{1,20}(?: \p{Lu}[\p{L}]{1,20})?$/u;
/**
 * One capitalised word in parentheses (`(Galamedia)`, `(Kabarkita)`): several words without a brand word are as
 * often a person, a post or a region (`(Ketua Panitia)`, `(Kabupaten Contoh)`).
 */
const PAREN_NAME = /[ ]{0,3}\((\p{Lu}[\p{L}\p{N}!.]{3,30})\)/uy;

/**
 * `Sukamaju (Galamedia) -`: right after a dateline's place, a capitalised word in parentheses that `isPlace` does not
 * know (`GUANGZHOU (China):`, `Garut (Jabar) -`) is the outlet the lists lack only when the page names it as one
 * elsewhere too: alone, the word is as often a region or an island the place list lacks (`Sukamaju (Lintas) -`).
 */
export function namedParenOutletAt(text: string, pos: number, isPlace: (name: string) => boolean): Outlet | null {
  const m = at(PAREN_NAME, text, pos);
  if (!m || isPlace(m[1]!) || !namedAsOutletElsewhere(text, m[1]!, pos, pos + m[0].length)) return null;
  return { text: m[1]!, id: outletKey(m[1]!), end: pos + m[0].length, by: 'brand' };
}

/** The most places on a page where a name is looked for as an outlet: bounds the scan of a long page. */
const MAX_NAME_MENTIONS = 50;

/**
 * Whether the page names `name` as an outlet outside `[from, to)`: its site (`lintaskita.com`), a credit in
 * parentheses or brackets (`(Lintaskita)`, `(Lintaskita/rin)`, `[Lintaskita]`), or a copyright (`© 2024 Lintaskita`).
 * A place or a region in running text (`warga Lintas`) is none of these.
 */
function namedAsOutletElsewhere(text: string, name: string, from: number, to: number): boolean {
  // Linear: one literal name between letter boundaries.
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.!]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  let seen = 0;
  for (let m = re.exec(text); m && seen < MAX_NAME_MENTIONS; m = re.exec(text), seen++) {
    if (m.index >= from && m.index < to) continue;
    const end = m.index + m[0].length;
    if (at(SITE_AFTER, text, end)) return true;
    if ('(['.includes(text.charAt(m.index - 1) || ' ') && ')]/'.includes(text.charAt(end) || ' ')) return true;
    if (COPYRIGHT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return true;
  }
  return false;
}

/** A site's domain ending right after a name (`lintaskita` + `.co.id`). */
const SITE_AFTER = new RegExp(`\\.${literalGroup(domainEndings)}(?![\\p{L}\\p{N}])`, 'iuy');
/** A copyright sign, and maybe its year, right before a name (`© 2024 `, `©`). */
const COPYRIGHT_BEFORE = /©[ ]?(?:[0-9]{4}[ ]?)?$/u;

/** An agency's name in capitals inside the parentheses of a dateline. */
const CAPS_AGENCY = /^\p{Lu}[\p{Lu}\p{N}!]{1,15}$/u;

