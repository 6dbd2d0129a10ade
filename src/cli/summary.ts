import type { Article } from '../types.js';

const SHORT = 70;

function short(s: string, n = SHORT): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** A readable, several-line summary of one parsed article, for people skimming a corpus. */
export function summarize(name: string, a: Article): string {
  const lines = [`■ ${name}`];
  lines.push(`  language    ${a.language.code} (${a.language.confidence.toFixed(2)})`);
  lines.push(`  title       ${a.title ? `${short(a.title.text)}${a.title.repeated ? '  [glued twice]' : ''}` : '—'}`);
  if (a.published) lines.push(`  published   ${a.published.raw} → ${a.published.date ?? '?'} ${a.published.time ?? ''} ${a.published.timezone ?? ''}`.trimEnd());
  if (a.dateline) {
    const d = a.dateline;
    lines.push(`  dateline    ${d.raw}  → place ${d.place ?? '—'}, outlet ${d.outlet ?? '—'}${d.date ? `, ${d.date}` : ''}`);
  } else lines.push('  dateline    —');
  lines.push(`  paragraphs  ${a.paragraphs.length}${a.paragraphs[0] ? `, first: ${short(a.paragraphs[0].text, 60)}` : ''}`);
  // Direct quotes first: they are what a reader looks for.
  const quotes = [...a.quotes].sort((x, y) => (x.kind === y.kind ? 0 : x.kind === 'direct' ? -1 : 1));
  for (const q of quotes.slice(0, 5)) {
    const who = q.speaker ? `${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ''}${q.speaker.organisation ? ` (${q.speaker.organisation})` : ''}` : 'unattributed';
    const words = q.kind === 'direct' ? `“${short(q.text, 50)}”` : `(reported) ${short(q.text, 50)}`;
    lines.push(`  quote       ${words} — ${who}${q.verb ? ` [${q.verb}]` : ''}`);
  }
  if (a.quotes.length > 5) lines.push(`  quote       … ${a.quotes.length - 5} more`);
  if (a.organisations.length > 0) {
    lines.push(`  orgs        ${short(a.organisations.map((o) => (o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name)).join(', '), 200)}`);
  }
  if (a.duplicates.length > 0) lines.push(`  duplicates  ${a.duplicates.length} (${a.duplicates.filter((d) => d.kind === 'near').length} near)`);
  for (const b of a.boilerplate) lines.push(`  junk        [${b.kind}] ${short(b.text, 60)}`);
  if (a.credit) lines.push(`  credit      ${a.credit.text}`);
  for (const w of a.warnings) lines.push(`  warning     ${w}`);
  return lines.join('\n');
}
