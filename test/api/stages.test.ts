import { describe, expect, it } from 'vitest';
import { LANGUAGES, languagesFirst } from '../../src/lang/index.js';
import { runPipeline } from '../../src/pipeline.js';
import { segmentBlocks } from '../../src/segment.js';
import { titleStage } from '../../src/stages/03-title.js';
import { lineJunkKind, siteNameTest } from '../../src/stages/05-boilerplate/index.js';
import { duplicatesStage } from '../../src/stages/06-duplicates.js';
import { parseArticle } from '../../src/index.js';
import { normalize } from '../../src/util/normalize.js';

/**
 * The stage design: pure stages with typed results, each reporting only what it found, and the
 * assembly merging them. (What the stages find is tested per stage and by the corpus.)
 */
const ARTICLE = [
  'home',
  'berita',
  'Banjir Rendam Tiga Desa di Kabupaten Sukamaju',
  'SUKAMAJU, KOMPAS.com - Banjir merendam tiga desa sejak Senin malam setelah hujan deras mengguyur kawasan itu.',
  'SCROLL TO CONTINUE WITH CONTENT',
  '"Air naik sampai lutut dalam satu jam," kata Budi Santoso, Kepala Desa Sukamaju.',
  'Warga mengungsi ke balai desa dan masjid terdekat sejak dini hari.',
  'SCROLL TO CONTINUE WITH CONTENT',
  'Petugas membagikan makanan dan selimut kepada pengungsi di balai desa.',
].join('\n');

function pipeline(text: string) {
  const norm = normalize(text);
  return { norm, results: runPipeline({ norm, blocks: segmentBlocks(norm), options: {} }) };
}

describe('stages', () => {
  it('stages: each reports its own junk; the pipeline merges it once, in text order', () => {
    const { norm, results } = pipeline(ARTICLE);
    const slice = (r: { start: number; end: number }) => norm.text.slice(r.start, r.end);
    expect(results.title.junk.map(slice)).toEqual(['home', 'berita']);
    expect(results.dateline.junk).toEqual([]);
    expect(results.boilerplate.junk.map(slice)).toEqual(['SCROLL TO CONTINUE WITH CONTENT', 'SCROLL TO CONTINUE WITH CONTENT']);
    // Crumbs on consecutive lines are one segment once merged.
    expect(results.junk.map(slice)).toEqual(['home\nberita', 'SCROLL TO CONTINUE WITH CONTENT', 'SCROLL TO CONTINUE WITH CONTENT']);
  });

  it('stages: a repeated junk line is reported by the duplicates stage and listed once as boilerplate', () => {
    const { results } = pipeline(ARTICLE);
    const [first, second] = results.junk.slice(1);
    expect(results.duplicates.duplicates).toEqual([{ start: second!.start, end: second!.end, of: first, kind: 'exact', similarity: 1 }]);
    // The boilerplate stage's own report is untouched; the Article merges the two.
    expect(results.boilerplate.junk).toHaveLength(2);
    const article = parseArticle(ARTICLE);
    expect(article.boilerplate.map((b) => b.text)).toEqual(['home berita', 'SCROLL TO CONTINUE WITH CONTENT']);
    expect(article.duplicates).toHaveLength(1);
  });

  it('stages: a stage never changes its input, and gives the same result twice', () => {
    const norm = normalize(ARTICLE);
    const blocks = Object.freeze(segmentBlocks(norm).map((b) => Object.freeze(b)));
    const langs = languagesFirst(LANGUAGES.ind);
    const input = Object.freeze({ text: norm.text, blocks, langs, junkKind: lineJunkKind(langs), isSiteName: siteNameTest(langs) });
    const once = titleStage.run(input);
    expect(titleStage.run(input)).toEqual(once);
    expect(once.body).toEqual(blocks.slice(3));
    const dupInput = Object.freeze({ text: norm.text, body: once.body, title: once.title, junk: Object.freeze([...once.junk]) });
    expect(duplicatesStage.run(dupInput)).toEqual(duplicatesStage.run(dupInput));
  });

  it('stages: finding nothing passes the body on unchanged', () => {
    const norm = normalize(ARTICLE);
    const blocks = segmentBlocks(norm);
    expect(duplicatesStage.nothing({ text: norm.text, body: blocks, title: null, junk: [] })).toEqual({ duplicates: [], body: blocks });
  });

  it('stages: junk patterns are compiled per language list, not per first language', () => {
    // `Share this article` is English data: read only when English is in the list.
    expect(lineJunkKind([LANGUAGES.ind])('Share this article')).toBeNull();
    expect(lineJunkKind(languagesFirst(LANGUAGES.ind))('Share this article')).toBe('share');
    expect(languagesFirst(LANGUAGES.zlm)).toBe(languagesFirst(LANGUAGES.zlm));
    expect(languagesFirst(LANGUAGES.zlm)[0]).toBe(LANGUAGES.zlm);
  });
});
