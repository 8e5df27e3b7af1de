import { describe, expect, it } from 'vitest';
import { themeFor } from './theme-choice';

describe('themeFor', () => {
  it('follows the system unless Settings says always one', () => {
    expect(themeFor(undefined, true)).toBe('dark');
    expect(themeFor(undefined, false)).toBe('light');
    expect(themeFor('system', true)).toBe('dark');
    expect(themeFor('system', false)).toBe('light');
    expect(themeFor('light', true)).toBe('light');
    expect(themeFor('dark', false)).toBe('dark');
  });
});
