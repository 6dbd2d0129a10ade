/**
 * `Direktur Pengembangan Usaha Bank Contoh Budi Santoso`, `Kepala Kajian Kebijakan Badan Contoh`: the phrase parser,
 * which does not know the article's organisations, may leave the field of a post (`Pengembangan Usaha`) in front of the
 * body the post is held at. When a speaker's organisation ends with an organisation the article names (any of its
 * forms) and the words before it are a field (capitalised words with no organisation word, place or short form among
 * them), the field goes back to the role and the organisation is that body; a name the article writes whole stays
 * whole. A field opener and its field written after such a body (`Kadin Contoh Bidang Pertanian`) go back to the role
 * the same way. An inner unit of the body (`Departemen Riset`, `Biro Humas`, `Bidang Contoh` before `Bank Contoh`) is part of
 * the post as a field is. Read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import type { Lexicon } from './speech-words.js';
import { namesOrganisation } from './to-quote.js';
import { collapseWhitespace } from '../util/normalize.js';

/** A field word: capitalised, with lower-case letters after its first (`Pengembangan`, not `BCN`). */
const FIELD_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** A speaker's title as role and organisation. */
interface Title {
  role: string;
  organisation: string;
}

/** The field and the body of `organisation` when it is a field before a form in `index`; else null. */
function splitField(organisation: string, index: ReadonlyMap<string, string>, lex: Lexicon): { field: string; body: string } | null {
  const named = (form: string) => namesOrganisation(index, form);
  // A unit and the ministry after it, each named on its own (`Ditjen Contoh Anggaran Kemenkeu`), are one body here too:
  // the unit opens with a body's word (`Ditjen`, `Badan`), not a field's (`Credit Research Bank Contoh`).
  const namedBody = (ws: readonly string[]) =>
    named(ws.join(' ')) || (lex.orgWords.has(ws[0]!) && ws.some((_, j) => j > 1 && named(ws.slice(0, j).join(' ')) && named(ws.slice(j).join(' '))));
  const words = collapseWhitespace(organisation).split(' ');
  // A name the article writes whole (`Badan Contoh Nasional`) is one body, whatever it ends with.
  if (namedBody(words)) return null;
  for (let i = 1; i < words.length; i++) {
    const body = words.slice(i).join(' ');
    if (!namedBody(words.slice(i))) continue;
    // The longest body the article names decides: a field before it, or no split.
    const field = words.slice(0, i);
    const fieldWord = (w: string) => FIELD_WORD.test(w) && !lex.orgWords.has(w) && !lex.places.has(w) && !named(w);
    // After the field's first word, a word both a post's field and a body's word (`Research`, `Perusahaan`) is the field's:
    // `Kepala Credit Research Bank Contoh`, `Manajer Pajak Perusahaan Semen Contoh`; as the first word it stays the body's.
    const laterWord = (w: string) => fieldWord(w) || (FIELD_WORD.test(w) && lex.roleWords.has(w) && !lex.places.has(w) && !named(w));
    const link = (w: string) => w === '&' || (lex.connectors.has(w) && w === w.toLowerCase());
    // `Kepala Departemen Komunikasi Bank Contoh`, `Kepala Biro Humas Kementerian X`: an inner unit of the body after it
    // (its head and its field) is part of the post, as a field is; the body is the organisation.
    const unit = (w: string) => lex.fieldOpeners.has(w) || lex.unitHeads.has(w);
    const opens = (w: string) => fieldWord(w) || (field.length > 1 && unit(w));
    const ok = opens(field[0]!) && laterWord(field[field.length - 1]!) && field.every((w, k) => (k === 0 ? opens(w) : laterWord(w)) || link(w));
    return ok ? { field: field.join(' '), body } : null;
  }
  return null;
}

/**
 * `Wakil Ketua Umum Kadin Contoh Bidang Pertanian`: a field opener (`Bidang`) and its field written after a body the
 * article names belong to the post, not to the body: the body and the field of `organisation`, or null.
 */
function splitTrailingField(organisation: string, index: ReadonlyMap<string, string>, lex: Lexicon): { field: string; body: string } | null {
  const named = (form: string) => namesOrganisation(index, form);
  const words = collapseWhitespace(organisation).split(' ');
  const at = words.findIndex((w, i) => i > 0 && lex.fieldOpeners.has(w));
  if (at < 0 || at === words.length - 1 || named(words.join(' '))) return null;
  const body = words.slice(0, at).join(' ');
  const field = words.slice(at + 1);
  const fieldWord = (w: string) => FIELD_WORD.test(w) && !lex.orgWords.has(w) && !named(w);
  const link = (w: string) => lex.connectors.has(w) && w === w.toLowerCase();
  const ok = named(body) && fieldWord(field[0]!) && fieldWord(field[field.length - 1]!) && field.every((w) => fieldWord(w) || link(w));
  return ok ? { field: words.slice(at).join(' '), body } : null;
}

/** Speakers whose organisation is a field before a body the article names: the field in the role, the body as organisation. */
export function fieldOrganisations(quotes: readonly QuoteHit[], index: ReadonlyMap<string, string> | undefined, lex: Lexicon): QuoteHit[] {
  if (!index || index.size === 0 || !quotes.some((q) => q.speaker?.role && q.speaker.organisation)) return quotes as QuoteHit[];
  const read = new Map<string, Title | null>();
  return quotes.map((q) => {
    const sp = q.speaker;
    if (!sp?.role || !sp.organisation || sp.organisation === sp.name) return q;
    const key = `${sp.role}\u0000${sp.organisation}`;
    let title = read.get(key);
    if (title === undefined) {
      const split = splitField(sp.organisation, index, lex) ?? splitTrailingField(sp.organisation, index, lex);
      title = split ? { role: sp.role.endsWith(split.field) ? sp.role : `${sp.role} ${split.field}`, organisation: split.body } : null;
      read.set(key, title);
    }
    return title ? { ...q, speaker: { ...sp, ...title } } : q;
  });
}
