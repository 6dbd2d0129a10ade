import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const names = (text: string) =>
  parseArticle(text, { language: 'eng' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker?.name ?? null);

const OPENING = 'KUALA LEMBAYUNG: Thousands gathered at the state mosque on Friday for the opening of the new library wing.';

describe('quotes (English names): a ruler keeps his regnal title `Sultan` in his name', () => {
  it('`Sultan X ibni Almarhum Sultan Y said` then `he said`: every quote names him with the title, as written', () => {
    const text = [
      OPENING,
      'Lembayung Ruler Sultan Harun Ibni Almarhum Sultan Kamal said the wing was a gift to the people of the state.',
      '“Read, and let your children see you read,” he said in his speech.',
    ].join('\n\n');
    expect(names(text)).toEqual(['Sultan Harun Ibni Almarhum Sultan Kamal']);
  });

  it('a ruler quoted by a later short mention takes the title the first mention writes', () => {
    const text = [OPENING, 'The Sultan of Lembayung, Sultan Harun Kamal Shah, opened the wing.', '“Knowledge is the wealth of a state,” said Sultan Harun.'].join('\n\n');
    expect(names(text)).toEqual(['Sultan Harun Kamal Shah']);
  });

  it('must not fire: an honorific that is no regnal title stays out of the name (`Datuk`)', () => {
    const text = [OPENING, 'State secretary Datuk Harun Kamal said the wing cost RM3 million.', '“It was built in ten months,” he said.'].join('\n\n');
    expect(names(text)).toEqual(['Harun Kamal']);
  });

  it('must not fire: `Sultan` before another name of the article does not go to a speaker sharing only a word of it', () => {
    const text = [OPENING, 'The wing is named after Sultan Kamal, the late ruler.', 'Chief librarian Harun Kamal said the wing would open daily.', '“We open at nine,” he said.'].join('\n\n');
    expect(names(text)).toEqual(['Harun Kamal']);
  });
});

const speakers = (text: string) =>
  parseArticle(text, { language: 'eng' })
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker && `${q.speaker.name} | ${q.speaker.role ?? null}`);

describe('quotes (English roles): a ruler\'s post written before his regnal title is his role', () => {
  it('`Sultan of <State> Sultan X` and `The Yang di-Pertuan Agong Sultan X`: the post as written', () => {
    const quote = '“Read, and let your children see you read,” he said in his speech.';
    expect(speakers([OPENING, 'Sultan of Lembayung Barat Sultan Harun Kamal Shah today opened the wing.', quote].join('\n\n'))).toEqual(['Sultan Harun Kamal Shah | Sultan of Lembayung Barat']);
    expect(speakers([OPENING, 'The Yang di-Pertuan Agong Sultan Harun Kamal Shah today opened the wing.', quote].join('\n\n'))).toEqual(['Sultan Harun Kamal Shah | Yang di-Pertuan Agong']);
  });

  it('must not fire: a post read for him already stays (`Lembayung Ruler`)', () => {
    const text = [OPENING, 'Lembayung Ruler Sultan Harun Kamal Shah said the wing was open to all.', '“Read, and let your children see you read,” he said.'].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Harun Kamal Shah | Ruler']);
  });

  it('must not fire: a sultanate named as a place before the name is no post (`in Lembayung Barat`)', () => {
    const text = [OPENING, 'Visiting Lembayung Barat, Sultan Harun Kamal Shah opened the wing.', '“Read, and let your children see you read,” he said.'].join('\n\n');
    expect(speakers(text)).toEqual(['Sultan Harun Kamal Shah | null']);
  });
});
