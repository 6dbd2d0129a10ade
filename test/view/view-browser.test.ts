import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, renderArticleHtml, type Article } from '../../src/index.js';
import { CONTENT_SECURITY_POLICY } from '../../src/html/page.js';
import { COLOURS } from '../../src/html/palette.js';
import { quoteSpeakerLabel } from '../../src/view/labels.js';
import { launchChromium, hasChromium, CHROMIUM_PATH, type Browser } from '../support/chromium.js';
import { contrastRatio } from '../support/contrast.js';
import { HOSTILE_TEXT, hostileArticle } from '../support/hostile.js';

/**
 * The pages in a real browser: headless Chromium opens the view of the seed article and of
 * corpus articles, checks that what is marked and listed matches the parse, that every mark
 * takes keyboard focus, that text keeps its contrast, that hostile text runs nothing, and
 * that nothing is fetched from anywhere. Screenshots go to WARTA_SCREENSHOTS (default: a
 * temporary folder).
 */
const root = join(import.meta.dirname, '..', '..');
const seedDir = join(root, '..', 'shared', 'seed');
const shots = process.env.WARTA_SCREENSHOTS ?? join(tmpdir(), 'warta-screenshots');
const pagesDir = mkdtempSync(join(tmpdir(), 'warta-pages-'));

if (!hasChromium) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium; .ci/run installs it)`);
} else if (!existsSync(seedDir)) {
  console.warn(`browser test of the seed article skipped: no ${seedDir} beside the repository`);
}

interface Opened {
  page: Page;
  /** Requests besides the page itself: a self-contained page makes none. */
  requests: string[];
  console: string[];
  dialogs: string[];
  errors: string[];
}

describe.skipIf(!hasChromium)('browser: the article view and the batch report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(shots, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string): Promise<Opened> {
    const file = join(pagesDir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.context.newPage();
    const opened: Opened = { page, requests: [], console: [], dialogs: [], errors: [] };
    page.on('request', (r) => r.url() !== `file://${file}` && opened.requests.push(r.url()));
    page.on('console', (m) => opened.console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => opened.errors.push(e.message));
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`file://${file}`);
    return opened;
  }

  /** Every mark in the page: its kind, its `data-span`, and the article text its fragments hold (labels left out). */
  const marksIn = (page: Page) =>
    page.evaluate(() => {
      const own = (el: Element): string => {
        let s = '';
        for (const c of el.childNodes) {
          if (c.nodeType === Node.TEXT_NODE) s += (c as Text).data;
          else if (c instanceof Element && !c.classList.contains('lbl')) s += own(c);
        }
        return s;
      };
      return [...document.querySelectorAll('.article [data-kind]')].map((el) => ({
        kind: el.getAttribute('data-kind')!,
        span: el.getAttribute('data-span')!,
        text: [el, ...document.querySelectorAll(`[data-of="${el.id}"]`)].map(own).join(''),
        focusable: (el as HTMLElement).tabIndex === 0,
      }));
    });

  /** The HTML parser reads CR LF and lone CR as LF. */
  const asParsed = (s: string) => s.replace(/\r\n?/g, '\n');

  async function checkAgainstParse(page: Page, text: string, article: Article): Promise<void> {
    const marks = await marksIn(page);
    for (const m of marks) {
      const [start, end] = m.span.split('-').map(Number) as [number, number];
      expect(m.text, `${m.kind} ${m.span}`).toBe(asParsed(text.slice(start, end)));
      expect(m.focusable, `${m.kind} ${m.span} takes focus`).toBe(true);
    }
    const count = (kind: string) => marks.filter((m) => m.kind === kind).length;
    expect(count('organisation')).toBe(article.organisations.reduce((n, o) => n + o.mentions.length, 0));
    expect(count('quote')).toBe(article.quotes.length);
    expect(count('duplicate')).toBe(article.duplicates.length);
    expect(count('boilerplate')).toBe(article.boilerplate.length);
    expect(count('dateline')).toBe(article.dateline ? 1 : 0);
    expect(count('credit')).toBe(article.credit ? 1 : 0);

    const panel = await page.evaluate(() => ({
      speakers: [...document.querySelectorAll('.panel [data-speaker]')].map((el) => [el.getAttribute('data-speaker'), Number(el.getAttribute('data-quotes'))]),
      organisations: [...document.querySelectorAll('.panel tr[data-organisation]')].map((tr) => [tr.getAttribute('data-organisation'), Number(tr.querySelector('.num')!.textContent)]),
      count: document.querySelector('[data-count="organisations"]')!.textContent,
    }));
    const names = [...new Set(article.quotes.map((q) => q.speaker?.name ?? ''))];
    expect(panel.speakers.map(([n]) => n).sort()).toEqual(names.sort());
    for (const [name, n] of panel.speakers) expect(n).toBe(article.quotes.filter((q) => (q.speaker?.name ?? '') === name).length);
    expect(panel.organisations.sort()).toEqual(article.organisations.map((o) => [o.name, o.mentions.length]).sort());
    expect(panel.count).toBe(String(article.organisations.length));
  }

  async function checkQuiet(opened: Opened): Promise<void> {
    expect(opened.requests, 'no request leaves the page').toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(opened.dialogs).toEqual([]);
    expect(opened.console).toEqual([]);
  }

  describe.skipIf(!existsSync(seedDir))('the seed article', () => {
    it('shows the glued title, the dateline, six dimmed duplicates, the struck junk, the first speaker with her badge, and every organisation', async () => {
      const file = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
      const text = readFileSync(join(seedDir, file), 'utf8');
      const article = parseArticle(text);
      const opened = await open(renderArticleHtml(article, text, { source: file }), 'seed');
      const { page } = opened;
      await checkAgainstParse(page, text, article);

      const title = await page.locator('[data-kind="title"]').evaluate((el) => el.textContent);
      expect(title).toContain(article.title!.text);
      const repeat = page.locator('[data-kind="title-repeat"]');
      expect(await repeat.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
      expect(await page.locator('[data-kind="dateline"]').evaluate((el) => el.textContent)).toContain(article.dateline!.raw);

      const duplicates = page.locator('[data-kind="duplicate"]');
      expect(await duplicates.count()).toBe(6);
      for (const colour of await duplicates.evaluateAll((els) => els.map((el) => getComputedStyle(el).color))) expect(colour).toBe(rgb(COLOURS.duplicateInk));
      for (const junk of await page.locator('[data-kind="boilerplate"]').evaluateAll((els) => els.map((el) => getComputedStyle(el).textDecorationLine))) expect(junk).toContain('line-through');

      const badge = await page.locator('[data-kind="quote"] .badge').first().textContent();
      // The expected speaker comes from the parse, so no name from the seed is written here.
      const speaker = article.quotes.find((q) => q.kind !== 'indirect')!.speaker!;
      expect(speaker.role && speaker.organisation).toBeTruthy();
      expect(badge).toBe(quoteSpeakerLabel(speaker));
      expect(await page.locator(`.panel [data-speaker="${speaker.name}"]`).count()).toBe(1);
      // The panel lists exactly what the parse found. The seed names eleven organisations; since the
      // lexicon no longer holds the seed's own NGOs (issue 9, honest figures) the parse finds nine of
      // them by shape, and the organisations work wins the rest back with general rules.
      expect(await page.locator('.panel tr[data-organisation]').count()).toBe(article.organisations.length);
      expect(article.organisations.length).toBeGreaterThanOrEqual(9);

      // A duplicate's link jumps to the passage it repeats and highlights it.
      await page.locator('a.tag-dup').first().click();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('source-1');
      expect(await page.locator(':target').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(COLOURS.target));

      await page.screenshot({ path: join(shots, 'view-seed.png') });
      await checkQuiet(opened);
      await page.close();
    });
  });

  for (const name of ['detik--title-glued-links-credit', 'malay--utusan-kuala-lumpur', 'tempo--breadcrumbs-publication-line']) {
    it(`${name}: marks and side panel match the parse`, async () => {
      const text = readFileSync(join(root, 'corpus', `${name}.txt`), 'utf8');
      const article = parseArticle(text);
      const opened = await open(renderArticleHtml(article, text, { source: `${name}.txt` }), name);
      await checkAgainstParse(opened.page, text, article);
      await opened.page.screenshot({ path: join(shots, `view-${name}.png`), fullPage: true });
      await checkQuiet(opened);
      await opened.page.close();
    });
  }

  it('moves keyboard focus through the marks, with a visible ring and the tooltip shown on focus', async () => {
    const text = readFileSync(join(root, 'corpus', 'seed-shape--body-repeated-twice.txt'), 'utf8');
    const opened = await open(renderArticleHtml(parseArticle(text), text), 'keyboard');
    const { page } = opened;
    const marks = await page.locator('.article [data-kind]').evaluateAll((els) => els.map((el) => el.id));
    const visited: string[] = [];
    // Tab through the whole page once: every mark must take focus, in text order, with a ring.
    for (let i = 0; i < marks.length * 2 + 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const tip = el.querySelector(':scope > .tip');
        return { id: el.id, kind: el.getAttribute('data-kind'), inPanel: el.closest('.panel') !== null, outline: getComputedStyle(el).outlineStyle, tip: tip ? getComputedStyle(tip).display : null };
      });
      if (focused.inPanel) break;
      if (!focused.kind) continue;
      visited.push(focused.id);
      expect(focused.outline, `${focused.kind} shows a focus ring`).toBe('solid');
      if (focused.tip !== null) expect(focused.tip, `${focused.kind} shows its tooltip on focus`).toBe('block');
    }
    expect(visited).toEqual(marks);
    const hidden = await page.locator('[data-kind="organisation"] > .tip').first().evaluate((el) => getComputedStyle(el).display);
    await page.locator('[data-kind="organisation"]').last().hover();
    expect(hidden).toBe('none');
    expect(await page.locator('[data-kind="organisation"]').last().locator('> .tip').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await page.close();
  });

  it('keeps AA contrast for the text of every mark, label, badge and tooltip as drawn', async () => {
    const text = readFileSync(join(root, 'corpus', 'detik--title-glued-links-credit.txt'), 'utf8');
    const opened = await open(renderArticleHtml(parseArticle(text), text), 'contrast');
    const pairs = await opened.page.evaluate(() => {
      const colours = (css: string) => [...css.matchAll(/rgba?\([^)]*\)/g)].map((m) => m[0]);
      const backgrounds = (el: Element | null): string[] => {
        for (let e = el; e; e = e.parentElement) {
          const style = getComputedStyle(e);
          if (style.backgroundImage !== 'none') return colours(style.backgroundImage);
          if (!/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor)) return [style.backgroundColor];
        }
        return ['rgb(255, 255, 255)'];
      };
      for (const tip of document.querySelectorAll<HTMLElement>('.tip')) tip.style.display = 'block';
      const elements = document.querySelectorAll('.article [data-kind], .article .tag, .article .badge, .article .tip, .article .tip-l, .pn, .panel *, .legend li');
      // Only elements that draw text of their own.
      const drawsText = (el: Element) => [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c as Text).data.trim() !== '');
      return [...elements].filter(drawsText).flatMap((el) => backgrounds(el).map((bg) => ({ what: el.className || el.tagName, fg: getComputedStyle(el).color, bg })));
    });
    expect(pairs.length).toBeGreaterThan(50);
    const low = pairs.filter((p) => contrastRatio(hex(p.fg), hex(p.bg)) < 4.5);
    expect(low).toEqual([]);
    await opened.page.close();
  });

  for (const withPolicy of [true, false]) {
    it(`runs nothing from hostile text${withPolicy ? '' : ' even without the Content-Security-Policy'}`, async () => {
      let html = renderArticleHtml(hostileArticle(), HOSTILE_TEXT, { source: '<script>alert(1)</script>' });
      if (!withPolicy) html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      const opened = await open(html, withPolicy ? 'hostile' : 'hostile-no-csp');
      const { page } = opened;
      await page.locator('[data-kind]').first().focus();
      for (const mark of await page.locator('.article [data-kind]').all()) await mark.hover();
      await page.waitForTimeout(200);
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __warta_pwned?: unknown }).__warta_pwned ?? null,
        scripts: document.querySelectorAll('script, img, iframe, svg, object, embed, meta[http-equiv="refresh"]').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        text: document.querySelector('.article')!.textContent,
        title: document.title,
      }));
      expect(seen.pwned).toBeNull();
      expect(seen.scripts).toBe(0);
      expect(seen.handlers).toEqual([]);
      for (const href of seen.hrefs) expect(href).toMatch(/^#/);
      expect(seen.text).toContain('<script>window.__warta_pwned = "title"</script>');
      expect(seen.text).toContain(`<img src=x onerror="window.__warta_pwned = 'img'">`);
      expect(seen.title).toContain('</title><script>');
      await checkQuiet(opened);
      if (withPolicy) {
        // The policy is live: a script added to the page is refused.
        await page.addScriptTag({ content: 'window.__warta_pwned = "added"' }).catch(() => undefined);
        expect(await page.evaluate(() => (window as unknown as { __warta_pwned?: unknown }).__warta_pwned ?? null)).toBeNull();
        expect(opened.console.join('\n')).toMatch(/Content Security Policy/);
        expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
      }
      await page.close();
    });
  }

  it('prints on one column without tooltips', async () => {
    const text = readFileSync(join(root, 'corpus', 'seed-shape--body-repeated-twice.txt'), 'utf8');
    const opened = await open(renderArticleHtml(parseArticle(text), text), 'print');
    const { page } = opened;
    await page.emulateMedia({ media: 'print' });
    await page.locator('[data-kind="organisation"]').first().focus();
    const layout = await page.evaluate(() => ({
      mainBottom: document.querySelector('main')!.getBoundingClientRect().bottom,
      panelTop: document.querySelector('.panel')!.getBoundingClientRect().top,
      tip: getComputedStyle(document.querySelector('[data-kind="organisation"] > .tip')!).display,
    }));
    expect(layout.panelTop).toBeGreaterThanOrEqual(layout.mainBottom);
    expect(layout.tip).toBe('none');
    expect((await page.pdf({ format: 'A4' })).subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('shows the batch report with accessible charts, built from parse output', async () => {
    const cli = join(root, 'dist', 'cli.js');
    if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    const corpus = join(root, 'corpus');
    const input = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => JSON.stringify({ id: f.slice(0, -4), text: readFileSync(join(corpus, f), 'utf8') })).join('\n');
    const parsed = execFileSync(process.execPath, [cli, 'parse', '--quiet', '--jobs', '1'], { input, encoding: 'utf8' });
    const withFailures = `${parsed}{"error":"not valid JSON","line":99,"file":"in.jsonl"}\n`;
    const html = execFileSync(process.execPath, [cli, 'report', '-', '--title', 'Corpus'], { input: withFailures, encoding: 'utf8' });
    const opened = await open(html, 'report');
    const { page } = opened;
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].map((svg) => ({
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        bars: svg.querySelectorAll('rect.bar').length,
        values: svg.querySelectorAll('text.bv').length,
        labelledBy: (svg.getAttribute('aria-labelledby') ?? '').split(' ').every((id) => document.getElementById(id) !== null),
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.labelledBy).toBe(true);
      expect(c.values).toBe(c.bars);
    }
    const articles = parsed.trim().split('\n').length;
    expect(await page.locator('.tiles li').first().textContent()).toBe(`${articles}articles parsed`);
    expect(await page.locator('#failed tbody tr').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'report.png') });
    await checkQuiet(opened);
    await page.close();
  });
});

/** `#rrggbb` → the `rgb(r, g, b)` that getComputedStyle reports. */
function rgb(hexColour: string): string {
  const n = Number.parseInt(hexColour.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** `rgb(r, g, b)` → `#rrggbb` (colours with alpha are not used for text). */
function hex(css: string): string {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return `#${[r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}
