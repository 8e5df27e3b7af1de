import { describe, expect, it } from 'vitest';
import { keepLastTwoWords } from './keep-together';

describe('keepLastTwoWords', () => {
  it('joins the last two words with a no-break space, only those', () => {
    expect(keepLastTwoWords('BAN TUYÊN GIÁO TỈNH ỦY ĐIỆN BIÊN')).toBe('BAN TUYÊN GIÁO TỈNH ỦY ĐIỆN\u00a0BIÊN');
  });
  it('does each line of a multi-line text', () => {
    expect(keepLastTwoWords('ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN')).toBe('ỦY BAN NHÂN\u00a0DÂN\nTỈNH ĐIỆN\u00a0BIÊN');
  });
  it('leaves one word, empty text and trailing spaces alone', () => {
    expect(keepLastTwoWords('BIÊN')).toBe('BIÊN');
    expect(keepLastTwoWords('')).toBe('');
    expect(keepLastTwoWords('Điện Biên ')).toBe('Điện\u00a0Biên ');
  });
});
