import { ADVERSARIES } from '../test/adversarial.js';
import { parseArticle } from '../src/index.js';
const a = ADVERSARIES.find((x) => x.name === process.argv[2])!;
const s = a.make(Number(process.argv[3]));
const times: Record<string, number> = {};
const t0 = performance.now();
parseArticle(s, { trace: (n, ms) => (times[n] = ms) });
console.log((performance.now() - t0).toFixed(0), JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)]))));
