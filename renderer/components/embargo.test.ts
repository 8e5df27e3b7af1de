import { describe, expect, it } from 'vitest';
import { defaultEmbargo, fromLocalInput, toLocalInput } from './embargo';

describe('embargo time', () => {
  it('adds the local zone to a datetime-local value and reads it back', () => {
    const at = fromLocalInput('2026-12-01T09:00');
    expect(at).toMatch(/^2026-12-01T09:00:00[+-]\d{2}:\d{2}$/);
    expect(toLocalInput(at!)).toBe('2026-12-01T09:00');
  });

  it('refuses a partial value and shows a foreign zone as written', () => {
    expect(fromLocalInput('2026-12-01')).toBeNull();
    expect(toLocalInput('2026-12-01T09:00:00+07:00')).toBe('2026-12-01T09:00');
    expect(toLocalInput('')).toBe('');
  });

  it('defaults to tomorrow at nine', () => {
    expect(defaultEmbargo(new Date(2026, 0, 31, 15, 0))).toMatch(/^2026-02-01T09:00:00[+-]/);
  });
});
