/**
 * The body a numbered unit belongs to (`Wakil Ketua Komisi IV` → the legislature): a unit written with only its number
 * names no body by itself, and an article about it names the body it belongs to. When the article writes the unit
 * with its body elsewhere (`Komisi IV DPR RI`), that is the speaker's organisation; else, when it names one body of the
 * unit's kind (`DPR RI`), the organisation is the unit followed by that body (`Komisi IV DPR RI`). One convention
 * either way: the post is the role (`Wakil Ketua`) and the unit stays with its body in the organisation. Units and the heads their body is written with are language data
 * (`SpeechData.numberedUnits`). Read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import { onlyBody } from './court-organisation.js';
import type { WrittenOrganisation } from './role-organisation.js';
import { collapseWhitespace } from '../util/normalize.js';

/** A unit word and its Roman number, alone (`Komisi IV`, `Komisi XII`). */
const NUMBERED = /^(\p{Lu}\p{Ll}+) ([IVX]{1,5})$/u;

/**
 * Speakers with a role whose organisation is only a numbered unit (one of `units`) get the one body of that unit's
 * kind the article names, written after the unit; with none or two such bodies the speaker is left as found.
 */
export function numberedUnitBodies(
  text: string,
  quotes: readonly QuoteHit[],
  organisations: readonly WrittenOrganisation[],
  units: Readonly<Record<string, readonly string[]>> | undefined,
): QuoteHit[] {
  if (!units || organisations.length === 0) return quotes as QuoteHit[];
  const bodies = new Map<string, string | null>();
  return quotes.map((q) => {
    const sp = q.speaker;
    const unit = sp?.role && sp.organisation ? NUMBERED.exec(sp.organisation) : null;
    if (!sp || !unit || !Object.hasOwn(units, unit[1]!)) return q;
    const heads = units[unit[1]!]!;
    const whole = sp.organisation!;
    let written = bodies.get(whole);
    if (written === undefined) bodies.set(whole, (written = withBody(text, organisations, whole, heads)));
    if (written) return { ...q, speaker: { ...sp, organisation: written } };
    let body = bodies.get(unit[1]!);
    if (body === undefined) bodies.set(unit[1]!, (body = onlyBody(text, organisations, heads)));
    return body ? { ...q, speaker: { ...sp, organisation: `${whole} ${body}` } } : q;
  });
}

/** The article's organisation written as `unit` then its body (`Komisi IV` + `DPR RI`), the first such form; else null. */
function withBody(text: string, organisations: readonly WrittenOrganisation[], unit: string, heads: readonly string[]): string | null {
  const ofUnit = (form: string) => form.startsWith(`${unit} `) && heads.some((h) => form.slice(unit.length + 1).startsWith(h) && /^(?:\s|$)/u.test(form.slice(unit.length + 1 + h.length)));
  for (const o of organisations) {
    if (ofUnit(o.name)) return o.name;
    const form = o.mentions.map((m) => collapseWhitespace(text.slice(m.start, m.end))).find(ofUnit);
    if (form !== undefined) return form;
  }
  return null;
}
