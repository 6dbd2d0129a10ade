import type { BoilerplateData } from '../types.js';

/** Page junk that English-language news sites leave in scraped text. */
export const boilerplate: BoilerplateData = {
  lines: [
    { kind: 'ad', phrase: 'ADVERTISEMENT' },
    { kind: 'ad', phrase: 'SCROLL TO CONTINUE WITH CONTENT' },
    { kind: 'share', phrase: 'Share' },
    { kind: 'share', phrase: 'Share:' },
    { kind: 'share', phrase: 'Tweet' },
    { kind: 'share', phrase: 'Share this article' },
    { kind: 'share', phrase: 'Share this' },
    { kind: 'comments', phrase: 'Comments' },
    { kind: 'comments', phrase: 'Responses' },
  ],
  prefixes: [
    { kind: 'related-link', phrase: 'Read also:' },
    { kind: 'related-link', phrase: 'Also read:' },
    { kind: 'related-link', phrase: 'Related news:' },
    { kind: 'related-link', phrase: 'Read more:' },
    { kind: 'video-promo', phrase: 'Watch:' },
    { kind: 'editor', phrase: 'Editor:' },
    { kind: 'editor', phrase: 'Reporter:' },
    { kind: 'editor', phrase: 'Reporting by' },
    { kind: 'editor', phrase: 'Editing by' },
    { kind: 'copyright', phrase: 'COPYRIGHT ©' },
    { kind: 'copyright', phrase: 'Copyright ©' },
    { kind: 'copyright', phrase: '©' },
    { kind: 'caption', phrase: 'Photo:' },
    { kind: 'other', phrase: 'CONTACT:' },
    { kind: 'other', phrase: 'SOURCE:' },
  ],
  inline: [{ kind: 'related-link', phrase: 'Read also:' }, { kind: 'related-link', phrase: 'Also read:' }],
  contactOpeners: ['CONTACT:', 'Media Contact:', 'Media contact:'],
  headlineFunctionWords: 'of the and in on for to a an at by vs & - –'.split(' '),
  photoCredits: ['Photo', 'PHOTO', 'Image', 'Photograph', 'File photo'],
  signOffs: ['ANTARA', 'REUTERS', 'BERNAMA', 'AFP', 'AP'],
  titleSuffixes: [],
};
