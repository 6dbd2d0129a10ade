/**
 * Page furniture recognised by its shape, for junk lines warta has not seen word for word:
 * - a reader prompt: an imperative that sends the reader elsewhere, naming a medium
 *   (`Ikuti berita terkini di kanal kami`, `(Ikuti ulasan lanjut dalam edisi cetak)`, `Follow us on …`);
 * - a share bar: a short line of nothing but share words (`Facebook Twitter WhatsApp Salin Link`);
 * - a syndication notice (`Artikel ini telah tayang di …`, `This article first appeared in …`);
 * - a photo credit in parentheses (`(Foto: Dok. Warga)`, `(Courtesy of Contoh Academy)`);
 * - an author line: a name, an outlet and a place (`Rina Putri, Contoh News, Jakarta`), or a
 *   byline (`Oleh Rina Putri`, `By Rina Putri`);
 * - a junk label with a colon and its headline (`Artikel Terkait : Judul Lain`).
 * Each shape is bounded in length, so prose that happens to open with such a word stays.
 */
import { MAX_CAPTION_LENGTH, MAX_PROMPT_WORDS, MAX_RELATED_HEADLINE_LENGTH, MIN_PROSE_WORDS } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import { domainEndings } from '../../lang/domains.js';
import { literalGroup, phraseKey } from '../../util/patterns.js';
import { wholeBlockKind } from './classify.js';
import { SENTENCE_END } from './lists.js';
import { isDatedByline, isJoinedByline, isMenuBar } from './menu-bar.js';
import { endsInPhotoCredit, letterKey, type JunkPatterns } from './patterns.js';
import { isOpinionNote } from './closing.js';
import { isReported, namesMediumAmong } from './reported.js';
// The end marks moved to their own module; callers that read them here still find them.
export { endMarkAt } from './end-mark.js';

const WORD_G = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}/gu;
const FIRST_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}/u;

/**
 * A caption ending in an agency's photo credit: `… di Jakarta. (ANTARA FOTO/Budi Santoso)`,
 * `… (KOMPAS.com/Rina Putri)`, `REUTERS/Nama Fotografer`, with the desk's initials after it (`…/Budi Santoso/abc.)`). The photographer has two or more names,
 * or the agency says FOTO/PHOTO or is a domain, so reporters' initials (`(ANT/Isk)`) are not read so.
 */
const AGENCY_PHOTO = new RegExp(
  String.raw`(?:^|[.!?"”] |\()(?:\p{Lu}[\p{Lu}\p{N}.]{1,20} (?:FOTO|PHOTO|Foto|Photo)\/ ?[^/.!?()\n]{1,50}(?:\/[\p{L}]{1,10}){0,3}\.?|(?:\p{Lu}[\p{Lu}\p{N}.]{1,20}|[\p{L}\p{N}]{2,20}\.${literalGroup(domainEndings)})\/ ?\p{Lu}[\p{L}'’-]{1,20}(?: [\p{L}'’-]{1,20}){1,3})\)?$`,
  'u',
);

/** A reader prompt runs to a few sentences at most. */
const MAX_PROMPT_SENTENCES = 4;

/** Where a fallback notice must name the reader's device: near the start of its line. */
const DEVICE_NOTICE_REACH = 60;

/**
 * A player's or page's fallback notice (`Media playback is unsupported on your device`, `Browser Anda
 * tidak mendukung video ini`), often glued to the caption of what was embedded: video-promo when it
 * speaks of media, else other.
 */
function deviceNotice(s: string, p: JunkPatterns): BoilerplateKind | null {
  const head = s.slice(0, DEVICE_NOTICE_REACH).toLowerCase();
  if (!p.deviceWords.test(head) || !p.deviceNotice.test(head)) return null;
  return p.playback.test(head) ? 'video-promo' : 'other';
}

/** A whole block in brackets or in quote marks: `(…)`, `[…]`, `'…'`, `"…"`. */
const BRACKETED_BLOCK = /^[(\[].{2,}[)\]]$/su;
const QUOTED_BLOCK = /^['‘"“].{2,}['’"”]$/su;

/**
 * `BRACKETED_BLOCK` or `QUOTED_BLOCK`. Their end characters are tested first: a paragraph that opens a quotation
 * ends with a full stop, and the patterns would read it to its end to find that out.
 */
function isWrapped(s: string): boolean {
  const first = s.charAt(0);
  const last = s.charAt(s.length - 1);
  if ((first === '(' || first === '[') && (last === ')' || last === ']')) return BRACKETED_BLOCK.test(s);
  return "'‘\"“".includes(first) && "'’\"”".includes(last) && QUOTED_BLOCK.test(s);
}

/** A note mark, an arrow or a bullet before a line (`*) Penulis adalah …`, `>> Baca juga: …`, `• Editor: …`). */
const NOTE_MARK = /^(?:\*{1,3}\)?|[>»›•·▪►■-]{1,3}) ?/u;

/** Speech closes its quote after a sentence's stop or a comma (`…," kata dia`); a quoted name or term does not. */
const QUOTED_SPEECH = /[,.!?…]["”]/u;

/** An embedded tweet on one line: its text, then `— Name (@handle) December 11, 2014`. */
const TWEET_AT_END = /^[^\n]{10,400}[—–] ?[^\n—–]{1,80}\(@\w{1,30}\) (?:\p{L}{3,9} \d{1,2},|\d{1,2} \p{L}{3,9}) \d{4}$/u;

/** A one-sentence caption that says where its people stand (`(kanan)`, `(dua dari kiri)`); quoted speech is prose, not a caption. */
function isPositionCaption(s: string, p: JunkPatterns): boolean {
  return s.includes('(') && p.photoPosition.test(s) && !/["“”]/.test(s) && !/[.!?] \p{Lu}\p{Ll}/u.test(s);
}

/**
 * A caption with a kicker in capitals and an ellipsis (`SEDIA MEMBANTU... Rina Wulandari menyerahkan sumbangan.`),
 * the style of Malay papers: one to four words in capitals, the ellipsis, then one or two unquoted sentences.
 * Prose does not open a line with words in capitals and an ellipsis.
 */
const CAPS_KICKER = /^\p{Lu}{2,20}(?: \p{Lu}{2,20}){0,3} ?(?:\.{3}|…) ?\p{Lu}[^"“”\n]{10,250}[.!?)]$/u;
const MAX_KICKER_SENTENCES = 2;
function isKickerCaption(s: string): boolean {
  return CAPS_KICKER.test(s) && s.split(/[.!?] \p{Lu}/u).length <= MAX_KICKER_SENTENCES;
}

/**
 * `Reporter/Editor: Budi`, `Penulis | Editor: Rina`: editor labels joined by a slash or bar, then a colon.
 * `alone`: the block is a paragraph of its own (see `shapeKind`).
 */
function isLabelledCredit(s: string, p: JunkPatterns, alone: boolean): boolean {
  // `Kamis, 14 Maret 2019 | 09:40 WIB | Penulis: Rina`, `Berita / By Rina Putri / 18 Feb 2016`: a bar of
  // short facts holding an editor label or a byline.
  // (The bar or slash alone is looked for first: a search for ` | ` stops at every space.)
  const barred = (s.includes('|') || s.includes('/')) && (s.includes(' | ') || s.includes(' / '));
  const parts = barred ? s.split(/ [|/] /) : [s];
  if (parts.length > 1 && parts.every((x) => x.length <= 60) && parts.some((x) => wholeBlockKind(x, p) === 'editor' || p.byline.test(x))) return true;
  // `Piala Dunia Wartawan: Rina Putri`: a section tag run into an editor label and its name.
  const labelled = s.length <= MAX_LABELLED_LINE && s.includes(':') ? LABEL_AT_END.exec(s) : null;
  if (labelled && p.prefixKinds.get(phraseKey(`${labelled[1]}:`)) === 'editor') return true;
  // `Reporter Contoh News: Rina Putri`: an editor label and the outlet it works for, then the colon and the name. Only
  // as a paragraph of its own: a line of a list in the body (`Penulis Muda Terbaik: Rina`, one winner a line) has that shape too.
  const outletLabel = alone && s.length <= MAX_LABELLED_LINE && s.includes(':') ? LABEL_OUTLET_NAME.exec(s) : null;
  if (outletLabel && p.prefixKinds.get(phraseKey(`${outletLabel[1]}:`)) === 'editor') return true;
  const colon = s.indexOf(':');
  if (colon <= 0 || colon > 40) return false;
  const label = s.slice(0, colon);
  // One label alone is not a joined pair.
  if (!label.includes('/') && !label.includes('|') && !label.includes('&')) return false;
  const labels = label.split(/ ?[/|&] ?/);
  return labels.length > 1 && labels.every((l) => p.prefixKinds.get(phraseKey(`${l.trim()}:`)) === 'editor');
}

/** A label word, a colon and a name of one to four capitalised words ending the line. */
const LABEL_AT_END = /(?:^| )(\p{L}{3,20}) ?: ?\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}$/u;
const MAX_LABELLED_LINE = 80;
/** A label word, one to three words of an outlet's name (`Contoh News`, `Contoh.com`), a colon and a name ending the line. */
const LABEL_OUTLET_NAME = /^(\p{L}{3,20})(?: \p{Lu}[\p{L}\p{N}.!&-]{1,30}){1,3} ?: ?\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}$/u;

/** A label and a name of one to four capitalised words (`Laporan: Rina Putri`), read inside brackets. */
const BRACKETED_CREDIT = /^\p{L}{3,20} ?: ?\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}$/u;

/** A line of nothing but hashtags: `#cabai #harga`. */
const HASHTAGS = /^#[\p{L}\p{N}_]{1,40}(?:[ ,]{1,2}#[\p{L}\p{N}_]{1,40}){0,15}$/u;

/** A reporter's e-mail address alone on its line, maybe after a label (`rina@contohpost.com`, `Email: rina@…`), under a byline or at the end. */
const EMAIL_LINE = /^(?:\p{L}{2,8} ?: ?)?[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}$/u;

/** A line that is only a link: `https://…`, `www.…`, `pic.twitter.com/…`. */
const URL_LINE = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S{1,300}$/u;
/** The site's domain alone on a line (`Kabarcontoh.com`): a logo's text or a link, never the story's. */
const DOMAIN_LINE = new RegExp(`^[\\p{L}\\p{N}-]{2,30}\\.${literalGroup(domainEndings)}$`, 'iu');
/** A short label and a link, a line of a block of links (`Instagram: https://…`, `Situs web : www.…`). */
const LABELLED_URL_LINE = /^\p{L}[\p{L}.-]{0,20}(?: \p{L}[\p{L}.-]{0,20}){0,2} ?: ?(?:https?:\/\/|www\.)\S{1,300}$/u;
/** A short label and the site's account, a line of a block of accounts (`Instagram: @kabarcontoh`, `Twitter/X : @contoh_id`). */
const LABELLED_HANDLE_LINE = /^\p{L}[\p{L}.\/-]{0,20}(?: \p{L}[\p{L}.\/-]{0,20}){0,2} ?: ?@[\w.]{2,30}(?:[ ,|/]{1,3}@[\w.]{2,30}){0,3}$/u;

/** `0 Shares`, `12 Comments`, `1,2K Share`: a count and one share or comment word. */
const COUNT_LINE = /^[0-9]{1,3}(?:[.,][0-9]{1,3})?[KkMm]? ?(\p{L}{3,12})$/u;

/** The junk kind of a count line: its word is a share word or a listed comments label. */
function countKind(s: string, p: JunkPatterns): BoilerplateKind | null {
  const m = COUNT_LINE.exec(s);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  if (p.shareWords.has(word) || p.shareWords.has(word.replace(/s$/, ''))) return 'share';
  return isCommentsWord(word, p) ? 'comments' : null;
}

/** A word that alone on a line is a comments label (`Komentar`, `Komen`, `Comments`): it names the comments. */
function isCommentsWord(word: string, p: JunkPatterns): boolean {
  return p.lines.get(phraseKey(word)) === 'comments';
}

/**
 * `Rina Wulandari/ Peneliti Lembaga Contoh 12 Jul 2018 - 7:00 422`: a short line holding a year and a clock
 * time, no sentence end, no quote: the byline-and-date furniture above or below a story, never a headline.
 */
const YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/;
const CLOCK = /(?<![0-9.,:])[0-2]?[0-9][:.][0-5][0-9](?![0-9])/;
const MAX_DATED_LINE = 120;
const MAX_DATED_LINE_WORDS = 16;

function isDatedLine(s: string): boolean {
  if (s.length > MAX_DATED_LINE || SENTENCE_END.test(s) || /[.!?]["”’)]?$/.test(s) || /["“”]/.test(s)) return false;
  return YEAR.test(s) && CLOCK.test(s) && s.split(' ').length <= MAX_DATED_LINE_WORDS;
}

/** An arrow that points to a link (not a list bullet: `•` and `-` open the article's own lists too). */
const ARROW_LINK = /^(?:»|›|>>|►|▸) ?\p{L}/u;
const MIN_ARROW_LINK_WORDS = 4;

/** Kinds whose label may be followed by a colon and a linked headline. */
const LABEL_KINDS: ReadonlySet<BoilerplateKind> = new Set(['related-link', 'video-promo']);

/**
 * The junk kind of a whole block by its shape, or null. `prompts: false` leaves reader prompts out (for headlines);
 * `alone: true` says the block is a paragraph of its own line, with no text on the lines next to it.
 */
export function shapeKind(s: string, p: JunkPatterns, options: { prompts?: boolean; alone?: boolean } = {}): BoilerplateKind | null {
  if (s.length > MAX_CAPTION_LENGTH) return null;
  // `*) Penulis adalah …`: a note mark before listed junk.
  const note = NOTE_MARK.exec(s);
  if (note) {
    const rest = s.slice(note[0].length);
    const kind = wholeBlockKind(rest, p) ?? (p.syndication.test(rest) ? 'other' : null);
    if (kind) return kind;
  }
  // `(Laporan wartawan Contoh News, Budi)`, `[Baca juga: …]`, `'Lihat juga Video: …'`: listed junk in brackets or quote marks.
  if (isWrapped(s)) {
    const inner = s.slice(1, -1).trim();
    const kind = wholeBlockKind(inner, p);
    if (kind) return kind;
    // `(Laporan: Rina Putri)`, `(Editor: Budi)`: a label and a name, in brackets.
    if (s.charAt(0) === '(' && BRACKETED_CREDIT.test(inner)) return 'editor';
    if (s.charAt(0) === '(' && p.sourceNote.exec(s)?.index === 0) return 'other';
  }
  // Most blocks open with a word that is neither a share word nor a prompt verb: the words are split only for those that do.
  const first = FIRST_WORD.exec(s);
  if (first === null) return null;
  if (isShareBar(s, first[0], p)) return 'share';
  const prompt = options.prompts === false ? null : promptKind(s, p);
  if (prompt) return prompt;
  if (p.syndication.test(s)) return 'other';
  if (isSharePlea(s, p)) return 'share';
  // Both agency shapes hold a slash. A caption quotes no one: quoted speech before `(ANT/Rina Wulandari)` is the story's
  // last paragraph, and the mark its credit. A caption may still quote a name or a term (`tradisi "Kirab Tirtajaya"`).
  if ((/^\(.*\)$/su.test(s) && endsInPhotoCredit(s, p)) || (s.includes('/') && !QUOTED_SPEECH.test(s) && AGENCY_PHOTO.test(s))) return 'caption';
  if (p.creditLine?.test(s)) return 'caption';
  if (URL_LINE.test(s) || (s.includes(':') && (LABELLED_URL_LINE.test(s) || LABELLED_HANDLE_LINE.test(s))) || DOMAIN_LINE.test(s) || p.readerWidget.test(s)) return 'other';
  if (s.includes('@') && EMAIL_LINE.test(s)) return 'editor';
  if (HASHTAGS.test(s)) return 'navigation';
  if (p.pagination.test(s)) return 'navigation';
  if (p.byline.test(s) || p.placedByline.test(s) || isAuthorLine(s, p) || isLabelledCredit(s, p, options.alone === true) || isDatedByline(s, p) || isJoinedByline(s, p)) return 'editor';
  if (isMenuBar(s)) return 'navigation';
  const count = countKind(s, p);
  if (count) return count;
  if (isDatedLine(s)) return 'other';
  if (s.includes('(@') && TWEET_AT_END.test(s)) return 'other';
  const notice = deviceNotice(s, p);
  if (notice) return notice;
  if (isPositionCaption(s, p) || isKickerCaption(s)) return 'caption';
  // An opinion page's note that names the column itself first (`Tulisan ini …`) goes wherever it stands; one that
  // does not is read only as the article's last block (`markOpinionNote`).
  if (p.selfReferenceAtStart.test(s) && isOpinionNote(s, p)) return 'other';
  // `» Harga jagung di pasar induk turun`: an arrow before a short line with no sentence end is a link, even alone.
  if (ARROW_LINK.test(s) && s.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(s) && s.split(' ').length >= MIN_ARROW_LINK_WORDS) return 'related-link';
  return labelledHeadline(s, p);
}

/** A share bar has a handful of buttons; the bound keeps a sentence that names many platforms out. */
const MAX_SHARE_BAR_WORDS = 10;
/** Words a share label may have before its colon, its share word first (`Bagikan ke:`, `Kongsi artikel ini:`). */
const MAX_SHARE_LABEL_WORDS = 3;

/**
 * `Facebook Twitter WhatsApp`, a share verb and a few words (`Bagikan melalui:`, `Share via`), or a short label
 * opening with a share word, a colon, then nothing but buttons (`Bagikan ke: Facebook | X | WhatsApp`).
 */
function isShareBar(s: string, first: string, p: JunkPatterns): boolean {
  // `first` holds no space, so its lower case is its `phraseKey`.
  const lower = first.toLowerCase();
  if (!p.shareWords.has(lower) && p.promptKinds.get(lower) !== 'share') return false;
  const words = s.match(WORD_G) ?? [];
  if (words.length >= 2 && areShareButtons(words, p)) return true;
  if (words.length <= 3 && p.promptKinds.get(phraseKey(words[0]!)) === 'share') return true;
  // `Kongsi di Facebook | Kongsi di WhatsApp`, `Share on X | Share on Facebook`: each button repeats the share label.
  if (s.includes('|') && s.split('|').every((piece) => isLabelledButton(piece, p))) return true;
  const colon = s.indexOf(':');
  if (colon < 0 || (s.slice(0, colon).match(WORD_G) ?? []).length > MAX_SHARE_LABEL_WORDS) return false;
  const buttons = s.slice(colon + 1).match(WORD_G) ?? [];
  return buttons.length > 0 && areShareButtons(buttons, p);
}

/** One button of a labelled bar: a share word or verb, at most one word between, a share button (`Bagikan ke WhatsApp`). */
function isLabelledButton(piece: string, p: JunkPatterns): boolean {
  const words = piece.match(WORD_G) ?? [];
  if (words.length < 2 || words.length > MAX_SHARE_LABEL_WORDS) return false;
  const first = words[0]!;
  return (p.shareWords.has(first.toLowerCase()) || p.promptKinds.get(phraseKey(first)) === 'share') && p.shareWords.has(words[words.length - 1]!.toLowerCase());
}

/** A handful of words, every one a share button or share word (`Facebook`, `X`, `Salin tautan`). */
function areShareButtons(words: readonly string[], p: JunkPatterns): boolean {
  return words.length <= MAX_SHARE_BAR_WORDS && words.every((w) => p.shareWords.has(w.toLowerCase()));
}

/**
 * An imperative prompt naming a medium, short, of its verb's kind; a whole sentence of prose after it is not one.
 * A longer block of a few sentences is a prompt when its first sentence is one and every later sentence
 * names a platform or gives a link (`Dapatkan berita terbaru dari kami. Bergabunglah di grup Telegram, klik link …`).
 */
function promptKind(s: string, p: JunkPatterns): BoilerplateKind | null {
  // The opener first: most blocks open with no prompt verb, and need no sentence split.
  const opener = p.promptOpener.exec(s);
  if (!opener) {
    // `Bagaimana pendapat Anda? Tulis di kolom komentar.`: a short question to the reader may lead one call to the
    // comments. Any other sentence after a question is the story's own (`Siapa yang salah? Simak …, kata dia.`).
    const q = s.indexOf('? ');
    const rest = q > 0 ? s.slice(q + 2) : '';
    if (q <= 0 || !READER_QUESTION.test(s.slice(0, q + 1)) || /[.!?] /.test(rest)) return null;
    return promptKind(rest.replace(/[.!?]$/, ''), p) === 'comments' ? 'comments' : null;
  }
  const words = s.match(WORD_G) ?? [];
  const sentences = s.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  if (sentences.length > 1) {
    if (sentences.length > MAX_PROMPT_SENTENCES) return null;
    const first = sentences[0]!.replace(/[.!?]$/, '');
    const kind = promptKind(first, p);
    if (!kind) return null;
    // Prose may name news or information; a prompt's later sentences name a platform, give a link or prompt again
    // (`Get the latest news … Subscribe to our newsletter.`).
    const named = sentences
      .slice(1)
      .every((x) => /https?:\/\//.test(x) || (x.match(WORD_G) ?? []).some((w) => p.shareWords.has(w.toLowerCase())) || promptKind(x.replace(/[.!?]$/, ''), p) !== null);
    return named ? kind : null;
  }
  if (words.length > MAX_PROMPT_WORDS) return null;
  // `Simak juga Video: Pernyataan itu muncul setelah …`: a finished sentence of prose, not a prompt.
  if (words.length >= MIN_PROSE_WORDS && /[.!?]["”’]?$/.test(s)) return null;
  const kind = p.promptKinds.get(phraseKey(opener[1]!)) ?? 'other';
  // A call to the comments names them (`… di kolom komentar`): the same verbs open reporting sentences that name a
  // medium (`Tulis <name> di akun Instagram-nya`, `Tinggalkan …, kata dia`).
  if (kind === 'comments') return words.slice(1).some((w) => isCommentsWord(w, p)) ? kind : null;
  // A social handle (`@kabarcontoh`) names where to go as well as a medium does.
  if (!namesMediumAmong(s, 1, words.length, p) && !words.slice(1).some((w) => namesOutlet(w, p)) && !HANDLE.test(s)) return null;
  // `Tonton video itu dulu, kata Rina.`: a sentence that reports speech is the story's.
  return isReported(s, p) ? null : kind;
}

/**
 * `Jika artikel ini bermanfaat, silakan bagikan kepada teman Anda.`, `If you found this story useful, please share it.`:
 * one short unquoted sentence that names the article itself (`this`, `ini`) and asks the reader to share it: the share
 * verb opens it or a clause, or follows a plea word. `He declined to share this report.` reports, so it stays.
 */
function isSharePlea(s: string, p: JunkPatterns): boolean {
  // The share verb is looked for in the whole block first: most blocks hold none, and need no sentence split.
  if (s.length > MAX_SHARE_PLEA || /["“”]/.test(s) || !p.shareVerbWords.test(s)) return false;
  // `Suka dengan artikel ini? Bagikan …`: a question to the reader may come first; prose of two sentences may not.
  const breaks = s.split(/[.!?] (?=\p{Lu})/u);
  if (breaks.length > 2 || (breaks.length === 2 && !/^[^.!]{1,60}\? /u.test(s))) return false;
  return p.shareVerbWords.test(breaks[breaks.length - 1]!) && p.shareVerb.test(breaks[breaks.length - 1]!) && p.selfReference.test(s);
}
const MAX_SHARE_PLEA = 160;

/** A short question with no quotation marks, ahead of a prompt (`Apa pendapat Anda?`, `What do you think?`). */
const READER_QUESTION = /^[^.!?"“”]{1,60}\?$/u;

/** A social-media handle: `@kabarcontoh`. */
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_]{2,30}(?![\p{L}\p{N}_@.])/u;

/** A word naming a known outlet, also glued to `di` where a link was (`dicontohnews`): where a prompt sends the reader. */
function namesOutlet(word: string, p: JunkPatterns): boolean {
  const key = letterKey(word);
  return key.length >= 4 && (p.outletKeys.has(key) || (key.startsWith('di') && p.outletKeys.has(key.slice(2))));
}

/** `Rina Putri, Contoh News, Jakarta`: a name, then an outlet (known, a news domain or a brand word), maybe a place. */
function isAuthorLine(s: string, p: JunkPatterns): boolean {
  if (SENTENCE_END.test(s) || s.length > 80) return false;
  const parts = s.split(/ ?[,|/] ?| [-–—] /);
  if (parts.length < 2 || parts.length > 3) return false;
  // The outlet may be written in lower case (`contohNews`, `kabarcontoh.com`); the name may not.
  if (!/^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u.test(parts[0]!)) return false;
  if (!parts.slice(1).every((part) => /^\p{L}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u.test(part))) return false;
  const name = parts[0]!.split(' ');
  if (name.length < 2) return false;
  return parts.slice(1).some((part) => isOutletName(part, p));
}

const DOMAIN_END = new RegExp(`\\.${literalGroup(domainEndings)}$`, 'i');

/** A known outlet, a news domain, or a name holding a brand word (`Contoh News`). */
export function isOutletName(part: string, p: JunkPatterns): boolean {
  if (p.outletKeys.has(letterKey(part))) return true;
  if (DOMAIN_END.test(part)) return true;
  return part.split(' ').some((w) => p.brandWords.has(w.toLowerCase()) || endsInBrand(w.toLowerCase(), p));
}

/** A run-together name that ends in a brand word (`contohnews`, `kabarpos`), with a stem of three letters or more. */
function endsInBrand(word: string, p: JunkPatterns): boolean {
  for (const b of p.brandWords) if (b.length >= 3 && word.length - b.length >= 3 && word.endsWith(b)) return true;
  return false;
}

/** `Artikel Terkait : Judul Lain di Sini`: a related or video label, a colon, a short headline. */
function labelledHeadline(s: string, p: JunkPatterns): BoilerplateKind | null {
  const colon = s.indexOf(':');
  if (colon <= 0 || colon > 40) return null;
  const kind = p.lines.get(phraseKey(s.slice(0, colon)));
  if (!kind || !LABEL_KINDS.has(kind)) return null;
  const rest = s.slice(colon + 1).trim();
  return rest.length > 0 && rest.length <= MAX_RELATED_HEADLINE_LENGTH && !SENTENCE_END.test(rest) ? kind : null;
}
