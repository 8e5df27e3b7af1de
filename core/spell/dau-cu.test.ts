import { describe, expect, it } from 'vitest';
import { dauCuDictionary } from './dau-cu';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readDictionaryFile = (path: string): string => readFileSync(resolve(root, path), 'utf8');

describe('vi-DauCu', () => {
  it('is what scripts/make-vi-dau-cu.ts makes of dictionary-vi (the committed data has not drifted)', () => {
    const dauMoi = readDictionaryFile('node_modules/dictionary-vi/index.dic');
    expect(readDictionaryFile('assets/dictionaries/vi-DauCu.dic')).toBe(dauCuDictionary(dauMoi));
    expect(readDictionaryFile('assets/dictionaries/vi-DauCu.aff')).toBe(readDictionaryFile('node_modules/dictionary-vi/index.aff'));
  });

  it('writes every oa/oe/uy syllable in the traditional style, and nothing else changes', () => {
    const made = dauCuDictionary('5\nhoà\nthuỷ\nquý\nhoàng\nUỷ\n').split('\n');
    expect(made).toEqual(['5', 'hòa', 'thủy', 'quý', 'hoàng', 'Ủy', '']);
    expect(dauCuDictionary('2\nhòa\nhoà\n')).toBe('1\nhòa\n');
  });
});
