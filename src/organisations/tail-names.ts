/**
 * Names that end in a tail word (`Panin Asset Management`, `Contoh Holdings Ltd`): from a name's
 * first word, the words up to the last tail within reach, with the checks that keep a role, a
 * post's field or a venue out of it.
 */
import type { OrganisationKind } from '../types.js';
import type { CompiledOrganisations } from './compiled.js';
import { afterPost, afterPostOf, bodyWordIn, endsAtPlace, startsWithRole } from './edges.js';
import { matchKnown, MAX_NAME_WORDS } from './names.js';
import { ampersandGap, legalDotGap, matchWords, nameAt, nameGap, type ParagraphState, plainGap, sentenceStart } from './paragraph.js';
import { notOrganisationEdges } from './phrase-tables.js';
import { endsPossessive } from './shapes.js';
import { hasEnclitic } from '../lang/enclitic.js';

/**
 * A tail word within the next few name words from `i` (`Panin Asset Management`), with the
 * name starting at `i`. Only when word `i` starts a name (the previous word is not a name word
 * joined by a space, which an earlier position would have taken).
 */
export function tailAhead(c: CompiledOrganisations, p: ParagraphState, i: number, minTo: number): { to: number; kind: OrganisationKind } | null {
  const { tokens } = p;
  // No tail word within reach: nothing to find.
  if (p.nextTail === null || i + 1 >= tokens.length || p.nextTail[i + 1]! >= i + MAX_NAME_WORDS) return null;
  if (!nameAt(p, i) && !tokens[i]!.acronym) return null;
  // A legal form written with dots is no name of its own (`… (M) Sdn. Bhd.`): its name is cut off before it.
  if (legalDotGap(p, i + 1)) return null;
  // A role goes on before the name (`Ketua Pegawai Eksekutif Contoh Holdings`): the name starts after it.
  if (continuesRole(c, p, i)) return null;
  // A role is no part of the name it heads (`CEO Contoh Holdings`, `Kuasa Hukum Contoh Asset Management`).
  if (startsWithRole(c, p, i)) return null;
  // A sentence's first word before a known name is capitalised as the opener (`Laba BRI Syariah`).
  if (sentenceStart(p, i) && !tokens[i]!.acronym && !c.known.has(tokens[i]!.text) && matchKnown(c, p, i + 1)) return null;
  // A capitalised word with the enclitic `-nya` is the language's own sentence opener (`Akibatnya`), never a name's first word.
  if (hasEnclitic(tokens[i]!.text)) return null;
  let j = i;
  let found: { to: number; kind: OrganisationKind } | null = null;
  const edges = notOrganisationEdges(c);
  for (let count = 0; j < tokens.length && count < MAX_NAME_WORDS; count++) {
    if (j > i && !nameGap(p, j) && !ampersandGap(p, j) && !formBracketGap(c, p, i, j)) break;
    const word = tokens[j]!.text;
    const list = c.tails.get(word);
    // A head further on starts its own name (`Utama PT Maju Tbk` → `PT Maju Tbk`), unless it is
    // also a tail and ends this one (`Bali Tourism Office.`), or only a legal form follows it (`ABC Bank Ltd`).
    const endsHere = list !== undefined && !(j + 1 < tokens.length && plainGap(p, j + 1) && nameAt(p, j + 1));
    const formOnly = j + 1 < tokens.length && plainGap(p, j + 1) && c.legalForms.has(tokens[j + 1]!.text);
    if (j > i && !endsHere && !formOnly && c.heads.get(word)?.some((ph) => matchWords(p, j, ph.words, plainGap))) break;
    if (list && j > i) {
      // Keep going: the last tail wins (`Lestari Holdings Ltd`).
      for (const phrase of list) {
        const from = j - phrase.words.length + 1;
        if (from <= i) continue;
        const before = tokens[from - 1]!.text;
        // A venue is a place, not its owner (`Contoh Convention Center`); the phrase is built only after a word that may open one.
        const venue = edges.first.has(before) && c.notOrganisations.has(`${before} ${phrase.words.join(' ')}`);
        // Right after `and` it is a noun of a thing's name (`Goods and Services Tax`), not a name's last word.
        const joined = c.andWords.has(before);
        if (!venue && !joined && matchWords(p, from, phrase.words, nameGap) && (!c.unitTails.has(word) || holdsOrganisation(c, p, i, from))) {
          found = { to: j + 1, kind: phrase.value };
          break;
        }
      }
    }
    // A possessive ends the name (`Contoh’s Office of …`: the owner is not part of the office).
    if (endsPossessive(word)) break;
    // A joiner after a whole name joins two names (`Contoh Institute dan Contoh Foundation`).
    if (!(nameAt(p, j) || tokens[j]!.acronym || formBracketGap(c, p, i, j) || (j > i && found === null && c.joiners.has(word) && nextIsName(c, p, j) && !endsAtPlace(c, p, j)))) break;
    j++;
  }
  // A post's field after `of` is a department, not a body (`Head of Contoh Research Contoh Sekuritas`).
  if (found && c.fieldTails.has(tokens[found.to - 1]!.text) && afterPostOf(c, p, i)) return null;
  // After a post, the plain words before the body's own acronym or known name are the post's field
  // (`Kepala Divisi Riset Fixed Income ABC Sekuritas`): the name starts at the body's word.
  if (found && afterPost(c, p, i) && bodyWordIn(c, p, i + 1, found.to, (k) => matchKnown(c, p, k) !== null)) return null;
  return found && found.to >= minTo ? found : null;
}

/**
 * The gap before word `j` of a name starting at word `i` opens or closes one capitalised word in brackets
 * between the name and its legal form (`Contoh Financial (Indonesia) Pte Ltd`, `Contoh (Kalandra) Ltd`): the
 * bracket is the name's. Not one letter (`(M)`): a name that reaches it from a word before the name (a post
 * the lists lack) would take that word in.
 */
export function formBracketGap(c: CompiledOrganisations, p: ParagraphState, i: number, j: number): boolean {
  const { tokens, text } = p;
  if (j <= i || j >= tokens.length) return false;
  const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
  // `(Indonesia` opens the bracket: one word, then `) ` and a legal form.
  if (gap === ' (') return j + 1 < tokens.length && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ') ' && tokens[j]!.cap && tokens[j]!.text.length > 1 && c.legalForms.has(tokens[j + 1]!.text);
  // `) Ltd` closes it, after a word opened so; the name starts before the bracket (`BCT) Ltd` is none).
  return gap === ') ' && j - 1 > i && text.slice(tokens[j - 2]!.end, tokens[j - 1]!.start) === ' (' && c.legalForms.has(tokens[j]!.text);
}

/** Word `i` goes on with the role right before it (`Pegawai` after `Ketua`, `Urusan` after `Pengarah`), and is no place. */
export function continuesRole(c: CompiledOrganisations, p: ParagraphState, i: number): boolean {
  if (i === 0 || !plainGap(p, i)) return false;
  const word = p.tokens[i]!.text;
  return c.roles.has(p.tokens[i - 1]!.text) && (c.roles.has(word) || c.roleWords.has(word)) && !c.placeWords.has(word);
}

/** Word `j + 1` is a name word joined by spaces and starts no known form. */
export function nextIsName(c: CompiledOrganisations, p: ParagraphState, j: number): boolean {
  return j + 1 < p.tokens.length && plainGap(p, j + 1) && nameAt(p, j + 1) && !matchKnown(c, p, j + 1);
}

/** Words `[from, to)` hold an organisation's own name: an acronym, a known form's first word or a head (`BRI`, `Bank`). */
export function holdsOrganisation(c: CompiledOrganisations, p: ParagraphState, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = p.tokens[k]!.text;
    if (p.tokens[k]!.acronym || c.known.has(w) || c.heads.has(w)) return true;
  }
  return false;
}
