import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('writes Vietnamese as lower-case ASCII with hyphens, NFC or NFD alike', () => {
    expect(slugify('ĐẢNG CỘNG SẢN VIỆT NAM', 60)).toBe('dang-cong-san-viet-nam');
    expect(slugify('Điện Biên: "Ngày hội" 2026!'.normalize('NFD'), 60)).toBe('dien-bien-ngay-hoi-2026');
    expect(slugify('  --  ', 60)).toBe('');
  });

  it('cuts at a word boundary, or inside one word only when the boundary would drop more than half', () => {
    expect(slugify('x'.repeat(55) + ' abcd efgh', 60)).toBe('x'.repeat(55) + '-abcd');
    expect(slugify('abc ' + 'y'.repeat(80), 60)).toBe('abc-' + 'y'.repeat(56));
    expect(slugify('y'.repeat(80), 60)).toBe('y'.repeat(60));
    expect(slugify('ab cd', 4)).toBe('ab');
  });
});
