import { escapeHtml } from '../html/escape.js';
import { htmlPage } from '../html/page.js';
import type { Article } from '../types.js';
import { requireString } from '../util/arguments.js';
import { LANGUAGE_TAGS, languageName, plural } from './labels.js';
import { renderText } from './render-text.js';
import { renderSidePanel } from './side-panel.js';
import { VIEW_CSS } from './styles.js';
import { buildViewModel, type MarkKind, type ViewModel } from './view-model.js';

/** Options of `renderArticleHtml`. */
export interface RenderHtmlOptions {
  /** The page heading. Default: the article's title, else `Untitled article`. */
  heading?: string;
  /** Where the article came from (a file name, an id), shown under the heading. */
  source?: string;
}

/**
 * One self-contained HTML page showing what `parseArticle` found in `text`: the original text
 * with every span marked by kind (title and its glued repeat, dateline, publication line,
 * struck-through junk, dimmed duplicates linked to what they repeat, quotes coloured by
 * speaker with a badge, organisation mentions with their full name on hover or focus, the
 * credit), a legend, and a side panel (quotes by speaker, organisations with mention counts,
 * dateline fields, language, warnings).
 *
 * Inline CSS only: no script, font or image, nothing loaded, so it works offline, and a
 * Content-Security-Policy forbids scripts besides. Every string from the article is escaped.
 * Spans that fall outside `text` are left unmarked and reported on the page; it never throws
 * on an `Article` and a string.
 *
 * @example
 * const html = renderArticleHtml(parseArticle(text), text, { source: 'article.txt' });
 */
export function renderArticleHtml(article: Article, text: string, options: RenderHtmlOptions = {}): string {
  if (article === null || typeof article !== 'object' || Array.isArray(article)) {
    throw new TypeError(`renderArticleHtml: \`article\` must be an Article object, got ${article === null ? 'null' : Array.isArray(article) ? 'an array' : typeof article}`);
  }
  requireString(text, 'text', 'renderArticleHtml');
  if (options === null || typeof options !== 'object') throw new TypeError('renderArticleHtml: `options` must be an object');
  if (options.heading !== undefined) requireString(options.heading, 'options.heading', 'renderArticleHtml');
  if (options.source !== undefined) requireString(options.source, 'options.source', 'renderArticleHtml');

  const model = buildViewModel(article, text);
  const a = model.article;
  const heading = options.heading ?? a.title?.text ?? 'Untitled article';
  const lang = LANGUAGE_TAGS[a.language.code] ?? null;
  const meta = [options.source, `${languageName(a.language.code)}`, `${text.length.toLocaleString('en')} ${text.length === 1 ? 'character' : 'characters'}`].filter((s): s is string => !!s);
  const body = `<a class="skip" href="#panel">Skip to the summary</a>
<header class="top">
<p class="brand">warta · article view</p>
<h1>${escapeHtml(heading)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
</header>
<div class="layout">
<main class="card text-card" aria-labelledby="text-h">
<h2 id="text-h">The text, as warta read it</h2>
${legend(model)}
<p class="hint">Tab moves from mark to mark; hover or focus one for its details. Links in the panel jump to the text.</p>
<div class="text"><p class="article"${lang ? ` lang="${lang}"` : ''}>${renderText(model)}</p></div>
</main>
${renderSidePanel(model)}
</div>
<footer>Made by warta. Marks carry their offsets (<code>data-span</code>: UTF-16 code units into the input, as in the JSON).</footer>`;
  return htmlPage({ title: `${heading} · warta`, css: VIEW_CSS, body });
}

/** Each kind of mark, drawn as in the text, with what it means and how many there are. */
function legend(model: ViewModel): string {
  const count = (kind: MarkKind) => model.marks.filter((m) => m.kind === kind).length;
  const entries: [string, string, number][] = [
    ['<span class="m m-title sample">Headline</span>', 'title', count('title')],
    ['<span class="m m-junk sample">struck</span>', 'junk (labelled with its kind) and the glued title repeat', count('boilerplate') + count('title-repeat')],
    ['<span class="m m-dateline sample">Kota –</span>', 'dateline (dashed: publication line)', count('dateline') + count('published')],
    ['<span class="m m-dup sample">dimmed</span>', 'duplicate: its label links to the first copy', count('duplicate')],
    ['<span class="m m-quote q-direct sp-0 sample">“…”</span>', 'direct quote, tinted by speaker, with a badge', model.article.quotes.filter((q) => q.kind !== 'indirect').length],
    ['<span class="m m-quote q-indirect sp-0 sample">dashed</span>', 'reported speech', model.article.quotes.filter((q) => q.kind === 'indirect').length],
    ['<span class="m m-speaker sp-0 sample">Name</span>', 'speaker', count('speaker')],
    ['<span class="m m-org sample">dotted</span>', 'organisation mention', count('organisation')],
    ['<span class="m m-credit sample">(AB)</span>', 'credit', count('credit')],
    ['<span class="pn sample">¶1</span>', 'clean paragraph number', count('paragraph')],
  ];
  const items = entries.map(([sample, words, n]) => `<li><span aria-hidden="true">${sample}</span><span>${escapeHtml(words)} <span class="count">(${n})</span></span></li>`);
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}
