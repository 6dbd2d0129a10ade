/**
 * Members of a list of organisations that no rule found: in `antara APTB, Sekarbumi, Walhi dan
 * ICW`, a one-word name standing between two found names, with list separators on both sides,
 * is listed as what its neighbours are. Only single words: a list of bodies that names a person
 * names them with two or more words (`BI, OJK, Budi Santoso dan LPS`); places are skipped.
 */
import { andWords, orWords } from '../lang/conjunctions.js';
import { literalGroup } from '../util/patterns.js';
import { inOrder } from './in-order.js';
import type { Finder, Hit, ParagraphState } from './paragraph.js';
import type { Token } from './tokens.js';

/** A found name's words `[from, to)` in the paragraph's tokens. */
export interface WordRange {
  from: number;
  to: number;
}

/** List separators as written between two members, spaces collapsed: a comma, a conjunction, or both. */
const SEPARATOR = new RegExp(`^(?:, ?|,? ${literalGroup([...andWords, ...orWords])} )$`, 'u');
/** Conjunctions that join the last member of a list. */
const CONJUNCTIONS: ReadonlySet<string> = new Set([...andWords, ...orWords]);
/** At most this many unfound members between two found names. */
const MAX_BRIDGED = 3;
/** A capitalised word without digits: a name, not an amount or a code. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]{1,40}$/u;
const SPACES_G = /\s+/gu;

/**
 * Word indices of the unfound one-word members between found names that stand next to each other
 * in a list. `found` must be in text order; `skip` keeps out words that are no organisation's
 * name on their own (places, a sentence's capitalised first word).
 */
export function listedMembers(text: string, tokens: readonly Token[], found: readonly WordRange[], skip: (word: string) => boolean): number[] {
  const out: number[] = [];
  for (let h = 0; h + 1 < found.length; h++) {
    const a = found[h]!;
    const b = found[h + 1]!;
    // Each member takes a word and a separator: more words than that cannot be a short list.
    if (b.from - a.to < 1 || b.from - a.to > MAX_BRIDGED * 2) continue;
    const members: number[] = [];
    let separator = '';
    let prevEnd = tokens[a.to - 1]!.end;
    let ok = true;
    for (let k = a.to; k < b.from && ok; k++) {
      const t = tokens[k]!;
      separator += text.slice(prevEnd, t.start);
      prevEnd = t.end;
      if (CONJUNCTIONS.has(t.text)) {
        separator += t.text;
        continue;
      }
      ok = isSeparator(separator) && t.cap && NAME_WORD.test(t.text) && !skip(t.text);
      members.push(k);
      separator = '';
    }
    separator += text.slice(prevEnd, tokens[b.from]!.start);
    if (ok && members.length > 0 && members.length <= MAX_BRIDGED && isSeparator(separator)) out.push(...members);
  }
  return out;
}

function isSeparator(gap: string): boolean {
  return SEPARATOR.test(gap.replace(SPACES_G, ' '));
}

/**
 * One-word members of a list whose neighbours were found (`APTB, Sekarbumi, Walhi`): hits, and
 * learnt for later mentions. `inParagraph`: the paragraph's hits so far, in the order found.
 */
export function bridgeLists(f: Finder, p: ParagraphState, paragraph: number, inParagraph: readonly Hit[] = f.hits.filter((h) => h.paragraph === paragraph)): void {
  if (inParagraph.length < 2) return;
  const byFrom = (x: Hit, y: Hit) => x.from - y.from;
  const found = inOrder(inParagraph, byFrom) ? inParagraph : [...inParagraph].sort(byFrom);
  const skip = (word: string) => f.c.placeWords.has(word) || f.c.notOrganisations.has(word) || f.c.roles.has(word);
  for (const k of listedMembers(p.text, p.tokens, found, skip)) {
    const t = p.tokens[k]!;
    const hit = f.add({ start: p.start + t.start, end: p.start + t.end, text: t.text, rule: 'listed', known: null, kind: null, from: k, to: k + 1, paragraph });
    f.learn([t.text], hit);
  }
}
