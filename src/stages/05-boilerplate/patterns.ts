import type { LanguageData } from '../../lang/types.js';
import type { BoilerplateKind } from '../../types.js';
import { alternation, firstCharAlternation, literalGroup, phraseKey, phraseReach, viewCounterSource } from '../../util/patterns.js';
import { postfixCreditPattern } from './photo-credit.js';

/** Lower-case letters and digits of a name: `BBC News` → `bbcnews`. */
export function letterKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Junk phrases compiled once per language set: lookups by key and anchored alternations. */
export interface JunkPatterns {
  /** Whole-block phrases, by key. */
  lines: Map<string, BoilerplateKind>;
  /** The longest whole-block phrase, with room for spacing: longer blocks skip the lookup. */
  longestLine: number;
  /** `^(?:prefix|…)`, case-insensitive. */
  prefix: RegExp;
  prefixKinds: Map<string, BoilerplateKind>;
  /** Inline markers anywhere in a block. */
  inline: RegExp;
  inlineKinds: Map<string, BoilerplateKind>;
  /** A character every inline marker holds (the colon), or null: a block without it holds no marker, and is not searched. */
  inlineMark: string | null;
  /** Link prompts (`Baca selengkapnya di sini`) inside a block, see `linkPromptPattern`; null when the languages list none. */
  linkPrompt: RegExp | null;
  /** The ending every link prompt shares (`sini`): a block without it holds none, and is not searched. */
  linkPromptMark: string;
  /** A junk prefix glued to earlier junk with a comma (`Reporter: X,Sumber: Y`). */
  gluedPrefix: RegExp;
  /** Author, caption and source labels that end in their only colon (`Penulis:`, `Sumber:`), as written: see `trailing.ts`. */
  trailingLabel: RegExp;
  /** The longest text `trailingLabel` matches: a label ends at a colon, so it starts at most this far before one. */
  trailingLabelReach: number;
  /** A caption line ending in a photo credit (`… seusai final. Foto: PBSI`): read it with `endsInPhotoCredit`. */
  photoCredit: RegExp;
  /** The longest text `photoCredit` matches: it ends at the end of the line, so it starts at most this far before it. */
  photoCreditReach: number;
  /** A line that opens a contact block running to the end of the article (`KONTAK:`). */
  contactOpener: RegExp;
  /** A disclaimer label and its colon, opening a block or after a sentence or a colon inside one (`… 2019: Disclaimer: …`). */
  disclaimer: RegExp;
  /** The first word of each label `disclaimer` reads, as written: a block holding none needs no search (which tries every position). */
  disclaimerWords: readonly string[];
  /** Words that stay lowercase inside a Title Case headline (`di`, `ke`, `of`). */
  headlineFunctionWords: ReadonlySet<string>;
  /** Words that open a person's title (`Direktur`, `Ekonom`), from the speech data's roles: a resumed lead may open with one. */
  roleOpeners: ReadonlySet<string>;
  /** Verbs that put a speaker's words after the speaker (`mengatakan`), lower-case, from the speech data. */
  introVerbs: ReadonlySet<string>;
  /**
   * The speech verbs written after what was said (`kata`, `katanya`, `tegas`, `said`), lower-case, from the speech data, less the
   * words of prompt verbs (`tulis`, `kongsi` also ask the reader): see `reported.ts`. The speaker-first forms (`menulis`,
   * `menegaskan`) are not among them: right after a comma they go on a list of actions (`mengutip, menulis ulang, atau …`).
   */
  speechVerbs: ReadonlySet<string>;
  /** `^(?Ikuti|Simak|Follow|…)` after an optional bracket: a reader prompt's first word, and its kind by key. */
  promptOpener: RegExp;
  promptKinds: Map<string, BoilerplateKind>;
  mediumWords: ReadonlySet<string>;
  /** The medium words that only point (`sini`, `here`) and the words after them that open a clause about them (`bukan`, `is`). */
  linkHereWords: ReadonlySet<string>;
  linkClauseWords: ReadonlySet<string>;
  shareWords: ReadonlySet<string>;
  /** `Oleh Rina Kartika`, `By Rina Kartika`: a byline word and a name of one to four capitalised words. */
  byline: RegExp;
  /** `Image via Contoh Wire`, `Pic credit: Facebook`: a credit opener and one to four capitalised words, the whole line; null with no opener. */
  creditLine: RegExp | null;
  /** `Kontributor Bogor, Rina Kartika`: a byline word, a place, a comma and a name. */
  placedByline: RegExp;
  /** `Halaman: 1 2 3`, `Page 2 of 5`, `1 2 3 Selanjutnya`: page numbers with a page word. */
  pagination: RegExp;
  /** `Artikel ini telah tayang di …`, `This article first appeared …`: a syndication notice. */
  syndication: RegExp;
  /**
   * The same notice run into a block after its last sentence, a bracket or a colon, to the block's end: the site's address right
   * after the verb's preposition, then the headline or nothing (`… naik lagi. (Dewi) Artikel ini sudah tayang di Contoh.co.id dengan judul …`).
   */
  gluedSyndication: RegExp;
  /** The article naming itself with a demonstrative (`artikel ini`, `this story`), anywhere, any case: see `isSharePlea`. */
  selfReference: RegExp;
  /** `selfReference` at the block's start only: a search of every position costs a hundred times more. */
  selfReferenceAtStart: RegExp;
  /** What an opinion page's note says (`are those of the writer`, `pandangan peribadi penulis`), anywhere, any case: see `isOpinionNote`. */
  opinionNote: RegExp;
  /** A share verb (`bagikan`, `share`) opening the sentence or a clause, or after a plea word (`silakan`, `please`), any case. */
  shareVerb: RegExp;
  /** A share verb anywhere (any case): `shareVerb` matches only text holding one, and this plain search is cheap. */
  shareVerbWords: RegExp;
  /** `(Dikutip dari laman resmi Pemkab Contoh)`, `(Source: Contoh Times)`: a source note in brackets at a block's end. */
  sourceNote: RegExp;
  /** A copyright notice's words, any case. */
  copyright: RegExp;
  /** The rights a copyright notice keeps (`dilindungi`, `reserved`), as whole words, any case. */
  rights: RegExp;
  /**
   * The first language's capitalised abbreviations with their stop (`Tbk.`, `Dr.`, `St.`): a comma after one at a paragraph's
   * end is the sentence's own (see `end-mark.ts`). Only the first language's: another's lists hold names (`Ida.`).
   */
  abbreviationStops: ReadonlySet<string>;
  /** The words that name a notice's owner before its name (`milik`, `by`), lower-case. */
  noticeOwnerWords: ReadonlySet<string>;
  /** A word of playing media (`video`, `putar`), anywhere in lower-case input. */
  playback: RegExp;
  /** Where people stand in a photo, in brackets: `(kanan)`, `(dua dari kiri)`, `(left)`. */
  photoPosition: RegExp;
  /** A reader widget: the reading time (`Waktu baca 2 menit`, `3 min read`) or the text-size buttons (`A+ A-`). */
  readerWidget: RegExp;
  /** A phrase addressing the reader's device (`perangkat Anda`, `your device`), lower-case input. */
  deviceNotice: RegExp;
  /** One of `deviceNotice`'s phrases anywhere: `deviceNotice` matches only text holding one, and this plain search is cheap. */
  deviceWords: RegExp;
  /** Outlet names of every language as letter keys (`bbcnews`), and the words outlets name themselves with. */
  outletKeys: ReadonlySet<string>;
  brandWords: ReadonlySet<string>;
  /** `… semalam. —Bernama`: an agency's mark after the last sentence of a block (any case). */
  agencyAtEnd: RegExp;
  /** `… on Tuesday. — Contoh Post pic`: a source and a one-word photo credit in lower case after a dash (see `photo-credit.ts`). */
  postfixCredit: RegExp;
}

/** The kinds of line openers that may also close a paragraph as a label glued to it (`…41.250Sumber: Dinas Pasar Contoh`). */
const TRAILING_KINDS: ReadonlySet<BoilerplateKind> = new Set(['editor', 'caption', 'other']);

/**
 * Junk phrases of every language, the article's own first (a site's junk does not follow the
 * article's language), compiled once per language list: keyed by the very list they are built from.
 */
const patternsFor = new WeakMap<readonly LanguageData[], JunkPatterns>();

function firstKinds(langs: readonly LanguageData[], pick: (l: LanguageData) => { phrase: string; kind: BoilerplateKind }[]): Map<string, BoilerplateKind> {
  const kinds = new Map<string, BoilerplateKind>();
  for (const lang of langs) for (const { phrase, kind } of pick(lang)) if (!kinds.has(phraseKey(phrase))) kinds.set(phraseKey(phrase), kind);
  return kinds;
}

/**
 * What `photoCredit` matches besides the credit word, at most: two characters before it, three after it, a
 * source of 60 characters that are each one code point or a full stop and a space (two code units), and
 * a closing bracket.
 */
const CREDIT_AROUND = 2 + 3 + 60 * 2 + 1;
/** Characters `photoCredit` never ends on: its source's characters exclude them, and a full stop there needs a word or `)` after it. */
const CREDIT_NEVER_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ':']);

/**
 * Whether the line `s` ends in a photo credit. The credit pattern ends at the line's end, so it is searched in
 * the line's last characters only (its lookbehinds still see the text before them): a long alternation run from
 * every character of a paragraph is what made the boilerplate stage's cost bimodal (issue 12).
 */
export function endsInPhotoCredit(s: string, p: JunkPatterns): boolean {
  // The credit's source runs to the line's end, and no `.`, `!`, `?` or `:` ends it: most paragraphs end in one.
  if (CREDIT_NEVER_ENDS.has(s.charAt(s.length - 1))) return false;
  p.photoCredit.lastIndex = Math.max(0, s.length - p.photoCreditReach);
  return p.photoCredit.test(s);
}

/** A label that ends in a colon and holds no other (`Sumber berita:`). */
function isColonLabel(phrase: string): boolean {
  const t = phrase.trim();
  return t.indexOf(':') === t.length - 1;
}

/** `creditLine`: an opener, then a source of one to four capitalised words (`Contoh Wire`, `Reuters/Rina Putri`) and nothing else. */
function creditLinePattern(openers: readonly string[]): RegExp | null {
  if (openers.length === 0) return null;
  return new RegExp(`^(?:${alternation(openers)}) ?\\p{Lu}[\\p{L}\\p{N}.'’&/-]{0,25}(?: \\p{Lu}[\\p{L}\\p{N}.'’&/-]{0,25}){0,3}$`, 'u');
}

/**
 * `linkPrompt`: a prompt as listed or opening in lower case, at a block's start, after a sentence end (spaces or none:
 * `… naik.Selengkapnya baca di sini`) or after a comma, with its own full stop; what follows is the block's end, a space,
 * or the next item glued to it (`… di siniContoh Group …`), never more letters of a word (`di sinilah`).
 */
function linkPromptPattern(prompts: readonly string[]): RegExp | null {
  if (prompts.length === 0) return null;
  const forms = prompts.flatMap((x) => [x, x.charAt(0).toLowerCase() + x.slice(1)]);
  return new RegExp(`(?:^|(?<=[.!?"”’)] {0,3})|(?<=, ))(?:${alternation(forms)})\\.?(?=$|\\s|\\p{Lu}|\\p{N})`, 'gu');
}

/** The longest ending (lower case) that every phrase of `phrases` shares, or '' for none. */
function sharedEnding(phrases: readonly string[]): string {
  if (phrases.length === 0) return '';
  let ending = phrases[0]!.toLowerCase();
  for (const x of phrases) {
    const l = x.toLowerCase();
    while (ending.length > 0 && !l.endsWith(ending)) ending = ending.slice(1);
  }
  return ending;
}

function buildPatterns(langs: readonly LanguageData[]): JunkPatterns {
  const all = <T>(pick: (l: LanguageData) => T[]) => langs.flatMap(pick);
  const prefixPhrases = all((l) => l.boilerplate.prefixes.map((p) => p.phrase));
  const prefixes = alternation(prefixPhrases);
  const creditWords = all((l) => l.boilerplate.photoCredits);
  const credits = alternation(creditWords);
  // Capitalised labels whose one colon ends them: `trailingLabelAt` looks for one only in the stretch before each colon.
  const selfReferences = alternation(all((l) => l.boilerplate.selfReferences));
  // Searched at every position of a block: grouped by first character, the engine tries one group's phrases there, not all.
  const shareVerbs = firstCharAlternation(all((l) => l.boilerplate.promptVerbs.filter((v) => v.kind === 'share').map((v) => v.phrase)), 'iu');
  const deviceWords = firstCharAlternation(all((l) => l.boilerplate.deviceWords), 'u');
  const trailingLabels = all((l) => l.boilerplate.prefixes.filter((x) => TRAILING_KINDS.has(x.kind) && isColonLabel(x.phrase) && /^\p{Lu}/u.test(x.phrase)).map((x) => x.phrase));
  return {
    lines: firstKinds(langs, (l) => l.boilerplate.lines),
    longestLine: 2 * Math.max(0, ...all((l) => l.boilerplate.lines.map((x) => x.phrase.length))),
    // Grouped by first character: it runs on every block, and the engine then tries one group's phrases, not all.
    prefix: new RegExp(`^(?:${firstCharAlternation(prefixPhrases, 'i')})`, 'i'),
    prefixKinds: firstKinds(langs, (l) => l.boilerplate.prefixes),
    // `g` to find every inline marker in a block; as listed or in capitals (`BACA JUGA:`), never in lower case (`… yang ia baca: …`).
    inline: new RegExp(`(?:${alternation(all((l) => l.boilerplate.inline.flatMap((p) => [p.phrase, p.phrase.toUpperCase()])))})`, 'g'),
    inlineKinds: firstKinds(langs, (l) => l.boilerplate.inline),
    inlineMark: all((l) => l.boilerplate.inline).every((p) => p.phrase.includes(':')) ? ':' : null,
    linkPrompt: linkPromptPattern(all((l) => l.boilerplate.linkPrompts)),
    linkPromptMark: sharedEnding(all((l) => l.boilerplate.linkPrompts)),
    trailingLabel: new RegExp(`(?:${alternation(trailingLabels)})`, 'u'),
    trailingLabelReach: Math.max(0, ...trailingLabels.map(phraseReach)),
    gluedPrefix: new RegExp(`, ?(?=(?:${prefixes}))`, 'g'),
    // `… seusai final. Foto: PBSI`, `(Courtesy of Contoh Academy)`: a credit word, a colon or slash (`of` needs none), a source.
    // Square brackets serve as parentheses (`[Photo courtesy of Contoh Regency]`).
    // `(Shutterstock)`, `Dok. Pribadi`: the credit word alone in parentheses (after a sentence or a caption's last word), or with a full stop.
    // `… final. - Foto Nama Jurugambar`: after a sentence end or a dash, the word and a capitalised name need no colon.
    // A scraper may drop the space after the sentence (`… Senin (2/12).Foto: Rina/Contoh`).
    // A source may be a domain (`Foto: Contoh.com`), or open with a short abbreviation and its full stop (`Foto: Dok. Humas Contoh`, `Ist. Contoh`).
    photoCredit: new RegExp(
      `(?:(?:^|[.!?"”)] ?|[([]|\\| )(?:${credits})(?: ?[:/.] ?|(?<= (?:of|oleh|by)) )(?:[^.!?:]|\\.(?=\\w|[)\\]]$)|(?<=[ :]\\p{L}{2,4})\\. (?=\\p{Lu})){1,60}[)\\]]?|(?:^|[.!?"”]? )[([](?:${credits})[)\\]]|(?:[.!?"”)] ?|\\s[-–—] ?)(?:${credits}) (?=\\p{Lu})(?:[^.!?:]|\\.(?=\\w)){1,60})$`,
      'giu',
    ),
    photoCreditReach: Math.max(0, ...creditWords.map(phraseReach)) + CREDIT_AROUND,
    contactOpener: new RegExp(`^(?:${alternation(all((l) => l.boilerplate.contactOpeners))})`),
    disclaimer: new RegExp(`(?:^|(?<=[.:!?"”] ))(?:${alternation(all((l) => l.boilerplate.disclaimerLabels))}) ?:`, 'u'),
    // `phrasePattern` lets the spaces between words vary and a space stand before a colon: the first word, less a colon, is literal.
    disclaimerWords: [...new Set(all((l) => l.boilerplate.disclaimerLabels).map((label) => label.trim().split(/\s+/)[0]!.replace(/:$/, '')))],
    headlineFunctionWords: new Set(all((l) => l.boilerplate.headlineFunctionWords)),
    roleOpeners: new Set(all((l) => l.speech.roles.map((r) => r.split(' ')[0]!))),
    introVerbs: new Set(all((l) => Object.keys(l.speech.introVerbs).map((v) => v.toLowerCase()))),
    speechVerbs: speechVerbs(langs),
    promptOpener: new RegExp(`^[(\\[]?(${firstCharAlternation(all((l) => l.boilerplate.promptVerbs.map((p) => p.phrase)), 'u')})(?![\\p{L}])`, 'u'),
    promptKinds: firstKinds(langs, (l) => l.boilerplate.promptVerbs),
    mediumWords: new Set(all((l) => l.boilerplate.mediumWords)),
    linkHereWords: new Set(all((l) => l.boilerplate.linkHere.words)),
    linkClauseWords: new Set(all((l) => l.boilerplate.linkHere.clauseWords)),
    shareWords: new Set(all((l) => l.boilerplate.shareWords)),
    // As written: `Image via satellite …` opens a sentence, not a credit.
    creditLine: creditLinePattern(all((l) => l.boilerplate.creditOpeners)),
    // The byline word as written or in capitals (`BY RINA PUTRI`, `OLEH RINA PUTRI`), a colon or a dash after it (`Editor - Rina Putri`).
    byline: new RegExp(`^(?:${firstCharAlternation(all((l) => l.boilerplate.bylineWords.flatMap((w) => [w, w.toUpperCase()])), 'u')})(?: ?[:\\-–—])? \\p{Lu}[\\p{L}.'’-]{0,30}(?: \\p{Lu}[\\p{L}.'’-]{0,30}){0,3}$`, 'u'),
    placedByline: new RegExp(
      `^(?:${alternation(all((l) => l.boilerplate.bylineWords))}) \\p{Lu}[\\p{L}.'’-]{1,30}(?: \\p{Lu}[\\p{L}.'’-]{1,30}){0,2}, ?\\p{Lu}[\\p{L}.'’-]{0,30}(?: \\p{Lu}[\\p{L}.'’-]{0,30}){0,3}$`,
      'u',
    ),
    pagination: new RegExp(
      `^(?:(?:${alternation(all((l) => l.boilerplate.pageWords))}) ?:? ?[0-9]{1,3}(?:(?: ?(?:[-|/]|dari|of) ?| )[0-9]{1,3}){0,11}|(?:[0-9]{1,3} ){1,12}(?:${alternation(all((l) => l.boilerplate.pageWords))}))$`,
      'iu',
    ),
    syndication: new RegExp(
      `^(?:${alternation(all((l) => l.boilerplate.syndicationOpeners))})(?![\\p{L}])[^.\\n]{0,40}?(?<![\\p{L}])(?:${alternation(all((l) => l.boilerplate.publishVerbs))})(?![\\p{L}])`,
      'iu',
    ),
    gluedSyndication: gluedSyndicationPattern(langs),
    opinionNote: new RegExp(`(?<![\\p{L}])(?:${alternation(all((l) => l.boilerplate.opinionNotes))})(?![\\p{L}])`, 'iu'),
    selfReference: new RegExp(`(?<![\\p{L}])(?:${selfReferences})(?![\\p{L}])`, 'iu'),
    selfReferenceAtStart: new RegExp(`^(?:${selfReferences})(?![\\p{L}])`, 'iu'),
    // Mid-sentence a share verb is reported (`declined to share this report`), not asked of the reader.
    shareVerb: new RegExp(
      `(?:^|, ?|(?<![\\p{L}])(?:${alternation(all((l) => l.boilerplate.pleaWords))}) )(?:${shareVerbs})(?![\\p{L}])`,
      'iu',
    ),
    shareVerbWords: new RegExp(shareVerbs, 'iu'),
    sourceNote: new RegExp(`\\((?:${alternation(all((l) => l.boilerplate.sourceNoteOpeners))})(?![\\p{L}]) ?:? ?[^()\\n"“”]{2,80}\\)$`, 'iu'),
    readerWidget: readerWidget(langs),
    copyright: new RegExp(literalGroup(all((l) => l.boilerplate.copyrightWords)), 'i'),
    abbreviationStops: abbreviationStops(langs[0]),
    noticeOwnerWords: new Set(all((l) => l.boilerplate.noticeOwnerWords)),
    rights: new RegExp(`(?<![\\p{L}])${literalGroup(all((l) => l.boilerplate.rightsWords))}(?![\\p{L}])`, 'iu'),
    playback: new RegExp(literalGroup(all((l) => l.boilerplate.playbackWords))),
    photoPosition: new RegExp(
      `\\((?:${literalGroup(all((l) => l.boilerplate.photoOrdinals))} ${literalGroup(all((l) => l.boilerplate.photoSides))}|${literalGroup(all((l) => l.boilerplate.photoPositions))})\\)`,
      'iu',
    ),
    deviceNotice: new RegExp(`(?<![\\p{L}])(?:${deviceWords})(?![\\p{L}])`, 'u'),
    deviceWords: new RegExp(deviceWords, 'u'),
    outletKeys: new Set(all((l) => Object.keys(l.outlets.names)).map(letterKey)),
    brandWords: new Set(langs.flatMap((l) => l.outlets.brandWords)),
    agencyAtEnd: new RegExp(`[.!?"”’)] ?[—–-]{1,2} ?(?:${alternation(all((l) => l.boilerplate.signOffs))})$`, 'iu'),
    postfixCredit: postfixCreditPattern(creditWords),
  };
}

/** See `JunkPatterns.abbreviationStops`. */
function abbreviationStops(lang: LanguageData | undefined): ReadonlySet<string> {
  const words = lang ? [...lang.abbreviations.ABBREVIATIONS, ...lang.abbreviations.PREPOSITIVE_ABBREVIATIONS] : [];
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w)));
}

/** See `JunkPatterns.speechVerbs`. */
function speechVerbs(langs: readonly LanguageData[]): ReadonlySet<string> {
  const promptWords = new Set(langs.flatMap((l) => l.boilerplate.promptVerbs.flatMap((v) => v.phrase.toLowerCase().split(' '))));
  const forms = langs.flatMap((l) => [l.speech.postVerbs, l.speech.pronounVerbs].flatMap((verbs) => Object.keys(verbs)));
  return new Set(forms.map((v) => v.toLowerCase()).filter((v) => !promptWords.has(v)));
}

function readerWidget(langs: readonly LanguageData[]): RegExp {
  const group = (pick: (l: LanguageData) => string[]) => literalGroup(langs.flatMap(pick));
  const minutes = group((l) => l.boilerplate.minuteWords);
  return new RegExp(
    // `Dibaca: 417 Pengunjung`: a view counter, also when the publication line it stood on was taken away.
    `^(?:${group((l) => l.boilerplate.readingTimeLabels)} ?:? ?[0-9]{1,2} ?${minutes}|[0-9]{1,2} ?${minutes} ${group((l) => l.boilerplate.readWords)}|A ?[+-] ?A ?[+-]?|A A A|${viewCounterSource(alternation(langs.flatMap((l) => l.dates.viewCounterWords)))})$`,
    'iu',
  );
}

/** The junk patterns of `langs` (pass `languagesFirst(data)`, which is one array per first language). */
export function patternsOf(langs: readonly LanguageData[]): JunkPatterns {
  let patterns = patternsFor.get(langs);
  if (!patterns) {
    patterns = buildPatterns(langs);
    patternsFor.set(langs, patterns);
  }
  return patterns;
}

/** A site's address (`Contohwarta.co.id`): labels joined by dots, each dot followed by a letter or digit, so linear. */
const SITE_ADDRESS = '[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)+';

/** See `JunkPatterns.gluedSyndication`; a pattern that never matches when no language reads the notice glued. */
function gluedSyndicationPattern(langs: readonly LanguageData[]): RegExp {
  const openers = langs.flatMap((l) => l.boilerplate.gluedSyndication.openers);
  if (openers.length === 0) return /(?!)/u;
  const of = (pick: (l: LanguageData) => string[]) => alternation(langs.flatMap(pick));
  const gap = '[ \\u00a0]{1,3}';
  return new RegExp(
    `(?<=[.!?:)"”’][ \\u00a0]{1,4})(?:${alternation(openers)})(?![\\p{L}])[^.\\n]{0,40}?(?<![\\p{L}])(?:${of((l) => l.boilerplate.publishVerbs)})` +
      `${gap}(?:${of((l) => l.boilerplate.gluedSyndication.sitePrepositions)})${gap}${SITE_ADDRESS}` +
      `(?:[ ,]{1,3}(?:\\p{L}{1,12}${gap})?(?:${of((l) => l.boilerplate.gluedSyndication.headlineWords)})(?![\\p{L}])[^\\n]*|[ .]*)$`,
    'iu',
  );
}
