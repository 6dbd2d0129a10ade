/**
 * Regenerate the README's screenshots in docs/ with headless Chromium:
 *   npm run screenshots -- --seed ../shared/seed
 * The seed article is read from beside the repository (never copied into it); without it,
 * only the corpus pictures are made.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticle, renderArticleHtml } from '../src/index.js';
import { readBatchRecord } from '../src/report/batch-records.js';
import { addRecord, emptyStats } from '../src/report/batch-stats.js';
import { renderReportHtml } from '../src/report/render-report-html.js';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../test/support/chromium.js';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '../shared/seed' }, out: { type: 'string', default: 'docs' } } });
const root = join(import.meta.dirname, '..');
const out = join(root, values.out!);
const pages = mkdtempSync(join(tmpdir(), 'warta-screenshots-'));

if (!hasChromium) {
  console.error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
  process.exit(1);
}
const browser = await launchChromium({ width: 1280, height: 860 });

async function shoot(html: string, name: string, prepare?: (page: import('playwright-core').Page) => Promise<void>): Promise<void> {
  const file = join(pages, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.context.newPage();
  await page.goto(`file://${file}`);
  await prepare?.(page);
  await page.screenshot({ path: join(out, `${name}.png`) });
  await page.close();
  console.log(`${values.out}/${name}.png`);
}

try {
  const seedDir = values.seed!;
  if (existsSync(seedDir)) {
    const file = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()[0]!;
    const text = readFileSync(join(seedDir, file), 'utf8');
    const html = renderArticleHtml(parseArticle(text), text, { source: file });
    await shoot(html, 'view-seed');
    // The quote with its badge and speaker, an organisation's tooltip open by keyboard focus.
    await shoot(html, 'view-seed-quote', async (page) => {
      const quote = page.locator('[data-kind="quote"]').first();
      await quote.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const org = page.locator('[data-kind="organisation"]').filter({ hasText: 'KRKP' }).last();
      await org.focus();
      await quote.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    });
  } else console.log(`no seed at ${seedDir}: seed pictures not made`);

  const corpus = join(root, 'corpus');
  const stats = emptyStats();
  readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().forEach((f, i) => {
    const raw = JSON.stringify({ id: f.slice(0, -4), article: parseArticle(readFileSync(join(corpus, f), 'utf8')) });
    addRecord(stats, readBatchRecord({ file: 'corpus.jsonl', line: i + 1, format: 'jsonl', raw }));
  });
  await shoot(renderReportHtml(stats, { heading: 'The corpus, parsed', inputs: ['corpus.jsonl'] }), 'report-corpus');
} finally {
  await browser.close();
}
