import { describe, expect, it } from 'vitest';
import { slugify, suggestedFileName } from './file-name';

describe('suggested file names', () => {
  it('removes Vietnamese diacritics, including đ', () => {
    expect(suggestedFileName('Hội nghị tổng kết')).toBe('hoi-nghi-tong-ket.pressdesk');
    expect(slugify('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe('dang-cong-san-viet-nam');
    expect(slugify('Điện Biên: "Ngày hội" 2026!'.normalize('NFD'))).toBe('dien-bien-ngay-hoi-2026');
    expect(slugify('Thủy/thuỷ ưu tiên')).toBe('thuy-thuy-uu-tien');
  });

  it('falls back when nothing is left, and stays short', () => {
    expect(suggestedFileName('   ', 'ban-thao')).toBe('ban-thao.pressdesk');
    expect(suggestedFileName('…!?')).toBe('thong-cao.pressdesk');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(slugify('a'.repeat(59) + ' bcd')).toBe('a'.repeat(59));
  });

  it('cuts a long headline at a word boundary, never inside a word', () => {
    const headline = 'Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị triển khai công tác phối hợp liên ngành';
    const slug = slugify(headline);
    expect(slug).toBe('ban-tuyen-giao-tinh-uy-dien-bien-to-chuc-hoi-nghi-trien-khai');
    expect(slug.length).toBeLessThanOrEqual(60);
    // A word ending exactly at the limit is kept whole.
    expect(slugify('x'.repeat(55) + ' abcd efgh')).toBe('x'.repeat(55) + '-abcd');
    expect(slugify('y'.repeat(80))).toBe('y'.repeat(60));
  });
});
