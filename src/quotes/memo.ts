/**
 * Bounded memo tables per lexicon, for pure readings of a phrase that an article asks again and
 * again (a speaker's title comes back with every mention of them). Each table is cleared when it
 * reaches its bound, so a long run over many articles keeps a fixed size.
 */
import type { Lexicon } from './speech-lexicon.js';

/** Entries a table holds before it starts again from empty. */
const MAX_ENTRIES = 1 << 12;

/** One memo table of a reading, per lexicon: `key` → the reading's result. */
export class LexiconMemo<T> {
  private readonly tables = new WeakMap<Lexicon, Map<string, T>>();

  /** The result for `key`, computed by `read` on the first ask. */
  get(lex: Lexicon, key: string, read: () => T): T {
    let table = this.tables.get(lex);
    if (!table) this.tables.set(lex, (table = new Map()));
    const known = table.get(key);
    if (known !== undefined || table.has(key)) return known as T;
    const value = read();
    if (table.size >= MAX_ENTRIES) table.clear();
    table.set(key, value);
    return value;
  }
}
