/**
 * Issue 6 asks whether `compromise` (English-only NLP) should serve warta's English parsing.
 * This measures it side by side with warta's own rules on the English articles of gold-dev and
 * gold-dev-fresh:
 * organisations found (article-level precision and recall, the README definition) and
 * speakers of gold quotes recognised as people, plus the cost per article. compromise is a
 * dev dependency used only here; warta keeps whichever wins (see the printed figures).
 */
import { createRequire } from 'node:module';
import { parseArticle } from '../../src/index.js';
import { loadGoldSets } from './gold-sets.js';
import { prf } from './shared.js';
import type { Evaluator, Figure } from './types.js';

interface GoldArticle {
  id: string;
  lang: string;
  quotes: { speaker: string | null }[];
  organisations?: { name: string; forms: string[] }[];
  ambiguousOrganisations?: string[];
}

type Nlp = (text: string) => { organizations(): { out(f: 'array'): string[] }; people(): { out(f: 'array'): string[] } };

const key = (s: string) => s.replace(/\s+/g, ' ').replace(/^the /i, '').replace(/(?:['’]s|[.,:;])+$/, '').trim().toLowerCase();

function scoreOrgs(found: string[], gold: GoldArticle): { tp: number; fp: number; fn: number } {
  const orgs = gold.organisations ?? [];
  const forms = orgs.map((o) => new Set([o.name, ...o.forms].map(key)));
  const ambiguous = new Set((gold.ambiguousOrganisations ?? []).map(key));
  const reported = [...new Set(found.map(key))];
  let fp = 0;
  const hit = new Set<number>();
  for (const r of reported) {
    const i = forms.findIndex((f) => f.has(r));
    if (i >= 0) hit.add(i);
    else if (!ambiguous.has(r)) fp++;
  }
  return { tp: hit.size, fp, fn: orgs.length - hit.size };
}

export const evaluateCompromise: Evaluator = async (dataDir) => {
  const sets = await loadGoldSets<GoldArticle>(dataDir);
  const items = sets.flatMap((set) => set.items.filter((i) => i.lang === 'eng'));
  if (items.length === 0) return [];
  const counts = sets.map((set) => `${set.name} ${set.items.filter((i) => i.lang === 'eng').length}`).join(', ');
  const nlp = createRequire(import.meta.url)('compromise') as Nlp;

  const totals = { warta: { tp: 0, fp: 0, fn: 0 }, compromise: { tp: 0, fp: 0, fn: 0 } };
  const people = { warta: 0, compromise: 0, gold: 0 };
  const ms = { warta: 0, compromise: 0 };
  for (const { gold: g, text } of items) {
    // Parsed again (not the shared parse) so the time is measured.
    let t = performance.now();
    const article = parseArticle(text);
    ms.warta += performance.now() - t;
    t = performance.now();
    const doc = nlp(text);
    const cOrgs = doc.organizations().out('array');
    const cPeople = doc.people().out('array').map(key);
    ms.compromise += performance.now() - t;

    const wOrgs = article.organisations.flatMap((o) => [o.name, ...(o.acronym ? [o.acronym] : [])]);
    for (const [who, found] of [['warta', wOrgs], ['compromise', cOrgs]] as const) {
      const s = scoreOrgs(found, g);
      totals[who].tp += s.tp;
      totals[who].fp += s.fp;
      totals[who].fn += s.fn;
    }
    for (const q of g.quotes) {
      if (!q.speaker) continue;
      people.gold++;
      const name = key(q.speaker);
      if (article.quotes.some((w) => w.speaker && (key(w.speaker.name).includes(name) || name.includes(key(w.speaker.name))))) people.warta++;
      if (cPeople.some((p) => p.includes(name) || name.includes(p))) people.compromise++;
    }
  }
  const w = prf(totals.warta.tp, totals.warta.fp, totals.warta.fn);
  const c = prf(totals.compromise.tp, totals.compromise.fp, totals.compromise.fn);
  const n = Math.max(1, items.length);
  return [
    { key: 'compromise.orgs.warta.f1', label: `English articles (${counts}): organisations F1, warta rules`, value: w.f1, detail: `warta P ${w.precision.toFixed(3)} R ${w.recall.toFixed(3)}; compromise P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)}` },
    { key: 'compromise.orgs.compromise.f1', label: 'English articles: organisations F1, compromise .organizations()', value: c.f1 },
    { key: 'compromise.speakers.warta', label: 'English articles: gold speakers named by warta quotes', value: people.warta / Math.max(1, people.gold) },
    { key: 'compromise.speakers.compromise', label: 'English articles: gold speakers among compromise .people()', value: people.compromise / Math.max(1, people.gold) },
    { key: 'compromise.ms.warta', label: 'English articles: ms per article, whole warta parse', value: ms.warta / n, better: 'lower' },
    { key: 'compromise.ms.compromise', label: 'English articles: ms per article, compromise alone', value: ms.compromise / n, better: 'lower' },
  ];
};
