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
import type { CompiledOrganisations } from './compiled.js';
import type { Finder, Hit } from './paragraph.js';
import { isAcronym, isNumber, isRoman } from './shapes.js';
import { firstIndex } from '../util/first-index.js';

/** Fewest words of a short name that is tied: one head word alone names no body. */
const MIN_WORDS = 2;

/** The word after the short name in the longer one says another body: a place, a place word, a short or known name, a joiner. */
function namesAnother(c: CompiledOrganisations, rest: string): boolean {
  const space = rest.indexOf(' ');
  const word = space < 0 ? rest : rest.slice(0, space);
  return c.placeWords.has(word) || c.placeTakers.has(word) || c.known.has(word) || c.joiners.has(word) || isAcronym(word) || word.startsWith('(');
}

/** One distinct mention text: its hits' organisation through a hit that is no person's initials (-1 when every hit is). */
interface Form {
  text: string;
  body: number;
}

/** A hit that may be a cut name: an unknown head-named mention of two words or more that does not end in its number. */
function mayBeCut(h: Hit): boolean {
  if (h.rule !== 'head' || h.known || h.person || h.to - h.from < MIN_WORDS) return false;
  const last = h.text.slice(h.text.lastIndexOf(' ') + 1);
  return !isNumber(last) && !isRoman(last);
}

/**
 * Unite each unknown head-named mention of two words or more with the organisation whose other
 * mentions begin with its words and a space, when exactly one organisation does. Hits of one text
 * are one organisation already (`finish` ties them), so each distinct text is resolved once, at
 * its first such hit, over the distinct longer texts: repeats of a short and a long form cost no
 * more than one of each.
 */
export function uniteCutNames(f: Finder): void {
  const byText = new Map<string, Form>();
  for (let i = 0; i < f.hits.length; i++) {
    const h = f.hits[i]!;
    let form = byText.get(h.text);
    if (!form) byText.set(h.text, (form = { text: h.text, body: -1 }));
    if (form.body < 0 && !h.person) form.body = i;
  }
  const forms = [...byText.values()].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const done = new Set<string>();
  for (let i = 0; i < f.hits.length; i++) {
    const h = f.hits[i]!;
    if (done.has(h.text) || !mayBeCut(h)) continue;
    done.add(h.text);
    const key = `${h.text} `;
    let root = -1;
    let one = true;
    for (let k = firstIndex(forms.length, (j) => forms[j]!.text >= key); k < forms.length && forms[k]!.text.startsWith(key) && one; k++) {
      const other = forms[k]!;
      if (other.body < 0) continue;
      const r = f.find(other.body);
      if (namesAnother(f.c, other.text.slice(key.length)) || (root >= 0 && r !== root)) one = false;
      else root = r;
    }
    if (root >= 0 && one) f.union(root, i);
  }
}
