import type { OrganisationData } from '../lang/types.js';
import type { OrganisationKind } from '../types.js';
import { isAcronym } from './shapes.js';
import { tokenize } from './tokens.js';

/** One organisation of the lexicon. */
export interface KnownOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  acronym: string | null;
}

/** A phrase to match word by word, with what it stands for. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** `OrganisationData` turned into lookup tables: every look-up is by one word. */
export interface CompiledOrganisations {
  /** Known forms by their first word, longest first. */
  known: Map<string, Phrase<KnownOrganisation>[]>;
  /** Known forms by their words joined with one space. */
  forms: Map<string, KnownOrganisation>;
  /** Head phrases by their first word, longest first. */
  heads: Map<string, Phrase<OrganisationKind>[]>;
  /** Tail phrases by their last word, longest first. */
  tails: Map<string, Phrase<OrganisationKind>[]>;
  joiners: Set<string>;
  breakers: Set<string>;
  notOrganisations: Set<string>;
  places: Set<string>;
  /** Lower-case cue words before an acronym. */
  cues: Set<string>;
  /** Words that make a spelled-out name an organisation wherever they stand. */
  nameWords: Set<string>;
}

const KINDS: ReadonlySet<string> = new Set([
  'government', 'company', 'party', 'ngo', 'media', 'education', 'police-military', 'international', 'other',
]);

// Memoised per data object, so each language is compiled once, on first use.
const cache = new WeakMap<OrganisationData, CompiledOrganisations>();

/** The lookup tables for `data`, built on first use and memoised. */
export function compileOrganisations(data: OrganisationData): CompiledOrganisations {
  let compiled = cache.get(data);
  if (!compiled) {
    compiled = build(data);
    cache.set(data, compiled);
  }
  return compiled;
}

function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

function add<T>(map: Map<string, Phrase<T>[]>, key: string, phrase: Phrase<T>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function longestFirst<T>(map: Map<string, Phrase<T>[]>): void {
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
}

function build(data: OrganisationData): CompiledOrganisations {
  const known = new Map<string, Phrase<KnownOrganisation>[]>();
  const forms = new Map<string, KnownOrganisation>();
  const seen = new Set<string>();
  for (const line of data.known) {
    const [id, kind, name, acronym, ...others] = line.split('|');
    if (!id || !name || !kind || !KINDS.has(kind)) continue;
    const org: KnownOrganisation = { id, kind: kind as OrganisationKind, name, acronym: acronym || (isAcronym(name) ? name : null) };
    for (const form of [name, acronym ?? '', ...others]) {
      const w = words(form);
      const key = w.join(' ');
      // The first entry that claims a form keeps it (`PBB` is the United Nations, not a party).
      if (w.length === 0 || seen.has(key)) continue;
      seen.add(key);
      forms.set(key, org);
      add(known, w[0]!, { words: w, value: org });
    }
  }
  const heads = new Map<string, Phrase<OrganisationKind>[]>();
  for (const [phrase, kind] of Object.entries(data.heads)) {
    const w = words(phrase);
    if (w.length > 0) add(heads, w[0]!, { words: w, value: kind });
  }
  const tails = new Map<string, Phrase<OrganisationKind>[]>();
  for (const [phrase, kind] of Object.entries(data.tails)) {
    const w = words(phrase);
    if (w.length > 0) add(tails, w[w.length - 1]!, { words: w, value: kind });
  }
  longestFirst(known);
  longestFirst(heads);
  longestFirst(tails);
  return {
    known,
    forms,
    heads,
    tails,
    joiners: new Set(data.joiners),
    breakers: new Set(data.breakers),
    notOrganisations: new Set(data.notOrganisations),
    places: new Set(data.places),
    cues: new Set(data.cues.map((w) => w.toLowerCase())),
    nameWords: new Set(data.nameWords),
  };
}
