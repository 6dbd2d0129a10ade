/** Organisations: the cheap word tests of the hot path. */
import { describe, expect, it } from 'vitest';
import { languageData } from '../../src/lang/index.js';
import { compileOrganisations } from '../../src/organisations/compile.js';
import { mayEndGlued } from '../../src/organisations/glued-words.js';
import { endsPossessive } from '../../src/organisations/shapes.js';

describe('organisations: cheap word tests of the hot path', () => {
  it('endsPossessive: as /[\'’]s$/ on a word', () => {
    for (const word of ["Contoh's", 'Contoh’s', "'s", 'Contohs', 's', '', "Contoh'S", 'Contoh’sa']) expect(endsPossessive(word)).toBe(/['’]s$/.test(word));
  });

  it('mayEndGlued: only a stem ending a known form of several words, with a glued word after it', () => {
    const data = languageData('eng');
    const c = compileOrganisations(data.organisations, data.speech, data.outlets);
    // A known form of two words or more, its last word glued to a small word, as a lost link space leaves it.
    const form = [...c.forms.keys()].find((k) => k.includes(' ') && /^\p{Lu}\p{Ll}{3,}$/u.test(k.slice(k.lastIndexOf(' ') + 1)))!;
    const last = form.slice(form.lastIndexOf(' ') + 1);
    expect(mayEndGlued(c, `${last}in`)).toBe(true);
    expect(mayEndGlued(c, `${last}on`)).toBe(true);
    expect(mayEndGlued(c, last)).toBe(false);
    expect(mayEndGlued(c, 'Wulandarixyz')).toBe(false);
    expect(mayEndGlued(c, 'Tangguhin')).toBe(false);
  });
});
