/**
 * How a text defines the name before it (`APTB adalah organisasi petani`, `APTB is a firm`): an optional
 * `sendiri` (itself), a copula, an optional indefinite, then the kind noun. Shared by the three languages,
 * whose reports quote one another's sentences.
 */
export const definitionWords = {
  itself: ['sendiri'],
  copulas: ['adalah', 'merupakan', 'ialah', 'is'],
  indefinites: ['sebuah', 'satu', 'salah satu', 'a', 'an'],
} as const satisfies Record<string, readonly string[]>;
