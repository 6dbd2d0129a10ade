import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/cli/inputs.js';
import { parseArticle } from '../../src/index.js';
import { renderBarChart } from '../../src/report/bar-chart.js';
import { readBatchRecord } from '../../src/report/batch-records.js';
import { addRecord, emptyStats, SLOWEST_LISTED, type BatchStats } from '../../src/report/batch-stats.js';
import { renderReportHtml } from '../../src/report/render-report-html.js';
import { PAYLOADS } from '../support/hostile.js';

const corpus = join(import.meta.dirname, '..', '..', 'corpus');
const line = (raw: string, n = 1): InputItem => ({ file: 'parsed.jsonl', line: n, format: 'jsonl', raw });
const parsed = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id: name, article: parseArticle(readFileSync(join(corpus, `${name}.txt`), 'utf8')), ...extra });

function statsOf(lines: string[]): BatchStats {
  const stats = emptyStats();
  lines.forEach((raw, i) => addRecord(stats, readBatchRecord(line(raw, i + 1))));
  return stats;
}

describe('report: reading parse output', () => {
  it('tells articles, error records, unreadable and empty lines apart', () => {
    expect(readBatchRecord(line(parsed('seed-shape--body-repeated-twice')))?.kind).toBe('article');
    expect(readBatchRecord(line('{"error":"not valid JSON","line":3,"file":"in.jsonl","id":7}'))).toEqual({
      kind: 'failed', at: { file: 'parsed.jsonl', line: 1 }, id: 7, error: 'not valid JSON', input: { file: 'in.jsonl', line: 3 },
    });
    expect(readBatchRecord(line('{"id": 1, "article": [1]}'))).toMatchObject({ kind: 'unreadable' });
    expect(readBatchRecord(line('not json'))).toMatchObject({ kind: 'unreadable', reason: 'not valid JSON' });
    expect(readBatchRecord(line('[1,2]'))).toMatchObject({ kind: 'unreadable', reason: 'not a JSON object' });
    expect(readBatchRecord({ file: 'a.txt', line: 1, format: 'text', raw: 'Teks' })).toMatchObject({ kind: 'unreadable' });
    expect(readBatchRecord(line('   '))).toBeNull();
  });

  it('reads a numeric ms as the parse time and keeps the other fields', () => {
    const r = readBatchRecord(line(JSON.stringify({ id: 'a', url: 'https://www.example.id/x', ms: 4.5, article: {} })));
    expect(r).toMatchObject({ kind: 'article', ms: 4.5, fields: { id: 'a', url: 'https://www.example.id/x' } });
    expect(readBatchRecord(line(JSON.stringify({ ms: 'slow', article: {} })))).toMatchObject({ ms: null });
  });
});

describe('report: figures', () => {
  const names = ['seed-shape--body-repeated-twice', 'kompas--inline-baca-juga', 'antara--editor-copyright-orgs', 'malay--utusan-kuala-lumpur', 'decoy--feature-city-opening-no-dateline'];
  const stats = statsOf([...names.map((n) => parsed(n)), '', '{"error":"no field \\"text\\"","line":9,"file":"in.jsonl"}', 'garbage']);
  const articles = names.map((n) => parseArticle(readFileSync(join(corpus, `${n}.txt`), 'utf8')));

  it('adds up: lines = articles + failed + unreadable + empty', () => {
    expect(stats.lines).toBe(8);
    expect([stats.articles, stats.failedCount, stats.unreadableCount, stats.emptyLines]).toEqual([5, 1, 1, 1]);
  });

  it('counts datelines, outlets, languages, quotes and duplicates as the articles say', () => {
    expect(stats.datelines.found).toBe(articles.filter((a) => a.dateline).length);
    expect(stats.byOutlet.get('kompas')).toBe(1);
    expect(stats.byOutlet.get('unknown')).toBe(articles.filter((a) => !a.dateline?.outletId && !a.dateline?.outlet).length);
    expect(stats.byLanguage.get('zlm')).toBe(1);
    expect(stats.quotes.direct + stats.quotes.indirect).toBe(articles.reduce((n, a) => n + a.quotes.length, 0));
    expect(stats.quotesPerArticle.reduce((a, b) => a + b, 0)).toBe(5);
    expect(stats.duplicates.copies).toBe(articles.reduce((n, a) => n + a.duplicates.length, 0));
    expect(stats.boilerplate.items).toBe(articles.reduce((n, a) => n + a.boilerplate.length, 0));
  });

  it('counts a speaker once per article but each quote', () => {
    const speaker = articles.flatMap((a) => a.quotes).find((q) => q.speaker)!.speaker!;
    const tally = stats.speakers.get(speaker.name.toLowerCase())!;
    const quotes = articles.flatMap((a) => a.quotes).filter((q) => q.speaker?.name.toLowerCase() === speaker.name.toLowerCase());
    expect(tally.count).toBe(quotes.length);
    expect(tally.articles).toBe(1);
  });

  it('lists the largest articles when no timings are given, and says so', () => {
    expect(stats.timed).toBe(0);
    expect(stats.heaviest.map((r) => r.chars)).toEqual([...stats.heaviest.map((r) => r.chars)].sort((a, b) => b - a));
    const html = renderReportHtml(stats);
    expect(html).toContain('Largest articles (no timings in the input)');
    expect(html).toContain('This input records no parse times');
  });

  it('lists the slowest articles, at most ten, when lines carry ms', () => {
    const timed = statsOf(Array.from({ length: 14 }, (_, i) => JSON.stringify({ id: `a${i}`, ms: (i * 7) % 13, article: { paragraphs: [] } })));
    expect(timed.heaviest).toHaveLength(SLOWEST_LISTED);
    expect(timed.heaviest[0]!.ms).toBe(12);
    expect(timed.heaviest.map((r) => r.ms)).toEqual([...timed.heaviest.map((r) => r.ms)].sort((a, b) => b! - a!));
    expect(renderReportHtml(timed)).toContain('Slowest articles');
  });

  it('says which parts the input lacks instead of reporting zeros for them', () => {
    const partial = statsOf([JSON.stringify({ id: 1, article: { quotes: [] } })]);
    const html = renderReportHtml(partial);
    expect(html).toMatch(/Not in the input: title, language, dateline, published, paragraphs, organisations, duplicates, boilerplate, credit, warnings/);
    expect(partial.byOutlet.size).toBe(0);
  });

  it('survives wrong shapes inside an article', () => {
    const odd = statsOf([JSON.stringify({ article: { quotes: 'many', organisations: [null, { name: 5 }, { name: 'KPK', mentions: 'x' }], duplicates: [{ span: 'x' }], dateline: 3, language: null, warnings: [1, 'ok'] } })]);
    expect(odd.articles).toBe(1);
    expect(odd.organisations.get('kpk')?.count).toBe(0);
    expect(odd.duplicates.copies).toBe(1);
  });
});

describe('report: the page', () => {
  it('escapes every string from the input', () => {
    const evil = PAYLOADS.join(' ');
    const stats = statsOf([
      JSON.stringify({ id: evil, url: 'javascript:alert(1)', article: { language: { code: evil }, dateline: { outlet: evil, place: evil }, quotes: [{ kind: 'direct', speaker: { name: evil, role: evil } }], organisations: [{ name: evil, acronym: evil, mentions: [] }], boilerplate: [{ kind: evil, span: { start: 0, end: 3 } }], warnings: [evil] } }),
      JSON.stringify({ error: evil, line: 2, file: evil, id: evil }),
    ]);
    const html = renderReportHtml(stats, { heading: evil, inputs: [evil] });
    expect(html).not.toMatch(/<script|<img|<svg onload|<iframe|<a href="javascript|<body onload/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[\w-]+$/);
  });

  it('draws accessible charts: a title and a description that reads every value, and the value beside each bar', () => {
    const svg = renderBarChart({ id: 'c', title: 'Articles per outlet', description: 'Articles per outlet', bars: [{ label: 'kompas', value: 3, text: '3 (60%)' }, { label: 'antara', value: 2 }] });
    expect(svg).toContain('<svg role="img"');
    expect(svg).toContain('aria-labelledby="c-t c-d"');
    expect(svg).toContain('<desc id="c-d">Articles per outlet. kompas: 3 (60%); antara: 2</desc>');
    expect(svg).toMatch(/<text class="bv"[^>]*>3 \(60%\)<\/text>/);
    expect(renderBarChart({ id: 'e', title: 'Empty', description: 'Nothing', bars: [] })).toContain('No data.');
  });

  it('renders an empty batch', () => {
    const html = renderReportHtml(emptyStats());
    expect(html).toContain('0 lines read');
    expect(html).toContain('No input line failed.');
  });
});
