/**
 * A speaker that is one of the article's organisations (`Kadin Contoh mengusulkan …`, `According to Contoh Telecom, …`)
 * speaks for itself: its organisation is its own name, as for the organisations the quote finder reads as speakers
 * itself. The quote finder, which does not know the article's organisations, may have read such a name as a person's;
 * read after quotes and organisations are both found.
 */
import type { QuoteHit } from './quote-hit.js';
import { namesOrganisation, organisationNamed } from './to-quote.js';
import { legalFormSet } from '../lang/legal-forms.js';

type HitSpeaker = NonNullable<QuoteHit['speaker']>;

const NO_FORMS: ReadonlyMap<string, string> = new Map();
/** A short form in capitals (`FTSE`, `UOB`), as a company's name may open. */
const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u;
/** One capitalised word (`Russell`), no capitals after its first letter. */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** What tells a short form and one word after it (`SGXI Rowland`) to be one company's name. */
export interface CompanyCues {
  /** One-word ranks and titles, as written (`AKBP`): before a one-word name they are the person's title. */
  titles: ReadonlySet<string>;
  /** Nouns of a kind of organisation (`firm`), lower-case: `the ratings firm SGXI Rowland` names the pair as one. */
  kinds: ReadonlySet<string>;
  /** Pronouns only an organisation takes (`it`), lower-case: `SGXI Rowland said that it would …`. */
  pronouns: ReadonlySet<string>;
}

const NO_CUES: CompanyCues = { titles: new Set(), kinds: new Set(), pronouns: new Set() };
/** Characters read before a mention for its kind noun, and after the speaker for the rest of its sentence, at most. */
const KIND_WINDOW = 40;
const SENTENCE_WINDOW = 240;
/** Occurrences of the pair looked at for a kind noun before it, at most. */
const MAX_MENTIONS = 20;
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const WORDS = /\p{L}+/gu;
const SENTENCE_STOP = /\.(?:\s+[\p{Lu}"“]|\s*$)/u;

/** The word that `before` ends with, followed by spacing (`the ratings firm ` → `firm`); empty when none. */
function lastWord(before: string): string {
  const t = before.trimEnd();
  if (t.length === before.length || !SPACE.test(before[t.length]!)) return '';
  let i = t.length;
  while (i > 0 && LETTER.test(t[i - 1]!)) i--;
  return t.slice(i);
}

/** The article writes `pair` right after a kind noun (`the index provider SGXI Rowland`, `firm SGXI Rowland`). */
function afterKindNoun(text: string, pair: string, kinds: ReadonlySet<string>): boolean {
  let at = text.indexOf(pair);
  for (let n = 0; at >= 0 && n < MAX_MENTIONS; n++, at = text.indexOf(pair, at + pair.length)) {
    if (kinds.has(lastWord(text.slice(Math.max(0, at - KIND_WINDOW), at)).toLowerCase())) return true;
  }
  return false;
}

/** The speaker's own sentence refers to it by an organisation's pronoun (`… said that it would delay …`). */
function referredToAsIt(text: string, from: number | null, pronouns: ReadonlySet<string>): boolean {
  if (from === null || pronouns.size === 0) return false;
  const window = text.slice(from, from + SENTENCE_WINDOW);
  // The sentence ends at a full stop before a capital or the end, not at an abbreviation's (`in a Jan. 4 note`).
  const stop = SENTENCE_STOP.exec(window);
  for (const m of window.slice(0, stop ? stop.index : window.length).matchAll(WORDS)) if (pronouns.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * `"…," FTSE Russell said`: a short form in capitals and one word after it, with no title, read as an organisation and
 * a person's name, is one company's name only when the article says so: it writes the pair after a kind noun
 * (`index provider FTSE Russell`) or the speaker's sentence calls it `it`. A party or agency the article names by the
 * short form (`PKR Rafidah said`, the short form of a name it gives in full) or a rank (`AKBP Hassan`) before a one-word name is the person's body or title.
 */
function acronymAndWord(head: string, sp: HitSpeaker, index: ReadonlyMap<string, string>, text: string, cues: CompanyCues): boolean {
  if (sp.role !== null || !CAPITALS.test(head) || !ONE_WORD.test(sp.name)) return false;
  // A short form the article names in full (`PKR` of a known party, `BKC` of `Bank Contoh`) stands for that body.
  const named = organisationNamed(index, head);
  if (cues.titles.has(head) || (named !== undefined && named !== head)) return false;
  return afterKindNoun(text, `${head} ${sp.name}`, cues.kinds) || referredToAsIt(text, sp.start, cues.pronouns);
}

const LEGAL_FORMS = legalFormSet;
const TRAILING_DOT = /\.$/u;

/**
 * The article's companies by their names without the legal form (`contoh wings` → `Contoh Wings Sdn Bhd`), lower
 * case: an article names a company whole once, then by its name alone (`Contoh Wings said`). A name two share is left out.
 */
function namesWithoutForm(index: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const named of new Set(index.values())) {
    const words = named.split(' ').filter((w) => w !== '');
    let a = 0;
    let b = words.length;
    while (a < b && LEGAL_FORMS.has(words[a]!.replace(TRAILING_DOT, ''))) a++;
    while (b > a && LEGAL_FORMS.has(words[b - 1]!.replace(TRAILING_DOT, ''))) b--;
    if (a === b || (a === 0 && b === words.length)) continue;
    const key = words.slice(a, b).join(' ').toLowerCase();
    if (out.has(key) && out.get(key) !== named) shared.add(key);
    else out.set(key, named);
  }
  for (const key of shared) out.delete(key);
  return out;
}

/**
 * Speakers with no title whose name is a form of an organisation the article names get it as their organisation (or
 * the company it names without its legal form);
 * `text` is the normalized article the speakers' offsets point into.
 */
export function organisationSpeakers(quotes: readonly QuoteHit[], index: ReadonlyMap<string, string> | undefined, text: string, cues: CompanyCues = NO_CUES): QuoteHit[] {
  const forms = index ?? NO_FORMS;
  let bare: Map<string, string> | undefined;
  return quotes.map((q) => {
    const sp = q.speaker;
    if (!sp) return q;
    if (!sp.role && !sp.organisation && forms.size > 0) {
      if (namesOrganisation(forms, sp.name)) return { ...q, speaker: { ...sp, organisation: sp.name } };
      const company = (bare ??= namesWithoutForm(forms)).get(sp.name.toLowerCase());
      if (company !== undefined) return { ...q, speaker: { ...sp, organisation: company } };
    }
    const whole = headAndName(sp, forms, text, cues);
    return whole ? { ...q, speaker: whole } : q;
  });
}

/**
 * `Federasi Contoh Bola menegaskan …`: the quote finder may read an organisation's head word as the speaker's
 * organisation and the rest of its name as a person's name; when the head and that name, written together, are a form
 * of an organisation the article names, the speaker is that organisation. Null otherwise: a body's head word and the
 * name of one of its members, which the article never names together, stay a person of that body.
 */
function headAndName(sp: HitSpeaker, index: ReadonlyMap<string, string>, text: string, cues: CompanyCues): HitSpeaker | null {
  const head = sp.organisation;
  // A title read from the name's own words (`Kementerian Koordinator Bidang …`: the role is the name) is no title.
  if (head === null || head.includes(' ') || (sp.role !== null && sp.role !== sp.name)) return null;
  const whole = `${head} ${sp.name}`;
  if (!(index.size > 0 && namesOrganisation(index, whole)) && !acronymAndWord(head, sp, index, text, cues)) return null;
  // A speaker resolved from an earlier sentence has no offsets; one named here gets the head into its offsets (unless
  // they hold it already: the offsets of a name read from a title phrase cover the phrase).
  if (sp.start === null || text.startsWith(`${head} `, sp.start)) return { ...sp, name: whole, role: null, organisation: whole };
  const at = sp.start - head.length - 1;
  return at >= 0 && text.startsWith(`${head} `, at) ? { ...sp, name: whole, role: null, organisation: whole, start: at } : null;
}
