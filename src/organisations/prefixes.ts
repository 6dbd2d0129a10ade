/**
 * A name cut short is the body whose longer name it starts (`Badan Contoh` after `Badan Contoh
 * Nasional`, `Satgas Contoh` before `Satgas Contoh Aktivitas Ilegal`): a head's name stops early at
 * a role word, a street word or a line break, or the text shortens it later. Such a mention joins
 * the one organisation whose reported name begins with its words; when two bodies begin so
 * (`PT Contoh Jaya`, `PT Contoh Timur`), the short form stays as it was. A name that ends in its
 * number (`Komisi IX`) is whole, and one that the longer name follows with a place, a parent body
 * or another name (`Badan Contoh` and `Badan Contoh Provinsi Contoh`, `Badan Contoh DPR`, `Koperasi
 * Contoh dan …`) is a body of its own: the national office, not its branch. Sorting keeps it linear
 * up to a logarithm.
 */
import type { CompiledOrganisations } from './compile.js';
import type { Finder } from './paragraph.js';
import { isAcronym, isNumber, isRoman } from './shapes.js';

/** Fewest words of a short name that is tied: one head word alone names no body. */
const MIN_WORDS = 2;

/** The first index in sorted `texts` whose text is not below `key`. */
function lowerBound(texts: readonly string[], key: string): number {
  let lo = 0;
  let hi = texts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (texts[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word after the short name in the longer one says another body: a place, a place word, a short or known name, a joiner. */
function namesAnother(c: CompiledOrganisations, rest: string): boolean {
  const space = rest.indexOf(' ');
  const word = space < 0 ? rest : rest.slice(0, space);
  return c.placeWords.has(word) || c.placeTakers.has(word) || c.known.has(word) || c.joiners.has(word) || isAcronym(word) || word.startsWith('(');
}

/**
 * Unite each unknown head-named mention of two words or more with the organisation whose other
 * mentions begin with its words and a space, when exactly one organisation does.
 */
export function uniteCutNames(f: Finder): void {
  const order = f.hits.map((_, i) => i).sort((a, b) => (f.hits[a]!.text < f.hits[b]!.text ? -1 : f.hits[a]!.text > f.hits[b]!.text ? 1 : 0));
  const texts = order.map((i) => f.hits[i]!.text);
  for (let i = 0; i < f.hits.length; i++) {
    const h = f.hits[i]!;
    if (h.rule !== 'head' || h.known || h.person || h.to - h.from < MIN_WORDS) continue;
    const last = h.text.slice(h.text.lastIndexOf(' ') + 1);
    if (isNumber(last) || isRoman(last)) continue;
    const key = `${h.text} `;
    let root = -1;
    let one = true;
    for (let k = lowerBound(texts, key); k < texts.length && texts[k]!.startsWith(key) && one; k++) {
      const other = f.hits[order[k]!]!;
      if (other.person) continue;
      const r = f.find(order[k]!);
      if (namesAnother(f.c, texts[k]!.slice(key.length)) || (root >= 0 && r !== root)) one = false;
      else root = r;
    }
    if (root >= 0 && one) f.union(root, i);
  }
}
