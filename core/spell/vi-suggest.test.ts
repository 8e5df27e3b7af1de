import { describe, expect, it } from 'vitest';
import { createViSuggester, dictionaryWords } from './vi-suggest';

const suggester = createViSuggester(['người', 'ngòi', 'nghĩa', 'nghi', 'hòa', 'hoà', 'thủy', 'thuỷ', 'thủa', 'điện', 'diện']);
const words = (w: string, extra?: string[]): string[] => suggester.suggest(w, 5, extra).map((s) => s.word);

describe('Vietnamese suggestions', () => {
  it('ranks a wrong tone or vowel mark before a wrong letter', () => {
    expect(words('ngưòi')[0]).toBe('người');
    expect(words('nghiã')[0]).toBe('nghĩa');
    expect(words('dien')).toEqual(['diện', 'điện']);
  });

  it('keeps the tone where the word had it first (its own tone style)', () => {
    expect(words('thủyy').slice(0, 2)).toEqual(['thủy', 'thuỷ']);
    expect(words('thuỷy').slice(0, 2)).toEqual(['thuỷ', 'thủy']);
  });

  it('carries the word’s case over, and never suggests the word itself', () => {
    expect(words('Ngưòi')[0]).toBe('Người');
    expect(words('NGƯÒI')[0]).toBe('NGƯỜI');
    expect(words('hòa')).not.toContain('hòa');
  });

  it('lets the user’s words compete, and gives nothing far away', () => {
    expect(words('Phăngg', ['Phăng'])).toEqual(['Phăng']);
    expect(words('xyzxyz')).toEqual([]);
  });

  it('reads a .dic list', () => {
    expect(dictionaryWords('3\nhoà\r\nthuỷ/AB\n\n')).toEqual(['hoà', 'thuỷ']);
  });
});
