/**
 * A speaker quoted by one word of their name (`kata Rina`, `ujar Wulandari`, `said Smith`) whose full name the
 * article gives at another mention (`Rina Wulandari membuka …`, `Analis Contoh Sekuritas, Rina Wulandari,
 * mengatakan`): the full name, `resolved`. The article's runs of name words are indexed by each of their words
 * in one pass, then each quote looks its speaker up; a word two different names share stands for neither.
 * Read after all quotes are found, so the labels carry the fullest name the article gives.
 */
import { type Lexicon, type Token } from './speech-words.js';
import { W_LOWER_ROLE, W_NAME } from './word-classes.js';
import type { Vocabulary } from './vocabulary.js';
import { describingCompound } from './name-word.js';
import type { SpeakerBook } from './speaker-book.js';

/** The class as a module constant: imported bindings may be read through a getter (CommonJS output, tsx), too slow per token. */
const C_NAME = W_NAME;

/** A person's name has at most this many words; a longer run of capitalised words is a title or a list. */
const MAX_NAME_WORDS = 5;
/** Different runs kept per word; past this the word is shared too widely to stand for one person. */
const MAX_NAMES_PER_WORD = 4;
/** A one-word speaker this short is too often an initialism or a nickname shared by others. */
const MIN_SPEAKER_LENGTH = 3;

/** A quote as this pass sees it: only the fields it reads of a `QuoteHit`. */
interface Hit {
  speaker: { name: string; role: string | null; organisation: string | null; resolved: boolean } | null;
}

/** A capitalised word with lower-case letters (`Wulandari`, not `APTB`). */
const CAPITAL = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Characters before a word that open a sentence or a quote, where any word is capitalised. */
const OPENERS = new Set(['.', '!', '?', '"', '“', '”', ':', '•', '|']);

/**
 * Give speakers named by one word the full name the article writes elsewhere. `tokens` are the article's
 * paragraphs; the book tells the words the article writes in lower case and the words it refers to people by.
 * Returns the steps taken (tokens and runs visited), which grow linearly with the article (tested on hostile text).
 */
export function fullNamesFromContext(tokens: readonly (readonly Token[])[], hits: readonly Hit[], lex: Lexicon, book: SpeakerBook): number {
  let index: NameIndex | null = null;
  let steps = 0;
  for (const h of hits) {
    steps++;
    const sp = h.speaker;
    if (!sp || !oneNameWord(sp.name, lex) || sp.organisation === sp.name) continue;
    index ??= nameIndex(tokens, lex, book.vocab);
    const full = fullName(sp.name, index, book.refs);
    steps += index.runs.get(sp.name)?.length ?? 0;
    if (!full) continue;
    const before = full.slice(0, full.indexOf(sp.name));
    // `Kepala Unit Contoh Rina Wulan` read as organisation `Unit Contoh Rina` and name `Wulan`: the name's words leave it;
    // an organisation that is all those words (`Micro Contoh` before `Contohku`) says they name no person.
    if (before.length > 0 && sp.organisation === before.join(' ')) continue;
    const organisation = sp.organisation && before.length > 0 ? withoutTail(sp.organisation, before) : sp.organisation;
    h.speaker = { ...sp, name: full.join(' '), organisation, resolved: true };
  }
  return steps + (index?.steps ?? 0);
}

/**
 * The full name `word` stands for: the one run of name words holding it that holds every other such run, cut after
 * any word before `word` that the article also writes in a run without `word` that is a name of its own or follows
 * an organisation word (`Kota Contoh` of `Kota Contoh Rina`, `Contohindo` of `Contohindo Rina` after `Perum
 * Contohindo`), unless the article refers to someone by it (`kata Budi`). Null when no run of two words or more is
 * left, or when two runs name different people.
 */
function fullName(word: string, index: NameIndex, refs: ReadonlySet<string>): readonly string[] | null {
  const runs = index.runs.get(word);
  if (!runs || index.shared.has(word)) return null;
  let best: readonly string[] | null = null;
  for (const n of runs) if (n.length > 1 && (!best || n.length > best.length)) best = n;
  if (!best) return null;
  for (const n of runs) if (!n.every((w) => best.includes(w))) return null;
  const at = best.indexOf(word);
  let a = 0;
  for (let k = 0; k < at; k++) {
    const w = best[k]!;
    if (refs.has(w.toLowerCase())) continue;
    const elsewhere = index.runs.get(w)?.some((r) => !r.includes(word) && (r.length > 1 || index.afterOrganisation.has(r.join(' '))));
    if (index.shared.has(w) || elsewhere) a = k + 1;
  }
  return best.length - a > 1 ? best.slice(a) : null;
}

/** A speaker name of one capitalised word that may be a person's (no title, organisation word or place). */
function oneNameWord(name: string, lex: Lexicon): boolean {
  if (name.length < MIN_SPEAKER_LENGTH || name.includes(' ') || !CAPITAL.test(name) || !LOWER.test(name)) return false;
  return !lex.roles.has(name) && !lex.titles.has(name) && !lex.orgWords.has(name) && !lex.roleWords.has(name) && !lex.places.has(name);
}

/** `organisation` without the words `tail` closing it, or as it is when they do not close it (or nothing is left). */
function withoutTail(organisation: string, tail: readonly string[]): string {
  const suffix = ` ${tail.join(' ')}`;
  return organisation.endsWith(suffix) && organisation.length > suffix.length ? organisation.slice(0, -suffix.length) : organisation;
}

/** The article's runs of name words under each of their words (as written), and the words in too many runs to tell. */
interface NameIndex {
  runs: ReadonlyMap<string, readonly (readonly string[])[]>;
  shared: ReadonlySet<string>;
  /** Runs (words joined by a space) written right after an organisation word somewhere (`Perum Contohindo`). */
  afterOrganisation: ReadonlySet<string>;
  /** Tokens and stored runs visited while building the index. */
  steps: number;
}

/**
 * Every run of name words in the article (`Rina Wulandari`, `Rina`), under each of its words: one pass over the
 * tokens. A word opening a sentence is capitalised anyway, so it belongs to the run only when the article writes it
 * capitalised inside a sentence too (`Rina` of `Rina Wulandari membuka …`, not `Era`) or opens a person introduced
 * with a comma (`introducedRun`); a word the article writes in lower case or a place opens no name, and a run with a
 * place or closed by a common word names none.
 */
function nameIndex(tokens: readonly (readonly Token[])[], lex: Lexicon, vocab: Vocabulary | null): NameIndex {
  const inside = new Set<string>();
  for (const toks of tokens) for (let i = 1; i < toks.length; i++) if (toks[i]!.cls & C_NAME && (toks[i - 1]!.word || toks[i - 1]!.text === ',')) inside.add(toks[i]!.text);
  const common = (t: Token) => vocab !== null && vocab.lower.has(t.lower);
  const place = (t: Token) => lex.places.has(t.text) || lex.titles.has(t.text) || (vocab !== null && vocab.places.has(t.lower));
  const runs = new Map<string, (readonly string[])[]>();
  const shared = new Set<string>();
  const afterOrganisation = new Set<string>();
  let steps = 0;
  for (const toks of tokens) {
    for (let i = 0; i < toks.length; i++) {
      steps++;
      if (!(toks[i]!.cls & C_NAME)) continue;
      let e = i;
      while (e < toks.length && toks[e]!.cls & C_NAME) e++;
      let a = i;
      const prev = toks[i - 1];
      if ((prev === undefined || OPENERS.has(prev.text)) && !inside.has(toks[a]!.text) && !introducedRun(toks, i, e, lex)) a++;
      // `the Sukamaju-born Rina`: a describing compound before the name is no part of it.
      while (a < e && (common(toks[a]!) || place(toks[a]!) || describingCompound(toks[a]!))) a++;
      const n = e - a;
      const run = toks.slice(a, e);
      i = e - 1;
      if (n < 1 || n > MAX_NAME_WORDS || (n > 1 && common(toks[e - 1]!)) || run.some(place)) continue;
      const words = run.map((t) => t.text);
      const before = toks[a - 1];
      if (before?.cap && lex.orgWords.has(before.text)) afterOrganisation.add(words.join(' '));
      for (const w of words) {
        if (shared.has(w)) continue;
        const known = runs.get(w);
        steps += 1 + (known?.length ?? 0);
        if (!known) runs.set(w, [words]);
        else if (!known.some((k) => k.length === words.length && k.every((x, j) => x === words[j]))) {
          if (known.length >= MAX_NAMES_PER_WORD) {
            shared.add(w);
            runs.delete(w);
          } else known.push(words);
        }
      }
    }
  }
  return { runs, shared, afterOrganisation, steps: steps + tokens.length };
}

/**
 * A run of two name words or more opening a sentence and set off by a comma before a relative clause, an age or a
 * lower-case title (`Rina Wulandari, yang …`, `Rina Wulandari, 45, …`, `Rina Wulandari, ketua …`): a person
 * introduced as the subject, whose first word is a given name even though a sentence opens with it.
 */
function introducedRun(toks: readonly Token[], i: number, e: number, lex: Lexicon): boolean {
  const after = toks[e + 1];
  if (e - i < 2 || toks[e]?.text !== ',' || after === undefined) return false;
  return lex.references.relatives.has(after.lower) || (after.num && after.text.length <= 3 && toks[e + 2]?.text === ',') || (!after.cap && (after.cls & W_LOWER_ROLE) !== 0);
}
