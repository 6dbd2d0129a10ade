import { describe, expect, it } from 'vitest';
import { ClassTable } from '../../src/quotes/class-table.js';
import { lexicon, tokenize } from '../../src/quotes/speech-words.js';
import { signature, W_NAME, W_ROLE } from '../../src/quotes/word-classes.js';
import { LANGUAGES } from '../../src/lang/index.js';
import { W_TITLE_WORD } from '../../src/quotes/long-titles.js';
import { ArticleWords, Vocabulary } from '../../src/quotes/vocabulary.js';

describe('ClassTable', () => {
  it('gives each word the bits it was marked with, also when every word shares one bucket', () => {
    const table = new ClassTable(8, () => 3);
    table.mark('lalu', 1);
    table.mark('kini', 2);
    table.mark('lalu', 4);
    expect(table.get('lalu', 3)).toBe(5);
    expect(table.get('kini', 3)).toBe(2);
    expect(table.get('esok', 3)).toBe(0);
  });

  it('finds a word by the signature callers compute, masked to its buckets', () => {
    const table = new ClassTable(16, signature);
    table.mark('semalam', 8);
    expect(table.get('semalam', signature('semalam'))).toBe(8);
    expect(table.get('Semalam', signature('Semalam'))).toBe(0);
  });
});

describe('tokenize classes', () => {
  const lex = lexicon(LANGUAGES.ind);
  it('looks up a capitalised lexicon word as written, and a name stays a name', () => {
    const [role, name] = tokenize('Gubernur Rahmat hadir.', lex);
    expect(role!.cls & W_ROLE).not.toBe(0);
    expect(role!.cls & W_NAME).toBe(0);
    expect(name!.cls & W_NAME).not.toBe(0);
  });

  it('drops the apostrophe closing a title only before a capitalised word', () => {
    const ms = lexicon(LANGUAGES.zlm);
    expect(tokenize('Dato’ Rahmat hadir.', ms).map((t) => t.text)).toEqual(['Dato', 'Rahmat', 'hadir', '.']);
    expect(tokenize('Dato’ hadir.', ms).map((t) => t.text)).toEqual(['Dato', '’', 'hadir', '.']);
  });

  it('reads the words of a title of two words before a name as title words, not name words', () => {
    const ms = lexicon(LANGUAGES.zlm);
    const [tan, sri, name] = tokenize('Tan Sri Rahmat hadir.', ms);
    expect([tan!.cls & W_TITLE_WORD, sri!.cls & W_TITLE_WORD, sri!.cls & W_NAME]).toEqual([W_TITLE_WORD, W_TITLE_WORD, 0]);
    expect(name!.cls & W_NAME).not.toBe(0);
  });
});

describe('the vocabulary gathered by the tokenizer', () => {
  it('finds a place after a locative, also where a title apostrophe before it left the list', () => {
    const ms = lexicon(LANGUAGES.zlm);
    const texts = ['Dato’ Rahmat tinggal di Seremban.', 'Dia bekerja di Kuantan.'];
    const words = new ArticleWords(32);
    const tokens = texts.map((t) => tokenize(t, ms, undefined, words));
    const vocabulary = new Vocabulary(tokens, texts, ms, words);
    expect([...vocabulary.places]).toEqual(['seremban', 'kuantan']);
  });
});
