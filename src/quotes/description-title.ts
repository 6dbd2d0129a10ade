/**
 * A title given after the quote by a description that points back: `"…," kata Budi.` then `Politikus Partai Contoh
 * itu berharap …` or `Ketua Pemuda Contoh itu berpendapat …`. A sentence that opens with a title closed by a
 * demonstrative is about the person quoted just before it (the sentence right after the quote's, or opening the next
 * paragraph); a speaker quoted with neither role nor organisation takes that title (read as role and organisation).
 * Read after all quotes are found.
 */
import { type Lexicon, type Token, slice } from './speech-words.js';
import { roleAt } from './role-words.js';
import { demonstrativeAt } from './references.js';
import { splitRole } from './role-phrase.js';

/** A quote as this pass sees it: only the fields it reads of a `QuoteHit`. */
interface Hit {
  start: number;
  end: number;
  paragraph: number;
  speaker: { name: string; role: string | null; organisation: string | null } | null;
}

/** Tokens of a describing title before its demonstrative, at most (`Wakil Ketua Komisi II DPR Contoh`). */
const MAX_TITLE_TOKENS = 10;
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
      if (d < 0) continue;
      const at = paragraphs[p]!.start + toks[s]!.start;
      while (h + 1 < hits.length && hits[h + 1]!.start < at) h++;
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
      const parts = splitRole({ role: slice(paragraphs[p]!.text, toks, s, d), organisation: null }, lex);
      if (!parts.role) continue;
      for (const other of hits) {
        const o = other.speaker;
        if (o && o.name === sp.name && o.role === null && o.organisation === null) other.speaker = { ...o, role: parts.role, organisation: parts.organisation };
      }
    }
  }
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
