import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChecker, isVietnameseWord, wordsOfList, type Checker, type Spellers } from './checker';
import { answerSpellRequest, parseSpellRequest } from './protocol';
import { dictionaryWords } from './vi-suggest';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

function loadTestSpellers(): Spellers {
  return {
    viReformed: nspell(read('node_modules/dictionary-vi/index.aff'), read('node_modules/dictionary-vi/index.dic')),
    viTraditional: nspell(read('assets/dictionaries/vi-DauCu.aff'), read('assets/dictionaries/vi-DauCu.dic')),
    en: nspell(read('node_modules/dictionary-en/index.aff'), read('node_modules/dictionary-en/index.dic')),
    viSyllables: [...dictionaryWords(read('node_modules/dictionary-vi/index.dic')), ...dictionaryWords(read('assets/dictionaries/vi-DauCu.dic'))],
  };
}

let checker: Checker;
beforeAll(() => {
  checker = createChecker(loadTestSpellers());
});

describe('spell checker', () => {
  it('accepts Vietnamese in both tone styles', () => {
    for (const word of ['hòa', 'hoà', 'thủy', 'thuỷ', 'Ủy', 'Uỷ', 'khỏe', 'khoẻ', 'quý', 'Điện', 'Biên', 'nghị', 'quyết', 'người', 'ĐIỆN']) {
      expect(checker.correct(word, 'vi'), word).toBe(true);
      expect(checker.correct(word, 'en'), word).toBe(true);
    }
  });

  it('rejects misspelt syllables, whatever the release language', () => {
    for (const word of ['nghiã', 'Điệnn', 'ngưòi', 'hòan', 'thuyê', 'qưy']) {
      expect(checker.correct(word, 'vi'), word).toBe(false);
      expect(checker.correct(word, 'en'), word).toBe(false);
    }
  });

  it('checks English words: in an English release alone, in a Vietnamese one beside Vietnamese', () => {
    for (const word of ['officer', 'released', "don't", 'website', 'Province']) {
      expect(checker.correct(word, 'en'), word).toBe(true);
      expect(checker.correct(word, 'vi'), word).toBe(true);
    }
    for (const word of ['goverment', 'recieve', 'offcer']) {
      expect(checker.correct(word, 'en'), word).toBe(false);
      expect(checker.correct(word, 'vi'), word).toBe(false);
    }
    // A bare syllable is Vietnamese in a Vietnamese release, not a word of an English one.
    expect(checker.correct('nhung', 'vi')).toBe(true);
    expect(checker.correct('nhung', 'en')).toBe(false);
    // ...but a capitalised one may be a name written without its marks.
    expect(checker.correct('Nhung', 'en')).toBe(true);
  });

  it('suggests in the word’s own tone style first, at most five', () => {
    const traditional = checker.suggest('thủyy', 'vi');
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional.length).toBeLessThanOrEqual(5);
    expect(traditional[0]).toBe('thủy');
    expect(checker.suggest('thuỷy', 'vi')[0]).toBe('thuỷ');
    expect(checker.suggest('Điệnn', 'vi')[0]).toBe('Điện');
    // A wrong tone or vowel mark is a near miss: nspell alone offered 'ngòi' and 'nghi'.
    expect(checker.suggest('ngưòi', 'vi')[0]).toBe('người');
    expect(checker.suggest('nghiã', 'vi')[0]).toBe('nghĩa');
    expect(checker.suggest('NGHIÃ', 'en')[0]).toBe('NGHĨA');
    // Typed without marks in a Vietnamese release: the syllables come before English words.
    expect(checker.suggest('nguoi', 'vi')).toContain('người');
    expect(checker.suggest('goverment', 'en')).toContain('government');
    expect(checker.suggest('goverment', 'en')).not.toContain('goverment');
  });

  it('accepts the personal dictionary and the organisation list, and forgets removed words', () => {
    expect(checker.correct('Pressdesk', 'vi')).toBe(false);
    expect(checker.correct('Phăngg', 'vi')).toBe(false);
    checker.setWords(['pressdesk', 'Mường Phăngg', 'Sở Y tế-Điện Biênn']);
    expect(checker.correct('Pressdesk', 'vi')).toBe(true);
    expect(checker.correct('pressdesk', 'en')).toBe(true);
    expect(checker.correct('Phăngg', 'vi')).toBe(true);
    expect(checker.correct('Biênn', 'vi')).toBe(true);
    // A name keeps its capital: 'phăngg' in lower case is still wrong.
    expect(checker.correct('phăngg', 'vi')).toBe(false);
    expect(checker.suggest('Phăngq', 'vi')).toContain('Phăngg');
    checker.setWords(['pressdesk']);
    expect(checker.correct('Phăngg', 'vi')).toBe(false);
    expect(checker.correct('Pressdesk', 'vi')).toBe(true);
    checker.setWords([]);
    expect(checker.correct('Pressdesk', 'vi')).toBe(false);
  });

  it('tells Vietnamese words by their letters', () => {
    expect(isVietnameseWord('Đà')).toBe(true);
    expect(isVietnameseWord('ương')).toBe(true);
    expect(isVietnameseWord('office')).toBe(false);
    expect(wordsOfList([' Nguyễn Văn A ', 'Sở Y tế', '(UBND)', ''])).toEqual(['Nguyễn', 'Văn', 'A', 'Sở', 'Y', 'tế', 'UBND']);
  });
});

describe('worker protocol', () => {
  it('answers a check with the wrong words, in order', () => {
    const request = parseSpellRequest({ type: 'check', id: 7, language: 'vi', words: ['Điện', 'Biênn', 'họp', 'goverment'] });
    expect(request).not.toBeNull();
    expect(answerSpellRequest(checker, request!)).toEqual({ type: 'checked', id: 7, language: 'vi', wrong: ['Biênn', 'goverment'] });
  });

  it('answers a suggestion request', () => {
    const answer = answerSpellRequest(checker, parseSpellRequest({ type: 'suggest', id: 2, language: 'en', word: 'recieve' })!);
    expect(answer).toMatchObject({ type: 'suggested', id: 2, word: 'recieve' });
    expect(answer?.type === 'suggested' && answer.suggestions).toContain('receive');
  });

  it('takes a word list without answering, and later checks see it', () => {
    expect(answerSpellRequest(checker, parseSpellRequest({ type: 'words', entries: ['Biênn'] })!)).toBeNull();
    expect(answerSpellRequest(checker, { type: 'check', id: 8, language: 'vi', words: ['Biênn'] })).toEqual({ type: 'checked', id: 8, language: 'vi', wrong: [] });
    checker.setWords([]);
  });

  it('refuses messages of the wrong shape', () => {
    for (const bad of [
      null,
      'check',
      { type: 'check', id: 1, language: 'fr', words: [] },
      { type: 'check', id: 1.5, language: 'vi', words: [] },
      { type: 'check', id: 1, language: 'vi', words: [''] },
      { type: 'check', id: 1, language: 'vi', words: ['x'.repeat(101)] },
      { type: 'check', id: 1, language: 'vi', words: 'a' },
      { type: 'suggest', id: 1, language: 'vi' },
      { type: 'words', entries: [3] },
      { type: 'eval', code: '1' },
    ]) {
      expect(parseSpellRequest(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
