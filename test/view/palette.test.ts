import { describe, expect, it } from 'vitest';
import { COLOURS, graphicPairs, SPEAKER_COLOURS, textPairs } from '../../src/html/palette.js';
import { REPORT_CSS } from '../../src/report/render-report-html.js';
import { VIEW_CSS } from '../../src/view/styles.js';
import { contrastRatio } from '../support/contrast.js';

describe('palette: WCAG AA contrast', () => {
  it('computes contrast ratios as WCAG defines them', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  for (const pair of textPairs()) {
    it(`text ${pair.use}: ${pair.fg} on ${pair.bg} reaches 4.5:1`, () => {
      expect(contrastRatio(pair.fg, pair.bg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  for (const pair of graphicPairs()) {
    it(`marking ${pair.use}: ${pair.fg} on ${pair.bg} reaches 3:1`, () => {
      expect(contrastRatio(pair.fg, pair.bg)).toBeGreaterThanOrEqual(3);
    });
  }

  it('gives speakers tints that can be told apart from each other and from the page', () => {
    const tints = SPEAKER_COLOURS.map((s) => s.tint);
    expect(new Set(tints).size).toBe(tints.length);
    for (const t of tints) expect(t).not.toBe(COLOURS.card);
  });

  it('uses in the CSS only colours that the pairs above check, besides decorative borders', () => {
    const checked = new Set([...textPairs(), ...graphicPairs()].flatMap((p) => [p.fg, p.bg]));
    // Card borders and table rules: they separate, they carry no meaning.
    const decorative = new Set(['#d5d9df', '#e3e6ea', '#9ca3af']);
    const used = new Set(`${VIEW_CSS}${REPORT_CSS}`.match(/#[0-9a-f]{6}\b/gi) ?? []);
    for (const colour of used) expect(checked.has(colour) || decorative.has(colour), colour).toBe(true);
  });
});
