import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { allVowelLetters, vietnameseLetters } from './letters';
import { capitaliseShoutedWords, decodeTcvn3 } from './tcvn3';
import { encodeTcvn3 } from './test-encode';

const bytes = (s: string): string => s;

describe('TCVN3', () => {
  it('decodes every letter code 0xA1-0xFF as iconv-lite tcvn does (the tone marks 0xB0-0xB4 after a vowel)', () => {
    for (let b = 0xa1; b <= 0xff; b++) {
      const expected = iconv.decode(Buffer.from([b]), 'tcvn').normalize('NFC');
      if (b >= 0xb0 && b <= 0xb4) expect(decodeTcvn3('a' + String.fromCharCode(b))).toBe(('a' + expected).normalize('NFC'));
      else expect(decodeTcvn3(String.fromCharCode(b)), `0x${b.toString(16)}`).toBe(expected);
    }
  });

  it('decodes all 67 lower-case letters from their own codes, and all 67 capitals from a capitals (.VnTimeH) run', () => {
    const letters = vietnameseLetters();
    expect(letters).toHaveLength(134);
    for (const letter of letters.slice(0, 67)) {
      const runs = encodeTcvn3(letter);
      expect(runs).toEqual([{ text: expect.stringMatching(/^[\u00a1-\u00ff]$/u), capitals: false }]);
      expect(decodeTcvn3(runs[0]!.text), letter).toBe(letter);
      expect(decodeTcvn3(runs[0]!.text, { capitals: true }), letter).toBe(letter.toUpperCase());
    }
    // The capitals VN3 has codes for (Ă Â Ê Ô Ơ Ư Đ) decode from them; the rest only from a capitals run.
    const own = letters.slice(67).filter((l) => encodeTcvn3(l)[0]!.capitals === false);
    for (const letter of 'ĂÂÊÔƠƯĐ') expect(own).toContain(letter);
    for (const letter of letters.slice(67)) {
      const runs = encodeTcvn3(letter);
      expect(decodeTcvn3(runs[0]!.text, { capitals: runs[0]!.capitals }), letter).toBe(letter);
    }
    for (const { letter } of allVowelLetters()) {
      const text = encodeTcvn3(letter).map((r) => decodeTcvn3(r.text, { capitals: r.capitals })).join('');
      expect(text).toBe(letter);
    }
  });

  it('reads the DOMAIN.md sample and keeps ASCII, curly quotes and dashes', () => {
    expect(decodeTcvn3('Tuyªn gi¸o TØnh ñy §iÖn Biªn')).toBe('Tuyên giáo Tỉnh ủy Điện Biên');
    expect(decodeTcvn3(bytes('\u201cH\u00b5 N\u00e9i\u201d \u2013 2019, 25\u00b0C'))).toBe('\u201cHà Nội\u201d \u2013 2019, 25\u00b0C');
    expect(decodeTcvn3('c\u00adêi')).toBe('cười');
  });

  it('upper-cases a word typed all in capitals when no font says so (TØNH), never a capitalised word (Hµ)', () => {
    expect(capitaliseShoutedWords(decodeTcvn3('TØNH ñY §IÖN BI£N Hµ'))).toBe('TỈNH ủY ĐIỆN BIÊN Hà');
  });
});
