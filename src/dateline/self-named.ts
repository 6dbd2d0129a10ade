/**
 * Outlets that open a story with their own name and nothing else, which no list can hold for every site:
 *
 * - one capitalised word and a dash, where the text names that word as a news domain elsewhere
 *   (`Contoh - Polisi …` beside a credit `Foto: Contoh.com/…`): the site's name, not a place;
 * - one word in capitals closed by a full stop before the story's first sentence (`WARTA. Isu …`):
 *   a sentence never opens with a capitals word and a stop, so it is the outlet's mark.
 *
 * Both anchored and bounded; the domain search builds one pattern from one word, so each is linear.
 */
import { domainEndings } from '../lang/domains.js';
import { literalGroup, escapeRegExp } from '../util/patterns.js';
import { at, outletKey, type Outlet } from './outlets.js';

/** `Contoh -` / `Contoh –`: a capitalised word, then a dash and a space. */
const WORD_DASH = /(\p{Lu}[\p{L}\p{N}]{1,29})[ ]{0,2}(?:-{1,2}|[–—]{1,2})[ ]/uy;
/** `WARTA. `: three to twelve capitals, a full stop, a space and a capital. */
const CAPS_STOP = /(\p{Lu}{3,12})\.[ ](?=\p{Lu})/uy;
/** The top-level labels of news domains, as the text writes the site's own name. */
const TLD = literalGroup(domainEndings);

/**
 * The one-word domain patterns built so far, by word: a site opens every story with the same word, and
 * building one cost about as much as the rest of the dateline search of an article.
 */
const domainPatterns = new Map<string, RegExp>();
/** Distinct words kept at most; past it the cache starts over, so an archive of many sites holds little. */
const MAX_DOMAIN_PATTERNS = 256;

/** `Contoh.com`, `CONTOH.co.id`: `word` named as a news domain, any case. */
function domainPatternOf(word: string): RegExp {
  let domain = domainPatterns.get(word);
  if (!domain) {
    if (domainPatterns.size >= MAX_DOMAIN_PATTERNS) domainPatterns.clear();
    domain = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}\\.${TLD}(?![\\p{L}\\p{N}])`, 'iu');
    domainPatterns.set(word, domain);
  }
  return domain;
}

export interface SelfNamed {
  outlet: Outlet;
  /** Where the dateline ends (after its dash or full stop). */
  end: number;
}

/**
 * A self-named outlet at `pos`. `weak`: the line may hold a weak shape (the first line, or one after a
 * headline or caption), required for the capitals-and-stop form, which has no evidence but its shape;
 * `notPlaces` holds the labels (`ILUSTRASI.`, `FOTO.`) that take the same shape.
 */
export function selfNamedAt(text: string, pos: number, weak: boolean, notPlaces: ReadonlySet<string>): SelfNamed | null {
  const dashed = at(WORD_DASH, text, pos);
  if (dashed) {
    const word = dashed[1]!;
    if (domainPatternOf(word).test(text)) return { outlet: { text: word, id: outletKey(word), end: pos + word.length, by: 'brand' }, end: pos + dashed[0].trimEnd().length };
  }
  if (!weak) return null;
  const stopped = at(CAPS_STOP, text, pos);
  if (!stopped || notPlaces.has(stopped[1]!.toLowerCase())) return null;
  const word = stopped[1]!;
  return { outlet: { text: word, id: outletKey(word), end: pos + word.length, by: 'brand' }, end: pos + word.length + 1 };
}
