/**
 * How the speaker book cleans a name (`SpeakerBook.trim`): with what the whole article says about its words, a
 * capitalised word the article also writes in lower case, writes after `di`/`Kota`, or uses in another run of
 * capitalised words is an organisation, a place or a sentence opener glued before the name (`Masjid Raya Contoh
 * Ahmad Faizal`, `Sukamaju Suryatno`, `Dilema Sinta`). The words the article refers to people by and the people
 * met so far are the book's; the cuts worked out and the words read are kept here.
 */
import type { Lexicon } from './speech-words.js';
import type { ParsedSpeaker } from './phrase.js';
import { CutMemo } from './cut-memo.js';
import { nameKey } from './name-key.js';
import type { Vocabulary } from './vocabulary.js';
import type { Person } from './person.js';
import { bodyWordFirst, givenNameBefore } from './book-readings.js';
import { companyPrefixes } from '../lang/legal-forms.js';

const SPACED_G = /\S+/g;
const HAS_LOWER = /\p{Ll}/u;
const COMPANY_PREFIXES: ReadonlySet<string> = new Set(companyPrefixes);
/** Initials written with full stops (`A.B.`, `L.P`): letters of a name, not an acronym. */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;

/** What the cut reads of the speaker book: the words the article refers to people by, the people met, the vocabulary. */
export interface NameEvidence {
  readonly refs: ReadonlySet<string>;
  readonly refPhrases: ReadonlySet<string>;
  readonly persons: readonly Person[];
  readonly vocab: Vocabulary | null;
}

/** Where a speaker's name starts once the words glued before it are dropped. */
export class NameCut {
  constructor(
    private readonly lex: Lexicon,
    private readonly book: NameEvidence,
  ) {}

  /** A capitalised word that is not a name word in this article: a common word, a place, an acronym or an organisation word. */
  notName(word: string, placesOnly = false): boolean {
    // Asked again for each run a word stands in: read once (bit 1: even among places only, bit 2: at all).
    let read = this.notNames.get(word);
    if (read === undefined) {
      const k = nameKey(word);
      // Capitals alone are an acronym, but initials with their full stops (`A.B.`, `L.P`) are part of a name.
      const lexical = this.lex.places.has(word) || this.lex.orgWords.has(word) || this.lex.roleWords.has(word) || (word.length > 1 && !HAS_LOWER.test(word) && !INITIALS.test(word));
      const v = lexical ? null : this.book.vocab;
      read = lexical || (v !== null && v.places.has(k)) ? 3 : v !== null && v.lower.has(k) ? 2 : 0;
      this.notNames.set(word, read);
    }
    return (read & (placesOnly ? 1 : 2)) !== 0;
  }
  private readonly notNames = new Map<string, number>();

  /** A word that starts a name here: the article refers to the person by it, or it is a routine first name. */
  private protects(word: string): boolean {
    const k = nameKey(word);
    return this.book.refs.has(k) || this.lex.namePrefixes.has(k) || k.length === 1;
  }

  /** Where `trim` cuts the name of `p`: -1 when nothing of a name is left, else where the name starts (0: as written). */
  cutPosition(p: ParsedSpeaker): number {
    if (!p.name || p.unnamed) return 0;
    // The cut of a name of two words or more depends on the name and whether it is set off (and on `refs`,
    // `refPhrases`, the people met and the vocabulary): names recur, so it is worked out once per name while
    // those stay the same.
    const closing = closingWord(p.organisation, this.lex, this.book.vocab);
    const closed = closing !== null && closedBody(p.organisation, this.lex);
    const key = `${p.setOff ? '\u0001' : ''}${closing === null ? '' : `${closing}${closed ? '\u0003' : '\u0002'}`}${p.name}`;
    const known = this.cuts.get(key, this.book.refs.size + this.book.refPhrases.size * 0x10000, this.book.persons.length, (w) => this.known(w));
    if (known !== undefined) return known;
    const spans: { text: string; at: number }[] = [];
    SPACED_G.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPACED_G.exec(p.name)) !== null) spans.push({ text: m[0], at: m.index });
    const n = spans.length;
    if (n === 0) return 0;
    if (n === 1) {
      const w = spans[0]!.text;
      return this.notName(w) && !this.book.refs.has(nameKey(w)) && !this.known(w) ? -1 : 0;
    }
    this.cuts.begin();
    const at = this.cutOf(p.name, spans, p.setOff === true, closing, closed);
    this.cuts.set(key, at, this.book.persons.length);
    return at;
  }

  /** Names (of two words or more) already trimmed (`cut-memo.ts`). */
  private readonly cuts = new CutMemo();

  /** Where the name `name` (its words `spans`, two or more) starts once trimmed; -1 when nothing is left. */
  private cutOf(name: string, spans: readonly { text: string; at: number }[], setOff: boolean, closing: string | null, closed: boolean): number {
    const n = spans.length;
    let c = 0;
    // Places, acronyms and organisation words anywhere before the name's last word; common words only
    // from the start, since a name may have one inside (`Sinta Bunga Dewi`).
    for (let i = 0; i < n - 1; i++) {
      const w = spans[i]!.text;
      if (this.protects(w)) break;
      if (this.notName(w, i > c)) c = i + 1;
    }
    if (c === 0 && n > 1 && spans.every((s) => this.notName(s.text))) return -1;
    // `Contoh Language`, `Dual Contoh Programme`: a run closed by a word the article writes in lower case names a thing.
    const last = spans[n - 1]!.text;
    if (this.book.vocab !== null && this.book.vocab.lower.has(nameKey(last)) && !this.book.refs.has(nameKey(last)) && !this.cuts.note(last, this.known(last)) && !setOff) return -1;
    // A run the article also uses without the rest of the name is an organisation or a place; not before a
    // name set off by an honorific or a comma, whose first words are how the article refers to the person.
    for (;;) {
      if (setOff || c >= n - 1 || this.protects(spans[c]!.text) || this.book.vocab === null) break;
      let cut = 0;
      for (let j = c + 2; j < n; j++) {
        if (this.protects(spans[j - 1]!.text)) break;
        const seq = name.slice(spans[c]!.at, spans[j - 1]!.at + spans[j - 1]!.text.length);
        const withNext = name.slice(spans[c]!.at, spans[j]!.at + spans[j]!.text.length);
        if (this.book.refPhrases.size > 0 && this.book.refPhrases.has(spans.slice(c, j).map((s) => s.text.toLowerCase()).join(' '))) break;
        if (this.book.vocab.count(seq) > this.book.vocab.count(withNext)) cut = j;
      }
      // Up to the word the article uses alone for the person, when two name words remain:
      // `Sukamaju Sinta Dewi` (`kata Sinta`), `Kelompok Tani Maju Ani Wulandari` (`menurut Ani`).
      // A title inside the name (`Faizal ibni Almarhum Sultan Hamzah`, `the Sultan said`) is no such word. After a body
      // closed by its own name (`Direktur Eksekutif YLKT Dedi Wirawan Saputra`, `kata Wirawan`), a first word written
      // nowhere else is the given name.
      for (let j = c + 1; cut === 0 && j <= n - 2; j++) if (this.book.refs.has(nameKey(spans[j]!.text)) && !this.lex.singleTitles.has(spans[j]!.text) && !givenNameBefore(spans, c, j, (w) => this.notName(w)) && !(closed && j === 1 && this.book.vocab.count(spans[0]!.text) === 1)) cut = j;
      if (cut === 0 && n - c - 1 >= 2 && bodyWordFirst(spans, c, this.book.vocab, this.lex, (w) => this.notName(w), closing)) cut = c + 1;
      // A name never starts with a joiner (`Faizal Ibni Almarhum …`, `Ahmad bin Ali`) nor with middle initials
      // (`Sari A.B. Wulandari`): no cut before one.
      if (cut === 0 || this.lex.connectors.has(spans[cut]!.text.toLowerCase()) || INITIALS.test(spans[cut]!.text)) break;
      c = cut;
    }
    if (c === 0) return 0;
    // What is left must still look like a name (`Rasa Sambal` → `Sambal`, a word the article writes in lower case, is none).
    if (c === n - 1 && this.notName(spans[c]!.text) && !this.book.refs.has(nameKey(spans[c]!.text))) return -1;
    return spans[c]!.at;
  }

  /** Some person met so far has this word in their name. */
  private known(word: string): boolean {
    const k = nameKey(word);
    return this.book.persons.some((q) => q.words.includes(k));
  }
}

/**
 * The last word of a title's organisation that closes on an acronym, a name the lexicon knows or a place (`PB HMI`, `SMAN 1
 * Sukamaju`), lower-case; null for none, and for a company opened by its legal form (`PT Contoh Jaya`), whose name
 * runs on over words the lexicon does not know.
 */
function closingWord(organisation: string | null, lex: Lexicon, vocab: Vocabulary | null): string | null {
  if (organisation === null) return null;
  const words = organisation.trim().split(' ');
  const last = words[words.length - 1]!;
  if (COMPANY_PREFIXES.has(words[0]!)) return null;
  const k = last.toLowerCase();
  return closedBody(organisation, lex) || lex.places.has(last) || (vocab !== null && vocab.places.has(k)) ? k : null;
}

/**
 * A title's organisation closed by its own name: an acronym last (`DPP IKANTA`) or a whole name the lexicon knows (`BPJS
 * Kesehatan`). A place last may still open a longer place (`Kabupaten Contoh Raya`), so it closes no body here.
 */
function closedBody(organisation: string | null, lex: Lexicon): boolean {
  if (organisation === null) return false;
  const trimmed = organisation.trim();
  const last = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  return (!HAS_LOWER.test(last) && last.length > 1) || lex.knownOrganisations.has(trimmed);
}
