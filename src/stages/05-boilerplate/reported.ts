/**
 * What tells a story sentence from page junk that opens with the same words (`Hak cipta karya itu …`, `Klik di sini
 * bukan jawapan …`, `Baca juga buku lama itu, pesan …`): junk never reports speech, a copyright notice says whose
 * rights it keeps, and a link prompt's pointing word is followed by what the link opens.
 */
import { domainEndings } from '../../lang/domains.js';
import { literalGroup } from '../../util/patterns.js';
import { letterKey, type JunkPatterns } from './patterns.js';

const WORD_G = /[\p{L}\p{N}][\p{L}\p{N}'’-]{0,40}/gu;

/** How many words of the speaker may stand between an attribution's comma and its verb (`, pegawai itu menegaskan`, `, the officer said`). */
const MAX_SPEAKER_WORDS = 3;
/** What follows an attribution's verb to the block's end (the speaker, a place, a day) is short. */
const MAX_ATTRIBUTION_TAIL = 80;
/** The speaker's words before the verb: one to `MAX_SPEAKER_WORDS` words, no sentence end, quote or label between. */
const SPEAKER_WORD = /^[\p{L}\p{N}'’.-]{1,30}$/u;
/** An attribution's tail holds no quotation and no label: `Simak Video 'Harga Naik, kata Menteri':` is a link's headline. */
const NOT_TAIL = /["“”‘’':]/u;
/**
 * A reported sentence ends in a stop; a linked headline that ends in its attribution has none (`Baca juga Harga Cabai Naik,
 * kata Pedagang`, `Read also …, police said`).
 */
const SENTENCE_STOP = /[.!?]["”’]?$/u;

/**
 * `…, tegas pegawai itu.`, `…, katanya.`, `…, the officer said.`: the block reports speech in an attribution after a
 * comma — a speech verb of the speaker-last form right after it (`kata`, `tegas`, `said`), or a verb of the speaker-first
 * form (`menegaskan`, `said`) after a few words of its speaker — that runs to the block's end and its stop with nothing quoted
 * or labelled after it. Page junk never reports speech.
 * The verbs are written in lower case (`Kata` opens a Title Case headline's word), and a prompt's own verbs (`tulis`,
 * `kongsi`) are not among them.
 */
export function isReported(s: string, p: JunkPatterns): boolean {
  if (!SENTENCE_STOP.test(s.trimEnd())) return false;
  // The attribution's verb stands within `MAX_ATTRIBUTION_TAIL * 2` characters of its comma and ends within
  // `MAX_ATTRIBUTION_TAIL` of the block's end: an earlier comma cannot open it (a long block is not read whole).
  const from = Math.max(0, s.length - MAX_ATTRIBUTION_TAIL * 4);
  for (let comma = s.indexOf(',', from); comma >= 0; comma = s.indexOf(',', comma + 1)) {
    const rest = s.slice(comma + 1);
    const words = [...rest.slice(0, MAX_ATTRIBUTION_TAIL * 2).matchAll(WORD_G)].slice(0, MAX_SPEAKER_WORDS + 1);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const verb = k === 0 ? p.speechVerbs.has(w[0]) : p.introVerbs.has(w[0]);
      if (!verb) continue;
      const before = rest.slice(0, w.index).trim().split(' ');
      if (k > 0 && !before.every((x) => SPEAKER_WORD.test(x))) break;
      const tail = rest.slice(w.index + w[0].length);
      if (tail.length <= MAX_ATTRIBUTION_TAIL && !NOT_TAIL.test(tail)) return true;
      break;
    }
  }
  return false;
}

/** A notice's year: `© 2024`, `Copyright 2019 …`. */
const YEAR = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])/;
const DOMAIN = new RegExp(`^[\\p{L}\\p{N}-]{2,30}\\.${literalGroup(domainEndings)}$`, 'iu');
/** The brackets, quote marks and punctuation around a word of a notice (`(Kabarcontoh.com).`). */
const TOKEN_MARKS = /^[("'“]{1,3}|[)"'”.,;:!?]{1,3}$/gu;
/** How many lower-case words a notice holds besides a rights word: its label's (`Hak cipta`), an owner's word (`milik`, `by`). */
const MAX_NOTICE_LOWER_WORDS = 3;
/** How many words an outlet's name runs to (`Utusan Malaysia`, `The Contoh Post`). */
const MAX_OUTLET_WORDS = 3;
/** How many words a notice's owner runs to after its label (`milik PT Kabar Contoh Media Grup`). */
const MAX_OWNER_WORDS = 7;

/**
 * The whole shape of a copyright notice that opens with a copyright label (`Hak Cipta`, `Copyright`, `Dilarang mengutip`):
 * `©`, or the rights it keeps (`dilindungi undang-undang`, `Terpelihara`, `All rights reserved`, `tanpa izin`), or an owner
 * (a year, an outlet's name or domain) with few lower-case words, or a name after the label (`Hak cipta milik Kabar Contoh`,
 * `Copyright Contoh Media Group`); never a reported sentence. `Hak cipta karya itu didaftarkan tahun lalu, kata Rina.` is the
 * story's.
 */
export function isCopyrightNotice(s: string, label: string, p: JunkPatterns): boolean {
  if (s.includes('©') || s.includes('(c)') || s.includes('(C)')) return true;
  if (isReported(s, p)) return false;
  if (p.rights.test(s) || namesOwner(s.slice(label.length), p)) return true;
  const tokens = s.split(/\s+/).map((t) => t.replace(TOKEN_MARKS, '')).filter((t) => t.length > 0);
  const owner = YEAR.test(s) || tokens.some((t, i) => DOMAIN.test(t) || namesOutletFrom(tokens, i, p));
  return owner && tokens.filter((t) => /^\p{Ll}/u.test(t) && !DOMAIN.test(t)).length <= MAX_NOTICE_LOWER_WORDS;
}

/**
 * What follows a copyright label is only a name, of any outlet (`milik Kabar Contoh`, `oleh PT Kabar Contoh Media`, `Contoh
 * Media Group`): a few capitalised words, an owner's word (`milik`, `by`) or a small word between them, and no stop that ends
 * a sentence (`Hak cipta lagu itu habis.` is the story's).
 */
function namesOwner(rest: string, p: JunkPatterns): boolean {
  const trimmed = rest.trim();
  if (/[.!?]$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).map((t) => t.replace(TOKEN_MARKS, '')).filter((t) => t.length > 0);
  if (words.length === 0 || words.length > MAX_OWNER_WORDS) return false;
  const small = (w: string) => p.noticeOwnerWords.has(w) || p.headlineFunctionWords.has(w);
  return words.some((w) => /^\p{Lu}/u.test(w)) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || small(w));
}

/** A known outlet's name of one to `MAX_OUTLET_WORDS` words starting at `tokens[i]`. */
function namesOutletFrom(tokens: readonly string[], i: number, p: JunkPatterns): boolean {
  let key = '';
  for (let j = i; j < Math.min(tokens.length, i + MAX_OUTLET_WORDS); j++) {
    key += letterKey(tokens[j]!);
    if (key.length >= 4 && p.outletKeys.has(key)) return true;
  }
  return false;
}

/**
 * Whether one of the words `from` to `to` (indexes of the block's words) names where a prompt sends the reader: a
 * medium word (`berita`, `video`, `instagram`), or a word that only points (`sini`, `here`) unless a clause about the words
 * themselves goes on after it (`Klik di sini bukan jawapan bagi semua masalah`, `Click here is not …`: the story's).
 */
export function namesMediumAmong(s: string, from: number, to: number, p: JunkPatterns): boolean {
  const words = [...s.matchAll(WORD_G)];
  for (let k = from; k < Math.min(to, words.length); k++) {
    const w = words[k]!;
    const lower = w[0].toLowerCase();
    if (!p.mediumWords.has(lower)) continue;
    const next = words[k + 1];
    const clause = next !== undefined && /^[ ]{1,3}$/.test(s.slice(w.index + w[0].length, next.index)) && p.linkClauseWords.has(next[0].toLowerCase());
    if (!p.linkHereWords.has(lower) || !clause) return true;
  }
  return false;
}
