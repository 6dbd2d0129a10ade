/**
 * The lines of the organisation lexicon as the compiler reads them: the known bodies with the
 * language's outlets, each name's written forms, and the table of known forms built from them.
 */
import type { OrganisationData, OutletData } from '../lang/types.js';
import { MIN_CAPITALS_FORM } from '../options.js';
import type { OrganisationKind } from '../types.js';
import type { KnownOrganisation, Phrase } from './compiled.js';
import { isAcronym } from './shapes.js';
import { tokenize } from './tokens.js';

/** The kinds a lexicon line may give; a line with any other is skipped. */
const KINDS: ReadonlySet<string> = new Set([
  'government', 'company', 'party', 'ngo', 'media', 'education', 'police-military', 'international', 'other',
]);

/** A lexicon phrase's words, cut as the finder cuts text. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

/** Add `phrase` to the list under `key`. */
export function addPhrase<T>(map: Map<string, Phrase<T>[]>, key: string, phrase: Phrase<T>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/** The lexicon's misspelt words by their right spelling (`Kementerian` → `Kementrian`). */
export function misspellings(data: OrganisationData): Map<string, string[]> {
  const misspelt = new Map<string, string[]>();
  for (const [wrong, right] of Object.entries(data.spellings)) misspelt.set(right, [...(misspelt.get(right) ?? []), wrong]);
  return misspelt;
}

/** The known forms of the lexicon and the outlets, by first word and by their words joined with one space. */
export interface KnownForms {
  /** By first word, in lexicon order (the compiler sorts each list longest first). */
  known: Map<string, Phrase<KnownOrganisation>[]>;
  forms: Map<string, KnownOrganisation>;
  /** Capitals forms of one-word names also written in Title Case (`CONTOHKOM` for `Contohkom`). */
  capitalsForms: Set<string>;
  /** `OrganisationData.aloneForms`. */
  alone: Set<string>;
}

/**
 * Every written form of every known body: its name, acronym and other forms, each also with a
 * common misspelling or a curly apostrophe, and a one-word name also in capitals.
 */
export function knownForms(data: OrganisationData, outlets: OutletData, misspelt: ReadonlyMap<string, string[]>): KnownForms {
  const known = new Map<string, Phrase<KnownOrganisation>[]>();
  const forms = new Map<string, KnownOrganisation>();
  const seen = new Set<string>();
  for (const line of withOutlets(data, outlets)) {
    const [id, kind, name, acronym, ...others] = line.split('|');
    if (!id || !name || !kind || !KINDS.has(kind)) continue;
    const org: KnownOrganisation = { id, kind: kind as OrganisationKind, name, acronym: acronym || (isAcronym(name) ? name : null) };
    for (const form of [name, acronym ?? '', ...others]) {
      for (const w of spelledForms(phraseWords(form), misspelt)) {
        const key = w.join(' ');
        // The first entry that claims a form keeps it (`PBB` is the United Nations, not a party).
        if (w.length === 0 || seen.has(key)) continue;
        seen.add(key);
        forms.set(key, org);
        addPhrase(known, w[0]!, { words: w, value: org });
      }
    }
  }
  // A one-word name is also written in capitals (`Contohkom` as `CONTOHKOM`), as an acronym is; a
  // form the lexicon lists itself keeps its own organisation, and a form that is a word of the
  // language standing alone (`Kongres`, `aloneForms`) is not read in capitals, where it is the word.
  const alone = new Set(data.aloneForms ?? []);
  const capitalsForms = new Set<string>();
  for (const [key, org] of [...forms]) {
    const upper = key.toUpperCase();
    if (key.includes(' ') || upper === key || key.length < MIN_CAPITALS_FORM) continue;
    if (forms.get(upper) === org) capitalsForms.add(upper);
    if (seen.has(upper) || alone.has(key)) continue;
    seen.add(upper);
    forms.set(upper, org);
    capitalsForms.add(upper);
    addPhrase(known, upper, { words: [upper], value: org });
  }
  return { known, forms, capitalsForms, alone };
}

/** `phrase` and its forms with a common misspelling of one of its words (`Kementrian Keuangan`). */
export function spelledForms(phrase: string[], misspelt: ReadonlyMap<string, string[]>): string[][] {
  const out = [phrase];
  // Text writes the apostrophe curly as often as straight (`Moody’s`).
  if (phrase.some((w) => w.includes("'"))) out.push(phrase.map((w) => w.replaceAll("'", '’')));
  phrase.forEach((w, k) => {
    for (const variant of misspelt.get(w) ?? []) out.push([...phrase.slice(0, k), variant, ...phrase.slice(k + 1)]);
  });
  return out;
}

/**
 * The lexicon's lines plus the language's outlets as media organisations (`Bernama|BERNAMA`):
 * an outlet is matched case-insensitively in datelines, so its capitalised form counts too. An
 * outlet the lexicon has under the same id adds its forms there.
 */
export function withOutlets(data: OrganisationData, outlets: OutletData): string[] {
  const lines = [...data.known];
  const byId = new Map<string, string[]>();
  const skip = new Set([...data.notOrganisations, ...data.places]);
  for (const [form, id] of Object.entries(outlets.names)) {
    if (skip.has(form)) continue;
    const forms = byId.get(id) ?? [];
    forms.push(form);
    if (form.toUpperCase() !== form) forms.push(form.toUpperCase());
    byId.set(id, forms);
  }
  for (const [id, forms] of byId) {
    const own = lines.findIndex((l) => l.startsWith(`${id}|`));
    if (own >= 0) lines[own] = `${lines[own]}|${forms.join('|')}`;
    else lines.push(`${id}|media|${forms.find((f) => f.toUpperCase() !== f) ?? forms[0]}||${forms.join('|')}`);
  }
  return lines;
}
