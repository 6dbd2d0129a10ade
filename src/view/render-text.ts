import { escapeHtml } from '../html/escape.js';
import { SPEAKER_COLOURS } from '../html/palette.js';
import { junkLabel, organisationKindLabel, plural, quoteSpeakerLabel, speakerClass, speakerLabel } from './labels.js';
import { nestSpans } from './nest-spans.js';
import type { ViewMark, ViewModel } from './view-model.js';

/**
 * The original text with every mark drawn over it. Each mark is a `<span>`; a mark split by
 * nesting (see `nestSpans`) has its id, label, tooltip and tab stop on the first fragment, and
 * `data-of` pointing back to it on the others. Labels (`lbl`) and tooltips (`tip`) are added
 * text, so they can be told apart from the article's own characters.
 */
export function renderText(model: ViewModel): string {
  const { text } = model;
  const out: string[] = [];
  for (const event of nestSpans(text.length, model.marks)) {
    if (event.type === 'text') out.push(escapeHtml(text.slice(event.start, event.end)));
    else if (event.type === 'close') out.push('</span>');
    else out.push(event.fragment === 0 ? openFirst(event.mark) : openContinued(event.mark));
  }
  return out.join('');
}

/** Classes every fragment of a mark carries, so styles apply to all its pieces. */
function classes(mark: ViewMark): string {
  const palette = SPEAKER_COLOURS.length;
  switch (mark.kind) {
    case 'source':
      return 'src';
    case 'paragraph':
      return 'para';
    case 'title':
      return 'm m-title';
    case 'title-repeat':
      return 'm m-junk m-repeat';
    case 'dateline':
      return 'm m-dateline';
    case 'published':
      return 'm m-dateline m-published';
    case 'boilerplate':
      return 'm m-junk';
    case 'duplicate':
      return 'm m-dup';
    case 'credit':
      return 'm m-credit';
    case 'quote':
      return `m m-quote q-${mark.quote.kind === 'indirect' ? 'indirect' : 'direct'} ${speakerClass(mark.speaker, palette)}`;
    case 'speaker':
      return `m m-speaker ${speakerClass(mark.speaker, palette)}`;
    case 'organisation':
      return 'm m-org';
  }
}

function openContinued(mark: ViewMark): string {
  return `<span class="${classes(mark)} cont" data-of="${mark.id}">`;
}

function openFirst(mark: ViewMark): string {
  const id = mark.id;
  if (mark.kind === 'source') return `<span class="src" id="${id}" tabindex="-1">`;
  if (mark.kind === 'paragraph') {
    const n = mark.paragraph + 1;
    return `<span class="para" id="${id}"><span class="lbl pn" aria-hidden="true">¶${n}</span><span class="lbl sr">paragraph ${n}: </span>`;
  }
  const tip = tipOf(mark);
  const attributes = [
    `class="${classes(mark)}"`,
    `id="${id}"`,
    'tabindex="0"',
    `data-kind="${mark.kind}"`,
    `data-span="${mark.start}-${mark.end}"`,
    tip ? `aria-describedby="tip-${id}"` : '',
  ].filter((a) => a !== '');
  const tipHtml = tip ? `<span class="lbl tip" role="tooltip" id="tip-${id}">${tip}</span>` : '';
  return `<span ${attributes.join(' ')}>${tipHtml}${labelOf(mark)}`;
}

/** The visible label at the start of a mark: what it is, in words (never colour alone). */
function labelOf(mark: ViewMark): string {
  const tag = (kind: string, words: string) => `<span class="lbl tag tag-${kind}">${escapeHtml(words)}</span>`;
  switch (mark.kind) {
    case 'title':
      return tag('title', 'title');
    case 'title-repeat':
      return tag('junk', 'glued repeat of the title');
    case 'dateline':
      return tag('dateline', 'dateline');
    case 'published':
      return tag('dateline', 'published');
    case 'boilerplate':
      return tag('junk', `junk · ${junkLabel(mark.boilerplate.kind)}`);
    case 'duplicate': {
      const d = mark.duplicate;
      const what = d.kind === 'near' ? `near copy of ${mark.source.label} · ${Math.round(d.similarity * 100)}% alike` : `copy of ${mark.source.label}`;
      return `<a class="lbl tag tag-dup" href="#${mark.source.id}">${escapeHtml(what)}</a>`;
    }
    case 'credit':
      return tag('credit', 'credit');
    case 'quote': {
      const reported = mark.quote.kind === 'indirect' ? 'reported · ' : '';
      return `<span class="lbl badge">${escapeHtml(reported + quoteSpeakerLabel(mark.quote.speaker))}</span>`;
    }
    default:
      return '';
  }
}

/** The tooltip shown on hover and keyboard focus, for marks whose label does not say it all. */
function tipOf(mark: ViewMark): string | null {
  const line = (words: string) => `<span class="tip-l">${escapeHtml(words)}</span>`;
  const head = (words: string) => `<span class="tip-h">${escapeHtml(words)}</span>`;
  const fields = (pairs: [string, string | null][]) =>
    line(pairs.flatMap(([k, v]) => (v ? [`${k} ${v}`] : [])).join(' · ') || 'no fields read');
  switch (mark.kind) {
    case 'organisation': {
      const o = mark.organisation;
      const acronym = o.acronym && o.acronym !== o.name ? ` (${o.acronym})` : '';
      const about = [organisationKindLabel(o.kind), plural(o.mentions.length, 'mention'), o.id ? `id ${o.id}` : null].filter((s) => s !== null);
      return head(`${o.name}${acronym}`) + line(about.join(' · '));
    }
    case 'speaker': {
      const quotes = mark.quotes.map((i) => `quote ${i + 1}`).join(', ');
      return head(speakerLabel(mark.speaker)) + line(`speaker of ${quotes}`);
    }
    case 'dateline': {
      const d = mark.dateline;
      return head('dateline') + fields([['place', d.place], ['outlet', d.outlet], ['date', d.date], ['time', d.time], ['zone', d.timezone]]);
    }
    case 'published': {
      const p = mark.published;
      return head('publication line') + fields([['date', p.date], ['time', p.time], ['zone', p.timezone]]);
    }
    case 'title':
      return mark.repeated ? head('title') + line('glued to itself in the source: the repeat is struck through') : null;
    case 'credit':
      return head(`credit: ${mark.credit.text}`) + line('reporter or editor initials');
    case 'quote': {
      const q = mark.quote;
      const about = [q.kind === 'indirect' ? 'reported speech' : 'direct quote', q.verb ? `verb ${q.verb}` : null, `¶${q.paragraph + 1}`];
      const resolved = q.speaker?.resolved ? 'speaker completed from an earlier mention' : null;
      return head(quoteSpeakerLabel(q.speaker)) + line([...about, resolved].filter((s) => s !== null).join(' · '));
    }
    default:
      return null;
  }
}
