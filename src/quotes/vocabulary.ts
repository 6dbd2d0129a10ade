/**
 * What the whole article says about its words, for cleaning speaker names: a capitalised word the
 * article also writes in lower case is a common word, one written after `di`/`Kota` is a place, and
 * one that stands beside other capitalised words elsewhere belongs to another name.
 */
import { type Lexicon, type Token, type WordSink, isDegree } from './speech-words.js';
import { W_ROLE } from './word-classes.js';
import { W_TITLE_WORD } from './long-titles.js';
import { fieldWord } from './name-word.js';
import { WordIndex } from './word-index.js';
import { wholeWordAt } from '../util/whole-word.js';

/** Token classes as module constants: imported bindings may be read through a getter (CommonJS output, tsx), too slow for per-token tests. */
const C_ROLE = W_ROLE;
const C_TITLE_WORD = W_TITLE_WORD;
/** The longest place name read after a preposition, in words. */
const MAX_PLACE_WORDS = 3;

const NO_RUNS: ReadonlySet<string> = new Set();

/**
 * The last two and three words of each capitalised run that opens with a title (`Ketua Contoh Budi Santoso`), as lower-case
 * words joined by spaces: how the article writes someone's name after a title.
 */
function titleClosedRuns(paragraphs: readonly (readonly Token[])[]): ReadonlySet<string> {
  const found = new Set<string>();
  for (const tokens of paragraphs) {
    for (let s = 0; s < tokens.length; s++) {
      if (!tokens[s]!.word || !tokens[s]!.cap) continue;
      let f = s;
      while (f < tokens.length && tokens[f]!.word && tokens[f]!.cap) f++;
      if (tokens[s]!.cls & C_ROLE) for (let i = Math.max(s + 1, f - MAX_PLACE_WORDS); i <= f - 2; i++) found.add(tokens.slice(i, f).map((x) => x.lower).join(' '));
      s = f;
    }
  }
  return found;
}

/** What the tokenizer gathers for an article's vocabulary while it classes each paragraph (`tokenize`'s sink). */
export class ArticleWords implements WordSink {
  /** The article's lower-case words. */
  readonly lower: WordIndex;
  /** Per paragraph, in order, the indices of its locative words (`W_LOCATIVE`). */
  readonly locatives: (readonly number[])[] = [];

  /** `tokens`: about how many tokens the article has (the word table is sized for about as many words as that writes; it does not grow, its chains do). */
  constructor(tokens: number) {
    this.lower = new WordIndex(tokens >> 2);
  }

  add(word: string, sig: number): void {
    this.lower.add(word, sig);
  }

  paragraph(locatives: readonly number[]): void {
    this.locatives.push(locatives);
  }
}

/** What the whole article says about its words. Built once per article from its tokens. */
export class Vocabulary {
  /** Words the article writes in lower case somewhere (common words, not names). */
  readonly lower: WordIndex;
  /** Capitalised words written right after a locative (`di Surabaya`, `Kota Bekasi`): places. */
  readonly places = new Set<string>();
  /** The paragraphs joined by spaces, for counting multi-word phrases: joined on the first count (most articles count none). */
  private joined: string | null = null;
  private readonly neighbourMap = new Map<string, Set<string> | null>();
  private readonly counts = new Map<string, number>();

  /** `words`: the paragraphs' lower-case words and locatives, gathered by the tokenizer (`tokenize`) while it classed them. */
  constructor(
    private readonly paragraphs: readonly (readonly Token[])[],
    private readonly texts: readonly string[],
    private readonly lex: Lexicon,
    words: ArticleWords,
  ) {
    this.lower = words.lower;
    /** Capitalised runs closing a clause after a preposition of place (`di Contoh Jaya.`), as their lower-case words. */
    const runs: string[][] = [];
    paragraphs.forEach((tokens, p) => {
      for (const i of words.locatives[p] ?? []) {
        const t = tokens[i]!;
        const next = tokens[i + 1];
        if (next?.cap) this.places.add(next.lower);
        // `di Sarimbit Tirtalaras.`: after a preposition, a capitalised run that closes its clause is all one place.
        if (next?.cap && !t.cap && lex.placePrepositions.has(t.lower)) {
          let e = i + 1;
          while (e < tokens.length && e - i <= MAX_PLACE_WORDS && tokens[e]!.word && tokens[e]!.cap) e++;
          if (e - i <= MAX_PLACE_WORDS && e > i + 2 && (e === tokens.length || !tokens[e]!.word)) runs.push(tokens.slice(i + 1, e).map((x) => x.lower));
        }
      }
    });
    // The whole run is a place unless the article also writes it as someone's name, closing a title (`Ketua Contoh Budi Santoso.`).
    const named = runs.length > 0 ? titleClosedRuns(paragraphs) : NO_RUNS;
    for (const run of runs) if (!named.has(run.join(' '))) for (let k = 1; k < run.length; k++) this.places.add(run[k]!);
  }

  /**
   * The capitalised words that `key` (a lower-case word) stands next to, roles, titles, org words and
   * sentence openers aside. Asked for a few words per article at most, so each is found by one scan, memoised.
   */
  neighboursOf(key: string): ReadonlySet<string> | undefined {
    let found = this.neighbourMap.get(key);
    if (found !== undefined || this.neighbourMap.has(key)) return found ?? undefined;
    for (const tokens of this.paragraphs) {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.lower !== key || this.skip(t)) continue;
        found ??= new Set();
        if (!this.skip(tokens[i - 1])) found.add(tokens[i - 1]!.lower);
        if (!this.skip(tokens[i + 1])) found.add(tokens[i + 1]!.lower);
      }
    }
    this.neighbourMap.set(key, found ?? null);
    return found;
  }

  /** Sentence openers (`Menurut Rina`, `Justeru, Rina`) and a title's words (`Tan Sri Rina`) are no evidence that a word stands beside others in a name. */
  private skip(t: Token | undefined): boolean {
    const lex = this.lex;
    return !t || !t.word || !t.cap || (t.cls & C_TITLE_WORD) !== 0 || lex.roles.has(t.text) || lex.roleWords.has(t.text) || lex.orgWords.has(t.text) || lex.titles.has(t.text) || lex.according.has(t.lower) || lex.fillers.has(t.lower) || fieldWord(t, lex) || isDegree(t, lex);
  }

  /** How often `phrase` occurs in the article as whole words (memoised: names are counted again and again). */
  count(phrase: string): number {
    const known = this.counts.get(phrase);
    if (known !== undefined) return known;
    // An empty phrase (a name written with two spaces, split on one) occurs nowhere; searching
    // for it from `at + 0` never moved on.
    if (phrase === '') return 0;
    const text = (this.joined ??= this.texts.join(' '));
    let n = 0;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) if (wholeWordAt(text, at, phrase.length)) n++;
    this.counts.set(phrase, n);
    return n;
  }
}
