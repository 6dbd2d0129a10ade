/**
 * The outlet a credit's sign-off names (`- K! ONLINE`), after both passes: the credit stage knows the span,
 * the finder only whether a rule already read a name there. Kept apart as the one step that takes a span
 * from outside the text's words.
 */
import type { Span } from '../types.js';
import { STRONG_RULES } from './accept.js';
import type { Finder, ParagraphState } from './paragraph.js';

/**
 * The outlet a sign-off names (`- K! ONLINE`), where no rule read a name in it: a media mention, as a source the
 * text cites (the lexicon's entry when it lists the name). A word of it read by shape alone (`ONLINE` as an
 * acronym) is part of the name. `span` lies in paragraph `p` (the credit's block).
 */
export function addSignOff(f: Finder, p: ParagraphState, paragraph: number, span: Span): void {
  const within = f.hits.filter((h) => h.start < span.end && span.start < h.end);
  if (within.some((h) => STRONG_RULES.has(h.rule) || h.start < span.start || h.end > span.end)) return;
  for (const h of within) h.inName = true;
  const inside = p.tokens.map((t, k) => ({ t, k })).filter(({ t }) => p.start + t.start >= span.start && p.start + t.end <= span.end);
  if (inside.length === 0) return;
  const text = p.text.slice(span.start - p.start, span.end - p.start);
  const known = f.c.forms.get(text) ?? null;
  f.add({ start: span.start, end: span.end, text, rule: 'source', known, kind: known?.kind ?? 'media', from: inside[0]!.k, to: inside[inside.length - 1]!.k + 1, paragraph });
}
