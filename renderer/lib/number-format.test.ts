import { describe, expect, it } from 'vitest';
import { formatCount } from './number-format';

describe('formatCount', () => {
  it('groups thousands as the UI language writes them, as Intl.NumberFormat does', () => {
    for (const value of [0, 7, 999, 1_000, 20_000, 123_456, 1_234_567, -4_321]) {
      expect(formatCount(value, 'vi')).toBe(new Intl.NumberFormat('vi').format(value));
      expect(formatCount(value, 'en')).toBe(new Intl.NumberFormat('en').format(value));
    }
    expect(formatCount(20_000, 'vi')).toBe('20.000');
    expect(formatCount(20_000, 'en')).toBe('20,000');
  });
});
