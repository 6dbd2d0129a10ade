/**
 * A board its holder sits on, written between the post and the body (`Ketua Dewan Penasehat Ikatan Petani Contoh`,
 * `Anggota Dewan Pengawas BPJS Contoh`): the board is part of the post (`Ketua Dewan Penasehat`), the organisation
 * is the body after it (`Ikatan Petani Contoh`). Only when that body is an organisation on its own: an acronym, a
 * short form in Title Case, or a name that opens with an organisation's head or a known name. A board with no such
 * body after it stays the organisation, and so does a board that opens a known body's own name (`Dewan Kehormatan
 * Penyelenggara Pemilu`) or one named by what it serves (`Dewan Pertimbangan Presiden`).
 */
import type { Lexicon } from './speech-words.js';

/** A capitalised word. */
const CAPITALISED = /^\p{Lu}/u;
/** An acronym word (`LPC`, `BPJS`). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
/** Words of a known name looked for at the start of the body, at most. */
const MAX_KNOWN_WORDS = 6;

/** `parts` with a board opening the organisation moved to the end of the role, when a body of its own follows the board. */
export function withBoard<P extends { role: string | null; organisation: string | null }>(parts: P, lex: Lexicon): P {
  const { role, organisation } = parts;
  if (!role || !organisation || lex.boards.size === 0) return parts;
  const first = organisation.indexOf(' ');
  const second = first < 0 ? -1 : organisation.indexOf(' ', first + 1);
  if (second < 0 || !lex.boards.has(organisation.slice(0, second))) return parts;
  if (lex.knownOrganisations.has(withoutShortForm(organisation))) return parts;
  const body = organisation.slice(second + 1);
  return isBody(body, lex) ? { ...parts, role: `${role} ${organisation.slice(0, second)}`, organisation: body } : parts;
}

/** The organisation without a bracketed short form closing it (`Dewan Contoh (DC)` → `Dewan Contoh`). */
function withoutShortForm(organisation: string): string {
  if (!organisation.endsWith(')')) return organisation;
  const open = organisation.lastIndexOf(' (');
  return open < 0 ? organisation : organisation.slice(0, open);
}

/**
 * `body` names an organisation on its own: an acronym first, an organisation's head first, a known name first, or one
 * capitalised word that is no post and no place (a short form written in Title Case, `Himpetani`).
 */
function isBody(body: string, lex: Lexicon): boolean {
  const words = body.split(' ');
  const head = words[0]!;
  if (ACRONYM.test(head) || lex.orgWords.has(head)) return true;
  if (words.length === 1 && CAPITALISED.test(head) && !lex.roles.has(head) && !lex.roleWords.has(head) && !lex.titleWords.has(head) && !lex.places.has(head)) return true;
  let prefix = '';
  for (let k = 0; k < words.length && k < MAX_KNOWN_WORDS; k++) {
    prefix = k === 0 ? words[0]! : `${prefix} ${words[k]!}`;
    if (lex.knownOrganisations.has(prefix)) return true;
  }
  return false;
}
