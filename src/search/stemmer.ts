import { createRequire } from 'node:module';

/**
 * natural's Indonesian stemmer: a port of Sastrawi (Nazief–Adriani confix stripping, each
 * candidate checked against a 29,000-word root dictionary), so `pertemuan`, `bertemu` and
 * `menemui` all become `temu` while `berita` and `menteri` stay whole. README, "Stemming",
 * gives the measurement that chose it.
 *
 * Only its own module file is loaded, never natural's main entry (which prints dotenv lines
 * and loads database clients), and only on the first word stemmed: the dictionary costs
 * tens of milliseconds to build. From source (tests, scripts) it is required at run time; the
 * published builds bundle that file and its dictionary (`tsup.config.ts` swaps this loader
 * for a plain `require`, which esbuild turns into a lazy module initialiser), so users do not
 * install natural and its database clients.
 */
interface Stemmer {
  stem(word: string): string;
}

function load(): Stemmer {
  return createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as Stemmer;
}

/** Distinct words remembered (then forgotten all at once): news vocabulary repeats, so a bounded memo answers most words. */
const MEMO_SIZE = 100_000;

let stemmer: Stemmer | undefined;
let memo = new Map<string, string>();

/**
 * The Indonesian stem of one lower-case word (`pertemuan` → `temu`); a word whose stem is not
 * a known root comes back unchanged. Loads the stemmer on the first call.
 */
export function stemIndonesian(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  stemmer ??= load();
  const stem = stemmer.stem(word);
  if (memo.size >= MEMO_SIZE) memo = new Map();
  memo.set(word, stem);
  return stem;
}
