import { describe, expect, it } from 'vitest';
import { isCompoundRole, lexicon } from '../src/quotes/speech-words.js';
import { LANGUAGES } from '../src/lang/index.js';

describe('quotes: compound roles', () => {
  it('answers as the set of `first second` keys, for every language', () => {
    let checked = 0;
    for (const language of Object.values(LANGUAGES)) {
      const lex = lexicon(language);
      for (const role of lex.compoundRoles) {
        const space = role.indexOf(' ');
        if (space < 0) continue;
        expect(isCompoundRole(lex, role.slice(0, space), role.slice(space + 1))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('says no to words that open no compound role, and to a second word that does not close one', () => {
    const lex = lexicon(LANGUAGES.ind);
    expect(isCompoundRole(lex, 'Wulandari', 'Sekolah')).toBe(false);
    expect(isCompoundRole(lex, '', 'Sekolah')).toBe(false);
    const first = [...lex.compoundRoleFirsts][0];
    if (first !== undefined) expect(isCompoundRole(lex, first, 'Tangguhbersatu')).toBe(false);
  });
});
