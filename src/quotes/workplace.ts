/**
 * The body a person works at, written in an apposition after the name with a workplace link (`Rina Wulandari, seorang
 * peneliti di Lembaga Contoh, …`, `Budi Santoso, head of research at Contoh Securities, said`,
 * `SpeechData.titlePlaces`): the organisation the person speaks for. The phrase parser reads a capitalised title there;
 * a lower-case one (`kepala riset`, `an economist`) it leaves, and `di` also links places, so the body must be one the
 * article names as an organisation. Read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Lexicon } from './speech-words.js';
import type { Region } from '../stages/types.js';
import { firstIndex } from '../util/first-index.js';
import { wholeWordAt } from '../util/whole-word.js';

/** The apposition runs at most this many characters from the name's end to the organisation. */
const MAX_GAP = 160;
/** Lower-case words between the link and the organisation (`di kelompok riset Universitas Contoh`), at most. */
const MAX_UNIT_WORDS = 3;
/** Mentions of one name read, at most. */
const MAX_MENTIONS = 8;
/** Names looked up per article, at most (hostile text may quote many people). */
const MAX_NAMES = 64;
/** The apposition's words: letters, hyphens and `&` on one line (no clause or paragraph break, bracket or quote mark). */
const PLAIN = /^[\p{L}\p{N}&'’ \t-]*$/u;
const SPACES = /\s+/u;
const CAPITAL = /^\p{Lu}/u;

/** The organisation mention that closes the apposition after the name ending at `end`, else null. */
function workplaceAfter(text: string, end: number, mentions: readonly Region[], lex: Lexicon): Region | null {
  if (text[end] !== ',') return null;
  // Mentions are sorted by start: the first one after the name, by binary search.
  const m = mentions[firstIndex(mentions.length, (i) => mentions[i]!.start > end)];
  if (!m || m.start - end > MAX_GAP) return null;
  const between = text.slice(end + 1, m.start);
  if (!PLAIN.test(between)) return null;
  const words = between.trim().split(SPACES);
  let i = 0;
  // `seorang peneliti`, `an economist`: a description of one person.
  if (words.length > 2 && (lex.unnamed.has(words[0]!.toLowerCase()) || lex.articles.has(words[0]!.toLowerCase()))) i++;
  const first = words[i];
  if (first === undefined || !(lex.lowerRoles.has(first.toLowerCase()) || lex.roleWords.has(first))) return null;
  // The last link word: the body comes right after it, or after a few lower-case words naming its unit.
  let link = -1;
  for (let k = words.length - 1; k > i; k--) if (lex.titlePlaces.has(words[k]!)) { link = k; break; }
  if (link < 0) return null;
  const unit = words.slice(link + 1).filter((w) => !lex.articles.has(w));
  if (unit.length > MAX_UNIT_WORDS || unit.some((w) => CAPITAL.test(w))) return null;
  return m;
}

/** Speakers with no organisation whose apposition names the body they work at get it, at every quote of theirs. */
export function workplaceOrganisations(text: string, quotes: readonly QuoteHit[], mentions: readonly Region[], lex: Lexicon): QuoteHit[] {
  if (mentions.length === 0 || !quotes.some((q) => q.speaker && !q.speaker.organisation)) return quotes as QuoteHit[];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const found = new Map<string, string | null>();
  const read = (name: string, at: number | null): string | null => {
    let body = found.get(name);
    if (body !== undefined) return body;
    body = null;
    if (found.size < MAX_NAMES) {
      // Where the quote names the speaker, else the mentions of the whole name in reading order.
      const starts = at !== null && text.startsWith(name, at) ? [at] : [];
      for (let p = text.indexOf(name); p >= 0 && starts.length < MAX_MENTIONS; p = text.indexOf(name, p + 1)) if (wholeWordAt(text, p, name.length)) starts.push(p);
      for (const p of starts) {
        const m = workplaceAfter(text, p + name.length, sorted, lex);
        if (m) {
          body = text.slice(m.start, m.end);
          break;
        }
      }
    }
    found.set(name, body);
    return body;
  };
  return quotes.map((q) => {
    const sp = q.speaker;
    // A person's name has two words at least: one word is too often a first name others share.
    if (!sp || sp.organisation || !sp.name.includes(' ') || !CAPITAL.test(sp.name)) return q;
    const body = read(sp.name, sp.start);
    return body ? { ...q, speaker: { ...sp, organisation: body } } : q;
  });
}
