/**
 * Words that refer back to someone already named instead of naming them, read from the language's
 * speech data: an honorific for a ruler (`His Majesty said …`, `titah Baginda`), a description closed
 * by a demonstrative (`kata mantan panglima ini`), and a relative clause that only describes the name
 * before it (`Budi yang juga Ketua Umum Partai Contoh berkata`: the speaker is Budi, not the party).
 */
import type { SpeechData } from '../lang/types.js';

/** What these functions read of a token (`speech-words.ts`'s `Token` has these fields; no import, so no cycle). */
interface Token {
  lower: string;
  text: string;
  word: boolean;
  cap: boolean;
}

/** The longest honorific reference, in words (`Duli Yang Maha Mulia`). */
const MAX_HONORIFIC_WORDS = 4;
/** Words that may stand between a relative and the title it opens (`yang juga`, `yang kini`, `who is also`). */
const MAX_RELATIVE_GAP = 3;

/** Lookup sets for the reference words of one language. */
export interface ReferenceWords {
  demonstratives: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  /** Lower-case words of a relative clause that adds a second post (`juga`, `also`). */
  additives: ReadonlySet<string>;
  /** Lower-case nouns of a relation to another person (`isteri`, `wife`): a title after one is that person's. */
  relations: ReadonlySet<string>;
  /** Lower-case words that make the title after them a past post (`mantan`, `former`). */
  formers: ReadonlySet<string>;
  /** Honorific references as lower-case word lists. */
  honorifics: readonly (readonly string[])[];
  /** Openers of a sentence that attributes the paragraph before (`hal itu`), as lower-case word lists. */
  backReferences: readonly (readonly string[])[];
  /** Objects of a speech verb that point back to the paragraph before (`this` of `X said this when …`), lower-case. */
  statementObjects: ReadonlySet<string>;
}

const built = new WeakMap<SpeechData, ReferenceWords>();

/** The reference words of `data`, built once per speech-data object. */
export function referenceWords(data: SpeechData): ReferenceWords {
  let words = built.get(data);
  if (!words) {
    words = {
      demonstratives: new Set((data.demonstratives ?? []).map((w) => w.toLowerCase())),
      relatives: new Set((data.relatives ?? []).map((w) => w.toLowerCase())),
      additives: new Set((data.additives ?? []).map((w) => w.toLowerCase())),
      relations: new Set((data.relationNouns ?? []).map((w) => w.toLowerCase())),
      formers: new Set((data.formerWords ?? []).map((w) => w.toLowerCase())),
      honorifics: (data.honorificReferences ?? [])
        .map((p) => p.toLowerCase().split(/\s+/).filter(Boolean))
        .filter((p) => p.length > 0 && p.length <= MAX_HONORIFIC_WORDS),
      backReferences: (data.backReferences ?? []).map((p) => p.toLowerCase().split(/\s+/).filter(Boolean)).filter((p) => p.length > 0),
      statementObjects: new Set((data.statementObjects ?? []).map((w) => w.toLowerCase())),
    };
    built.set(data, words);
  }
  return words;
}

/** Length in tokens of the honorific reference starting at token `i` (`His Majesty`), or 0. Capitalised only. */
export function honorificAt(tokens: readonly Token[], i: number, refs: ReferenceWords): number {
  if (!tokens[i]?.cap) return 0;
  for (const words of refs.honorifics) {
    let k = 0;
    while (k < words.length && tokens[i + k]?.word && tokens[i + k]!.lower === words[k]) k++;
    if (k === words.length && !tokens[i + k]?.cap) return k;
  }
  return 0;
}

/** Start of an honorific reference that ends right before token `e`, or -1. */
export function honorificEndingAt(tokens: readonly Token[], e: number, refs: ReferenceWords): number {
  for (const words of refs.honorifics) {
    const s = e - words.length;
    if (s >= 0 && honorificAt(tokens, s, refs) === words.length) return s;
  }
  return -1;
}

/** Token `i` is a demonstrative (`ini`, `itu`, `tersebut`). */
export function demonstrativeAt(tokens: readonly Token[], i: number, refs: ReferenceWords): boolean {
  const t = tokens[i];
  return t !== undefined && t.word && !t.cap && refs.demonstratives.has(t.lower);
}

/** A demonstrative stands among tokens `[a, e)`: the phrase there points back to someone already named. */
export function demonstrativeIn(tokens: readonly Token[], a: number, e: number, refs: ReferenceWords): boolean {
  for (let k = a; k < e; k++) if (demonstrativeAt(tokens, k, refs)) return true;
  return false;
}

/**
 * The title at token `i` opens a relative clause about the capitalised name before it
 * (`Budi yang juga Ketua …`, `Budi, who is also chairman …`): it describes that person, not someone new.
 */
export function appositiveTitle(tokens: readonly Token[], i: number, refs: ReferenceWords): boolean {
  return relativeBefore(tokens, i, refs) >= 0;
}

/** The index of the capitalised name word before the relative that opens the title at token `i`, or -1. */
export function relativeBefore(tokens: readonly Token[], i: number, refs: ReferenceWords): number {
  for (let k = i - 1; k >= 1 && i - k <= MAX_RELATIVE_GAP + 1; k--) {
    const t = tokens[k]!;
    if (!t.word || t.cap) return -1;
    if (refs.relatives.has(t.lower)) {
      const at = tokens[k - 1]!.text === ',' ? k - 2 : k - 1;
      const name = tokens[at];
      return name !== undefined && name.word && name.cap ? at : -1;
    }
  }
  return -1;
}

/**
 * A lower-case word among tokens `[a, e)` (the words between a relative and its title) says the title is not the
 * person's own now: `relation` (`yang juga isteri kepada Menteri X`: the other person's post) or `former`
 * (`yang juga bekas Ketua X`: a past post); null when none does.
 */
export function titleBeyond(tokens: readonly Token[], a: number, e: number, refs: ReferenceWords): 'relation' | 'former' | null {
  for (let k = a; k < e; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    if (refs.relations.has(t.lower)) return 'relation';
    if (refs.formers.has(t.lower)) return 'former';
  }
  return null;
}

/** Lower-case words before a former word in a segment (`yang juga bekas`, `who is also a former`), at most. */
const MAX_FORMER_LEAD = 4;

/**
 * `…, yang juga bekas Ketua X`, `…, who is also a former chairman of X`, `…, a former chairman of X`: a phrase segment
 * `[s, k)` whose leading lower-case words end in a former word before a title (`isTitle`) starts at the former word,
 * so the role keeps it (`bekas Ketua`, `former chairman`). A relation among the leading words (`son of a former
 * minister`) makes the post another's: the segment starts at `s` as it was, like any other.
 */
export function formerLead<T extends Token>(tokens: readonly T[], s: number, k: number, refs: ReferenceWords, isTitle: (t: T) => boolean): number {
  for (let f = s; f < k && f - s <= MAX_FORMER_LEAD && tokens[f]!.word && !tokens[f]!.cap; f++) {
    if (refs.relations.has(tokens[f]!.lower)) return s;
    if (refs.formers.has(tokens[f]!.lower)) return f > s && tokens[f + 1] !== undefined && f + 1 < k && isTitle(tokens[f + 1]!) ? f : s;
  }
  return s;
}

/** Lower-case words (`hanya`, `juga`) between a relative word and its verb, at most. */
const MAX_RELATIVE_VERB_GAP = 2;

/**
 * The verb at `v` follows a relative word (`yang`, `who`), past at most a few lower-case words, whose antecedent is no
 * person (`KPJ dan KPS yang juga menyatakan`, `dalam Gabungan yang hanya menyatakan`): such a verb reports nothing of
 * a subject further back. After a person's name (`Rina Wulandari, who said`) the clause still names its speaker.
 */
export function relativeVerb<T extends Token>(tokens: readonly T[], v: number, refs: ReferenceWords, named: (t: T) => boolean): boolean {
  for (let k = v - 1; k >= 0 && v - 1 - k <= MAX_RELATIVE_VERB_GAP; k--) {
    const t = tokens[k]!;
    if (!t.word || t.cap) return false;
    if (refs.relatives.has(t.lower)) {
      // A person: a name after a comma (`Rina Wulandari, who`) or a full name of two name words or more; a lone
      // capitalised word with no comma (`dalam Gabungan yang`) is read as a body.
      const comma = tokens[k - 1]?.text === ',';
      const at = comma ? k - 2 : k - 1;
      const antecedent = tokens[at];
      const before = tokens[at - 1];
      return antecedent === undefined || !named(antecedent) || !(comma || (before !== undefined && named(before)));
    }
  }
  return false;
}
