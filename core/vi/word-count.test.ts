import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../document/plain-text';
import { generateLongRelease } from '../document/generate';
import { countCharacters, countCharactersNoSpaces, countWords } from './word-count';

/** `performance` is not in core's ES2022 lib, but Node and browsers both have it. */
const now = (): number => (globalThis as unknown as { performance: { now(): number } }).performance.now();

describe('countWords', () => {
  it('counts Vietnamese syllables as Word does', () => {
    // A lead in the style of a provincial portal article: 18 tokens, each a syllable or a date.
    expect(countWords('Sáng 8/1, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức Hội nghị báo cáo viên tháng 1/2019.')).toBe(18);
    expect(countWords('Đồng chí Phó Chủ tịch UBND tỉnh phát biểu.')).toBe(9);
  });

  it('matches an independent count on a real published paragraph', () => {
    // Last paragraph of fixtures/dien-bien-article.txt (shared): 66 tokens, the lone "–" is not a word.
    const text =
      'Năm 2019, Điện Biên phát huy những kết quả đạt được,  tiếp tục tăng cường kết nối chặt chẽ trong toàn hệ thống tuyên giáo và với các lực lượng xã hội; giữa Ban Tuyên giáo với cấp ủy các cấp, với các ban, sở, ngành, đơn vị trong khối tư tưởng – văn hóa, khoa giáo để thực hiện hiệu quả nhiệm vụ được giao./.';
    expect(countWords(text)).toBe(65);
    expect(countCharacters(text)).toBe(306);
    expect(countCharactersNoSpaces(text)).toBe(240);
  });

  it('does not count punctuation-only tokens', () => {
    expect(countWords('kinh tế - xã hội')).toBe(4);
    expect(countWords('Hà Nội — Điện Biên')).toBe(4);
    expect(countWords('“ ” … ! ? ; ./. ###')).toBe(0);
    expect(countWords('“Chúng tôi”, ông nói.')).toBe(4);
  });

  it('counts numbers, dates and codes as one word each', () => {
    expect(countWords('8/1/2019')).toBe(1);
    expect(countWords('1.250 tỷ đồng, tăng 10,5%')).toBe(5);
    expect(countWords('Số: 05/TC-UBND')).toBe(2);
    expect(countWords('2025')).toBe(1);
  });

  it('is zero for empty and blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t\u00a0 ')).toBe(0);
  });

  it('splits on newlines, tabs, NBSP and other Unicode spaces', () => {
    expect(countWords('một\nhai\tba\u00a0bốn\r\nnăm\u2003sáu\u202fbảy\u3000tám')).toBe(8);
    expect(countWords('  leading and trailing  ')).toBe(3);
  });

  it('handles letters outside Latin, decomposed text and astral digits', () => {
    expect(countWords('Ελλάδα 東京 Москва')).toBe(3);
    expect(countWords('Tuye\u0302n gia\u0301o')).toBe(2);
    expect(countWords('\u0301 \u0302')).toBe(0);
    expect(countWords('𝟙𝟚 😀')).toBe(1);
  });

  it('counts 20,000 words in well under 5 ms', () => {
    const text = bodyPlainText(generateLongRelease(20_000).body);
    expect(countWords(text)).toBe(20_000);
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = now();
      countWords(text);
      runs.push(now() - start);
    }
    expect(Math.min(...runs)).toBeLessThan(5);
  });
});

describe('countCharacters', () => {
  it('counts code points after NFC, with spaces, without paragraph breaks', () => {
    expect(countCharacters('Điện Biên')).toBe(9);
    expect(countCharacters('Đie\u0323\u0302n Bie\u0302n')).toBe(9);
    expect(countCharacters('một\nhai')).toBe(6);
    expect(countCharacters('một\r\nhai')).toBe(6);
    expect(countCharacters('a\tb')).toBe(3);
    expect(countCharacters('😀')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });

  it('has a variant without any whitespace', () => {
    expect(countCharactersNoSpaces('Điện Biên, ngày 08\u00a0tháng 01\n')).toBe(22);
    expect(countCharactersNoSpaces('Tuye\u0302n\tgia\u0301o')).toBe(9);
    expect(countCharactersNoSpaces(' \n\t')).toBe(0);
  });
});
