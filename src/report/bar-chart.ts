import { escapeHtml } from '../html/escape.js';

/**
 * Horizontal bar charts as inline SVG: no chart library, no network. Each chart has a title
 * and a description that reads out every value (what a screen reader announces), and the
 * value is written beside each bar, so the chart is readable without judging lengths.
 */

export interface Bar {
  label: string;
  value: number;
  /** The words beside the bar; default: the value. */
  text?: string;
  /** More about the bar, for its tooltip and the description (a speaker's usual role). */
  detail?: string;
  /** Draw the bar in the second colour (a different series, such as "other"). */
  alternate?: boolean;
}

export interface BarChart {
  /** Unique on the page: the ids of the title and description derive from it. */
  id: string;
  title: string;
  /** What the values are, before they are listed (`Articles per outlet`). */
  description: string;
  bars: readonly Bar[];
  /** The largest value the scale shows; default: the largest bar (use 1 for shares). */
  max?: number;
  /** A line under the chart: where the figures come from. */
  note?: string;
}

/** Layout, in SVG user units (the chart scales to its column). */
const WIDTH = 600;
const LABEL_WIDTH = 240;
const VALUE_WIDTH = 140;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
/** Labels longer than this are cut; the full label is in the row's `<title>` and the description. */
const LABEL_CHARS = 30;

export function renderBarChart(chart: BarChart): string {
  const { id, bars } = chart;
  const e = escapeHtml;
  const max = chart.max ?? Math.max(0, ...bars.map((b) => b.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW_HEIGHT + 4;
  const say = (b: Bar) => `${b.label}${b.detail ? ` (${b.detail})` : ''}: ${b.text ?? String(b.value)}`;
  const said = bars.map(say).join('; ');
  const rows = bars.map((b, i) => {
    const y = i * ROW_HEIGHT + 2;
    const width = max > 0 ? Math.max(b.value > 0 ? 2 : 0, (b.value / max) * span) : 0;
    const label = b.label.length > LABEL_CHARS ? `${b.label.slice(0, LABEL_CHARS - 1)}…` : b.label;
    const mid = y + ROW_HEIGHT / 2;
    return `<g><title>${e(say(b))}</title>` +
      `<text class="bl" x="${LABEL_WIDTH - 8}" y="${mid}" text-anchor="end" dominant-baseline="central">${e(label)}</text>` +
      `<rect class="${b.alternate ? 'bar alt' : 'bar'}" x="${LABEL_WIDTH}" y="${mid - BAR_HEIGHT / 2}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" rx="2"></rect>` +
      `<text class="bv" x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${mid}" dominant-baseline="central">${e(b.text ?? String(b.value))}</text></g>`;
  });
  const empty = bars.length === 0 ? `<text class="bl" x="0" y="${ROW_HEIGHT / 2}" dominant-baseline="central">no data</text>` : '';
  return `<figure class="chart" id="${e(id)}">
<svg role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${e(id)}-t ${e(id)}-d" preserveAspectRatio="xMinYMin meet">
<title id="${e(id)}-t">${e(chart.title)}</title>
<desc id="${e(id)}-d">${e(`${chart.description}. ${bars.length === 0 ? 'No data.' : said}`)}</desc>
${rows.join('\n')}${empty}
</svg>
${chart.note ? `<figcaption>${e(chart.note)}</figcaption>\n` : ''}</figure>`;
}
