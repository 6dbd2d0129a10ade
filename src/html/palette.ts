/**
 * Every colour the HTML pages use, in one place, so a test can check each pair that draws
 * text (WCAG AA: 4.5:1) or a mark's outline (non-text contrast: 3:1) against its background.
 * Colour is never the only cue: every kind also has a label, a line style or a pattern.
 */

/** The colours of one speaker: a light tint behind the quote, a dark accent for badge and rule. */
export interface SpeakerColour {
  readonly tint: string;
  readonly accent: string;
}

/** Speakers take these in order of first appearance (then cycle; their badges name them). */
export const SPEAKER_COLOURS: readonly SpeakerColour[] = [
  { tint: '#e3edff', accent: '#1d4ed8' },
  { tint: '#fde8d7', accent: '#9a3412' },
  { tint: '#dcf5e3', accent: '#166534' },
  { tint: '#f1e6ff', accent: '#6b21a8' },
  { tint: '#ffe3e8', accent: '#9f1239' },
  { tint: '#d5f5f0', accent: '#0f5e58' },
  { tint: '#fbf0c8', accent: '#854d0e' },
  { tint: '#e3e6fb', accent: '#3730a3' },
];

/** Quotes no speaker was found for. */
export const UNATTRIBUTED: SpeakerColour = { tint: '#ececec', accent: '#4b5563' };

export const COLOURS = {
  /** The page behind the cards. */
  page: '#f3f4f6',
  /** Cards: the article, the side panel. */
  card: '#ffffff',
  /** Body text. */
  ink: '#1f2328',
  /** Secondary text: captions, counts, paragraph numbers. */
  muted: '#4b5563',
  /** Focus ring and links. */
  focus: '#1d4ed8',
  link: '#1d4ed8',
  /** Organisation mentions: a dotted underline, tinted on hover and focus. */
  org: '#0e6178',
  orgTint: '#d9f3fa',
  /** The dateline and the publication line: a framed box. */
  dateline: '#92400e',
  datelineTint: '#fff4e5',
  /** Title. */
  title: '#111827',
  /** Boilerplate and the glued title repeat: struck through over red hatching. */
  junk: '#b42318',
  junkInk: '#5c4033',
  junkTint: '#fde4e1',
  /** Duplicate paragraphs: dimmed text over grey hatching. */
  duplicate: '#4b5563',
  duplicateInk: '#545b66',
  duplicateTint: '#eceef1',
  /** The passage a duplicate's link jumps to, highlighted. */
  target: '#fff1b8',
  /** The credit line. */
  credit: '#374151',
  /** Tooltips: light text on dark. */
  tipInk: '#f9fafb',
  tipBackground: '#1f2937',
  /** Bars in the report's charts. */
  bar: '#2563eb',
  barAlt: '#b45309',
} as const;

/** A text colour over a background, with where the page uses it. */
export interface ColourPair {
  readonly use: string;
  readonly fg: string;
  readonly bg: string;
}

/** Every pair of colours the pages draw text with: each must reach 4.5:1. */
export function textPairs(): ColourPair[] {
  const c = COLOURS;
  const pairs: ColourPair[] = [
    { use: 'body text on the card', fg: c.ink, bg: c.card },
    { use: 'body text on the page', fg: c.ink, bg: c.page },
    { use: 'muted text on the card', fg: c.muted, bg: c.card },
    { use: 'muted text on the page', fg: c.muted, bg: c.page },
    { use: 'links on the card', fg: c.link, bg: c.card },
    { use: 'organisation mention, hovered', fg: c.ink, bg: c.orgTint },
    { use: 'dateline text', fg: c.ink, bg: c.datelineTint },
    { use: 'dateline label', fg: c.card, bg: c.dateline },
    { use: 'title', fg: c.title, bg: c.card },
    { use: 'struck junk on its hatching', fg: c.junkInk, bg: c.junkTint },
    { use: 'struck junk between its hatching', fg: c.junkInk, bg: c.card },
    { use: 'junk label', fg: c.card, bg: c.junk },
    { use: 'dimmed duplicate on its hatching', fg: c.duplicateInk, bg: c.duplicateTint },
    { use: 'dimmed duplicate between its hatching', fg: c.duplicateInk, bg: c.card },
    { use: 'duplicate label', fg: c.card, bg: c.duplicate },
    { use: 'credit label', fg: c.card, bg: c.credit },
    { use: 'passage a link jumped to', fg: c.ink, bg: c.target },
    { use: 'tooltip', fg: c.tipInk, bg: c.tipBackground },
    { use: 'muted text in a tooltip', fg: '#d1d5db', bg: c.tipBackground },
    { use: 'bar value text', fg: c.ink, bg: c.card },
  ];
  [...SPEAKER_COLOURS, UNATTRIBUTED].forEach((s, i) => {
    pairs.push({ use: `speaker ${i}: quote text on its tint`, fg: c.ink, bg: s.tint });
    pairs.push({ use: `speaker ${i}: badge`, fg: c.card, bg: s.accent });
    pairs.push({ use: `speaker ${i}: outlined badge`, fg: s.accent, bg: c.card });
  });
  return pairs;
}

/** Lines, frames and bars that carry meaning: each must reach 3:1 against what is behind it. */
export function graphicPairs(): ColourPair[] {
  const c = COLOURS;
  const pairs: ColourPair[] = [
    { use: 'focus ring on the card', fg: c.focus, bg: c.card },
    { use: 'focus ring on the page', fg: c.focus, bg: c.page },
    { use: 'organisation underline', fg: c.org, bg: c.card },
    { use: 'dateline frame', fg: c.dateline, bg: c.card },
    { use: 'strike-through line on junk', fg: c.junk, bg: c.junkTint },
    { use: 'report bar', fg: c.bar, bg: c.card },
    { use: 'report second bar', fg: c.barAlt, bg: c.card },
  ];
  [...SPEAKER_COLOURS, UNATTRIBUTED].forEach((s, i) => {
    pairs.push({ use: `speaker ${i}: rule on the card`, fg: s.accent, bg: c.card });
    pairs.push({ use: `speaker ${i}: rule on its tint`, fg: s.accent, bg: s.tint });
    pairs.push({ use: `speaker ${i}: organisation underline inside the quote`, fg: c.org, bg: s.tint });
  });
  return pairs;
}
