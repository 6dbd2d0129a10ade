/** Company names opened by a legal form (`PT Contoh Jaya`): the words after the form are the company's, not a person's. */
import { companyPrefixes } from '../lang/legal-forms.js';

const COMPANY_PREFIXES: ReadonlySet<string> = new Set(companyPrefixes);

/** The phrase (`Direktur PT`, `PT`) ends with a legal form that opens a company's name, so a name right after it is the company's. */
export function afterCompanyPrefix(organisation: string | null): boolean {
  if (organisation === null) return false;
  // The last word by a split, not a pattern anchored at the end (which retries from every position: quadratic).
  const words = organisation.trim().split(' ');
  let last = words[words.length - 1] ?? '';
  if (last.endsWith('.')) last = last.slice(0, -1);
  return COMPANY_PREFIXES.has(last);
}
