/**
 * The near-duplicate benchmark set, built at run time from the real articles (never stored in
 * the repo). With a fixed seed it is the same set on every run.
 *
 * - originals: real articles, at most one of any group that already repeats a story (two
 *   originals whose clean bodies have an exact shingle Jaccard ≥ ORIGINAL_OVERLAP are the same
 *   story twice in the scraped data, and nobody labelled which; one of them is kept);
 * - republished copies (1–3 per chosen original): another dateline and title, site junk lines,
 *   a credit, a paragraph dropped, sentences cut, paragraphs merged, words edited;
 * - junk sharers: unrelated originals from one invented site, each carrying the same long
 *   junk block (a related-headlines list and a footer paragraph) — they must never cluster;
 * - same-topic pairs: the originals that share the most content words without being copies
 *   (different stories on one topic) — they must never cluster either.
 *
 * Gold clusters are an original with its copies. `npm run eval` scores pairs; `npx tsx
 * scripts/dedupe-set.ts` writes the set as JSONL for the CLI and the Dask example.
 */
import { parseArticle } from '../../src/index.js';
import { bodyShingles } from '../../src/dedupe/shingles.js';
import { DEDUPE_SHINGLE_WORDS } from '../../src/options.js';
import { foldForComparison } from '../../src/util/similarity.js';
import { prng } from '../../test/support/adversarial.js';

export const DEFAULT_SEED = 20251;
/** Originals sharing this much of their shingles are one story scraped twice: keep one. */
const ORIGINAL_OVERLAP = 0.3;
/** Share of originals that get republished copies. */
const COPIED_SHARE = 0.4;
/** Articles per invented site in the junk-sharing group, and how many sites. */
const JUNK_SITE_ARTICLES = 15;
const JUNK_SITES = 4;
/** Same-topic pairs kept as hard negatives. */
const SAME_TOPIC_PAIRS = 40;

export interface SetArticle {
  id: string;
  text: string;
}

export interface DedupeSet {
  articles: SetArticle[];
  /** Gold clusters (two or more ids each). */
  clusters: string[][];
  /** Pairs that must not cluster: articles sharing a site junk block, and same-topic stories. */
  junkPairs: [string, string][];
  sameTopicPairs: [string, string][];
}

interface Original {
  id: string;
  language: string;
  title: string | null;
  paragraphs: string[];
}

/** How many invented sites share a junk block, and how many articles each carries it on. */
export interface JunkSites {
  sites: number;
  articlesPerSite: number;
}

/** Build the set from real articles (`{id, text}`) with a seed. */
export function buildDedupeSet(real: readonly SetArticle[], seed = DEFAULT_SEED, junk: JunkSites = { sites: JUNK_SITES, articlesPerSite: JUNK_SITE_ARTICLES }): DedupeSet {
  const JUNK_SITES = junk.sites;
  const JUNK_SITE_ARTICLES = junk.articlesPerSite;
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const originals = distinctOriginals(real);
  const titles = originals.map((o) => o.title).filter((t): t is string => t !== null && t.length > 20);
  const vocabulary = originals.flatMap((o) => o.paragraphs.slice(0, 1).flatMap((p) => p.split(/\s+/))).filter((w) => /^\p{Ll}{4,}$/u.test(w));
  const texts = new Map(originals.map((o) => [o.id, real.find((r) => r.id === o.id)!.text]));

  // Unrelated articles of one site, each carrying the site's junk block (in place of the
  // original text: the site's version is the only one in the set).
  const junkPairs: [string, string][] = [];
  // Half the sites carry the shortest stories, where a shared block weighs most.
  const byLength = originals.map((_, i) => i).sort((a, b) => wordCount(originals[a]!.paragraphs) - wordCount(originals[b]!.paragraphs));
  const shortest = byLength.slice(0, JUNK_SITE_ARTICLES * Math.ceil(JUNK_SITES / 2));
  const short = new Set(shortest);
  const order = [...shortest, ...shuffle(originals.map((_, i) => i).filter((i) => !short.has(i)), rand)];
  const onSites = new Set<string>();
  for (let site = 0; site < JUNK_SITES; site++) {
    const block = siteJunk(site, rand, pick, titles);
    const members = order.slice(site * JUNK_SITE_ARTICLES, (site + 1) * JUNK_SITE_ARTICLES).map((i) => originals[i]!);
    for (const o of members) {
      const paragraphs = [...o.paragraphs];
      // The related-headlines list sits mid-body on some sites, at the end on others.
      paragraphs.splice(site % 2 === 0 ? paragraphs.length : Math.min(paragraphs.length, 2), 0, block.related);
      paragraphs.push(block.footer);
      texts.set(o.id, [...(o.title ? [o.title] : []), ...paragraphs].join('\n'));
      onSites.add(o.id);
    }
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) junkPairs.push([members[i]!.id, members[j]!.id]);
  }
  const articles: SetArticle[] = [...texts].map(([id, text]) => ({ id, text }));

  // Republished copies.
  const clusters: string[][] = [];
  for (const original of originals) {
    if (onSites.has(original.id) || wordCount(original.paragraphs) < 80 || rand() >= COPIED_SHARE) continue;
    const copies = 1 + Math.floor(rand() * 3);
    const cluster = [original.id];
    for (let c = 1; c <= copies; c++) {
      const id = `${original.id}~copy${c}`;
      articles.push({ id, text: republish(original, rand, pick, titles, vocabulary) });
      cluster.push(id);
    }
    clusters.push(cluster);
  }

  return { articles, clusters, junkPairs, sameTopicPairs: sameTopicPairs(originals) };
}

/** Parse each real article once; drop those that repeat an earlier one's story. */
function distinctOriginals(real: readonly SetArticle[]): Original[] {
  const kept: { original: Original; shingles: Set<number> }[] = [];
  const byShingle = new Map<number, number[]>();
  for (const r of real) {
    const a = parseArticle(r.text, { quotes: false, organisations: false });
    const paragraphs = a.paragraphs.map((p) => p.text);
    if (wordCount(paragraphs) < 30) continue;
    const shingles = new Set(bodyShingles(paragraphs, DEDUPE_SHINGLE_WORDS));
    const overlap = new Map<number, number>();
    for (const s of shingles) for (const k of byShingle.get(s) ?? []) overlap.set(k, (overlap.get(k) ?? 0) + 1);
    const repeats = [...overlap].some(([k, shared]) => shared / (shingles.size + kept[k]!.shingles.size - shared) >= ORIGINAL_OVERLAP);
    if (repeats) continue;
    const k = kept.length;
    kept.push({ original: { id: r.id, language: a.language.code, title: a.title?.text ?? null, paragraphs }, shingles });
    for (const s of shingles) (byShingle.get(s) ?? byShingle.set(s, []).get(s)!).push(k);
  }
  return kept.map((k) => k.original);
}

const DATELINES: Record<string, readonly string[]> = {
  ind: ['JAKARTA, KOMPAS.com - ', 'Jakarta (ANTARA) - ', 'Bisnis.com, JAKARTA - ', 'KONTAN.CO.ID - JAKARTA. ', 'Jakarta, CNN Indonesia -- ', 'TEMPO.CO, Jakarta - ', 'SURABAYA, KOMPAS.com - ', 'Bandung (ANTARA) - '],
  zlm: ['KUALA LUMPUR: ', 'PUTRAJAYA: ', 'SHAH ALAM – ', 'JOHOR BAHRU: '],
  eng: ['Jakarta (ANTARA) - ', 'JAKARTA: ', 'KUALA LUMPUR: '],
};
const JUNK_LINES: Record<string, readonly string[]> = {
  ind: ['ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', 'Baca juga: ', 'Simak berita lainnya di Google News.'],
  zlm: ['Baca juga: ', 'IKUTI KAMI DI TELEGRAM'],
  eng: ['Read also: ', 'ADVERTISEMENT'],
};

/** One republished copy of `o`: what wire copies and aggregators do to a story. */
function republish(o: Original, rand: () => number, pick: <T>(xs: readonly T[]) => T, titles: string[], vocabulary: string[]): string {
  let body = [...o.paragraphs];
  // A paragraph dropped (never the lead).
  if (body.length >= 4 && rand() < 0.5) body.splice(1 + Math.floor(rand() * (body.length - 1)), 1);
  // Sentences cut from the end of some paragraphs, or the story cut short.
  body = body.map((p) => (rand() < 0.25 ? dropLastSentence(p) : p));
  if (body.length >= 6 && rand() < 0.3) body = body.slice(0, body.length - 1);
  // Two paragraphs merged into one.
  if (body.length >= 3 && rand() < 0.3) {
    const at = Math.floor(rand() * (body.length - 1));
    body.splice(at, 2, `${body[at]} ${body[at + 1]}`);
  }
  // Words edited: about one in forty replaced, dropped or swapped with its neighbour.
  body = body.map((p) => editWords(p, rand, pick, vocabulary, 0.025));
  const language = DATELINES[o.language] ? o.language : 'ind';
  body[0] = `${pick(DATELINES[language]!)}${body[0]}`;
  // Site junk between paragraphs, and a credit line.
  const junk = JUNK_LINES[language]!;
  for (let n = Math.floor(rand() * 3); n > 0; n--) {
    const line = pick(junk);
    body.splice(1 + Math.floor(rand() * body.length), 0, line.endsWith(': ') ? `${line}${pick(titles)}` : line);
  }
  if (rand() < 0.5) body.push(`(${letters(rand, 2, 3)}/${letters(rand, 2, 3)})`);
  // Another headline: the original edited, or the original's when the copy keeps it.
  const title = o.title === null ? [] : [rand() < 0.5 ? o.title : editWords(o.title, rand, pick, vocabulary, 0.2)];
  return [...title, ...body].join('\n');
}

function dropLastSentence(p: string): string {
  const sentences = p.split(/(?<=[.!?]["”]?)\s+(?=\p{Lu})/u);
  return sentences.length >= 2 ? sentences.slice(0, -1).join(' ') : p;
}

function editWords(p: string, rand: () => number, pick: <T>(xs: readonly T[]) => T, vocabulary: string[], rate: number): string {
  const words = p.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (rand() >= rate) continue;
    const roll = rand();
    if (roll < 0.5) words[i] = pick(vocabulary);
    else if (roll < 0.75) words.splice(i, 1);
    else if (i + 1 < words.length) [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  }
  return words.join(' ');
}

function letters(rand: () => number, min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');
}

/** An invented site's junk: a related-headlines list of real headlines, and a long footer. */
function siteJunk(site: number, rand: () => number, pick: <T>(xs: readonly T[]) => T, titles: string[]): { related: string; footer: string } {
  const name = ['Warta Nusantara', 'Kabar Pagi', 'Suara Kota', 'Berita Rakyat'][site % 4]!;
  const headlines = Array.from({ length: 5 + Math.floor(rand() * 3) }, () => pick(titles));
  return {
    related: ['Berita Terkait', ...headlines].join('\n'),
    footer:
      `Dapatkan informasi terkini dan terpercaya dari ${name} setiap hari. Ikuti saluran ${name} di aplikasi pesan ` +
      'dan media sosial untuk membaca kabar pilihan redaksi, liputan khusus, serta analisis mendalam tentang ekonomi, ' +
      'politik, hukum, olahraga dan gaya hidup. Setiap tulisan dapat dibagikan kembali dengan mencantumkan sumber dan ' +
      `tautan asli. Kirimkan tanggapan, koreksi dan usulan liputan Anda kepada redaksi ${name} melalui surat elektronik.`,
  };
}

/** The original pairs sharing the most content words: one topic, different stories. */
function sameTopicPairs(originals: readonly Original[]): [string, string][] {
  const words = originals.map((o) => new Set(foldForComparison(o.paragraphs.join(' ')).split(' ').filter((w) => w.length >= 5)));
  const scored: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < originals.length; i++) {
    for (let j = i + 1; j < originals.length; j++) {
      const a = words[i]!;
      const b = words[j]!;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      scored.push({ i, j, score: shared / (a.size + b.size - shared || 1) });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  return scored.slice(0, SAME_TOPIC_PAIRS).map(({ i, j }) => [originals[i]!.id, originals[j]!.id]);
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
}
