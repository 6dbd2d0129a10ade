/**
 * Step 3 of quote finding: the people of one article.
 *
 * Attributions name people in many forms: in full with a role (`Wali Kota Contoh Rina
 * Wulandari`), by one word (`kata Wulan`, `kata Roland`), by a pronoun verb (`ujarnya`). The
 * book keeps everyone met so far with their fullest name and decides who a short form stands
 * for. It also cleans names with what the whole article says about its words: a capitalised word
 * the article also writes in lower case, writes after `di`/`Kota`, or uses in another run of
 * capitalised words is an organisation, a place or a sentence opener glued before the name
 * (`Masjid Raya Contoh Ahmad Faizal`, `Sukamaju Suryatno`, `Dilema Sinta`): `name-cut.ts`.
 */
import type { Lexicon, Token } from './speech-words.js';
import { capitalised } from '../util/capitalised.js';
import type { ParsedSpeaker } from './phrase.js';
import { MentionList } from './mention-list.js';
import { nameKey } from './name-key.js';
import { ownNameWords, readNicknames } from './nicknames.js';
import { titleOrganisation } from './implied-organisation.js';
import { cutSpeaker, readSpeaker } from './speaker-reading.js';
import type { Vocabulary } from './vocabulary.js';
import { type Person, MIN_ALIAS_LENGTH, nobody, MIN_TYPO_LENGTH, adopt, confirmedFirst, holdsAll, isShortForm, oneEdit, otherBody, sameOrganisation } from './person.js';
import { ACRONYM, acronymSpelling } from './acronyms.js';
import { commonOpener, initialledPerson } from './book-readings.js';
import { NameCut } from './name-cut.js';
import { MAX_PEOPLE_REMEMBERED } from '../options.js';
import { NamedPeople } from './named-people.js';
import { afterCompanyPrefix } from './company-prefix.js';

export type { Person } from './person.js';

const WORD_G = /[\p{L}\p{N}]+/gu;
/** Speaking mentions looked back over for a person before an organisation (`personSpokeBefore`). */
const MAX_SPEAKERS_BACK = 24;
const SPACED_G = /\S+/g;

/** People met so far, and where they were mentioned. */
export class SpeakerBook {
  persons: Person[] = [];
  /** Words the article uses on their own to refer to someone (`kata Sinta`, `Sinta mengatakan`), lower-case. */
  refs = new Set<string>();
  /** Longer short forms (`kamarul zaman`), lower-case words joined by single spaces. */
  refPhrases = new Set<string>();
  /** Speech mentions in reading order: position (normalized offset) and person. */
  private readonly mentions = new MentionList<Person>();
  /** People named anywhere (not necessarily speaking), in reading order. */
  private readonly namedPeople = new NamedPeople();
  /** Organisations seen speaking or issuing a document, latest last. */
  orgs: Person[] = [];
  /** The article's tokens, for finding where an acronym is spelt out. */
  private articleTokens: readonly (readonly Token[])[] = [];
  private articleTexts: readonly string[] = [];
  /** Acronyms already looked up (hostile text may repeat one many times). */
  private readonly spelt = new Map<string, string | null>();

  private built: Vocabulary | null = null;

  /** Where names are cut (`name-cut.ts`): it reads `refs`, `refPhrases`, `persons` and `vocab` of this book. */
  private readonly cut: NameCut;

  /** `vocabulary` is built on first need (most articles without quotes never need it). */
  constructor(
    private readonly lex: Lexicon,
    private vocabulary: Vocabulary | (() => Vocabulary) | null = null,
  ) {
    this.cut = new NameCut(lex, this);
  }

  /** The article's vocabulary, built on first use. */
  get vocab(): Vocabulary | null {
    if (this.built) return this.built;
    if (typeof this.vocabulary === 'function') this.vocabulary = this.vocabulary();
    this.built = this.vocabulary;
    return this.built;
  }

  /** Give the book the article's paragraphs, for spelling out acronyms (`BoK` → `Bank of Korea`). */
  setArticle(tokens: readonly (readonly Token[])[], texts: readonly string[]): void {
    this.articleTokens = tokens;
    this.articleTexts = texts;
    this.nicknames = null;
    this.ownNames = null;
  }

  /** Nicknames the article declares, nickname → the name's words (`nicknames.ts`), read on first need. */
  private nicknames: ReadonlyMap<string, readonly string[]> | null = null;
  /** Name words that stand next to another name word somewhere in the article (`nicknames.ts`), read on first need. */
  private ownNames: ReadonlySet<string> | null = null;

  /** The full name an acronym stands for where the article spells it out (`Bank of Korea (BoK)`), memoised; else null. */
  private spellOut(acronym: string): string | null {
    let known = this.spelt.get(acronym);
    if (known === undefined) this.spelt.set(acronym, (known = acronymSpelling(acronym, this.articleTokens, this.articleTexts, this.lex)));
    return known;
  }

  /** The organisation `written`, spelt out when it is an acronym the article explains, noted as the latest one. */
  organisation(written: string): Person {
    const name = ACRONYM.test(written) ? (this.spellOut(written) ?? written) : written;
    const key = name.toLowerCase();
    let person = this.orgs.find((o) => o.name.toLowerCase() === key);
    if (person) this.orgs.splice(this.orgs.indexOf(person), 1);
    else person = { confirmed: true, name, role: null, organisation: name, words: [], org: true };
    this.orgs.push(person);
    if (this.orgs.length > MAX_PEOPLE_REMEMBERED) this.orgs.shift();
    return person;
  }

  /** An organisation met before that `alias` stands for (`Wisma Putra` → `Kementerian Luar`). */
  private aliasOf(alias: string): Person | null {
    const targets = this.lex.aliases.get(alias);
    if (!targets) return null;
    for (let i = this.orgs.length - 1; i >= 0; i--) {
      const o = this.orgs[i]!;
      if (targets.some((t) => sameOrganisation(o.name, t))) return o;
    }
    return null;
  }

  /**
   * Drop organisation, place and sentence-opener words glued before a name:
   * `Masjid Raya Contoh Ahmad Faizal` → `Ahmad Faizal`, `Sukamaju Suryatno` → `Suryatno`.
   * Returns null when nothing of a name is left (`Surabaya`, `Jakarta Utara`).
   */
  trim(p: ParsedSpeaker): ParsedSpeaker | null {
    const at = this.cut.cutPosition(p);
    return at < 0 ? null : at === 0 || p.name === null ? p : cutSpeaker(p, p.name, at);
  }

  /**
   * The role and organisation the last resolved mention wrote with the name itself (`kata Kepala Riset
   * Contoh Sekuritas Budi`), null when it wrote none: that mention's quote speaks under this title, even
   * when the person was introduced under another.
   */
  ownTitle: { role: string; organisation: string | null } | null = null;

  /**
   * `Direktur PT Contoh Jaya` named in passing: a name nothing is cut from, right after a legal form that opens a
   * company's name, may be the company's (`Direktur PT Contoh Jaya Budi Santoso` is cut when the article names the
   * company alone). Only for registering names: an attribution speaks through someone, so it keeps its name.
   */
  companyNamed(raw: ParsedSpeaker): boolean {
    return raw.name !== null && afterCompanyPrefix(raw.organisation) && this.cut.cutPosition(raw) === 0;
  }

  /** The person met before whose full name the article gave `words` (each a `nameKey`) as a nickname of, if any. */
  private nicknamed(words: readonly string[]): Person | null {
    const nicknames = (this.nicknames ??= readNicknames(this.articleTokens, this.lex));
    const full = nicknames.get(words[0]!);
    if (!full || words.some((w) => nicknames.get(w) !== full)) return null;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const q = this.persons[i]!;
      // The run before the cue may hold a place or an organisation word before the name (`Kota Contoh Budi Santoso`).
      if (q.words.length > 0 && q.words.every((x) => full.includes(x))) return q;
    }
    return null;
  }

  /** Find or add the person a parsed speaker stands for; `resolved` when completed from an earlier mention. */
  resolve(raw: ParsedSpeaker, confirmed = true, readAt?: number): { person: Person; resolved: boolean } | null {
    this.ownTitle = null;
    if (raw.document) {
      // `keterangan BoK` speaks for BoK; `keterangan tersebut` for the organisation named before it.
      if (raw.organisation) return { person: this.organisation(raw.organisation), resolved: false };
      const last = this.orgs[this.orgs.length - 1];
      return last ? { person: last, resolved: true } : null;
    }
    // A law quoted is named as written and speaks for no organisation; no pronoun after it stands for it.
    if (raw.law && raw.organisation) return { person: { confirmed: true, name: raw.organisation, role: null, organisation: null, words: [] }, resolved: false };
    // A first-person pronoun names nobody: the writer of a statement speaks so.
    if (raw.name !== null && this.lex.selfPronouns.has(raw.name.toLowerCase())) return null;
    const asWritten = raw.name ?? (raw.role ? null : raw.organisation);
    if (asWritten && !raw.unnamed && this.lex.aliases.has(asWritten)) {
      const known = this.aliasOf(asWritten);
      return known ? { person: known, resolved: true } : { person: this.organisation(asWritten), resolved: false };
    }
    // An organisation as the speaker (`Kementerian Luar … memaklumkan`), as written.
    // Initials of a person met before (`ungkap BS` after `… Budi Santoso (BS)`) stand for that person.
    const initialled = !raw.name && !raw.role && raw.organisation && !raw.unnamed ? initialledPerson(raw.organisation, (a) => this.spellOut(a), this.persons) : null;
    if (initialled) return { person: initialled, resolved: true };
    if (!raw.name && !raw.role && raw.organisation && !raw.unnamed) return { person: this.organisation(raw.organisation), resolved: false };
    const at = this.cut.cutPosition(raw);
    if (at < 0) return null;
    // `PT Contoh Jaya` with no title before it is the company, never a person (with a title, see `companyNamed`): it
    // speaks for itself, as written (`"…," PT Contoh Jaya said`).
    if (at === 0 && raw.role === null && raw.name !== null && afterCompanyPrefix(raw.organisation)) return { person: this.organisation(`${raw.organisation!.trim()} ${raw.name}`), resolved: false };
    // The title read again as role and organisation (`Direktur Utama Contoh Sejahtera`, `Menteri Keuangan` → its ministry).
    const read = readSpeaker(raw, at, this.lex);
    const p = commonOpener(read, this.vocab, this.lex) ? { ...read, organisation: null } : read;
    this.ownTitle = p.role && p.name && !p.unnamed && !raw.linked ? { role: p.role, organisation: p.organisation } : null;
    // `Budi yang juga Ketua …` of someone met with a post: that post stays theirs, the linked one adds nothing.
    const take = (q: Person) => (raw.linked && q.role ? { ...p, role: null, organisation: null, title: undefined } : p);
    if (p.name && !p.unnamed) {
      const words: string[] = [];
      SPACED_G.lastIndex = 0;
      for (let m = SPACED_G.exec(p.name); m !== null; m = SPACED_G.exec(p.name)) {
        const k = nameKey(m[0]);
        if (k !== '') words.push(k);
      }
      if (words.length > 0) {
        // A nickname of several words the article gave (`yang akrab disapa Ayu Lestari`) is the full name's person.
        const nicked = words.length > 1 ? this.nicknamed(words) : null;
        if (nicked) return adopt(nicked, take(nicked), confirmed, true);
        for (const confirmedFirst of [true, false]) {
          for (let i = this.persons.length - 1; i >= 0; i--) {
            const q = this.persons[i]!;
            if (q.confirmed === confirmedFirst && holdsAll(q.words, words)) return adopt(q, take(q), confirmed, q.words.length > words.length);
          }
        }
      }
      // A fuller form of an earlier short mention (`Roland` then `Roland Manurung`) replaces it.
      for (const q of this.persons) {
        if (q.words.length > 0 && q.words.length < words.length && holdsAll(words, q.words)) {
          q.name = p.name;
          q.words = words;
          q.confirmed ||= confirmed;
          q.role ??= p.role;
          q.organisation ??= take(q).organisation;
          return { person: q, resolved: false };
        }
      }
      if (words.length === 1) {
        // A short form (`Wulan`, `Budisan`) or a misspelling (`Sulistiyono`) of someone met before.
        const w = words[0]!;
        // A nickname the article gave (`Budi Santoso atau Mas Bud`, `(Bud)`, `yang akrab disapa Bud`).
        const nicked = this.nicknamed(words);
        if (nicked) return adopt(nicked, take(nicked), confirmed, true);
        // Confirmed speakers first, then anyone named in the article (latest first in each group).
        const short = confirmedFirst(this.persons, (q) => isShortForm(w, q.words, (x) => this.lex.namePrefixes.has(x)));
        if (short) return adopt(short, take(short), confirmed, true);
        const typo = w.length >= MIN_TYPO_LENGTH ? confirmedFirst(this.persons, (q) => q.words.some((x) => x.length >= MIN_TYPO_LENGTH && oneEdit(w, x))) : null;
        if (typo) return adopt(typo, take(typo), confirmed, true);
        // A nickname from inside one name word (`Ara` ← `Maruarar`): only a confirmed speaker, and only when one fits.
        if (w.length >= MIN_ALIAS_LENGTH && !this.cut.notName(p.name)) {
          const inside = this.persons.filter((q) => q.confirmed && q.words.length > 1 && q.words.some((x) => x.length > w.length + 1 && x.includes(w) && !(x.startsWith(w) && x === q.words[q.words.length - 1])));
          if (inside.length === 1 && !(this.ownNames ??= ownNameWords(this.articleTokens, this.lex)).has(w)) return adopt(inside[0]!, take(inside[0]!), confirmed, true);
        }
      }
      const person: Person = { confirmed, name: p.name, role: p.role, organisation: p.organisation, words };
      if (p.title) person.title = p.title;
      this.persons.push(person);
      // Forget the earliest person beyond the bound: every lookup scans this list.
      if (this.persons.length > MAX_PEOPLE_REMEMBERED) this.persons.shift();
      return { person, resolved: false };
    }
    if (p.role && !p.unnamed) {
      // A role-only mention (`kata Kapolres`) is the person introduced earlier with that role (at the same body, when an acronym names one).
      const role = p.role.toLowerCase();
      // A short title (`kata Menkeu`) stands for the person whose title it abbreviates (`Menteri Keuangan (Menkeu)`)
      // or whose organisation it implies (`Kementerian Keuangan`).
      const implied = titleOrganisation(p.role, this.lex)?.toLowerCase();
      // Read at `readAt` (`the minister said`), a holder the article names before it comes first: the title refers back.
      for (const earlierOnly of readAt === undefined ? [false] : [true, false]) {
        for (let i = this.persons.length - 1; i >= 0; i--) {
          const q = this.persons[i]!;
          if (earlierOnly && this.namedPeople.namedOnlyAfter(readAt!, q)) continue;
          const qr = q.role?.toLowerCase();
          if (qr && (qr === role || qr.startsWith(role) || role.startsWith(qr)) && !otherBody(p.organisation, q.organisation)) return { person: q, resolved: true };
          if (q.words.length > 0 && qr && !role.includes(' ') && qr.match(WORD_G)?.includes(role) && !modifiedPost(q.role!, role, this.lex) && !otherBody(p.organisation, q.organisation)) return { person: q, resolved: true };
          if (q.words.length > 0 && implied && q.organisation?.toLowerCase() === implied) return { person: q, resolved: true };
        }
      }
    }
    const written = p.name ?? p.role ?? p.organisation;
    if (!written) return null;
    return { person: { confirmed, name: written, role: p.role, organisation: p.organisation, words: [] }, resolved: false };
  }

  /** The most recently met confirmed person whose name has this word (lower-case), for bare references like `Daniel berharap`. */
  byWord(word: string, unconfirmed = false): Person | null {
    const k = nameKey(word);
    // The people first: most capitalised words name none of them, and the list is short (the sets below hash the word).
    let found: Person | null = null;
    for (let i = this.persons.length - 1; i >= 0 && !found; i--) {
      const p = this.persons[i]!;
      if ((p.confirmed || unconfirmed) && p.words.includes(k)) found = p;
    }
    // `Mohd`, `Sri`, `Abdul` start many names: on their own they refer to nobody in particular.
    if (!found || this.lex.namePrefixes.has(k) || (this.vocab && (this.vocab.places.has(k) || this.lex.places.has(word)))) return null;
    return found;
  }

  /** Note that `person` is named at `pos` (outside any attribution): a last resort for `katanya` with nobody speaking before it. */
  name(pos: number, person: Person): void {
    this.namedPeople.add(pos, person);
  }

  /** The person the article is about so far, for `katanya` with nobody seen speaking before it (`named-people.ts`). */
  lastNamed(pos: number): Person | null {
    return this.namedPeople.lastNamed(pos, this.vocab);
  }

  /**
   * `kata Menteri itu`, `the minister said`: the holder a title pointing back at `pos` stands for, named before it — the
   * holder of that very post first, else (a one-word title) the latest whose post holds the word (a deputy named alone
   * before it). Never someone the article names only after `pos`; null when nobody fits.
   */
  pointedHolder(raw: ParsedSpeaker, pos: number): Person | null {
    const r = this.resolve(raw, true, pos);
    if (r && !nobody(r.person) && !r.person.org && !this.namedPeople.namedOnlyAfter(pos, r.person)) return r.person;
    const role = raw.role?.toLowerCase();
    if (!role || role.includes(' ')) return null;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const q = this.persons[i]!;
      if (q.words.length > 0 && !q.org && !this.namedPeople.namedOnlyAfter(pos, q) && q.role?.toLowerCase().match(WORD_G)?.includes(role)) return q;
    }
    return null;
  }

  /** Everyone the article named before `pos` is `person` (`named-people.ts`). */
  onlyNamed(pos: number, person: Person): boolean {
    return this.namedPeople.onlyNamed(pos, person);
  }

  /**
   * The latest person mentioned before `pos`. A person merely introduced with a role (not seen
   * speaking) only counts within the quote's own paragraph (`from`): across paragraphs the last
   * one who spoke is the better guess.
   */
  before(pos: number, from = 0): Person | null {
    return this.mentions.before(pos, from);
  }

  /** The named person (no organisation, no bare title) last seen speaking before `pos` whom `accept` takes, among the last few speaking mentions. */
  personSpokeBefore(pos: number, accept: (p: Person) => boolean): Person | null {
    return this.mentions.spokeLastWhere(pos, (p) => !p.org && p.words.length > 0 && accept(p), MAX_SPEAKERS_BACK);
  }

  /** The person last seen speaking before `pos`, when that was at or after `from` (in the paragraph before), else null. */
  spokeSince(pos: number, from: number): Person | null {
    return this.mentions.spokeSince(pos, from);
  }

  mention(pos: number, person: Person, speaking = true): void {
    this.mentions.add({ pos, person, speaking });
  }
}

/**
 * `Wakil Menteri Contoh`, `Timbalan Menteri …`, `Deputy Fisheries Minister`: the title word `role` (lower-case) in the post
 * `written` follows a modifier that makes another post of it (a deputy, an acting or a former holder); `kata Menteri itu` is
 * not that person.
 */
function modifiedPost(written: string, role: string, lex: Lexicon): boolean {
  const words = written.split(' ');
  const at = words.findIndex((w) => w.toLowerCase() === role);
  // `Deputy Fisheries Minister`: the modifier may stand before a portfolio too. Read in its capitalised form: lower-case
  // `chief`, `senior` qualify a post without making another (`Chief Economist` is an economist).
  return words.slice(0, Math.max(0, at)).some((w) => lex.titleModifiers.has(capitalised(w)) || lex.references.formers.has(w.toLowerCase()));
}
