import type { Quote } from '../types.js';
import { collapseWhitespace, type Normalized, toSourceSpan } from '../util/normalize.js';
import type { QuoteHit } from './find-quotes.js';

/** An organisation of the article as the quotes see it: its name and every form it was written in. */
export interface NamedOrganisation {
  name: string;
  acronym: string | null;
  mentions: readonly { start: number; end: number }[];
}

/** Compare forms without case, spacing or a bracketed short form (`Asosiasi Contoh (ASCO)` = `asosiasi contoh`). */
function formKey(form: string): string {
  return form.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Every form of the article's organisations (name, acronym, mention texts) → the name the article gives it (its
 * longest written form), so a speaker's organisation is one `organisations` entry under one name (`ASCO` and
 * `Asosiasi Contoh` are one). A form shared by two organisations is left out.
 */
export function organisationIndex(text: string, organisations: readonly NamedOrganisation[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const o of organisations) {
    const written = o.mentions.map((m) => text.slice(m.start, m.end));
    // The article's own name for it: the entry's name when the article writes it, else the longest form it writes
    // (a lexicon expansion the article never writes is not its name).
    const longest = written.reduce((best, form) => (form.length > best.length ? form : best), '');
    const named = written.some((form) => formKey(form) === formKey(o.name)) || text.includes(o.name) ? o.name : longest;
    if (named === '') continue;
    for (const form of [o.name, ...(o.acronym ? [o.acronym] : []), ...written]) {
      const key = formKey(form);
      if (key === '') continue;
      const known = index.get(key);
      if (known !== undefined && known !== named) ambiguous.add(key);
      else index.set(key, named);
    }
  }
  for (const key of ambiguous) index.delete(key);
  return index;
}

/** The article's name for a speaker's organisation, or the organisation as written when the article lists no such form. */
export function linkOrganisation(organisation: string | null, index: ReadonlyMap<string, string> | undefined): string | null {
  if (!organisation || !index || index.size === 0) return organisation;
  const whole = index.get(formKey(organisation));
  if (whole) return whole;
  // `Asosiasi Contoh (ASCO)`: either form inside.
  const bracket = /^(.+?)\s*\(([^()]+)\)$/.exec(organisation);
  if (bracket) return index.get(formKey(bracket[1]!)) ?? index.get(formKey(bracket[2]!)) ?? organisation;
  return organisation;
}

/** A quote hit (normalized offsets) as the public `Quote` (offsets into the caller's input). */
export function toQuote(norm: Normalized, q: QuoteHit, organisations?: ReadonlyMap<string, string>): Quote {
  const span = (start: number, end: number) => toSourceSpan(norm, start, end);
  return {
    text: collapseWhitespace(q.text),
    span: span(q.start, q.end),
    kind: q.kind,
    verb: q.verb,
    paragraph: q.paragraph,
    speaker: q.speaker
      ? {
          name: q.speaker.name,
          role: q.speaker.role,
          organisation: linkOrganisation(q.speaker.organisation, organisations),
          span: q.speaker.start !== null && q.speaker.end !== null ? span(q.speaker.start, q.speaker.end) : null,
          resolved: q.speaker.resolved,
        }
      : null,
  };
}
