/**
 * A title given after the quote by a description that points back: `"…," kata Budi.` then `Politikus Partai Contoh
 * itu berharap …` or `Ketua Pemuda Contoh itu berpendapat …`. A sentence that opens with a title closed by a
 * demonstrative is about the person quoted just before it (the sentence right after the quote's, or opening the next
 * paragraph); a speaker quoted with neither role nor organisation takes that title (read as role and organisation).
 * The same title may come before the person's first quote: `Budi Santoso menafikan …` then a paragraph opening
 * `Timbalan Pengerusi Parti Contoh itu hanya tersenyum …` is about the person the paragraph before opens with, when
 * the next quote is theirs. Only the demonstrative points back: a bare title (`Ketua Polis Daerah berkata …`) is
 * a speaker of its own, someone else.
 * Read after all quotes are found.
 */
import { type Lexicon, type Token, slice } from './speech-words.js';
import { roleAt } from './role-words.js';
import { demonstrativeAt } from './references.js';
import { splitRole } from './role-phrase.js';
import { capitalised } from '../util/capitalised.js';

/** A quote as this pass sees it (`QuoteHit` without the import, which would close a cycle with `find-quotes`). */
interface Hit {
  start: number;
  end: number;
  paragraph: number;
  speaker: { name: string; role: string | null; organisation: string | null } | null;
}

/** Tokens of a describing title before its demonstrative, at most (`Wakil Ketua Komisi II DPR Contoh`). */
const MAX_TITLE_TOKENS = 10;
/** Paragraphs between a title opening one and the quote it describes ahead of it, at most. */
const MAX_PARAGRAPHS_AHEAD = 2;
/** Sentence ends before a describing title. */
const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * Fill the role and organisation of speakers quoted without either from a describing title that opens a sentence
 * after their quote. `paragraphs` and `tokens` are the article's, `hits` its
 * direct quotes in reading order (normalized offsets).
 */
export function titlesFromDescriptions(paragraphs: readonly { text: string; start: number }[], tokens: readonly (readonly Token[])[], hits: Hit[], lex: Lexicon): void {
  if (!hits.some((h) => h.speaker && h.speaker.role === null && h.speaker.organisation === null)) return;
  let h = -1;
  for (let p = 0; p < tokens.length; p++) {
    const toks = tokens[p]!;
    for (let s = 0; s < toks.length; s++) {
      if (s > 0 && !SENTENCE_END.has(toks[s - 1]!.text)) continue;
      const d = describingTitleEnd(toks, s, lex);
      const at = paragraphs[p]!.start + toks[s]!.start;
      while (h + 1 < hits.length && hits[h + 1]!.start < at) h++;
      if (s === 0 && p > 0) {
        const ahead = titleAhead(paragraphs, tokens, p, d, hits, h, lex);
        if (ahead) {
          fill(hits, ahead.name, splitRole({ role: ahead.title, organisation: null }, lex));
          continue;
        }
      }
      if (d < 0) continue;
      const last = hits[h];
      const sp = last?.speaker;
      // The sentence right after the quote's (in its paragraph, or opening the next one): further on, someone else
      // may have been named in between.
      const near = last !== undefined && (last.paragraph === p ? sentenceEndsBetween(toks, last.end - paragraphs[p]!.start, s) <= 1 : last.paragraph === p - 1 && s === 0);
      // Further on, still that person when the quote right after the title (in its paragraph or the next) is theirs too:
      // the title sits between two quotes of one speaker (`"…," kata Budi.` … `Ketua Contoh itu menilai …` `"…"`).
      const next = hits[h + 1];
      const between = next !== undefined && next.speaker?.name === sp?.name && (next.paragraph === p + 1 || (next.paragraph === p && next.start > at));
      if ((!near && !between) || !sp || sp.role !== null || sp.organisation !== null) continue;
      fill(hits, sp.name, splitRole({ role: slice(paragraphs[p]!.text, toks, s, d), organisation: null }, lex));
    }
  }
}

/** Give every quote of `name` that has neither role nor organisation the title's parts (none when it reads no role). */
function fill(hits: Hit[], name: string, parts: { role: string | null; organisation: string | null }): void {
  if (!parts.role) return;
  for (const other of hits) {
    const o = other.speaker;
    if (o && o.name === name && o.role === null && o.organisation === null) other.speaker = { ...o, role: parts.role, organisation: parts.organisation };
  }
}

/**
 * The title opening paragraph `p` (tokens `[0, end)`) and the name of the speaker it describes ahead of their quotes:
 * the next quote, in this paragraph or at most two on (past narrative about them, `Katanya, …`), is the first since
 * the title and is spoken with no role or organisation by the person the narrative paragraph before opens with.
 */
function titleAhead(paragraphs: readonly { text: string; start: number }[], tokens: readonly (readonly Token[])[], p: number, end: number, hits: readonly Hit[], h: number, lex: Lexicon): { name: string; title: string } | null {
  const next = hits[h + 1];
  const sp = next?.speaker;
  if (end < 0 || !sp || sp.role !== null || sp.organisation !== null || next!.paragraph < p || next!.paragraph > p + MAX_PARAGRAPHS_AHEAD) return null;
  // The paragraph before quotes nobody: a quote there would be the title's nearer referent (read above, backwards).
  if (hits[h]?.paragraph === p - 1) return null;
  if (!opensWithName(tokens[p - 1]!, sp.name, lex)) return null;
  return { name: sp.name, title: slice(paragraphs[p]!.text, tokens[p]!, 0, end) };
}

/** Sentence ends among `toks` from offset `from` (in the paragraph) up to token `s`: the quote's own attribution closes one. */
function sentenceEndsBetween(toks: readonly Token[], from: number, s: number): number {
  let n = 0;
  for (let k = 0; k < s; k++) if (toks[k]!.start >= from && SENTENCE_END.has(toks[k]!.text)) n++;
  return n;
}

/**
 * Where the demonstrative closing a describing title at token `s` stands (`Politikus Contoh itu berharap`), else -1:
 * a capitalised title word, then capitalised words, numbers and connectors
 * only, then the demonstrative and a lower-case word going on with the sentence.
 */
function describingTitleEnd(toks: readonly Token[], s: number, lex: Lexicon): number {
  // The head is a title word (`roleAt`): a former post opens with a modifier (`Mantan Menteri …`), no title word, so
  // it is no title for today's quote.
  const head = toks[s];
  if (!head?.word || !head.cap || !roleAt(head, lex)) return -1;
  for (let k = s + 1; k < toks.length && k - s <= MAX_TITLE_TOKENS; k++) {
    const t = toks[k]!;
    if (demonstrativeAt(toks, k, lex.references)) {
      const next = toks[k + 1];
      return k > s + 1 && next?.word && !next.cap ? k : -1;
    }
    if (!t.word || !(t.cap || t.num || lex.connectors.has(t.lower))) return -1;
  }
  return -1;
}

/** Honorifics opening a paragraph before the name, at most (`Datuk Seri Dr`). */
const MAX_OPENING_TITLES = 3;

/**
 * The paragraph opens with the person `name` as its subject: past honorifics (a lead's first word may be in capitals,
 * `DATUK Seri …`), the name's words as written, then a lower-case word (the verb) or a comma (`, 52,`).
 */
function opensWithName(toks: readonly Token[], name: string, lex: Lexicon): boolean {
  let i = 0;
  while (i < MAX_OPENING_TITLES && toks[i]?.cap && (lex.titleWords.has(toks[i]!.text) || lex.titleWords.has(capitalised(toks[i]!.text.toLowerCase())))) i++;
  // An abbreviated honorific's full stop (`Dr.`).
  if (i > 0 && toks[i]?.text === '.') i++;
  const words = name.split(' ');
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.text !== words[k]) return false;
  const after = toks[i + words.length];
  return after !== undefined && (after.text === ',' || (after.word && !after.cap));
}
