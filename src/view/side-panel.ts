import { escapeHtml } from '../html/escape.js';
import { SPEAKER_COLOURS } from '../html/palette.js';
import { junkLabel, languageName, organisationKindLabel, plural, speakerClass } from './labels.js';
import type { ViewModel } from './view-model.js';

/** Quote texts in the panel are cut to this many characters; the full text is in the article. */
const QUOTE_PREVIEW_CHARS = 140;

/**
 * The side panel: the parse at a glance, the dateline's fields, quotes grouped by speaker,
 * organisations with their mention counts, and warnings. Every entry links to its mark.
 */
export function renderSidePanel(model: ViewModel): string {
  return [
    '<aside class="panel" id="panel" aria-labelledby="panel-h">',
    '<h2 id="panel-h">What warta found</h2>',
    glance(model),
    dateline(model),
    speakers(model),
    organisations(model),
    warnings(model),
    '</aside>',
  ].join('\n');
}

const e = escapeHtml;

function section(id: string, heading: string, body: string): string {
  return `<section class="card" id="${id}" aria-labelledby="${id}-h"><h3 id="${id}-h">${e(heading)}</h3>\n${body}\n</section>`;
}

function facts(rows: [string, string][]): string {
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

const muted = (s: string) => `<span class="muted">${e(s)}</span>`;
const orNone = (v: string | null | undefined) => (v ? e(v) : muted('—'));

function glance({ article: a }: ViewModel): string {
  const direct = a.quotes.filter((q) => q.kind !== 'indirect').length;
  const mentions = a.organisations.reduce((n, o) => n + o.mentions.length, 0);
  const near = a.duplicates.filter((d) => d.kind === 'near').length;
  const junkKinds = [...new Set(a.boilerplate.map((b) => junkLabel(b.kind)))];
  const rows: [string, string][] = [
    ['Language', `${e(languageName(a.language.code))} ${muted(`(${a.language.code}, ${a.language.source === 'option' ? 'set by the caller' : `detected, confidence ${a.language.confidence.toFixed(2)}`})`)}`],
    ['Title', a.title ? `<a href="#title">${e(a.title.text)}</a>${a.title.repeated ? `<br>${muted('glued to itself in the source')}` : ''}` : muted('none found')],
    ['Paragraphs', `${a.paragraphs.length} clean`],
    ['Quotes', a.quotes.length === 0 ? '0' : `${direct} direct, ${a.quotes.length - direct} reported`],
    ['Organisations', `<span data-count="organisations">${a.organisations.length}</span> ${muted(`(${plural(mentions, 'mention')})`)}`],
    ['Duplicates', `<span data-count="duplicates">${a.duplicates.length}</span>${a.duplicates.length > 0 ? ` ${muted(`(${a.duplicates.length - near} exact, ${near} near)`)}` : ''}`],
    ['Junk', `<span data-count="boilerplate">${a.boilerplate.length}</span>${junkKinds.length > 0 ? ` ${muted(`(${junkKinds.join(', ')})`)}` : ''}`],
    ['Credit', a.credit ? `<a href="#credit">${e(a.credit.text)}</a>` : muted('none found')],
  ];
  return section('glance', 'At a glance', facts(rows));
}

function dateline({ article: a }: ViewModel): string {
  const parts: string[] = [];
  const d = a.dateline;
  if (d) {
    parts.push(
      facts([
        ['As written', `<a href="#dateline">${e(d.raw)}</a>`],
        ['Place', orNone(d.place)],
        ['Outlet', d.outlet ? `${e(d.outlet)}${d.outletId ? ` ${muted(`(${d.outletId})`)}` : ''}` : muted('—')],
        ['Date', orNone(d.date)],
        ['Time', d.time ? `${e(d.time)}${d.timezone ? ` ${e(d.timezone)}` : ''}` : muted('—')],
      ]),
    );
  } else parts.push(`<p class="muted">No dateline found.</p>`);
  const p = a.published;
  if (p) {
    parts.push(`<h4>Publication line</h4>`);
    parts.push(facts([['As written', `<a href="#published">${e(p.raw)}</a>`], ['Date', orNone(p.date)], ['Time', p.time ? `${e(p.time)}${p.timezone ? ` ${e(p.timezone)}` : ''}` : muted('—')]]));
  }
  return section('dateline-fields', 'Dateline', parts.join('\n'));
}

function speakers(model: ViewModel): string {
  const { article: a } = model;
  if (model.speakers.length === 0) return section('speakers', 'Quotes by speaker', '<p class="muted">No quotes found.</p>');
  const groups = model.speakers.map((g) => {
    const about = [g.roles.join(' / '), g.organisations.join(' / '), plural(g.quotes.length, 'quote')].filter((s) => s !== '');
    const items = g.quotes.map((i) => {
      const q = a.quotes[i]!;
      const text = q.text.length > QUOTE_PREVIEW_CHARS ? `${q.text.slice(0, QUOTE_PREVIEW_CHARS - 1).trimEnd()}…` : q.text;
      const words = q.kind === 'indirect' ? `${muted('reported:')} ${e(text)}` : `“${e(text)}”`;
      return `<li><a href="#quote-${i + 1}">${words}</a> ${muted(`¶${q.paragraph + 1}`)}</li>`;
    });
    const name = g.name === null ? 'Unattributed' : g.name;
    return `<div class="who ${speakerClass(g, SPEAKER_COLOURS.length)}" data-speaker="${e(g.name ?? '')}" data-quotes="${g.quotes.length}">
<h4><span class="swatch" aria-hidden="true"></span>${e(name)}</h4>
<p class="muted">${e(about.join(' · '))}</p>
<ol>${items.join('')}</ol>
</div>`;
  });
  return section('speakers', 'Quotes by speaker', groups.join('\n'));
}

function organisations(model: ViewModel): string {
  if (model.organisations.length === 0) return section('organisations', 'Organisations', '<p class="muted">No organisations found.</p>');
  const rows = model.organisations.map(({ organisation: o, index }) => {
    const acronym = o.acronym && o.acronym !== o.name ? `<br>${muted(o.acronym)}` : '';
    const kind = organisationKindLabel(o.kind);
    const target = o.mentions.length > 0 ? `#org-${index + 1}-1` : null;
    const name = target ? `<a href="${target}">${e(o.name)}</a>` : e(o.name);
    return `<tr data-organisation="${e(o.name)}"><td>${name}${acronym}</td><td>${kind ? e(kind) : muted('—')}</td><td class="num">${o.mentions.length}</td></tr>`;
  });
  const table = `<table class="orgs"><caption class="sr">Organisations, most mentioned first</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col" class="num">Mentions</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
  return section('organisations', 'Organisations', table);
}

function warnings(model: ViewModel): string {
  const all = [...model.article.warnings, ...model.notes];
  const body = all.length === 0 ? '<p class="muted">None.</p>' : `<ul class="warnings">${all.map((w) => `<li>${e(w)}</li>`).join('')}</ul>`;
  return section('warnings', 'Warnings', body);
}
