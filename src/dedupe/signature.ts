import { MAX_LIST_LINE_WORDS, MIN_DEDUPE_SHINGLES } from '../options.js';
import { parseArticle } from '../parse-article.js';
import { bandKeys } from './lsh.js';
import { minhash } from './minhash.js';
import type { DedupeSettings } from './settings.js';
import { bodyShingles } from './shingles.js';
import type { ArticleSignature, DedupeItem } from './types.js';

/**
 * The signature of one article's clean body: the paragraphs `parseArticle` keeps, so the
 * dateline, title, boilerplate (related headlines, footers) and credit never count. Two
 * unrelated stories from one site share those blocks; their bodies do not.
 */
export function signItem(item: DedupeItem, settings: DedupeSettings, fn: string, withKeys = true): ArticleSignature {
  if (item === null || typeof item !== 'object') throw new TypeError(`${fn}: each item must be {id, text} or {id, article}, got ${item === null ? 'null' : typeof item}`);
  const { id } = item;
  if (typeof id !== 'string') throw new TypeError(`${fn}: item \`id\` must be a string, got ${id === null ? 'null' : typeof id}`);
  return signBody(id, bodyOf(item, settings, fn), settings, withKeys);
}

/**
 * The signature of a body given as its paragraphs' texts. Without `withKeys`, `bands` is left
 * empty: for `ClusterBuilder.addUnkeyed`, which reads the keys from the MinHash values.
 */
export function signBody(id: string, paragraphs: readonly string[], settings: DedupeSettings, withKeys = true): ArticleSignature {
  const shingles = bodyShingles(comparableParagraphs(paragraphs), settings.shingleWords);
  if (shingles.length < MIN_DEDUPE_SHINGLES) return { id, shingles: shingles.length, minhash: null, bands: [] };
  const signature = minhash(shingles, settings.bands * settings.rows);
  return { id, shingles: shingles.length, minhash: signature, bands: withKeys ? bandKeys(signature, settings.bands, settings.rows) : [] };
}

/** Ends like a sentence (a full stop, question or exclamation mark, maybe inside a closing quote). */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/u;

/**
 * The paragraphs a body is compared on: prose, not list lines. A line with no sentence end
 * and at most MAX_LIST_LINE_WORDS words is a headline, a caption or a name. Sites put the same related-headline lists under
 * unrelated stories, and the boilerplate stage cannot know every list header; a story's own
 * text is sentences, so leaving such lines out costs a copy nothing.
 */
export function comparableParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.filter(isProse);
}

function isProse(paragraph: string): boolean {
  return SENTENCE_END.test(paragraph) || wordsIn(paragraph) > MAX_LIST_LINE_WORDS;
}

function wordsIn(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w !== '') n++;
  return n;
}

function bodyOf(item: DedupeItem, settings: DedupeSettings, fn: string): string[] {
  if ('article' in item && item.article !== undefined) {
    const paragraphs = (item.article as { paragraphs?: unknown } | null)?.paragraphs;
    if (!Array.isArray(paragraphs)) throw new TypeError(`${fn}: item "${item.id}": \`article.paragraphs\` must be an array`);
    return paragraphs.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : ''));
  }
  const { text } = item as { text?: unknown };
  if (typeof text !== 'string') throw new TypeError(`${fn}: item "${item.id}" needs a string \`text\` or an \`article\``);
  // Only the clean paragraphs are compared: quotes and organisations are not needed.
  const options = settings.language ? { language: settings.language, quotes: false, organisations: false } : { quotes: false, organisations: false };
  return parseArticle(text, options).paragraphs.map((p) => p.text);
}
