/** Pass 2: later uses of forms learnt in this article, and of the dateline's outlet, in words no rule claimed. */
import { startSlot } from './slots.js';
import { Finder, hasCue, type Hit, matchWords, type ParagraphState, plainGap, sentenceStart } from './paragraph.js';
import { tokenize } from './tokens.js';
import { CAP_WORD } from './words.js';

/**
 * Pass 2 over every paragraph: later uses of forms learnt in pass 1, and of the dateline's outlet (`outlet`, as
 * written), in words no hit claims.
 */
export function findLaterMentions(finder: Finder, states: readonly ParagraphState[], outletName: string | null | undefined): void {
  const outlet = outletName ? outletForms(outletName) : [];
  if (finder.aliases.size > 0 || outlet.length > 0) {
    const claimed = states.map(() => new Set<number>());
    for (const h of finder.hits) for (let k = h.from; k < h.to; k++) claimed[h.paragraph]!.add(k);
    states.forEach((p, index) => findAliases(finder, p, index, claimed[index]!));
    if (outlet.length > 0) states.forEach((p, index) => findOutlet(finder, p, index, claimed[index]!, outlet));
    // A hit that is the outlet's own name (a bare word in capitals, `CONTOHKINI`, read as an unknown acronym) is that outlet.
    if (outlet.length > 0) markOutletHits(finder.hits, outlet);
  }
}

// ---------------------------------------------------------------------------
// Pass 2: forms learnt in this text

export function findAliases(f: Finder, p: ParagraphState, paragraph: number, claimed: Set<number>): void {
  const { tokens } = p;
  // A word is capitalised as its text says (`Token.cap`): with capitalised keys, only such words need a look.
  const capitalised = f.aliasesCapitalised;
  for (let i = 0; i < tokens.length; i++) {
    if ((capitalised && !(p.bits[i]! & CAP_WORD)) || claimed.has(i)) continue;
    if (!f.aliasSlots.has(startSlot(tokens[i]!.text))) continue;
    const list = f.aliases.get(tokens[i]!.text);
    if (!list) continue;
    for (const alias of list) {
      if (!matchWords(p, i, alias.words, plainGap)) continue;
      // A company's one-word core opening a sentence is as likely the sentence's own first word.
      if (alias.words.length === 1 && f.hits[alias.hit]!.kind === 'company' && sentenceStart(p, i) && !tokens[i]!.acronym) continue;
      let free = true;
      for (let k = i; k < i + alias.words.length; k++) if (claimed.has(k)) free = false;
      if (!free) continue;
      const to = i + alias.words.length;
      const source = f.hits[alias.hit]!;
      const hit = f.add({
        start: p.start + tokens[i]!.start,
        end: p.start + tokens[to - 1]!.end,
        text: p.text.slice(tokens[i]!.start, tokens[to - 1]!.end),
        rule: 'alias',
        known: source.known,
        kind: source.kind,
        from: i,
        to,
        paragraph,
      });
      f.union(alias.hit, hit);
      i = to - 1;
      break;
    }
  }
}

/**
 * The forms the dateline's outlet goes by in the body: as written, its words glued (`ContohWarta`), and for
 * a site its name without the domain (`Contoh.com` → `Contoh`), which counts only after a cue (`kepada Contoh`).
 */
export function outletForms(outlet: string): { words: string[]; cued: boolean }[] {
  const words = tokenize(outlet).map((t) => t.text);
  if (words.length === 0) return [];
  const forms = [{ words, cued: false }];
  const dot = words.length === 1 ? words[0]!.indexOf('.') : -1;
  if (dot > 1) forms.push({ words: [words[0]!.slice(0, dot)], cued: true });
  // Scraped text loses the space inside a linked name (`dihubungi ContohWarta`, after `Jakarta, Contoh Warta --`).
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) forms.push({ words: [words.join('')], cued: false });
  return forms;
}

/** `word` is the first word of one of `forms`. */
function startsAForm(forms: readonly { words: string[] }[], word: string): boolean {
  for (const o of forms) if (o.words[0] === word) return true;
  return false;
}

/** Mentions of the dateline's outlet in words no rule claimed (`kata Budi kepada Contoh`). */
export function findOutlet(f: Finder, p: ParagraphState, paragraph: number, claimed: Set<number>, forms: { words: string[]; cued: boolean }[]): void {
  for (let i = 0; i < p.tokens.length; i++) {
    if (!(p.bits[i]! & CAP_WORD) || claimed.has(i)) continue;
    // Every form starts with the outlet's first word or its stem: most words are neither.
    const word = p.tokens[i]!.text;
    if (!startsAForm(forms, word)) continue;
    const form = forms.find((o) => matchWords(p, i, o.words, plainGap) && (!o.cued || hasCue(f.c, p, i)));
    if (!form) continue;
    const to = i + form.words.length;
    const from = p.tokens[i]!.start;
    const end = p.tokens[to - 1]!.end;
    const known = f.c.forms.get(forms[0]!.words.join(' ')) ?? null;
    f.add({ start: p.start + from, end: p.start + end, text: p.text.slice(from, end), rule: 'alias', known, kind: 'media', from: i, to, paragraph });
    i = to - 1;
  }
}

/** Hits whose text is an uncued form of the dateline's outlet count as cued, as media when no kind was read. */
export function markOutletHits(hits: Hit[], forms: readonly { words: string[]; cued: boolean }[]): void {
  const texts = new Set(forms.filter((o) => !o.cued).map((o) => o.words.join(' ')));
  for (const h of hits) {
    if (!texts.has(h.text)) continue;
    h.cue = true;
    h.kind ??= 'media';
  }
}

/**
 * A company named with its legal form at the end goes by its name without it later
 * (`Contoh Networks` after `Contoh Networks Inc`, `Kedai Contoh` after `Kedai Contoh Sdn Bhd`).
 * A core of one word must be no place, role, head or tail word (`Group Inc` teaches nothing).
 */
export function learnLegalCore(f: Finder, p: ParagraphState, from: number, to: number, hit: number): void {
  const { c } = f;
  let end = to;
  while (end > from && c.legalForms.has(p.tokens[end - 1]!.text.replace(/\.$/, ''))) end--;
  if (end === to || end === from || c.legalForms.has(p.tokens[from]!.text)) return;
  const core = p.tokens.slice(from, end).map((t) => t.text);
  if (core.some((w) => !/^[\p{Lu}\d]/u.test(w) && !c.joiners.has(w))) return;
  const one = core.length === 1 ? core[0]! : '';
  if (one && (c.places.has(one) || c.placeWords.has(one) || c.breakers.has(one) || c.roles.has(one) || c.orgVocabulary.has(one) || c.notOrganisations.has(one))) return;
  f.learn(core, hit);
}
