import { MAX_CAPTION_LENGTH, MAX_CREDITED_CAPTION_LENGTH, MIN_PROSE_WORDS } from '../../options.js';
import type { BoilerplateKind } from '../../types.js';
import { phraseKey } from '../../util/patterns.js';
import { continuesAsProse, headlineEnd, opensAsProse } from './headline.js';
import { endsInPhotoCredit, type JunkPatterns } from './patterns.js';
import { isCopyrightNotice, isReported } from './reported.js';

/** Punctuation a site adds after a junk label (`JANGAN LEWATKAN!!!`, `Bagikan :`, `Baca Juga…`): a key that ends in none has none to strip. */
const TRAILING_MARK_CHARS = '!.:…»>-–—';
/** Up to five of `TRAILING_MARK_CHARS` at the end (one source for the pattern and its pre-check). */
const TRAILING_MARKS = new RegExp(`[${TRAILING_MARK_CHARS.replace('-', '\\-')}]{1,5}$`, 'u');

/** The junk kind of a whole block, or null when it is body text. */
export function wholeBlockKind(s: string, p: JunkPatterns): BoilerplateKind | null {
  const line = s.length <= p.longestLine ? lineKind(s, p) : undefined;
  if (line) return line;
  const m = p.prefix.exec(s);
  // A caption label (`Keterangan gambar, …`) is followed by a sentence by nature: prose after it is the caption
  // (as long as a caption runs).
  const labelKind = m ? (p.prefixKinds.get(phraseKey(m[0])) ?? 'other') : null;
  if (m && isJunkOpening(s, m[0], labelKind, p) && ((labelKind === 'caption' && s.length <= MAX_CAPTION_LENGTH) || (!continuesAsProse(s.slice(m[0].length), p) && !resumesAfterHeadline(s, m[0].length, p.inlineKinds.has(phraseKey(m[0])), p)))) {
    const kind = labelKind ?? 'other';
    // A prefix only marks a short block as junk; `Sumber: …` opening a long paragraph is body text.
    if (kind !== 'other' || s.length <= MAX_CAPTION_LENGTH) return kind;
  }
  if (s.length <= MAX_CAPTION_LENGTH && s.includes('©')) return p.copyright.test(s) ? 'copyright' : 'caption';
  if (s.length <= MAX_CREDITED_CAPTION_LENGTH && endsInPhotoCredit(s, p)) return 'caption';
  return null;
}

/**
 * Whether a block that opens with the junk phrase `opening` has the rest of that junk's shape: a copyright label opens a
 * notice only (`Hak Cipta © 2024 …`, not `Hak cipta karya itu …`), and a phrase without a colon (`Baca juga`, `Laporan
 * wartawan`, `Terima kasih telah membaca`) opens no sentence that reports speech (`…, pesan Rina kepada siswa.`). A label
 * with its colon (`Baca juga:`) is junk whatever headline follows it, and so is a Title Case headline after the phrase
 * (`Baca juga Warga Tolak Relokasi, kata Bupati.`).
 */
function isJunkOpening(s: string, opening: string, kind: BoilerplateKind | null, p: JunkPatterns): boolean {
  if (kind === 'copyright') return isCopyrightNotice(s, opening, p);
  return opening.includes(':') || !opensAsProse(s.slice(opening.length), p) || !isReported(s, p);
}

/** A block that is nothing but a listed junk label (`Artikel Berkaitan`, `BACA JUGA …`). */
export function isLabelLine(s: string, p: JunkPatterns): boolean {
  return s.length <= p.longestLine && lineKind(s, p) !== undefined;
}

/** A whole line that is a junk label, as listed or with trailing marks. */
function lineKind(s: string, p: JunkPatterns): BoilerplateKind | undefined {
  const key = phraseKey(s);
  // The marks are looked for only behind a key that ends in one: the pattern is otherwise tried at every position.
  return p.lines.get(key) ?? (TRAILING_MARK_CHARS.includes(key.charAt(key.length - 1)) ? p.lines.get(key.replace(TRAILING_MARKS, '')) : undefined);
}

/**
 * `Baca juga: Headline  Article resumes here.` in one block: the marker takes only the
 * headline, and the block is left to `splitInline`. The resumption must be clear: a double
 * space where the link was, or long prose after the Title Case headline.
 */
function resumesAfterHeadline(s: string, from: number, inlineMarker: boolean, p: JunkPatterns): boolean {
  if (!inlineMarker) return false;
  const end = headlineEnd(s, from, p);
  if (end >= s.length) return false;
  const rest = s.slice(end);
  return s.slice(end - 2, end + 2).includes('  ') || s[end] === ' ' && s[end + 1] === ' ' || continuesAsProse(` ${rest.trim()}`, p) || rest.trim().split(' ').length >= MIN_PROSE_WORDS;
}
