/**
 * How one word list is derived from another, shared by the language data (a language that reads a
 * sibling's words) and the lexicon builders, so a derived list never becomes a second copy.
 */
import type { OrganisationData } from './types.js';

/** The one-word organisation heads (`Kementerian`, `Polda`), not the phrases (`Rumah Sakit`, `University of`). */
export function oneWordHeads(heads: OrganisationData['heads']): string[] {
  return Object.keys(heads).filter((h) => !h.includes(' '));
}

/** Every form of the known organisations (`id|kind|Name|ACRONYM|form|…`): names, acronyms and other forms, as written. */
export function knownForms(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) for (const form of line.split('|').slice(2)) if (form) out.push(form);
  return out;
}

/** Kinds of a sibling language's organisations that its neighbour's news names often: parties, outlets, forces. */
const SIBLING_KINDS: ReadonlySet<string> = new Set(['party', 'media', 'police-military']);

/**
 * A sibling language's lexicon lines (`id|kind|Name|ACRONYM|form|…`) for the kinds its neighbour's
 * news names (`SIBLING_KINDS`), each with only the forms no word of the reading language can be:
 * several words (`Barisan Nasional`), or one word with two capitals, a digit or a dot (`UMNO`,
 * `Kompas.com`), of three characters or more. A one-word form in Title Case (`Warisan`, `Utusan`)
 * or of two letters (`PN`, `PH`) is often a word or a short form of the reading language.
 */
export function siblingKnown(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const [id, kind, name, acronym, ...others] = line.split('|');
    if (!id || !kind || !name || !SIBLING_KINDS.has(kind)) continue;
    const keep = (form: string) => form.includes(' ') || (form.length >= 3 && /\p{Lu}.*\p{Lu}|\d|\./u.test(form));
    const forms = others.filter(keep);
    const acr = acronym && keep(acronym) ? acronym : '';
    if (!keep(name) && !acr && forms.length === 0) continue;
    // The name is a form too: an ambiguous one-word name gives way to the kept acronym or form.
    const head = keep(name) ? name : acr || forms.shift()!;
    out.push([id, kind, head, head === acr ? '' : acr, ...forms].join('|'));
  }
  return out;
}

/** Each lower-case word of `words` and its form capitalised to open a sentence (`mantan`, `Mantan`). */
export function withCapitals(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
}
