import type { Block, Region, Stage, StageResult } from './types.js';

export interface ParagraphsInput {
  text: string;
  /** The blocks left after every stage that removes text. */
  body: readonly Block[];
  /** Cut from the front of the paragraph that holds it. */
  dateline: Region | null;
}

export interface ParagraphsResult extends StageResult {
  /** The clean body, in order: `Article.paragraphs` and the regions quotes and organisations read. */
  paragraphs: Region[];
}

/**
 * Turn the surviving blocks into the clean body. The dateline is not part of the first
 * paragraph's text.
 */
export function buildParagraphs(input: ParagraphsInput): ParagraphsResult {
  const { text, dateline } = input;
  const paragraphs: Region[] = [];
  for (const block of input.body) {
    let start = block.start;
    if (dateline && dateline.start >= block.start && dateline.end <= block.end) {
      start = dateline.end;
      while (start < block.end && text[start] === ' ') start++;
    }
    // A dateline the scraper cut to its dash (` - Otoritas …`) leaves the dash: not text.
    if (paragraphs.length === 0) {
      const residue = /^[-–—]{1,2} +/.exec(text.slice(start, Math.min(block.end, start + 4)));
      if (residue) start += residue[0].length;
    }
    if (start >= block.end) continue;
    paragraphs.push({ start, end: block.end });
  }
  return { paragraphs };
}

export const paragraphsStage: Stage<ParagraphsInput, ParagraphsResult> = {
  name: 'paragraphs',
  run: buildParagraphs,
  nothing: () => ({ paragraphs: [] }),
  decisions: (r) => r.paragraphs.map((region) => ({ what: 'paragraph', region })),
};
