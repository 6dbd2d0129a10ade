import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { parseArticle, renderArticleHtml, type Article } from '../../src/index.js';
import { HOSTILE_TEXT, hostileArticle } from '../support/hostile.js';

const corpus = join(import.meta.dirname, '..', '..', 'corpus');
const read = (name: string) => readFileSync(join(corpus, `${name}.txt`), 'utf8');

/** The article text inside the page: the `<p class="article">` with labels and tooltips removed, tags dropped, entities decoded. */
function textOf(html: string): string {
  const body = /<p class="article"[^>]*>([\s\S]*)<\/p><\/div>/.exec(html)?.[1];
  if (body === undefined) throw new Error('no article text in the page');
  const withoutLabels = body
    .replace(/<span class="lbl tip"[^>]*>(?:<span class="tip-[hl]">[^<]*<\/span>)+<\/span>/g, '')
    .replace(/<span class="lbl[^"]*"[^>]*>[^<]*<\/span>/g, '')
    .replace(/<a class="lbl[^"]*"[^>]*>[^<]*<\/a>/g, '');
  return decodeHTML(withoutLabels.replace(/<[^>]*>/g, ''));
}

/** Every `data-span` of a kind in the page, as `start-end` strings. */
const spansOf = (html: string, kind: string) => [...html.matchAll(new RegExp(`data-kind="${kind}" data-span="(\\d+-\\d+)"`, 'g'))].map((m) => m[1]);
const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));

describe('view: renderArticleHtml on the corpus', () => {
  const names = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  for (const name of names) {
    it(`${name}: holds the whole text once, marks every span of the parse, links resolve`, () => {
      const text = read(name);
      const article = parseArticle(text);
      const html = renderArticleHtml(article, text);
      // Line ends inside the page are the text's own (HTML folds CR LF on display only).
      expect(textOf(html)).toBe(text);
      const span = (s: { start: number; end: number }) => `${s.start}-${s.end}`;
      expect(spansOf(html, 'organisation')).toEqual(
        article.organisations.flatMap((o) => o.mentions).sort((a, b) => a.start - b.start || b.end - a.end).map(span),
      );
      expect(spansOf(html, 'quote').sort()).toEqual(article.quotes.map((q) => span(q.span)).sort());
      expect(spansOf(html, 'duplicate').sort()).toEqual(article.duplicates.map((d) => span(d.span)).sort());
      expect(spansOf(html, 'boilerplate').length).toBe(article.boilerplate.length);
      expect(spansOf(html, 'dateline')).toEqual(article.dateline ? [span(article.dateline.span)] : []);
      const known = ids(html);
      for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(known.has(target!), `#${target} exists`).toBe(true);
      for (const [, target] of html.matchAll(/aria-describedby="([^"]+)"/g)) expect(known.has(target!), `#${target} exists`).toBe(true);
      expect(known.size).toBe([...html.matchAll(/ id="/g)].length);
    });
  }
});

describe('view: what the page shows', () => {
  const text = read('seed-shape--body-repeated-twice');
  const article = parseArticle(text);
  const html = renderArticleHtml(article, text, { source: 'seed-shape.txt' });

  it('marks the glued title repeat as junk after the title', () => {
    expect(article.title?.repeated).toBe(true);
    const repeat = /data-kind="title-repeat" data-span="(\d+)-(\d+)"/.exec(html);
    expect(repeat).not.toBeNull();
    expect(text.slice(Number(repeat![1]), Number(repeat![2]))).toBe(text.slice(article.title!.span.start, article.title!.span.end));
    expect(html).toContain('glued repeat of the title');
  });

  it('links each duplicate to the passage it repeats, by paragraph number', () => {
    expect(article.duplicates.length).toBeGreaterThan(0);
    const links = [...html.matchAll(/<a class="lbl tag tag-dup" href="#(source-\d+)">copy of ¶(\d+)<\/a>/g)];
    expect(links.length).toBe(article.duplicates.length);
  });

  it('puts a badge naming speaker and role on each direct quote, and groups quotes by speaker', () => {
    for (const q of article.quotes.filter((x) => x.kind === 'direct' && x.speaker)) {
      expect(html).toContain(`<span class="lbl badge">${q.speaker!.name}`);
      expect(html).toContain(`data-speaker="${q.speaker!.name}"`);
    }
  });

  it('gives each organisation mention its full name and acronym in a tooltip tied to the mark', () => {
    const withAcronym = article.organisations.find((o) => o.acronym && o.acronym !== o.name);
    expect(withAcronym).toBeDefined();
    expect(html).toContain(`<span class="tip-h">${withAcronym!.name} (${withAcronym!.acronym})</span>`);
    expect(html).toMatch(/data-kind="organisation" data-span="\d+-\d+" aria-describedby="tip-org-1-1"/);
  });

  it('makes every mark focusable and names the article language', () => {
    const body = /<p class="article"[\s\S]*<\/p>/.exec(html)![0];
    const marks = [...body.matchAll(/<span class="m [^"]*"[^>]*>/g)].map((m) => m[0]).filter((m) => !m.includes('data-of='));
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) expect(m).toContain('tabindex="0"');
    expect(html).toContain('<p class="article" lang="id">');
  });

  it('is one self-contained page: no script, no external resource, a CSP that forbids scripts', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    expect(html).toContain(`content="default-src &apos;none&apos;; style-src &apos;unsafe-inline&apos;`);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('renders the same page for the same input', () => {
    expect(renderArticleHtml(article, text, { source: 'seed-shape.txt' })).toBe(html);
  });
});

describe('view: hostile text', () => {
  const html = renderArticleHtml(hostileArticle(), HOSTILE_TEXT, { source: '<script>alert(1)</script>', heading: '</title><script>alert(2)</script>' });
  const article = /<main[\s\S]*<\/aside>/.exec(html)![0];

  it('escapes text, tooltips, badges, attributes and the title: no tag from the article survives', () => {
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<meta http-equiv="refresh|<body onload|<a href="javascript/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html.match(/<title>/g)).toHaveLength(1);
    for (const [, value] of html.matchAll(/ (?:href|id|class|data-[a-z]+|aria-[a-z]+)="([^"]*)"/g)) expect(value).not.toMatch(/[<>'"]/);
    for (const [, href] of article.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#[\w-]+$/);
    expect(textOf(html)).toBe(HOSTILE_TEXT);
    expect(html).toContain('&lt;script&gt;window.__warta_pwned');
  });
});

describe('view: odd input', () => {
  it('throws a TypeError naming a wrong argument', () => {
    expect(() => renderArticleHtml(null as unknown as Article, '')).toThrow(/renderArticleHtml: `article` must be an Article object, got null/);
    expect(() => renderArticleHtml(parseArticle('x'), 5 as unknown as string)).toThrow(/`text` must be a string, got number/);
    expect(() => renderArticleHtml(parseArticle('x'), 'x', { source: 1 as unknown as string })).toThrow(TypeError);
  });

  it('renders an empty article', () => {
    const html = renderArticleHtml(parseArticle(''), '');
    expect(html).toContain('Untitled article');
    expect(html).toContain('empty input: no text to parse');
  });

  it('leaves spans outside the text unmarked and says so', () => {
    const text = read('seed-shape--body-repeated-twice');
    const html = renderArticleHtml(parseArticle(text), text.slice(0, 200));
    expect(html).toMatch(/\d+ span\(s\) fall outside the text and are not marked/);
    expect(textOf(html)).toBe(text.slice(0, 200));
  });

  it('renders an article missing parts (as JSON from parse --fields gives it)', () => {
    const text = read('seed-shape--body-repeated-twice');
    const { quotes, organisations } = parseArticle(text);
    const html = renderArticleHtml({ quotes, organisations } as Article, text);
    expect(textOf(html)).toBe(text);
    expect(spansOf(html, 'quote').length).toBe(quotes.length);
  });
});
