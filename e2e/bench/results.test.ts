import { describe, expect, it } from 'vitest';
import { percentile } from './results';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
  it('does not depend on sample order', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
  });
  it('refuses an empty sample', () => {
    expect(() => percentile([], 50)).toThrow();
  });
});
