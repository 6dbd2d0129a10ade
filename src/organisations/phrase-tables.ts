/**
 * Look-up tables that `compileOrganisations` builds from the lexicon's phrase lists, once per
 * language: the rules look each word up in them instead of walking the lists.
 */
import type { CompiledOrganisations } from './compiled.js';
import { memoByObject } from '../util/patterns.js';

/** The first and the last word of every phrase of `phrases` (`Wilayah`, `Penutupan` of `Majlis Penutupan`). */
export interface EdgeWords {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
}

/**
 * The edge words of the phrases that name no organisation (`notOrganisations`), once per lexicon: a phrase made of
 * a word and a head can be one only when the word is such an edge, so most tests build no string.
 */
export const notOrganisationEdges = memoByObject((c: CompiledOrganisations): EdgeWords => {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const phrase of c.notOrganisations) {
    first.add(phrase.slice(0, phrase.indexOf(' ') >>> 0));
    last.add(phrase.slice(phrase.lastIndexOf(' ') + 1));
  }
  return { first, last };
});

/**
 * Lower-case phrases as word lists, by their last word as written in lower case and, for a
 * phrase of one word, capitalised too (`Dilansir` opens a sentence); longest first. A look-up
 * needs no case folding.
 */
export function byLastWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const add = (key: string, w: string[]) => out.set(key, [...(out.get(key) ?? []), w].sort((a, b) => b.length - a.length));
  for (const phrase of phrases) {
    const w = phrase.toLowerCase().split(' ');
    const last = w[w.length - 1]!;
    add(last, w);
    if (w.length === 1) add(last[0]!.toUpperCase() + last.slice(1), w);
  }
  return out;
}

/** Phrases as written, as word lists by their last word, longest first. */
export function byLastWrittenWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const w = phrase.split(' ');
    const key = w[w.length - 1]!;
    out.set(key, [...(out.get(key) ?? []), w].sort((a, b) => b.length - a.length));
  }
  return out;
}

/** Phrases as written, as word lists by their first word, longest first (`Papua Barat Daya` before `Papua`). */
export function byFirstWrittenWordLongest(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const w = phrase.split(' ');
    out.set(w[0]!, [...(out.get(w[0]!) ?? []), w].sort((a, b) => b.length - a.length));
  }
  return out;
}

/** The word lists of a `byLastWrittenWord` table by their first word instead, each list in the table's order (so the first match is the same). */
export function byFirstWrittenWord(table: ReadonlyMap<string, readonly string[][]>): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const list of table.values()) for (const words of list) out.set(words[0]!, [...(out.get(words[0]!) ?? []), words]);
  return out;
}

/** Each title, and a one-word title in Title Case in lower case after it (`Co-Founder`, `co-founder`). */
export function withLowerCase(titles: readonly string[]): string[] {
  return titles.flatMap((t) => (!t.includes(' ') && /^\p{Lu}\p{Ll}/u.test(t) ? [t, t.toLowerCase()] : [t]));
}

/** The last words of the keys of two words or more (`Post` of `The Contoh Post`), keys being words joined by one space. */
export function lastWordsOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    const space = key.lastIndexOf(' ');
    if (space >= 0) out.add(key.slice(space + 1));
  }
  return out;
}

/** The last two code units of `word` as one number (`word` has two at least). */
export function endKey(word: string): number {
  const n = word.length;
  return (word.charCodeAt(n - 2) << 16) | word.charCodeAt(n - 1);
}

/** `endKey` of every word, or null when a word is shorter than two code units: any word may end with that one. */
export function endKeysOf(words: readonly string[]): Set<number> | null {
  return words.some((w) => w.length < 2) ? null : new Set(words.map(endKey));
}
