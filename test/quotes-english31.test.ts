import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' }).quotes.map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null}`);

const QUOTE = '“The new clinics will stay open on every public holiday this year,” he said.';

describe('quotes (English speaker choice): a royal title between name words opens the father’s name', () => {
  it('`<place> ruler Sultan <Name> Sultan <Father>` is one person, the subject a later `he said` points back to', () => {
    const text = ['KUALA LEMBAYUNG: Kelambu ruler Sultan Faridzuan Sultan Harunzal visited three rural clinics on Saturday.', QUOTE].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Faridzuan Sultan Harunzal | ruler']);
  });

  it('`Datuk Seri <Name> Tun <Father>`: any honorific before the run opens it', () => {
    const text = ['KUALA LEMBAYUNG: Datuk Seri Zulharnain Tun Dermawi visited three rural clinics on Saturday.', QUOTE].join('\n\n');
    expect(speakers(text)).toEqual(['Zulharnain Tun Dermawi | null']);
  });

  it('must not fire: a place before the royal title (`Sultan of Kelambu Sultan X`, `Kelambu Sultan X`) is no father’s name', () => {
    for (const subject of ['The Sultan of Kelambu Sultan Faridzuan Shah', 'Kelambu Sultan Faridzuan Shah']) {
      const text = [`KUALA LEMBAYUNG: ${subject} visited three rural clinics on Saturday.`, QUOTE].join('\n\n');
      expect(speakers(text)[0]).toMatch(/^Sultan Faridzuan Shah \|/);
    }
  });
});

describe('quotes (English speaker choice): a capital `A` with its full stop is an initial, not the article', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - The regency will repave its coastal road before the rainy season, officials said on Monday.';
  const speaker = (tail: string) => {
    const q = parseArticle(`${OPENING}\n\n"The asphalt arrives next week," ${tail}`, { language: 'eng' }).quotes[0];
    return q?.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null}` : null;
  };

  it('`said A.R. Name, the …` and `said A. Name` keep the initials in the name and the title in the role', () => {
    expect(speaker('said A.R. Dermawi, the regency works director.')).toBe('A.R. Dermawi | director');
    expect(speaker('said A. Zulharnain, the regency works director.')).toBe('A. Zulharnain | director');
  });

  it('must not fire: the article `A` before a lower-case post stays an unnamed source', () => {
    expect(speaker('said A spokeswoman for the regency.')).toBe('A spokeswoman | null');
  });
});

describe('quotes (English speaker choice): `said I <Name>` opens a Balinese name, not a first-person speaker', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - The regency will repave its coastal road before the rainy season, officials said on Monday.';
  const speaker = (tail: string) => {
    const q = parseArticle(`${OPENING}\n\n"The asphalt arrives next week," ${tail}`, { language: 'eng' }).quotes[0];
    return q?.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null}` : null;
  };

  it('`said I Name Name, the …` names the person after `I`', () => {
    expect(speaker('said I Dermawi Kusumadewi, the regency works director.')).toBe('I Dermawi Kusumadewi | director');
  });

  it('must not fire: `said I.` and `said I, …` stay first-person (no one named)', () => {
    expect(speaker('said I.')).toBeNull();
    expect(speaker('said I, laughing.')).toBeNull();
  });
});

describe('quotes (English names): Dutch and German surname particles stay inside the name', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - A dredging firm began deepening the harbour channel on Monday, port officials said.';
  const speaker = (tail: string) => parseArticle(`${OPENING}\n\n"The channel will take larger ferries by March," ${tail}`, { language: 'eng' }).quotes[0]?.speaker?.name ?? null;

  it('`von` and two particles in a row (`van der`, `van den`), after the verb or before it', () => {
    expect(speaker('said Dorethea von Brennecke, the dredging firm’s site manager.')).toBe('Dorethea von Brennecke');
    expect(speaker('said Pieterke van der Kloosterwijk, the dredging firm’s site manager.')).toBe('Pieterke van der Kloosterwijk');
    expect(speaker('Ansje van den Hoevelaken said.')).toBe('Ansje van den Hoevelaken');
  });

  it('must not fire: `of the` and `and the` before a body are no particles', () => {
    expect(speaker('said Pieterke Kloosterwijk of the Harbour Dredging Institute.')).toBe('Pieterke Kloosterwijk');
  });
});

describe('quotes (English roles): field words before a title word stay in the post a later short name or pronoun takes', () => {
  const OPENING = 'LEMBAYUNG (ANTARA) - The regency will repave its coastal road before the rainy season, officials said on Monday.';
  const speaker = (intro: string, tail: string) => {
    const q = parseArticle(`${OPENING}\n\n${intro} inspected the coastal road on Sunday.\n\n"The asphalt arrives next week," ${tail}`, { language: 'eng' }).quotes[0];
    return q?.speaker ? `${q.speaker.name} | ${q.speaker.role ?? null} | ${q.speaker.organisation ?? null}` : null;
  };

  it('`Public Works Minister X inspected …` then `X said`: the role and the ministry keep the field', () => {
    expect(speaker('Public Works Minister Wiratama Sukardi', 'Wiratama said.')).toBe('Wiratama Sukardi | Public Works Minister | Public Works Ministry');
  });

  it('two fields joined by `and` (`Public Works and Housing Minister`), then `he said`', () => {
    expect(speaker('Public Works and Housing Minister Wiratama Sukardi', 'he said.')).toBe('Wiratama Sukardi | Public Works and Housing Minister | Public Works and Housing Ministry');
  });

  it('must not fire: a nationality before the post is no field of it', () => {
    expect(speaker('Indonesian Finance Minister Wiratama Sukardi', 'Wiratama said.')).toBe('Wiratama Sukardi | Finance Minister | Finance Ministry');
  });
});
