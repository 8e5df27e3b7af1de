import { describe, expect, it } from 'vitest';
import { allVowelLetters, vietnameseLetters } from './letters';
import { encodeVni } from './test-encode';
import { decodeVni } from './vni';

describe('VNI-Windows', () => {
  it('decodes all 134 letters and the 12 plain vowels, lower and upper case, letter by letter', () => {
    const letters = [...vietnameseLetters(), ...allVowelLetters().map((l) => l.letter)];
    expect(new Set(letters).size).toBe(134 + 12 + 12 - 12 + 0 + 12 - 12); // 134 + a e i o u y in both cases
    for (const letter of letters) {
      const code = encodeVni(letter);
      expect(decodeVni(code), `${letter} <- ${code}`).toBe(letter);
      expect(decodeVni(`x${code}x`)).toBe(`x${letter}x`);
    }
  });

  it('matches the longest code first and reads the DOMAIN.md sample', () => {
    expect(decodeVni('Tuyeân giaùo Tænh uûy Ñieän Bieân')).toBe('Tuyên giáo Tỉnh ủy Điện Biên');
    expect(decodeVni('ôù ô oâ o')).toBe('ớ ơ ô o');
    expect(decodeVni('ngöôøi ñöôïc')).toBe('người được');
    expect(decodeVni('NGÖÔØI ÑÖÔÏC')).toBe('NGƯỜI ĐƯỢC');
    // A capital followed by a lower-case mark, as some keyboards typed a sentence's first letter.
    expect(decodeVni('Aùnh')).toBe('Ánh');
    expect(decodeVni('hello, world')).toBe('hello, world');
  });
});
