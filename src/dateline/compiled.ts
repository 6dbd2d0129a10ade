/**
 * The dateline readers' tables, built once per set of language data: the dates grammar, the outlet pattern
 * (known names or a news domain) and ids, the words never read as places, brand and publication words, and
 * the known places. Cached by the data array and by its content key.
 */
import { compileGrammar } from '../dates/grammar.js';
import type { Grammar } from '../dates/grammar-types.js';
import { alternation, dataKey } from '../dates/patterns.js';
import { viewCounterSource } from '../util/patterns.js';
import type { DatelineLanguageData } from '../lang/types.js';
import { DOMAIN, type OutletTables, outletKey, outletStart } from './outlets.js';

export interface Compiled extends OutletTables {
  dates: Grammar;
  published: RegExp | null;
  /** A page's view counter after the date on a publication line (`Dibaca: 417 Pengunjung`, `| 1.204 kali dilihat`). */
  viewCounter: RegExp | null;
  /** The article's own language ends a bare place with a full stop (`Jakarta. …`, see `stop-place.ts`). */
  placeFullStop: boolean;
  /** Known places, lower-case (the organisation finder's list): a glued place in ordinary case must be one. */
  places: ReadonlySet<string>;
}

const compiledByKey = new Map<string, Compiled>();
/** The same data array (the pipeline passes one per language order) skips computing its key. */
const compiledByArray = new WeakMap<readonly DatelineLanguageData[], Compiled>();

export function compile(data: readonly DatelineLanguageData[]): Compiled {
  const same = compiledByArray.get(data);
  if (same) return same;
  const compiled = compileByKey(data);
  compiledByArray.set(data, compiled);
  return compiled;
}

function compileByKey(data: readonly DatelineLanguageData[]): Compiled {
  const key = dataKey(data);
  const hit = compiledByKey.get(key);
  if (hit) return hit;
  const outletIds = new Map<string, string>();
  const notPlaces = new Set<string>();
  const brandWords = new Set<string>();
  const publishedWords = new Set<string>();
  const viewWords = new Set<string>();
  const places = new Set<string>();
  for (const d of data) {
    for (const w of d.organisations.places) places.add(w.toLowerCase());
    for (const [name, id] of Object.entries(d.outlets.names)) {
      const k = outletKey(name);
      if (!outletIds.has(k)) outletIds.set(k, id);
    }
    for (const w of d.outlets.notPlaces) notPlaces.add(w.toLowerCase());
    for (const w of d.outlets.brandWords) brandWords.add(w.toLowerCase());
    for (const w of d.dates.publishedWords) publishedWords.add(w);
    for (const w of d.dates.viewCounterWords) viewWords.add(w.toLowerCase());
  }
  const names = alternation(data.flatMap((d) => Object.keys(d.outlets.names)));
  const compiled: Compiled = {
    dates: compileGrammar(data.map((d) => d.dates)),
    outlet: new RegExp(`(?:${names ? `${names}|` : ''}${DOMAIN})(?![\\p{L}\\p{N}])`, 'iuy'),
    outletIds,
    outletStarts: new Set(data.flatMap((d) => Object.keys(d.outlets.names).map(outletStart))),
    notPlaces,
    brandWords,
    published: publishedWords.size ? new RegExp(`(?:${alternation(publishedWords)})(?![\\p{L}])[ ]{0,2}:?[ ]{0,3}`, 'iuy') : null,
    viewCounter: viewWords.size ? new RegExp(`^ ?(?:[|•·/] ?)?(?:${viewCounterSource(alternation(viewWords))})$`, 'iu') : null,
    placeFullStop: data[0]?.outlets.placeFullStop === true,
    places,
  };
  compiledByKey.set(key, compiled);
  return compiled;
}
