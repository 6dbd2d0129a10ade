/** A speaker phrase as the speaker book reads it: its name cut where the book trimmed it, its title read again. */
import type { Lexicon } from './speech-words.js';
import type { ParsedSpeaker } from './phrase.js';
import { splitRole } from './role-phrase.js';
import { LexiconMemo } from './memo.js';

/** The parts of a speaker phrase the book matches and stores (one fixed shape: copying whole phrases was a hot spot). */
export interface SpeakerReading {
  name: string | null;
  role: string | null;
  organisation: string | null;
  title: string | undefined;
  unnamed: boolean;
}

/**
 * Words cut before the name of a titled speaker belong to the title (`CEO Contoh Budi` → `CEO` of `Contoh`):
 * the organisation and title of `p` once its name (`name`) is cut at `at` (> 0).
 */
export function cutTitle(p: ParsedSpeaker, name: string, at: number): { organisation: string | null; title: string | undefined } {
  const cut = name.slice(0, at).trim();
  const toTitle = p.role !== null && cut !== '';
  const organisation = toTitle ? (p.organisation ? `${p.organisation} ${cut}` : cut) : p.organisation;
  const title = toTitle && p.title ? `${p.title} ${cut}` : p.title;
  return { organisation, title };
}

/** `p` with its name (`name`) cut at `at` (> 0). */
export function cutSpeaker(p: ParsedSpeaker, name: string, at: number): ParsedSpeaker {
  const { organisation, title } = cutTitle(p, name, at);
  return { ...p, organisation, title, name: name.slice(at), nameStart: p.nameStart + at };
}

/** `raw` with its name cut at `at` (0: as written), the title read again as role and organisation (`splitRole`). */
export function readSpeaker(raw: ParsedSpeaker, at: number, lex: Lexicon): SpeakerReading {
  let name = raw.name;
  let organisation = raw.organisation;
  let title = raw.title;
  if (at > 0 && name !== null) {
    ({ organisation, title } = cutTitle(raw, name, at));
    name = name.slice(at);
  }
  let role = raw.role;
  if (role) ({ role, organisation } = readTitle(role, organisation, title, lex));
  return { name, role, organisation, title, unnamed: raw.unnamed };
}

/** Titles read again as role and organisation, by the title as written. */
const titleMemo = new LexiconMemo<{ role: string | null; organisation: string | null }>();

/**
 * `splitRole` of a speaker's title (a pure reading of the three parts): a person's title comes back with every
 * mention of them and is read once (the key keeps a missing part apart from an empty one).
 */
function readTitle(role: string, organisation: string | null, title: string | undefined, lex: Lexicon): { role: string | null; organisation: string | null } {
  const key = `${role}\u0000${organisation ?? '\u0001'}\u0000${title ?? '\u0001'}`;
  return titleMemo.get(lex, key, () => {
    const read = splitRole({ role, organisation, title }, lex);
    return { role: read.role, organisation: read.organisation };
  });
}
