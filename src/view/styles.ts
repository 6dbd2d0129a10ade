import { BASE_CSS, UI_FONT } from '../html/base-styles.js';
import { COLOURS as C, SPEAKER_COLOURS, UNATTRIBUTED } from '../html/palette.js';

const speakerRules = [...SPEAKER_COLOURS.map((s, i) => [`sp-${i}`, s] as const), ['sp-none', UNATTRIBUTED] as const]
  .map(([name, s]) => `.${name} { --tint: ${s.tint}; --accent: ${s.accent}; }`)
  .join('\n');

/**
 * The article view's CSS. Every kind of mark has a cue besides colour: a word label, a frame,
 * a strike-through, hatching, or an underline style (solid, dashed, dotted).
 */
export const VIEW_CSS = `${BASE_CSS}
.layout { max-width: 84rem; margin: 0 auto; padding: 0 1.5rem 2rem; display: grid; grid-template-columns: minmax(0, 1fr) 23rem; gap: 1.25rem; align-items: start; }
@media (max-width: 960px) { .layout { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 600px) { .top, .layout { padding-left: .75rem; padding-right: .75rem; } .card { padding: .85rem; } }
.legend { list-style: none; margin: 0; padding: .75rem .9rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(15.5rem, 1fr)); gap: .4rem 1.2rem; font-size: .84rem; line-height: 1.35; color: ${C.muted}; border: 1px solid #e3e6ea; border-radius: 8px; }
.legend li { display: grid; grid-template-columns: 5.6rem minmax(0, 1fr); align-items: baseline; gap: .5rem; }
.legend .sample { color: ${C.ink}; white-space: nowrap; font-size: .9rem; }
.legend .count { font-variant-numeric: tabular-nums; }
.hint { margin: .6rem 0 0; font-size: .84rem; color: ${C.muted}; }
.text { margin-top: 1rem; }
.article { margin: 0; max-width: 48rem; white-space: pre-wrap; overflow-wrap: anywhere; font-family: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, "Noto Serif", "DejaVu Serif", serif; font-size: 1.04rem; line-height: 1.95; }
.lbl { -webkit-user-select: none; user-select: none; }
.m { position: relative; border-radius: 3px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.m:focus { outline: 3px solid ${C.focus}; outline-offset: 2px; }
.tag, .badge { display: inline-block; margin-right: .4rem; padding: .05rem .45rem; border-radius: 999px; font: 700 .68rem/1.45 ${UI_FONT}; letter-spacing: .03em; vertical-align: .15em; white-space: nowrap; text-decoration: none; color: ${C.card}; }
.tag { text-transform: uppercase; }
.tag-title { background: ${C.title}; }
.tag-dateline { background: ${C.dateline}; }
.tag-junk { background: ${C.junk}; }
.tag-dup { background: ${C.duplicate}; }
a.tag-dup:hover, a.tag-dup:focus { text-decoration: underline; }
.tag-credit { background: ${C.credit}; }
.pn { margin-right: .35rem; font: 700 .7rem ${UI_FONT}; color: ${C.muted}; vertical-align: .15em; }
.m-title { font-weight: 700; font-size: 1.12em; color: ${C.title}; }
.m-dateline { background: ${C.datelineTint}; box-shadow: inset 0 0 0 2px ${C.dateline}; padding: .1rem .3rem; border-radius: 4px; }
.m-published { box-shadow: none; outline: 2px dashed ${C.dateline}; outline-offset: -2px; }
.m-junk { color: ${C.junkInk}; text-decoration: line-through 2px ${C.junk}; background: repeating-linear-gradient(135deg, ${C.junkTint} 0 7px, ${C.card} 7px 10px); }
.m-dup { color: ${C.duplicateInk}; background: repeating-linear-gradient(135deg, ${C.duplicateTint} 0 9px, ${C.card} 9px 12px); }
.m-credit { box-shadow: inset 0 -2px 0 ${C.credit}; }
.m-quote.q-direct { background: var(--tint); box-shadow: inset 0 -2px 0 var(--accent); }
.m-quote.q-indirect { text-decoration: underline dashed 2px var(--accent); text-underline-offset: .32em; }
.badge { background: var(--accent); border-radius: 4px; white-space: normal; letter-spacing: 0; font-size: .72rem; }
.q-indirect > .badge { background: ${C.card}; color: var(--accent); box-shadow: inset 0 0 0 1.5px var(--accent); }
.m-speaker { font-weight: 700; text-decoration: underline solid 2px var(--accent); text-underline-offset: .25em; }
.m-org { text-decoration: underline dotted 2px ${C.org}; text-underline-offset: .28em; }
.m-org:hover, .m-org:focus { background: ${C.orgTint}; }
.tip { display: none; position: absolute; z-index: 10; left: 0; top: calc(100% + 6px); width: max-content; max-width: min(24rem, 80vw); padding: .45rem .65rem; border-radius: 6px; background: ${C.tipBackground}; color: ${C.tipInk}; font: 400 .8rem/1.45 ${UI_FONT}; white-space: normal; text-align: left; box-shadow: 0 4px 14px rgba(0, 0, 0, .25); }
.tip-h { display: block; font-weight: 700; }
.tip-l { display: block; color: #d1d5db; }
.m:hover > .tip, .m:focus > .tip { display: block; }
.src { border-radius: 3px; }
.src:target { background: ${C.target}; outline: 3px solid ${C.dateline}; outline-offset: 2px; }
${speakerRules}
.who { margin: .9rem 0 0; padding-left: .7rem; border-left: 4px solid var(--accent); }
.who h4 { margin: 0; }
.who p { margin: .1rem 0 .3rem; font-size: .85rem; }
.who ol { margin: 0; padding-left: 1.2rem; font-size: .88rem; }
.who li + li { margin-top: .25rem; }
.swatch { display: inline-block; width: .75rem; height: .75rem; margin-right: .45rem; border-radius: 2px; background: var(--accent); }
.warnings { margin: 0; padding-left: 1.1rem; font-size: .9rem; }
@media (forced-colors: active) {
  /* Backgrounds and shadows are dropped in forced colours: keep frames and label borders. */
  .m-dateline, .m-quote.q-direct { outline: 2px solid CanvasText; outline-offset: 0; }
  .tag, .badge { border: 1px solid CanvasText; }
  .m:focus { outline: 3px solid Highlight; }
}
@media print {
  .layout { display: block; max-width: none; padding: 0; }
  .panel { margin-top: 1rem; }
  .tip, .hint { display: none !important; }
  .m:focus { outline: none; }
  .article { max-width: none; line-height: 1.7; }
}
`;
