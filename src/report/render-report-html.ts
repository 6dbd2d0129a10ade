import { BASE_CSS, UI_FONT } from '../html/base-styles.js';
import { escapeHtml as e } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import { COLOURS as C } from '../html/palette.js';
import { junkLabel, languageName, plural } from '../view/labels.js';
import { renderBarChart, type Bar } from './bar-chart.js';
import { MAX_LISTED_LINES, type BatchStats, type Part, type Tally } from './batch-stats.js';

/** Bars per chart; the rest are pooled into one "others" bar. */
const TOP = 15;

export interface ReportOptions {
  /** The page heading. */
  heading?: string;
  /** The files the records came from, named under the heading. */
  inputs?: readonly string[];
}

/** The batch report: one self-contained page of figures, charts and tables over `stats`. */
export function renderReportHtml(stats: BatchStats, options: ReportOptions = {}): string {
  const heading = options.heading ?? 'Batch report';
  const inputs = options.inputs ?? [];
  const shown = inputs.length > 3 ? `${inputs.slice(0, 3).join(', ')} and ${inputs.length - 3} more` : inputs.join(', ');
  const body = `<a class="skip" href="#failed">Skip to the failed lines</a>
<header class="top">
<p class="brand">warta · batch report</p>
<h1>${e(heading)}</h1>
<p class="meta">${e(`${plural(stats.lines, 'line')} read${shown ? ` from ${shown}` : ''}`)}</p>
</header>
<main class="report">
${tiles(stats)}
${missingParts(stats)}
${outletsAndLanguages(stats)}
${datelines(stats)}
${quotes(stats)}
${people(stats)}
${cleaning(stats)}
${heaviest(stats)}
${warnings(stats)}
${failures(stats)}
</main>
<footer>Made by warta from the output of <code>warta parse</code>. Charts are inline SVG; each lists its values in its description.</footer>`;
  return htmlPage({ title: `${heading} · warta`, css: REPORT_CSS, body });
}

export const REPORT_CSS = `${BASE_CSS}
.report { max-width: 84rem; margin: 0 auto; padding: 0 1.5rem 2rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 36rem), 1fr)); gap: 1rem; align-items: start; }
.report > .wide { grid-column: 1 / -1; }
.card + .card { margin-top: 0; }
.tiles { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; }
.tiles li { background: ${C.card}; border: 1px solid #d5d9df; border-radius: 10px; padding: .75rem 1rem; }
.tiles .n { display: block; font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.tiles .w { color: ${C.muted}; font-size: .85rem; }
.note { margin: .5rem 0 0; color: ${C.muted}; font-size: .85rem; }
.chart { margin: .5rem 0 0; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart text { font: 12px ${UI_FONT}; fill: ${C.ink}; }
.chart .bar { fill: ${C.bar}; }
.chart .bar.alt { fill: ${C.barAlt}; }
figcaption { color: ${C.muted}; font-size: .82rem; margin-top: .25rem; }
.missing { border-left: 4px solid ${C.barAlt}; }
td { vertical-align: baseline; }
td code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .85em; }
@media print { .report { display: block; padding: 0; } .report > * + * { margin-top: 1rem; } }
`;

function section(id: string, heading: string, body: string, wide = false): string {
  return `<section class="card${wide ? ' wide' : ''}" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${e(heading)}</h2>\n${body}\n</section>`;
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(n === of || n === 0 ? 0 : 1)}%`);
const note = (words: string) => `<p class="note">${e(words)}</p>`;
const idOf = (id: unknown, at: { file: string; line: number }) => (id === null || id === undefined ? `${at.file}:${at.line}` : typeof id === 'string' ? id : JSON.stringify(id));

function tiles(s: BatchStats): string {
  const quotes = s.quotes.direct + s.quotes.indirect;
  const items: [string, string, string?][] = [
    [String(s.articles), 'articles parsed'],
    [String(s.failedCount), 'failed lines', '#failed'],
    [pct(s.datelines.found, s.present.dateline), 'with a dateline'],
    [s.present.quotes === 0 ? '—' : (quotes / s.present.quotes).toFixed(1), 'quotes per article'],
    [pct(s.duplicates.articles, s.present.duplicates), 'with duplicates'],
    [pct(s.boilerplate.articles, s.present.boilerplate), 'with junk'],
  ];
  if (s.unreadableCount > 0) items.splice(2, 0, [String(s.unreadableCount), 'unreadable lines', '#unreadable']);
  const li = items.map(([n, w, href]) => `<li><span class="n">${e(n)}</span><span class="w">${href ? `<a href="${href}">${e(w)}</a>` : e(w)}</span></li>`);
  return `<section class="wide" aria-label="Summary"><ul class="tiles">${li.join('')}</ul></section>`;
}

/** Parts that no article carried: the batch was parsed with `--fields`, so say so instead of showing zeros. */
function missingParts(s: BatchStats): string {
  if (s.articles === 0) return '';
  const missing = (Object.keys(s.present) as Part[]).filter((p) => s.present[p] === 0);
  if (missing.length === 0) return '';
  return `<section class="card wide missing" aria-label="Parts not in the input"><p>${e(`Not in the input: ${missing.join(', ')}. The batch was probably parsed with --fields; figures that need these parts show —.`)}</p></section>`;
}

function topBars(map: Map<string, number>, label: (key: string) => string, total: number): Bar[] {
  const sorted = [...map].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const bars: Bar[] = sorted.slice(0, TOP).map(([k, n]) => ({ label: label(k), value: n, text: `${n} (${pct(n, total)})` }));
  const rest = sorted.slice(TOP).reduce((sum, [, n]) => sum + n, 0);
  if (rest > 0) bars.push({ label: `${sorted.length - TOP} others`, value: rest, text: `${rest} (${pct(rest, total)})`, alternate: true });
  return bars;
}

function outletsAndLanguages(s: BatchStats): string {
  const total = [...s.byOutlet.values()].reduce((a, b) => a + b, 0);
  const outletChart = renderBarChart({ id: 'chart-outlets', title: 'Articles per outlet', description: 'Articles per outlet', bars: topBars(s.byOutlet, (k) => k, total), note: 'The outlet from the dateline (its canonical id when known), else the host of a url field; unknown when neither says.' });
  const languages = [...s.byLanguage.values()].reduce((a, b) => a + b, 0);
  const languageChart = renderBarChart({ id: 'chart-languages', title: 'Articles per language', description: 'Articles per detected language', bars: topBars(s.byLanguage, (k) => `${languageName(k)} (${k})`, languages) });
  return `${section('outlets', 'Outlets', outletChart)}\n${section('languages', 'Languages', languageChart)}`;
}

function datelines(s: BatchStats): string {
  const of = s.present.dateline;
  const d = s.datelines;
  const bar = (label: string, n: number, alternate = false): Bar => ({ label, value: n, text: `${n} (${pct(n, of)})`, alternate });
  const chart = renderBarChart({
    id: 'chart-datelines',
    title: 'Dateline coverage',
    description: `Of ${plural(of, 'article')}, how many have a dateline and which of its fields`,
    bars: of === 0 ? [] : [bar('dateline found', d.found), bar('… with a place', d.place), bar('… with an outlet', d.outlet), bar('… with a date', d.date), bar('publication line', d.published, true)],
    max: of,
  });
  return section('datelines', 'Datelines', chart);
}

function quotes(s: BatchStats): string {
  const of = s.present.quotes;
  const last = s.quotesPerArticle.length - 1;
  // Rows up to the largest count seen (at least 0–5), so a quiet batch is not a column of zeros.
  let shown = last;
  while (shown > 5 && s.quotesPerArticle[shown] === 0) shown--;
  const bars: Bar[] = s.quotesPerArticle.slice(0, shown + 1).map((n, i) => ({ label: i === last ? `${i} or more quotes` : plural(i, 'quote'), value: n, text: `${n} (${pct(n, of)})` }));
  const chart = renderBarChart({ id: 'chart-quotes', title: 'Quotes per article', description: 'Number of articles by how many quotes they hold', bars: of === 0 ? [] : bars });
  const q = s.quotes;
  const all = q.direct + q.indirect;
  const facts = `<dl class="facts"><dt>Direct quotes</dt><dd>${q.direct}</dd><dt>Reported speech</dt><dd>${q.indirect}</dd><dt>With a speaker</dt><dd>${q.attributed} (${pct(q.attributed, all)})</dd></dl>`;
  return section('quotes', 'Quotes', `${facts}\n${chart}`);
}

function topTallies(map: Map<string, Tally>): Tally[] {
  return [...map.values()].sort((a, b) => b.count - a.count || b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, TOP);
}

/** The detail seen most often with a name: a speaker's usual role, an organisation's acronym. */
function usual(t: Tally): string | null {
  let best: [string, number] | null = null;
  for (const entry of t.details) if (!best || entry[1] > best[1]) best = entry;
  return best ? best[0] : null;
}

function people(s: BatchStats): string {
  const speakerBars = topTallies(s.speakers).map((t): Bar => {
    const about = usual(t);
    return { label: t.name, value: t.count, text: `${plural(t.count, 'quote')}, ${plural(t.articles, 'article')}`, detail: about ?? undefined };
  });
  const orgBars = topTallies(s.organisations).map((t): Bar => {
    const acronym = usual(t);
    return { label: acronym ? `${t.name} (${acronym})` : t.name, value: t.count, text: `${plural(t.count, 'mention')}, ${plural(t.articles, 'article')}` };
  });
  const speakers = section('speakers', 'Top speakers', renderBarChart({ id: 'chart-speakers', title: 'Top speakers', description: 'Speakers by number of quotes', bars: speakerBars, note: `${plural(s.speakers.size, 'distinct speaker')}. Hover a bar (or read the description) for the role and organisation seen most often.` }));
  const orgs = section('organisations', 'Top organisations', renderBarChart({ id: 'chart-organisations', title: 'Top organisations', description: 'Organisations by number of mentions', bars: orgBars, note: `${plural(s.organisations.size, 'distinct organisation')}, grouped by canonical id when known, else by name.` }));
  return `${speakers}\n${orgs}`;
}

function cleaning(s: BatchStats): string {
  const d = s.duplicates;
  const b = s.boilerplate;
  const facts = `<dl class="facts">
<dt>Articles with duplicates</dt><dd>${d.articles} (${pct(d.articles, s.present.duplicates)})</dd>
<dt>Duplicate copies</dt><dd>${d.copies} · ${pct(d.chars, s.chars)} of the text</dd>
<dt>Articles with junk</dt><dd>${b.articles} (${pct(b.articles, s.present.boilerplate)})</dd>
<dt>Junk pieces</dt><dd>${b.items} · ${pct(b.chars, s.chars)} of the text</dd>
</dl>`;
  const chart = renderBarChart({ id: 'chart-junk', title: 'Junk by kind', description: 'Boilerplate pieces by kind', bars: topBars(b.byKind, junkLabel, b.items) });
  return section('cleaning', 'Duplicates and junk', `${facts}\n${chart}\n${note('Shares of the text are of the characters up to the last offset warta reported in each article (a lower bound of its length).')}`);
}

function heaviest(s: BatchStats): string {
  const timed = s.timed > 0;
  const ms = (r: { ms: number | null }) => (timed ? `<td class="num">${r.ms === null ? '—' : r.ms.toFixed(1)}</td>` : '');
  const rows = s.heaviest.map((r) => `<tr><td>${e(idOf(r.id, r.at))}</td><td class="mono">${e(`${r.at.file}:${r.at.line}`)}</td>${ms(r)}<td class="num">${r.chars.toLocaleString('en')}</td></tr>`);
  const explain = timed
    ? `Parse times as recorded in the input's ms field (${s.timed} of ${s.articles} articles carry one).`
    : 'This input records no parse times (no ms field), so these are the largest articles instead: parse time grows with length. Sizes are the last offset warta reported.';
  const table = `<table><thead><tr><th scope="col">Article</th><th scope="col">Line</th>${timed ? '<th scope="col" class="num">ms</th>' : ''}<th scope="col" class="num">Characters</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return section('slowest', timed ? 'Slowest articles' : 'Largest articles (no timings in the input)', `${note(explain)}\n${rows.length > 0 ? table : note('No articles.')}`, true);
}

function warnings(s: BatchStats): string {
  if (s.warnings.size === 0) return section('warnings', 'Warnings', note('No article carried a warning.'));
  const rows = topTallies(s.warnings).map((t) => `<tr><td>${e(t.name)}</td><td class="num">${t.articles}</td></tr>`);
  const more = s.warnings.size > TOP ? note(`${s.warnings.size - TOP} more kinds of warning not shown.`) : '';
  return section('warnings', 'Warnings', `<table><thead><tr><th scope="col">Warning (an example of its kind)</th><th scope="col" class="num">Articles</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`);
}

function failures(s: BatchStats): string {
  const listed = (shown: number, total: number) => (total > shown ? note(`The first ${MAX_LISTED_LINES} of ${total} are listed.`) : '');
  const failedRows = s.failed.map((f) => {
    const file = f.input.file === '-' ? 'stdin' : f.input.file;
    const input = file !== undefined || f.input.line !== undefined ? `${file ?? '?'}:${f.input.line ?? '?'}` : '—';
    return `<tr><td class="mono">${e(input)}</td><td>${f.id === null || f.id === undefined ? '—' : e(idOf(f.id, f.at))}</td><td>${e(f.error)}</td></tr>`;
  });
  const failed = s.failedCount === 0
    ? note('No input line failed.')
    : `${note('Error records that warta parse wrote in place of inputs it could not use.')}<table><thead><tr><th scope="col">Input line</th><th scope="col">Id</th><th scope="col">Error</th></tr></thead><tbody>${failedRows.join('')}</tbody></table>${listed(s.failed.length, s.failedCount)}`;
  let out = section('failed', `Failed lines (${s.failedCount})`, failed, true);
  if (s.unreadableCount > 0) {
    const rows = s.unreadable.map((u) => `<tr><td class="mono">${e(`${u.at.file}:${u.at.line}`)}</td><td>${e(u.reason)}</td></tr>`);
    out += `\n${section('unreadable', `Unreadable lines in the report's input (${s.unreadableCount})`, `<table><thead><tr><th scope="col">Line</th><th scope="col">Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>${listed(s.unreadable.length, s.unreadableCount)}`, true)}`;
  }
  return out;
}
