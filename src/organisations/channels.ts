/**
 * An outlet's channels written as one word: its name in lower case with the channel's glued on
 * (`contohNews`, `contohBali`). The lexicon lists a few channels of such an outlet; every other
 * channel is read from the stem they share, so a regional desk the list lacks is still that outlet.
 */
import type { CompiledOrganisations, KnownOrganisation } from './compiled.js';
import type { ParagraphState } from './paragraph.js';
import { memoByObject } from '../util/patterns.js';

/** Fewest letters of an outlet's stem (`contoh` in `contohNews`): shorter ones start ordinary words. */
const MIN_STEM = 4;

/** A listed channel form: a lower-case stem, then a capital (`contohNews`). */
const CHANNEL_FORM = /^(\p{Ll}+)\p{Lu}/u;
/** A channel's own part after the stem: a capital, then letters only (`Bali`, `INET`). */
const CHANNEL_PART = /^\p{Lu}\p{L}+$/u;

interface Stem {
  outlet: KnownOrganisation;
  /** The channels listed under the stem (`contohNews`). */
  listed: string[];
}

/** The stems of the media the lexicon lists with a channel form, each with its outlet, in the lexicon's order (a list: read for many words, with no entry made per step). */
const stemsOf = memoByObject((c: CompiledOrganisations): readonly (readonly [string, Stem])[] => {
  const stems = new Map<string, Stem>();
  for (const [form, org] of c.forms) {
    const m = org.kind === 'media' ? CHANNEL_FORM.exec(form) : null;
    if (!m || m[1]!.length < MIN_STEM) continue;
    const stem = stems.get(m[1]!);
    if (!stem) stems.set(m[1]!, { outlet: org, listed: [form] });
    else if (stem.outlet === org) stem.listed.push(form);
  }
  return [...stems];
});

/** The outlet whose channel word `i` is (`contohBali` after the listed `contohNews`), or null. */
export function channelOutlet(c: CompiledOrganisations, p: ParagraphState, i: number): KnownOrganisation | null {
  const t = p.tokens[i]!;
  if (t.cap || t.text.length <= MIN_STEM) return null;
  // The stems are few (most lexicons have one or none): each is tried by its letters before any pattern runs.
  const stems = stemsOf(c);
  for (let k = 0; k < stems.length; k++) {
    const [name, stem] = stems[k]!;
    if (!t.text.startsWith(name) || !CHANNEL_PART.test(t.text.slice(name.length))) continue;
    // A listed channel glued to the next word (`contohNewstelah`) is the splitter's to read, not a channel of its own.
    return stem.listed.some((form) => t.text.length > form.length && t.text.startsWith(form)) ? null : stem.outlet;
  }
  return null;
}
