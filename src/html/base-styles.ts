import { COLOURS as C } from './palette.js';

/** The sans-serif stack for the page's own words: system fonts only, nothing downloaded. */
export const UI_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/** What the article view and the batch report share: page, header, cards, facts, tables, focus, print. */
export const BASE_CSS = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: ${C.page}; color: ${C.ink}; font: 16px/1.55 ${UI_FONT}; }
a { color: ${C.link}; text-underline-offset: .15em; }
:focus-visible { outline: 3px solid ${C.focus}; outline-offset: 2px; }
.skip { position: absolute; left: -10000px; top: .5rem; z-index: 20; background: ${C.card}; padding: .5rem .75rem; border-radius: 6px; }
.skip:focus { left: .5rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.muted { color: ${C.muted}; }
.top { max-width: 84rem; margin: 0 auto; padding: 1.5rem 1.5rem .75rem; }
.brand { margin: 0; font-size: .75rem; font-weight: 700; letter-spacing: .1em; text-transform: uppercase; color: ${C.muted}; }
h1 { margin: .2rem 0 .35rem; font-size: 1.55rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { margin: 0 0 .75rem; font-size: 1.1rem; }
h3 { margin: 0 0 .6rem; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: ${C.muted}; }
h4 { margin: .9rem 0 .2rem; font-size: 1rem; }
.meta { margin: 0; color: ${C.muted}; font-size: .92rem; }
.card { background: ${C.card}; border: 1px solid #d5d9df; border-radius: 10px; padding: 1rem 1.25rem; }
.card + .card { margin-top: 1rem; }
.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .3rem .9rem; margin: 0; font-size: .92rem; }
.facts dt { color: ${C.muted}; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; font-size: .9rem; }
th, td { padding: .35rem .3rem; border-bottom: 1px solid #e3e6ea; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { font-size: .78rem; color: ${C.muted}; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
footer { max-width: 84rem; margin: 0 auto; padding: 0 1.5rem 2rem; color: ${C.muted}; font-size: .85rem; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .skip { display: none; }
  .top, footer { padding-left: 0; padding-right: 0; max-width: none; }
  .card { border-color: #9ca3af; break-inside: avoid; }
  a { color: inherit; }
}
`;
