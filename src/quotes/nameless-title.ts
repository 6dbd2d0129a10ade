/**
 * A title whose holder's name the page lost: a scraper that drops linked words leaves the title opening its
 * sentence and running straight into a comma and a verb of statement (`Menteri Contoh , meminta …`, `Kepala Dinas
 * Contoh, menjelaskan …`). No one writes a subject title, a comma and such a verb with no name between, so the title
 * is that of someone named further on: the first person quoted after it, a few paragraphs on at most, when that
 * person is quoted with neither role nor organisation. A title followed by a parenthetical (`Kepala Desa, misalnya,
 * wajib …`, `Gubernur, kata para pedagang, belum …`) is a generic subject, nobody's lost name.
 */
import type { Lexicon, Token } from './speech-words.js';
import { slice } from './speech-words.js';
import { parsePhrase } from './phrase.js';
import { phraseEnd } from './phrase-end.js';
import { roleAt } from './role-words.js';
import { splitRole } from './role-phrase.js';
import { afterCompanyPrefix } from './company-prefix.js';

/** A quote as this pass sees it: only the fields it reads of a `QuoteHit`. */
interface Hit {
  paragraph: number;
  speaker: { name: string; role: string | null; organisation: string | null } | null;
}

/** Tokens before a title that leave it opening its sentence (a dateline's dash, a sentence's full stop). */
const OPENERS: ReadonlySet<string> = new Set(['.', '-', '--', '—', '–']);
/** The person quoted first after the title is its holder only this many paragraphs on, at most. */
const MAX_PARAGRAPHS_AFTER = 3;

/** Give the first person quoted after a lost name's title, with neither role nor organisation, that title. */
export function namelessTitles(paragraphs: readonly { text: string }[], tokens: readonly (readonly Token[])[], hits: Hit[], lex: Lexicon): void {
  // A lower-case description (`seorang warga`) is nobody's name: it neither takes the title nor stands in the way.
  const bare = (h: Hit): boolean => h.speaker !== null && h.speaker.role === null && h.speaker.organisation === null && /^\p{Lu}/u.test(h.speaker.name);
  if (!hits.some(bare)) return;
  const title = namelessTitle(paragraphs, tokens, lex);
  if (title === null) return;
  const first = hits.find((h) => h.paragraph >= title.paragraph && h.speaker !== null && /^\p{Lu}/u.test(h.speaker.name));
  if (!first || !bare(first) || first.paragraph - title.paragraph > MAX_PARAGRAPHS_AFTER || !personName(first.speaker!.name, lex)) return;
  const words = first.speaker!.name.split(' ');
  for (const h of hits) {
    if (!bare(h) || !h.speaker!.name.split(' ').every((w) => words.includes(w))) continue;
    h.speaker = { ...h.speaker!, role: title.role, organisation: title.organisation };
  }
}

/** Capitalised words, none an organisation's or a title's (`Sri Wahyuni`, not `Bank Contoh`). */
function personName(name: string, lex: Lexicon): boolean {
  const words = name.split(' ');
  return words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !words.some((w) => lex.orgWords.has(w) || lex.roles.has(w));
}

/** The first title in the article standing where a name was lost, split into role and organisation; else null. */
function namelessTitle(paragraphs: readonly { text: string }[], tokens: readonly (readonly Token[])[], lex: Lexicon): { role: string; organisation: string | null; paragraph: number } | null {
  for (let p = 0; p < tokens.length; p++) {
    const toks = tokens[p]!;
    const text = paragraphs[p]!.text;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!t.word || !t.cap || !roleAt(t, lex) || (i > 0 && !OPENERS.has(toks[i - 1]!.text))) continue;
      const e = phraseEnd(toks, i, lex);
      const comma = toks[e];
      if (e <= i || comma?.text !== ',') continue;
      // The lost name's mark: a verb of statement right after the comma; with a space left before the comma, also a
      // mark (a bracketed legal form lost with its company). Any other word opens a parenthetical.
      const next = toks[e + 1];
      const spaced = text[comma.start - 1] === ' ';
      const statement = next !== undefined && next.word && !next.cap && lex.intro.has(next.lower);
      if (!statement && !(spaced && next !== undefined && !next.word)) continue;
      // A title still holding a name is an ordinary speaker phrase, read elsewhere.
      const parsed = parsePhrase(text, toks, i, e, lex);
      if (parsed?.name) continue;
      const parts = splitRole({ role: slice(text, toks, i, e), organisation: null }, lex);
      if (!parts.role) return null;
      // `Direktur Utama PT , …`: the company's name was lost with the person's; a bare legal form names no body.
      return { role: parts.role, organisation: afterCompanyPrefix(parts.organisation) ? null : parts.organisation, paragraph: p };
    }
  }
  return null;
}
