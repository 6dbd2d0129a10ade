/**
 * Step 2 of quote finding: who said it.
 *
 * Attribution is read from the words around the marks: `"…," ujar Rina Wulandari, Manajer
 * Program APTB.` (verb then speaker), `"…," Roland menambahkan` / `"…," he said` (speaker then
 * verb), `Roland mengatakan, "…"` (speaker, verb, quote), `ujarnya` / `kata dia` (a pronoun,
 * resolved later to an earlier speaker). The speaker phrase is split into name, role and
 * organisation with the language's role words, ranks and honorifics.
 *
 * This module holds only what a reading gives; the readers are `attribute-after.ts` (after a closing mark),
 * `attribute-before.ts` (before an opening mark) and `subject-before.ts` (the subject before a verb). Modules that
 * pass attributions along import the type from here, which keeps them off the readers and off import cycles.
 */
import type { ParsedSpeaker } from './phrase.js';
import type { RoleParts } from './role-parts.js';

/** What the words around a quote say about its speaker. */
export interface Attribution {
  /** Base form of the speech verb. */
  verb: string;
  /** The speaker phrase, or null for a pronoun (`ujarnya`, `kata dia`) to resolve from context. */
  speaker: ParsedSpeaker | null;
  /** The subject is a first-person pronoun (`saya menyebut "…"`): the writer, who is not to be guessed from context. */
  self?: true;
  /** A description standing for the speaker names the post they speak under (`<description> yang menjabat <title> ini`). */
  title?: RoleParts;
}
