/**
 * Every threshold warta uses, named, with the reason for its value.
 * Stages import these; nothing else hard-codes a number that changes results.
 */

/** A line shorter than this is one paragraph even if it contains scraper glue: glued lines hold several paragraphs. */
export const MIN_GLUED_LINE_CHARS = 300;

/** A headline is short; a first line longer than this is body text, not a title. */
export const MAX_TITLE_LENGTH = 250;

/** A title has at least this many words (a lone word is a crumb or a section name). */
export const MIN_TITLE_WORDS = 2;

/** Navigation crumbs before a title are short lines of a word or two. */
export const MAX_CRUMB_LENGTH = 40;

/** Paragraphs whose folded texts are at least this similar are near-duplicates. A changed word in a
 * 20-word paragraph still scores ≈ 0.9; a decoy that shares only its opening scores far lower. */
export const MIN_NEAR_DUPLICATE_SIMILARITY = 0.85;

/** Near-duplicate candidates must have similar lengths: a paragraph and its quarter are not copies. */
export const MIN_DUPLICATE_LENGTH_RATIO = 0.75;

/** Blocks shorter than this (in folded characters) are never duplicates: `Foto: Antara` twice is junk, not a paragraph. */
export const MIN_DUPLICATE_CHARS = 20;

/** A short line (under MIN_DUPLICATE_CHARS) must have this many words to count as an exact copy. */
export const MIN_SHORT_DUPLICATE_WORDS = 2;

/** How many words open (and close) a paragraph's fingerprint for finding near-duplicate candidates. */
export const FINGERPRINT_WORDS = 4;

/** A related-headline list is at least this many headline-like lines in a row. */
export const MIN_RELATED_LIST_LINES = 2;

/** A footer menu is at least this many short capitalised lines in a run at the very end (a writer's signature is fewer). */
export const MIN_MENU_LINES = 4;

/** A footer menu item (`Pedoman Media Siber`) is at most this many characters. */
export const MAX_MENU_ITEM_LENGTH = 30;

/** A headline-like line in a related list is at most this long. */
export const MAX_RELATED_HEADLINE_LENGTH = 120;

/** A linked headline after an inline `Baca juga:` is at most this many words. */
export const MAX_INLINE_HEADLINE_WORDS = 20;

/** Text after a junk marker with at least this many words and a final full stop is prose, not a linked headline. */
export const MIN_PROSE_WORDS = 12;

/** A reader prompt (`Ikuti berita terkini di kanal kami`) is at most this many words; longer text is prose. */
export const MAX_PROMPT_WORDS = 25;

/**
 * A prompt that closes the article, its medium named right after its verb, may run this long: it often
 * names whom the interview is with (`Ikuti temubual penuh bersama Dr Contoh, Pengarah …`).
 */
export const MAX_CLOSING_PROMPT_WORDS = 40;

/** A linked headline is at most this many characters (bounds the search for where it ends). */
export const MAX_INLINE_HEADLINE_CHARS = 250;

/** Near-duplicate candidates compared per paragraph, at most: keeps the stage linear on pathological input. */
export const MAX_DUPLICATE_CANDIDATES = 16;

/** A caption is a short line; longer text with a © is a paragraph that mentions copyright. */
export const MAX_CAPTION_LENGTH = 250;

/**
 * The speaker book compares every mention with the people (and speaking organisations) met so far,
 * so it remembers only the most recent ones: real articles name fewer than 40, and this keeps a
 * hostile page naming tens of thousands of people linear instead of quadratic.
 */
export const MAX_PEOPLE_REMEMBERED = 200;

/** `katanya` with nobody speaking before it goes to the most repeated of this many people named last (same bound, same reason). */
export const MAX_NAMED_CONSIDERED = 200;

/** A language guess under this confidence on a standalone extractor's text (often one sentence) is a coin flip: read as Indonesian. */
export const MIN_SNIPPET_LANGUAGE_CONFIDENCE = 0.6;

/** A caption that ends with a photo credit (`… (Foto: Contoh)`) may run this long and still be a caption. */
export const MAX_CREDITED_CAPTION_LENGTH = 400;
/**
 * Furniture above an opening dateline (captions, a byline, a photo credit) runs this long in all at most:
 * a dateline after more text than that is a story's own line quoted lower down, not the story's opening.
 */
export const MAX_TEXT_BEFORE_DATELINE = 600;
/** Above an opening dateline, at most this many blocks of a sentence's length (a caption or two and a credited photo): more are the story. */
export const MAX_LONG_BLOCKS_BEFORE_DATELINE = 3;
/** A block this long reads as a sentence of text, not a label or a byline. */
export const MIN_SENTENCE_BLOCK_LENGTH = 80;

/** Inputs above this many characters get a warning: they are parsed, but are unlikely to be one article. */
export const LARGE_INPUT_CHARS = 1_000_000;

/** How much of the input is sampled to tell text from binary data. */
export const BINARY_SAMPLE_CHARS = 8_000;

/** Text has almost no control/unassigned/replacement characters; above this share it is binary data. */
export const MAX_ODD_CHAR_SHARE = 0.01;

// Near-duplicate articles across a batch (`dedupeArticles`, `warta dedupe`).

/**
 * Two articles are the same story when the estimated Jaccard similarity of their clean
 * bodies' shingle sets is at least this. 0.5 means at least half of the distinct shingles of
 * the two bodies together are shared. A republished copy that drops a paragraph, cuts a few
 * sentences and edits a word every other sentence stays well above it; two different
 * stories on one topic share stock phrases and names, not runs of words, and stay near 0.
 */
export const DEDUPE_THRESHOLD = 0.5;

/**
 * Two bodies are also the same story when at least this share of the shorter one's shingles
 * lies in the longer one (estimated from the similarity and the two shingle counts). A copy
 * cut to half the story, with a paragraph dropped and words edited, falls under the similarity
 * threshold yet sits almost whole inside the original; two stories sharing a site's stock
 * phrases do not.
 */
export const DEDUPE_CONTAINMENT = 0.8;

/** Words per shingle: three words are specific to a story, yet one edited word spoils only three shingles. */
export const DEDUPE_SHINGLE_WORDS = 3;

/**
 * LSH bands × rows (96 MinHash slots). Two bodies of similarity J become candidates with
 * probability 1 − (1 − J³)³²: 0.03 at J = 0.1, 0.58 at 0.3, 0.986 at 0.5, 0.9996 at 0.6,
 * so nearly every pair above the threshold is compared and few below it are.
 */
export const DEDUPE_BANDS = 32;
export const DEDUPE_ROWS = 3;

/** A body with fewer distinct shingles than this is too short to compare and never clusters. */
export const MIN_DEDUPE_SHINGLES = 10;

/** A line without a sentence end and at most this many words is a headline or caption, not story text: dedupe leaves it out. */
export const MAX_LIST_LINE_WORDS = 20;

/** The fewest letters of a known one-word name also matched in capitals (`CONTOHKOM`): shorter capitals are acronyms of their own. */
export const MIN_CAPITALS_FORM = 4;
