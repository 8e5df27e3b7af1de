import { describe, expect, it } from 'vitest';
import { allVowelLetters, vietnameseLetters } from './letters';
import { encodeViqr } from './test-encode';
import { decodeViqr } from './viqr';

describe('VIQR', () => {
  it('decodes all 134 letters and the plain vowels, lower and upper case, letter by letter', () => {
    for (const letter of [...vietnameseLetters(), ...allVowelLetters().map((l) => l.letter)]) {
      const code = encodeViqr(letter);
      expect(decodeViqr(code, { lenient: true }), `${letter} <- ${code}`).toBe(letter);
    }
  });

  it('converts words that make syllables, in either mark order, with dd/DD for đ', () => {
    expect(decodeViqr("Tuye^n gia'o Ti?nh u?y DDie^.n Bie^n")).toBe('Tuyên giáo Tỉnh ủy Điện Biên');
    expect(decodeViqr("ngu+o+`i ddu+o+.c")).toBe('người được');
    expect(decodeViqr("Vie^'t va` Vie'^t")).toBe('Viết và Viết');
  });

  it('reads trailing marks as punctuation when the word is no syllable with them, and honours escapes', () => {
    expect(decodeViqr('Bie^n. Ha` No^.i?')).toBe('Biên. Hà Nội?');
    expect(decodeViqr('ca\\. ca.')).toBe('ca. cạ');
    expect(decodeViqr('This sentence ends here. Really? Yes!')).toBe('This sentence ends here. Really? Yes!');
  });

  it('never touches URLs, e-mail addresses or paths', () => {
    const text = 'Xem http://example.com/a?b=c, www.ha.vn/?q=1 hay to^i@dd.vn va` C:\\to^i\\a.txt';
    expect(decodeViqr(text)).toBe('Xem http://example.com/a?b=c, www.ha.vn/?q=1 hay to^i@dd.vn và C:\\to^i\\a.txt');
  });
});
