import type { Context } from '../context.js';
import { findOrganisations } from '../organisations/find-organisations.js';
import { buildOrganisations } from '../organisations/group.js';
import { toSourceSpan } from '../util/normalize.js';

/** Organisation mentions in the clean paragraphs (so the dateline's outlet and junk never count). */
export function findOrganisationsStage(ctx: Context): void {
  if (ctx.options.organisations === false || ctx.paragraphs.length === 0) return;
  const text = ctx.norm.text;
  const paragraphs = ctx.paragraphs.map((p) => ({ text: text.slice(p.region.start, p.region.end), start: p.region.start }));
  const hits = findOrganisations(paragraphs, ctx.lang);
  ctx.organisations = buildOrganisations(hits, (start, end) => toSourceSpan(ctx.norm, start, end));
}
