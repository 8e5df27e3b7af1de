import { describe, expect, it } from 'vitest';
import { base64, slugify } from './images';

describe('images helpers', () => {
  it('base64 agrees with Node for every padding case', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100, 65_537]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 2654435761) >>> 24);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('slugifies Vietnamese names into short ASCII file names', () => {
    expect(slugify('Thông cáo số 05/TC-UBND: Điện Biên')).toBe('thong-cao-so-05-tc-ubnd-dien-bien');
    expect(slugify('Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp liên ngành')).toBe('ban-tuyen-giao-tinh-uy-dien-bien-lam-tot-cong');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('…')).toBe('');
  });
});
