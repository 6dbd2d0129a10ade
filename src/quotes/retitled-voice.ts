/**
 * `“…,” kata Ahli Parlimen Contoh itu` with that title given to no one before: the demonstrative points back like a
 * pronoun, to the one just seen speaking, introduced under another post. A wrong person is worse than none, so the
 * voice is taken only when nothing it carries contradicts the new title.
 */
import type { LanguageData } from '../lang/types.js';
import { compileOrganisations, type Phrase } from '../organisations/compile.js';
import { tokenize as organisationWords } from '../organisations/tokens.js';
import type { Person } from './person.js';
import type { ParsedSpeaker } from './phrase.js';
import { demonstrativeAt } from './references.js';
import type { SpeakerBook } from './speaker-book.js';
import { type Lexicon, type Token, tokenAt } from './speech-words.js';
import { capitalised } from '../util/capitalised.js';

/** A speaker that is only a title closed by a demonstrative (`Ahli Parlimen Contoh itu`): someone named before. */
export function pointsBackByTitle(sp: ParsedSpeaker, tokens: readonly Token[], lex: Lexicon): boolean {
  return sp.name === null && sp.role !== null && !sp.unnamed && demonstrativeAt(tokens, tokenAt(tokens, sp.end), lex.references);
}

/**
 * `kata menteri itu`: a lower-case title word alone, closed by a demonstrative, read as that title (`Menteri`) pointing
 * back to its holder; null for any other speaker.
 */
export function pointingTitle(sp: ParsedSpeaker, tokens: readonly Token[], lex: Lexicon): ParsedSpeaker | null {
  const word = sp.name;
  if (!sp.unnamed || word === null || word.includes(' ') || word !== word.toLowerCase() || !demonstrativeAt(tokens, tokenAt(tokens, sp.nameEnd), lex.references)) return null;
  const role = capitalised(word);
  return lex.roles.has(role) ? { ...sp, name: null, role, organisation: null, unnamed: false } : null;
}

/**
 * The voice last heard before `pos` may also hold the title pointed back to: it has no post and no body of its own,
 * or only a political party (a member of parliament's usual second post), or it is the only person the article
 * has named so far. `Presiden Persatuan Contoh, X` after another speaker is not `Ahli Parlimen Contoh itu`.
 */
export function mayHoldTitle(voice: Person, pos: number, book: SpeakerBook, data: LanguageData): boolean {
  if (voice.organisation === null) return voice.role === null || book.onlyNamed(pos, voice);
  return isParty(voice.organisation, data) || book.onlyNamed(pos, voice);
}

/** `organisation` names a political party or one of its wings or divisions (`Parti Contoh`, `Pemuda PXY`, `PXY Bahagian Contoh`). */
function isParty(organisation: string, data: LanguageData): boolean {
  const c = compileOrganisations(data.organisations, data.speech, data.outlets);
  const words = organisationWords(organisation).map((t) => t.text);
  if (words.length === 0) return false;
  const from = words.length > 1 && c.partyWings.has(words[0]!) ? 1 : 0;
  if ((c.heads.get(words[from]!) ?? []).some((h) => h.value === 'party' && opens(words, from, h))) return true;
  if ((c.known.get(words[from]!) ?? []).some((k) => k.value.kind === 'party' && opens(words, from, k))) return true;
  return (c.tails.get(words[words.length - 1]!) ?? []).some((t) => t.value === 'party' && opens(words, words.length - t.words.length, t));
}

/** The phrase's words stand in `words` from `at`. */
function opens(words: readonly string[], at: number, phrase: Phrase<unknown>): boolean {
  if (at < 0 || at + phrase.words.length > words.length) return false;
  return phrase.words.every((w, k) => words[at + k] === w);
}
