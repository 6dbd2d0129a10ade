/**
 * Would natural's Indonesian stemmer (a Sastrawi port) serve warta's speech-verb tables?
 * Looks at every word in the attribution slot of the real articles (right after `,”`/`,"` or
 * `.”`: `"…," ujarnya`) and counts what the tables recognise, and what the stemmer would add
 * (words whose stem is a known speech-verb base but that the tables do not list). natural is a
 * dev dependency used only here, through its stemmer file alone (its main entry loads
 * database clients and prints dotenv lines).
 */
import { createRequire } from 'node:module';
import { LANGUAGES } from '../../src/lang/index.js';
import { loadRealArticles } from './shared.js';
import type { Evaluator, Figure } from './types.js';

/** The word after a closing quote mark and its comma: where the speech verb sits. */
const SLOT = /[,.!?]["”’]\s{0,3}(\p{L}{2,30})/gu;

export const evaluateStemmer: Evaluator = async (dataDir) => {
  const articles = [...(await loadRealArticles(dataDir)).values()];
  if (articles.length === 0) return [];
  const speech = Object.values(LANGUAGES).map((l) => l.speech);
  const known = new Set(speech.flatMap((s) => [...Object.keys(s.postVerbs), ...Object.keys(s.pronounVerbs), ...Object.keys(s.introVerbs)]).map((w) => w.toLowerCase()));
  const bases = new Set(speech.flatMap((s) => [...Object.values(s.postVerbs), ...Object.values(s.pronounVerbs), ...Object.values(s.introVerbs)]));

  let t = performance.now();
  const stemmer = createRequire(import.meta.url)('natural/lib/natural/stemmers/indonesian/stemmer_id.js') as { stem(w: string): string };
  const loadMs = performance.now() - t;

  let slots = 0;
  let byTables = 0;
  const added = new Map<string, number>();
  t = performance.now();
  let stemmed = 0;
  for (const a of articles) {
    SLOT.lastIndex = 0;
    for (let m = SLOT.exec(a.text); m; m = SLOT.exec(a.text)) {
      const w = m[1]!.toLowerCase();
      slots++;
      if (known.has(w)) {
        byTables++;
        continue;
      }
      stemmed++;
      if (bases.has(stemmer.stem(w))) added.set(w, (added.get(w) ?? 0) + 1);
    }
  }
  const stemMs = performance.now() - t;
  const list = [...added].sort((x, y) => y[1] - x[1]).map(([w, n]) => `${w} ×${n}`).join(', ');
  return [
    { key: 'stemmer.slots.tables', label: `attribution-slot words recognised by the verb tables (${slots} slots)`, value: byTables / Math.max(1, slots), detail: `natural's stemmer would add ${added.size} word forms (judge them: a speech verb, or not?): ${list || 'none'}` },
    { key: 'stemmer.slots.added', label: "attribution-slot words natural's stemmer adds", value: [...added.values()].reduce((s, n) => s + n, 0) / Math.max(1, slots) },
    { key: 'stemmer.ms.load', label: "natural's Indonesian stemmer: load ms (dictionary)", value: loadMs, better: 'lower' },
    { key: 'stemmer.us.perWord', label: "natural's Indonesian stemmer: µs per word", value: (1000 * stemMs) / Math.max(1, stemmed), better: 'lower' },
  ];
};
