/**
 * Sign-offs: who filed the story, written at its very end.
 *
 * - initials in parentheses or square brackets: `(NP)`, `(fyk/ash)`, `(Cas/Isk)`, `(*)`, `(ab-03/cd)`,
 *   `[ab/cd]` — alone on the last line or after the last sentence;
 * - names and initials joined by slashes in parentheses: `(Rina/contohpost)`, `( Budi AS/Rina )`, also
 *   cut short by the scraper before its closing parenthesis (`(Rina/c`);
 * - lower-case initials joined by slashes alone on the last line (`rin/bud`), or after a slash (`… katanya. /rin`);
 * - short initials after a dash on a line of their own: `-xY`, `- rin/bud`, or slashed ones after the last sentence
 *   (`… kata dia. –rin/bud`); a byline after a dash: `— By R. Contoh`;
 * - any of these with a full stop after the closing bracket: `… kata dia. (rin/bud).`;
 * - an agency or outlet after a dash: `… kata dia. -- BERNAMA`, `…the ministry.- BERNAMA`,
 *   `- Bernama` or a listed agency alone (`Reuters`) on a line of its own, `- K! ONLINE` (also after a last sentence that lost its full stop),
 *   agencies joined by a slash or a hyphen (`- AGENSI/Wire`, `-ABC-AGENSI`), an outlet the data lacks
 *   in ordinary case, named with a brand word (`- Contoh Daily`);
 * - a full name in parentheses or after a dash on the last line: `(Rina Wulandari)`, `(Rina W)`, `— Rina Wulandari`,
 *   a full name in parentheses after the last sentence too (`… kata dia. (Rina Wulandari)`),
 *   or with the outlet after a slash or a bar (`Rina Wulandari/Kabarcontoh`, `Rina Wulandari | Kabarcontoh`);
 *   the outlet's domain in parentheses there (`(contohwarta.com)`); initials and the agencies drawn on,
 *   `rin/bud (Reuters, AFP)`;
 * - an outlet and the date it ran: `… akan datang. – OUTLETDAILY 26/10/2017`, also after a
 *   signature line without a full stop (`Dewan Pemuda Contoh - OUTLETDAILY 11/11/2018`) or with
 *   no dash after the last sentence (`… katanya. OUTLETDAILY 7/9/2017`) or on a line of its own, or
 *   named in ordinary case (`– Harian Contoh 7/9/2017`), a comma before the date or an English date (`– Harian Contoh,
 *   Sept 7, 2017`), or in parentheses (`(Kabar Contoh, 7/9/2017)`, named by a brand word, a domain or the list);
 * - an agency in parentheses after the last sentence: `… said. (Reuters)`, or a listed agency in capitals with no dash (`… kata dia. ANTARA`).
 *
 * The name is recognised by its shape (capitals, a news domain) or because the language data
 * knows it as an outlet; a date alone after a dash (`katanya.- 14/3/2018`) is no sign-off.
 * Every pattern runs on the last characters of the block only, so the cost is constant.
 */
import { domainEndings } from '../lang/domains.js';
import type { LanguageData } from '../lang/types.js';
import { alternation, literalGroup, memoByObject, phraseKey } from '../util/patterns.js';
import { FULL_NAME, NAME_WORD } from '../util/person-name.js';

/** A sign-off sits in the last characters of the article. */
const TAIL_CHARS = 80;

/**
 * One group of initials: 1–6 letters or a trainee's code (`mg1`: a number only after 1–3 lower-case letters, so
 * `(Covid19)`, `(G20)` are none), then an optional desk number (`ab-03`) or `*`.
 */
const GROUP = '(?:[A-Za-z]{1,6}|[a-z]{1,3}[0-9]{1,2})(?:-[A-Za-z0-9]{1,4})?\\*?';
/** Initials: groups joined by slashes, up to five of them, maybe after the `*` mark and a slash (as in `(*` + `/rin)`), or the `(*)` mark alone. */
const INITIALS = `(?:\\*{1,3}\\/)?${GROUP}(?:\\/${GROUP}){0,4}|\\*{1,3}`;
/** The initials in parentheses or square brackets after the last sentence of a paragraph, or after a gap. */
const INITIALS_AT_END = new RegExp(`(?:^|[.!?"”’)] {0,3}| {2})(?:\\((${INITIALS})\\)|\\[(${INITIALS})\\])$`);
/** The initials alone on the last line. */
const INITIALS_LINE = new RegExp(`^(?:\\((${INITIALS})\\)|\\[(${INITIALS})\\])$`);
/**
 * Names or initials joined by at least one slash, in parentheses (spaces inside allowed): `(Rina/contohpost)`,
 * `( Budi AS/Rina )`. Each part is one or two words of letters; the slash tells it from an aside (`(Jakarta)`).
 */
const NAME_PART = '\\p{L}[\\p{L}.\'’-]{0,24}(?: \\p{L}[\\p{L}.\'’-]{0,24})?';
const SLASHED_NAMES = new RegExp(`(?:^|[.!?"”’)] {0,3}| {2})\\( ?(${NAME_PART}(?: ?\\/ ?${NAME_PART}){1,3}) ?\\)?$`, 'u');
/** Short initials after a dash, on a line of their own: `-xY`, `— ab`, lower-case ones joined by slashes too (`- rin/bud`). */
const DASHED_INITIALS_LINE = /^[-–—]{1,2} ?([A-Za-z]{1,4}|[a-z]{1,6}(?:\/[a-z]{1,6}){1,4})$/;
/** Lower-case initials joined by slashes after a dash, after the last sentence: `… kata dia. –rin/bud`. */
const DASHED_INITIALS_AT_END = /[.!?"”’] {0,3}[-–—]{1,2} ?([a-z]{1,6}(?:\/[a-z]{1,6}){1,4})$/;
/** A byline after a dash at the very end: `… the world. — By R. Contoh`. */
const DASHED_BYLINE = /(?:^|[.!?"”’)] {0,3})[-–—]{1,2} ?(?:By|Oleh) (\p{Lu}[\p{L}.'’-]{0,24}(?: \p{Lu}[\p{L}.'’-]{0,24}){0,3})$/u;
/** A reporter's full name in parentheses alone on the last line (`(Rina Wulandari)`, `(Budi S. Santoso)`): two to four words. */
const PAREN_NAME_LINE = new RegExp(`^\\( ?(${FULL_NAME}) ?\\)$`, 'u');
/** A reporter's full name in parentheses right after the last sentence (`… kata dia. (Rina Wulandari)`). */
const PAREN_NAME_AT_END = new RegExp(`[.!?"”’] {0,3}\\( ?(${FULL_NAME}) ?\\)$`, 'u');
/**
 * A reporter's name and the outlet after a slash or a bar, alone on the last line: `Rina Wulandari/Kabarcontoh`,
 * `Rina Wulandari | Kabarcontoh` (before a bar a full name only: `Ekonomi | Pasar` is a section bar).
 */
const SLASHED_NAME_LINE = new RegExp(`^(${NAME_WORD}(?: ${NAME_WORD}){0,2} ?\\/ ?\\p{L}[\\p{L}\\p{N}.]{1,30}|${NAME_WORD}(?: ${NAME_WORD}){1,2} \\| \\p{L}[\\p{L}\\p{N}.]{1,30})$`, 'u');
/** A reporter's full name after a dash, alone on the last line: `— Rina Wulandari`, `- Budi S`. */
const DASHED_NAME_LINE = new RegExp(`^[-–—]{1,2} ?(${FULL_NAME})$`, 'u');
/** Lower-case initials and the agencies the story drew on, alone on the last line: `rin/bud (Reuters, AFP)`. */
const INITIALS_SOURCES_LINE = /^[a-z]{1,6}(?:\/[a-z]{1,6}){0,4} \((\p{Lu}[\p{L}]{1,15}(?:(?:, ?| ?\/ ?)\p{Lu}[\p{L}]{1,15}){0,4})\)$/u;
/** Lower-case initials and a note on the sources in lower case, alone on the last line: `rin/bud (diolah dari aneka sumber)`; the initials are the credit. */
const INITIALS_NOTE_LINE = /^([a-z]{1,6}(?:\/[a-z]{1,6}){1,4}) ?\(\p{Ll}[\p{Ll} ,]{2,40}\)$/u;
/** Lower-case initials joined by slashes alone on the last line, without brackets: `rin/bud`, `ant/rin/ab`. */
const SLASHED_INITIALS_LINE = /^([a-z]{1,6}(?:\/[a-z]{1,6}){1,4})$/;
/** Initials after a slash, after the last sentence or alone on the last line: `… katanya. /rin`. */
const SLASH_INITIALS_AT_END = /(?:^|[.!?"”’] {1,3})\/([a-z]{2,6})$/;
/** A sign-off of one to three upper-case words alone on the last line (`SINTA DEWI`). */
const NAME_LINE = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}$/u;
const MAX_NAME_LINE = 30;

/** A name in capitals (`BERNAMA`, `K! ONLINE`, `OUTLETDAILY`): up to three words. */
const CAPS_NAME = '\\p{Lu}[\\p{Lu}\\p{N}!&.]{0,24}(?: \\p{Lu}[\\p{Lu}\\p{N}!&.]{0,24}){0,2}';
/** One part of joined agencies, by shape (a listed name or a capitals name is one): no dash, no slash. */
const JOINED_PART = '[\\p{L}\\p{N}!&.](?:[\\p{L}\\p{N}!&. ]{0,40}[\\p{L}\\p{N}!&.])?';
/** A news domain (`contohwarta.com`). */
const DOMAIN_NAME = `[\\p{L}\\p{N}]{2,30}\\.${literalGroup(domainEndings)}`;
/** The outlet's domain in parentheses alone on the last line: `(contohwarta.com)`. */
const PAREN_DOMAIN_LINE = new RegExp(`^\\( ?(${DOMAIN_NAME}) ?\\)$`, 'iu');
/** The date the story ran, as sites print it after the sign-off: `26/10/2017`, `7 September 2017`, `Sept 7, 2017`. */
const DATE = '[0-3]?[0-9]\\/[01]?[0-9]\\/(?:19|20)?[0-9]{2}|[0-3]?[0-9] \\p{Lu}\\p{Ll}{2,9} (?:19|20)[0-9]{2}|\\p{Lu}\\p{Ll}{2,8}\\.? [0-3]?[0-9], (?:19|20)[0-9]{2}';
/** Between a dashed sign-off's name and its date: spaces, maybe after a comma or a bar (`– Harian Contoh, 7/9/2017`, `– CONTOHDAILY | 7 Sep 2017`). */
const BEFORE_DATE = '(?:,? {1,2}| {1,2}\\| {1,2})';

export interface SignOff {
  /** Where the sign-off starts in the block (its dash or opening parenthesis). */
  index: number;
  /** The credit as it should be reported: `fyk/ash`, `BERNAMA`, `OUTLETDAILY 26/10/2017`. */
  text: string;
  /** Where the outlet or agency a dashed sign-off names starts in the block (`K! ONLINE` in `- K! ONLINE`), and its name. */
  outlet?: { index: number; name: string };
}

/** `-- NAME [DATE]` at the end, the name by its shape: capitals (agencies joined by `/` or `-`) or a news domain. */
const SHAPED = new RegExp(`([-–—]{1,2}) {0,2}(${DOMAIN_NAME}|${CAPS_NAME}(?:[/-]${CAPS_NAME}){0,2})(?:${BEFORE_DATE}(${DATE}))? {0,3}$`, 'u');
/** `… katanya. OUTLETDAILY 7/9/2017`: a name in capitals and the date it ran, after the last sentence or alone on its line, no dash. */
const UNDASHED = new RegExp(`(?:^|[.!?"”’)] {1,3})(${CAPS_NAME}) {1,2}(${DATE}) {0,3}$`, 'u');
/**
 * `- Contoh Daily`, `– Harian Contoh 7/9/2017`: a name of one to three capitalised words in ordinary case after a
 * dash; a sign-off only with the date it ran or a word outlets name themselves with (see `isBranded`).
 */
const TITLED = new RegExp(`([-–—]{1,2}) {0,2}(\\p{Lu}[\\p{L}!&.]{0,24}(?: \\p{Lu}[\\p{L}!&.]{0,24}){0,2})(?:${BEFORE_DATE}(${DATE}))? {0,3}$`, 'u');
/**
 * `(Kabar Contoh, 3/2/2025)`, `(contohwarta.com 3/2/2025)`: the outlet and the date the story ran in parentheses, alone on
 * the last line or after the last sentence. The name must be a news domain, a listed outlet or hold a brand word:
 * `(Sukamaju, 3/2/2025)` is a place and a date.
 */
const PAREN_DATED = new RegExp(`(?:^|[.!?"”’] {0,3})\\( ?(${DOMAIN_NAME}|\\p{Lu}[\\p{L}!&.]{0,24}(?: \\p{Lu}[\\p{L}!&.]{0,24}){0,2})${BEFORE_DATE}(${DATE}) ?\\)$`, 'u');
const DOMAIN_AT_END = new RegExp(`\\.${literalGroup(domainEndings)}$`, 'iu');

/** `… kata dia. ANTARA`: a name in capitals after the last sentence, with no dash; a sign-off only when it is a listed agency. */
const CAPS_AFTER_SENTENCE = new RegExp(`[.!?"”’] {1,3}(${CAPS_NAME})$`, 'u');

/** `… said. (Reuters)`: an agency in parentheses after the last sentence (too long for initials). */
const PAREN_AGENCY = new RegExp(`(?:^|[.!?"”’] {0,3})\\((${CAPS_NAME}|\\p{Lu}\\p{Ll}{2,15})\\)$`, 'u');

/** `-- NAME [DATE]` at the end, the name one the language data knows, in any case (`- Bernama`). */
interface KnownSignOffs {
  single: RegExp;
  /** Lookup keys (`phraseKey`) of the listed names. */
  keys: ReadonlySet<string>;
}
const knownByLangs = new WeakMap<readonly LanguageData[], KnownSignOffs | null>();

function knownSignOffs(langs: readonly LanguageData[]): KnownSignOffs | null {
  let known = knownByLangs.get(langs);
  if (known === undefined) {
    const list = langs.flatMap((l) => [...l.boilerplate.signOffs, ...Object.keys(l.outlets.names)]);
    const names = alternation(list);
    known = names ? { single: new RegExp(`([-–—]{1,2}) {0,2}(${names})(?:${BEFORE_DATE}(${DATE}))? {0,3}$`, 'iu'), keys: new Set(list.map(phraseKey)) } : null;
    knownByLangs.set(langs, known);
  }
  return known;
}

/**
 * `- Agensi/Wire`, `-ABC-Agensi`, `— Agensi, Wire`: two or three agencies joined by a slash, a hyphen or a comma, each listed or in
 * capitals, at least one listed; after a comma every part listed, as a comma also runs on into body words
 * (`— Agensi, hari ini`). The parts are matched by shape and checked against the list in code:
 * the list written into the pattern once per part made V8 compile it 14× slower and run it 6× slower.
 */
const JOINED = new RegExp(`([-–—]{1,2}) {0,2}(${JOINED_PART}(?:(?:[/-]|, ?)${JOINED_PART}){1,2})(?: {1,2}(${DATE}))? {0,3}$`, 'giu');
/** Where joined agencies part: a slash, a hyphen, or a comma (`— Agensi, Wire`). */
const JOINER = /[/-]|, ?/;
const CAPS_PART = new RegExp(`^(?:${CAPS_NAME})$`, 'iu');

/** The leftmost `-- NAME [DATE]` sign-off with listed names at the end of `tail`, single or joined. */
function knownSignOff(tail: string, langs: readonly LanguageData[]): RegExpExecArray | null {
  const known = knownSignOffs(langs);
  if (!known) return null;
  const single = known.single.exec(tail);
  for (let from = 0; ; ) {
    JOINED.lastIndex = from;
    const joined = JOINED.exec(tail);
    if (!joined || (single && joined.index > single.index)) return single;
    const parts = joined[2]!.split(JOINER);
    const listed = parts.map((part) => known.keys.has(phraseKey(part)));
    // A listed first name may be followed by any capitals; a capitals first name only by listed ones. Joined by a
    // comma, every name is listed: the capitals test ignores case, and words after a comma are often the sentence's.
    const byComma = joined[2]!.includes(',');
    const listedFirst = listed[0]! && parts.every((part, i) => i === 0 || listed[i] || (!byComma && CAPS_PART.test(part)));
    const capsFirst = !byComma && !listed[0] && CAPS_PART.test(parts[0]!) && listed.slice(1).every(Boolean);
    // At one start, a single listed name is tried before a capitals name joined to listed ones.
    if (listedFirst || (capsFirst && !(single && single.index === joined.index))) return joined;
    from = joined.index + 1;
  }
}

/** A name the language data lists as an outlet or a sign-off, in any case. */
function isListedOutlet(name: string, langs: readonly LanguageData[]): boolean {
  return knownSignOffs(langs)?.keys.has(phraseKey(name)) ?? false;
}

/** The sign-offs (news agencies) the language data lists, lower-cased once per language list, not per call. */
const signOffKeys = memoByObject((langs: readonly LanguageData[]): ReadonlySet<string> => new Set(langs.flatMap((l) => l.boilerplate.signOffs.map((a) => a.toLowerCase()))));

/** A news agency the language data lists as a sign-off (`Reuters`, `Bernama`), in any case. */
function isListedSignOff(name: string, langs: readonly LanguageData[]): boolean {
  return signOffKeys(langs).has(name.toLowerCase());
}

/** A name in parentheses is an agency when it is in capitals or listed (`(Reuters)`, not `(Jakarta)`). */
function isAgency(name: string, langs: readonly LanguageData[]): boolean {
  return name === name.toUpperCase() || isListedOutlet(name, langs);
}

/** A sign-off's name and its date as the credit: `OUTLETDAILY 26/10/2017`, or with its bar kept (`OUTLETDAILY | 7 Sep 2017`), as printed. */
function nameAndDate(m: RegExpExecArray): string {
  return `${m[2]}${m[0].includes('|') ? ' | ' : ' '}${m[3]}`;
}

/** A dash of the kinds a sign-off opens with. */
const DASH = /[-–—]/;

/** What ends a sentence (or a quote, or a parenthesis) right before a sign-off's dash. */
const SENTENCE_CLOSE = /[.!?"”’)\]]$/;

/** `- KABARCONTOH.` closes the text with a full stop after the name: the stop is no part of it (an initial's is: `- Rina P.`). */
function withoutFinalStop(name: string): string {
  return /\p{L}{2}\.$/u.test(name) ? name.slice(0, -1) : name;
}

/** The sign-off at the end of `block` (the last block of the body), or null. */
export function findSignOff(block: string, langs: readonly LanguageData[]): SignOff | null {
  const trimmed = block.trimEnd();
  // `… kata dia. (rin/bud).`: a full stop after the closing bracket ends the text, not a sentence; it goes with the credit.
  const s = /[)\]]\.$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
  const line = INITIALS_LINE.exec(s);
  if (line) return { index: 0, text: (line[1] ?? line[2])! };
  const dashedLine = DASHED_INITIALS_LINE.exec(s);
  if (dashedLine) return { index: 0, text: dashedLine[1]! };
  if (NAME_LINE.test(s) && s.length <= MAX_NAME_LINE) return { index: 0, text: s };
  const slashedLine = SLASHED_INITIALS_LINE.exec(s);
  if (slashedLine) return { index: 0, text: slashedLine[1]! };
  // An agency the language data lists, alone on the last line in any case (`Reuters`; `BERNAMA` is a capitals name above).
  if (s.length <= MAX_NAME_LINE && isListedSignOff(s, langs)) return { index: 0, text: s };
  const sources = INITIALS_SOURCES_LINE.exec(s);
  if (sources && sources[1]!.split(/ ?[,/] ?/).every((name) => isAgency(name, langs))) return { index: 0, text: s };
  const noted = INITIALS_NOTE_LINE.exec(s);
  if (noted) return { index: 0, text: noted[1]! };
  const parenName = PAREN_NAME_LINE.exec(s) ?? DASHED_NAME_LINE.exec(s) ?? SLASHED_NAME_LINE.exec(s);
  if (parenName) return { index: 0, text: parenName[1]! };
  const parenDomain = PAREN_DOMAIN_LINE.exec(s);
  if (parenDomain) return { index: 0, text: parenDomain[1]! };
  const from = Math.max(0, s.length - TAIL_CHARS);
  const tail = s.slice(from);
  // Every dashed form starts at a dash: a tail without one (most last sentences) skips them.
  const hasDash = DASH.test(tail);
  const dashed = hasDash ? (knownSignOff(tail, langs) ?? SHAPED.exec(tail)) : null;
  if (dashed && (standsApart(dashed, tail) || isBrandedAfterWord(dashed, tail, langs) || isAgencyAfterWord(dashed, tail, langs))) {
    return { index: from + dashed.index, text: dashed[3] ? nameAndDate(dashed) : withoutFinalStop(dashed[2]!), ...namedOutlet(dashed, from, langs) };
  }
  const titled = hasDash ? TITLED.exec(tail) : null;
  if (titled && standsApart(titled, tail) && (titled[3] || isBranded(titled[2]!, langs))) {
    return { index: from + titled.index, text: titled[3] ? nameAndDate(titled) : withoutFinalStop(titled[2]!), ...namedOutlet(titled, from, langs) };
  }
  const undashed = UNDASHED.exec(tail);
  if (undashed) return { index: from + tail.lastIndexOf(undashed[1]!), text: `${undashed[1]} ${undashed[2]}` };
  const capsAgency = CAPS_AFTER_SENTENCE.exec(tail);
  if (capsAgency && isListedSignOff(capsAgency[1]!, langs)) return { index: from + tail.length - capsAgency[1]!.length, text: capsAgency[1]! };
  const initials = INITIALS_AT_END.exec(tail);
  if (initials && !quotedTermBefore(tail, initials.index)) return { index: from + tail.lastIndexOf(initials[1] ? '(' : '['), text: (initials[1] ?? initials[2])! };
  const dashedInitials = hasDash ? DASHED_INITIALS_AT_END.exec(tail) : null;
  if (dashedInitials) return { index: from + tail.length - dashedInitials[0].length + dashedInitials[0].search(/[-–—]/), text: dashedInitials[1]! };
  const slashInitials = SLASH_INITIALS_AT_END.exec(tail);
  if (slashInitials) return { index: from + tail.lastIndexOf('/'), text: slashInitials[1]! };
  const slashed = SLASHED_NAMES.exec(tail);
  if (slashed) return { index: from + tail.lastIndexOf('('), text: slashed[1]!.trim() };
  const parenNameAtEnd = tail.endsWith(')') ? PAREN_NAME_AT_END.exec(tail) : null;
  if (parenNameAtEnd && !quotedTermBefore(tail, parenNameAtEnd.index)) return { index: from + tail.lastIndexOf('('), text: parenNameAtEnd[1]! };
  const byline = DASHED_BYLINE.exec(tail);
  if (byline) return { index: from + byline.index + byline[0].search(/[-–—]/), text: byline[1]! };
  const dated = tail.includes('(') ? PAREN_DATED.exec(tail) : null;
  if (dated && (DOMAIN_AT_END.test(dated[1]!) || isBranded(dated[1]!, langs) || isListedOutlet(dated[1]!, langs))) {
    return { index: from + tail.lastIndexOf('('), text: `${dated[1]} ${dated[2]}` };
  }
  const agency = PAREN_AGENCY.exec(tail);
  if (agency && isAgency(agency[1]!, langs) && !quotedTermBefore(tail, agency.index)) return { index: from + tail.lastIndexOf('('), text: agency[1]! };
  return null;
}

/**
 * The outlet a dashed sign-off names (`- K! ONLINE`, `– Harian Contoh 7/9/2017`), one name only: agencies joined by a
 * slash or a hyphen (`- AGENSI/Wire`) are several. `from`: where the searched tail starts in the block.
 */
function namedOutlet(m: RegExpExecArray, from: number, langs: readonly LanguageData[]): { outlet: { index: number; name: string } } | Record<string, never> {
  const name = withoutFinalStop(m[2]!);
  const at = m[0].indexOf(name, m[1]?.length ?? 0);
  return at < 0 || /[/,]/.test(name) || !namesOutlet(name, langs) ? {} : { outlet: { index: from + m.index + at, name } };
}

/** The words the language data credits unnamed sources with (`AGENSI`), lower-cased once per language list. */
const unnamedKeys = memoByObject((langs: readonly LanguageData[]): ReadonlySet<string> => new Set(langs.flatMap((l) => l.boilerplate.unnamedSources.map(phraseKey))));

/** A word of a person's name as a sign-off writes it, in any case (`ZAKI`, `Wulandari`, `R.`): letters only. */
const PLAIN_NAME_WORD = /^[\p{L}][\p{L}.'’]*$/u;

/**
 * A sign-off's name is an outlet when the data lists it, it is branded (`K! ONLINE`, `Contoh Daily`, `contoh.com`) or
 * it is one word (`- CONTOHKINI`); never a word crediting unnamed sources (`- AGENSI`, also joined: `-ABC-Agensi`),
 * nor two or more plain name words, a reporter's name (`- NUR AINI CONTOHWATI`).
 */
function namesOutlet(name: string, langs: readonly LanguageData[]): boolean {
  const unnamed = unnamedKeys(langs);
  if (name.split(JOINER).some((part) => unnamed.has(phraseKey(part)))) return false;
  if (isListedOutlet(name, langs) || isBranded(name, langs) || /[!&]/.test(name) || DOMAIN_AT_END.test(name)) return true;
  const words = name.split(/\s+/);
  return words.length === 1 || !words.every((w) => PLAIN_NAME_WORD.test(w));
}

/**
 * `… forum "Kelompok Dua Puluh" (KDP)`: a closing quote right after a word closes a quoted name, not a sentence, so
 * the parenthesis after it is the name's acronym, inside the sentence; a sentence's quote closes after its mark (`…," (ab)`).
 */
function quotedTermBefore(tail: string, at: number): boolean {
  return /["”’]/.test(tail.charAt(at)) && /[\p{L}\p{N}]/u.test(tail.charAt(at - 1));
}

/**
 * `… di dewan semalam - K! ONLINE`: the last sentence lost its full stop, but a spaced dash and a name
 * holding a word outlets name themselves with (`ONLINE`, `NEWS`, `DAILY`) still make a sign-off.
 */
function isBrandedAfterWord(m: RegExpExecArray, tail: string, langs: readonly LanguageData[]): boolean {
  if (tail.charAt(m.index - 1) !== ' ' || !/^[-–—]{1,2} /.test(m[0])) return false;
  return isBranded(m[2]!, langs);
}

/**
 * `…," katanya - BERNAMA`: after a last sentence that lost its full stop, a spaced dash and a news agency the
 * language data lists as a sign-off (a club or party in capitals after a score, `2-1 - PSM`, is none).
 */
function isAgencyAfterWord(m: RegExpExecArray, tail: string, langs: readonly LanguageData[]): boolean {
  if (tail.charAt(m.index - 1) !== ' ' || !/^[-–—]{1,2} /.test(m[0])) return false;
  const names = m[2]!.toLowerCase().split(JOINER);
  const keys = signOffKeys(langs);
  return names.every((n) => keys.has(n));
}

/** A name holding a word outlets name themselves with (`K! ONLINE`, `Contoh Daily`, `Harian Contoh`). */
function isBranded(name: string, langs: readonly LanguageData[]): boolean {
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  return langs.some((l) => l.outlets.brandWords.some((b) => words.includes(b)));
}

/**
 * A dashed sign-off is trusted with the date it ran (`Contoh - OUTLETDAILY 11/11/2018`), on a
 * line of its own, or after a finished sentence (`…kata dia.- BERNAMA`); not after a word
 * (`skor 2-1 - PSM`).
 */
function standsApart(m: RegExpExecArray, tail: string): boolean {
  if (m[3]) return true;
  const before = tail.slice(0, m.index);
  const prev = before.trimEnd();
  return prev === '' || before.slice(prev.length).includes('\n') || SENTENCE_CLOSE.test(prev);
}
