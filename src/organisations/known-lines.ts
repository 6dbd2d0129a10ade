/** The lines of the organisation lexicon as the compiler reads them: the known bodies with the language's outlets, and each name's written forms. */
import type { OrganisationData, OutletData } from '../lang/types.js';

/** `phrase` and its forms with a common misspelling of one of its words (`Kementrian Keuangan`). */
export function spelledForms(phrase: string[], misspelt: ReadonlyMap<string, string[]>): string[][] {
  const out = [phrase];
  // Text writes the apostrophe curly as often as straight (`Moody’s`).
  if (phrase.some((w) => w.includes("'"))) out.push(phrase.map((w) => w.replaceAll("'", '’')));
  phrase.forEach((w, k) => {
    for (const variant of misspelt.get(w) ?? []) out.push([...phrase.slice(0, k), variant, ...phrase.slice(k + 1)]);
  });
  return out;
}

/**
 * The lexicon's lines plus the language's outlets as media organisations (`Bernama|BERNAMA`):
 * an outlet is matched case-insensitively in datelines, so its capitalised form counts too. An
 * outlet the lexicon has under the same id adds its forms there.
 */
export function withOutlets(data: OrganisationData, outlets: OutletData): string[] {
  const lines = [...data.known];
  const byId = new Map<string, string[]>();
  const skip = new Set([...data.notOrganisations, ...data.places]);
  for (const [form, id] of Object.entries(outlets.names)) {
    if (skip.has(form)) continue;
    const forms = byId.get(id) ?? [];
    forms.push(form);
    if (form.toUpperCase() !== form) forms.push(form.toUpperCase());
    byId.set(id, forms);
  }
  for (const [id, forms] of byId) {
    const own = lines.findIndex((l) => l.startsWith(`${id}|`));
    if (own >= 0) lines[own] = `${lines[own]}|${forms.join('|')}`;
    else lines.push(`${id}|media|${forms.find((f) => f.toUpperCase() !== f) ?? forms[0]}||${forms.join('|')}`);
  }
  return lines;
}
