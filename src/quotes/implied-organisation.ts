/**
 * The organisation a title implies when it names none (`Menteri Keuangan` → `Kementerian Keuangan`, `Kapolri` →
 * `Polri`), from the language's data (`SpeechData.titleOrganisations`, `titleOrganisationSuffixes`); read by the title
 * phrase split (`role-phrase.ts`) and by the passes that name a speaker's body.
 */
import type { Lexicon } from './speech-words.js';
import { LexiconMemo } from './memo.js';

/** In `SpeechData.titleOrganisations`, where the rest of the title goes. */
const REST = '…';

/** What `withoutBrackets` removes or replaces. */
const BRACKET_OR_BREAK = /[()\t\n]/;

/** `Menteri Keuangan (Menkeu)` → `Menteri Keuangan`: the text outside brackets, spaces collapsed (a scan). */
function withoutBrackets(text: string): string {
  // Nearly every title has no bracket, tab or line break: it is its own text outside brackets.
  if (!BRACKET_OR_BREAK.test(text)) return text.trim();
  let out = '';
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c === '\t' || c === '\n' ? ' ' : c;
  }
  return out.trim();
}

/** The organisation a title implies, from the language's data (`Menteri Keuangan` → `Kementerian Keuangan`). */
export function titleOrganisation(role: string, lex: Lexicon): string | null {
  return impliedMemo.get(lex, role, () => readTitleOrganisation(role, lex));
}

/** `titleOrganisation` of each title met, per lexicon. */
const impliedMemo = new LexiconMemo<string | null>();

function readTitleOrganisation(role: string, lex: Lexicon): string | null {
  const words = withoutBrackets(role).split(' ').filter((w) => w !== '');
  let s = 0;
  while (s < words.length - 1 && lex.titleModifiers.has(words[s]!)) s++;
  for (const [prefix, org] of lex.titleOrganisations) {
    if (prefix.every((w, i) => words[s + i] === w)) {
      if (org === '') return null;
      const rest = words.slice(s + prefix.length);
      // `Kementerian …`: the organisation word takes the rest of the title, which must be there.
      if (!org.endsWith(REST)) return org;
      // `Ketua Polis Daerah` with no district after it: a level word alone names no body (`Polis Daerah`).
      return rest.some((w) => !lex.locatives.has(w.toLowerCase())) ? [org.slice(0, -REST.length).trim(), ...rest].join(' ') : null;
    }
  }
  const last = words[words.length - 1];
  const suffix = last !== undefined ? lex.titleOrganisationSuffixes.get(last) : undefined;
  if (suffix !== undefined && words.length - s > 1) return [...words.slice(s, -1), suffix].join(' ');
  return null;
}

/** A one-word title that names its organisation only with the portfolio written after it (`Menteri` → `Kementerian …`). */
export function takesPortfolio(word: string, lex: Lexicon): boolean {
  return titleOrganisation(word, lex) === null && titleOrganisation(`${word} ${PROBE}`, lex) !== null;
}

/** A stand-in portfolio for `takesPortfolio`. */
export const PROBE = 'X';

/**
 * The first words of the organisations titles imply (`Kementerian`, `Direktorat`, `Polda`): inside a title they open
 * the body the post belongs to (`Dirjen Contoh Niaga Kementerian X`), they are no part of its portfolio.
 */
export function impliedHead(word: string, lex: Lexicon): boolean {
  let heads = impliedHeads.get(lex);
  if (!heads) impliedHeads.set(lex, (heads = new Set(lex.titleOrganisations.map(([, org]) => org.split(' ')[0]!).filter((w) => w !== ''))));
  return heads.has(word);
}
const impliedHeads = new WeakMap<Lexicon, ReadonlySet<string>>();
