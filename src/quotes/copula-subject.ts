/**
 * `Sutrisno adalah Ketua Himpunan Nelayan Contoh.`, `Amin Harun ialah Pengerusi Persatuan …`, `Jane Doe is the chair of
 * …`: a sentence whose subject is a person, then a copula or a verb of holding a post, then a title. The title is the
 * subject's post; its last words belong to the body it names (`… Nelayan Contoh`), never to a person cut from its end.
 * After a verb of taking a post (`Waryo pernah menjadi Ketua …`) the title is no one else's either, but its time is not
 * said. `Beliau ialah Pengerusi …`: a pronoun subject points back to someone already named, so the title names nobody new.
 */
import type { Lexicon, Token } from './speech-words.js';
import { W_NAME } from './word-classes.js';

/** Token classes as module constants (see `register-names.ts`). */
const C_NAME = W_NAME;
/** Words of a subject's name before the verb, at most (one fewer). */
const MAX_SUBJECT_WORDS = 4;
/** Marks after which a sentence's subject may open (the paragraph's start aside): a sentence's end, a dateline's dash or colon. */
const OPENERS = new Set(['.', '!', '?', '—', '–', '-', ':', '"', '“', '”']);

/** What a copula sentence's verb says of the title after it: the subject's `post`, or only a post `taken` at a time not said. */
export type SubjectLink = 'post' | 'taken';

function lower(t: Token | undefined): t is Token {
  return t?.word === true && !t.cap;
}

/** The verb at token `v` gives the title after it: a copula or a verb of holding (`post`), or one of taking a post (`taken`). */
function linkAt(t: Token | undefined, lex: Lexicon): SubjectLink | null {
  if (!lower(t)) return null;
  if (lex.copulas.has(t.lower) || lex.holdingVerbs.has(t.lower)) return 'post';
  return lex.becomingVerbs.has(t.lower) ? 'taken' : null;
}

/** Lower-case words between a verb and its title (a role link, an article, a former word, in that order). */
function titleLead(tokens: readonly Token[], v: number, lex: Lexicon): number {
  let k = v + 1;
  if (lower(tokens[k]) && lex.roleLinks.has(tokens[k]!.lower)) k++;
  if (lower(tokens[k]) && lex.articles.has(tokens[k]!.lower)) k++;
  if (lower(tokens[k]) && lex.references.formers.has(tokens[k]!.lower)) k++;
  return k;
}

/**
 * The verb after a subject ending at token `e`: right after it, or a verb of taking a post after one lower-case word
 * (`pernah menjadi`, `kini menjadi`). Its index and link, else null.
 */
function verbAfter(tokens: readonly Token[], e: number, lex: Lexicon): { v: number; link: SubjectLink } | null {
  const link = linkAt(tokens[e], lex);
  if (link) return { v: e, link };
  return lower(tokens[e]) && linkAt(tokens[e + 1], lex) === 'taken' ? { v: e + 1, link: 'taken' } : null;
}

/** The subject of a copula sentence whose capitalised title opens at token `i`: the tokens `[a, e)` of a name, `'pronoun'`, or null. */
export function copulaSubject(tokens: readonly Token[], i: number, lex: Lexicon): readonly [number, number] | 'pronoun' | null {
  // Back from the title over its lead words to the verb, and over one lead word before a verb of taking a post.
  for (let v = i - 1; v >= 0 && v >= i - 4; v--) {
    if (!linkAt(tokens[v], lex) || titleLead(tokens, v, lex) !== i) continue;
    for (const e of [v, v - 1]) {
      if (e < 1 || verbAfter(tokens, e, lex)?.v !== v) continue;
      const s = tokens[e - 1]!;
      if (s.word && lex.pronouns.has(s.lower) && opensSentence(tokens, e - 1)) return 'pronoun';
      const a = nameStart(tokens, e);
      if (a !== null && opensSentence(tokens, a)) return [a, e];
    }
    return null;
  }
  return null;
}

/**
 * The name run `[a, e)` is the subject of a copula sentence (`Sutrisno adalah …`, `Jane Doe is the chair of …`,
 * `Waryo pernah menjadi Ketua …`): it opens a sentence, is no pronoun, and a verb giving a capitalised title follows
 * it (after a copula, a lower-case title after an article too, read by `after-name-title.ts`). What the verb says, else null.
 */
export function copulaSubjectRun(tokens: readonly Token[], a: number, e: number, lex: Lexicon): SubjectLink | null {
  if (e <= a || e - a >= MAX_SUBJECT_WORDS || lex.pronouns.has(tokens[a]!.lower) || !opensSentence(tokens, a)) return null;
  const found = verbAfter(tokens, e, lex);
  if (!found) return null;
  if (found.link === 'post') return 'post';
  const t = tokens[titleLead(tokens, found.v, lex)];
  return t?.word && t.cap && lex.roles.has(t.text) ? 'taken' : null;
}

/** The first token of the run of name words ending at token `e` (fewer than `MAX_SUBJECT_WORDS`), else null. */
function nameStart(tokens: readonly Token[], e: number): number | null {
  let a = e;
  while (a > 0 && e - a < MAX_SUBJECT_WORDS && (tokens[a - 1]!.cls & C_NAME) !== 0) a--;
  return a === e || e - a >= MAX_SUBJECT_WORDS ? null : a;
}

/** Token `a` opens a sentence: the paragraph's first, or after a sentence's end or a dateline's mark. */
function opensSentence(tokens: readonly Token[], a: number): boolean {
  const before = tokens[a - 1];
  return before === undefined || OPENERS.has(before.text);
}
