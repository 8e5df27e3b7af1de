import { describe, expect, it } from 'vitest';
import { defaultEmbargo, formatEmbargo, fromLocalInput, parseEmbargo, toLocalInput } from './embargo';

/** The stored value's wall time, without the zone (the tests run in any zone). */
const wall = (at: string | null): string | null => (at === null ? null : toLocalInput(at));

describe('embargo time', () => {
  it('adds the local zone to a wall time and reads it back', () => {
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

describe('the embargo field in the app language', () => {
  it('shows vi as time, day and en as day, time — never the browser locale', () => {
    expect(formatEmbargo('2027-01-15T17:43:00+07:00', 'vi')).toBe('17:43, 15/01/2027');
    expect(formatEmbargo('2027-01-15T17:43:00+07:00', 'en')).toBe('15 Jan 2027, 17:43');
    expect(formatEmbargo('2027-01-05T09:05:00-05:00', 'en-US')).toBe('5 Jan 2027, 09:05');
  });

  it('shows a stored value that is no time as it is, so the officer sees what to fix', () => {
    expect(formatEmbargo('soon', 'vi')).toBe('soon');
  });

  it('reads what it shows back, in both languages', () => {
    for (const language of ['vi', 'en']) {
      const at = fromLocalInput('2027-01-15T17:43')!;
      expect(parseEmbargo(formatEmbargo(at, language)), language).toBe(at);
    }
  });

  it('takes a time and a day in either order and the ways offices write them', () => {
    expect(wall(parseEmbargo('09:00, 15/01/2027'))).toBe('2027-01-15T09:00');
    expect(wall(parseEmbargo('15/1/2027 9h30'))).toBe('2027-01-15T09:30');
    expect(wall(parseEmbargo('9h 15/01/2027'))).toBe('2027-01-15T09:00');
    expect(wall(parseEmbargo('14g05, 15.01.2027'))).toBe('2027-01-15T14:05');
    expect(wall(parseEmbargo('15 Jan 2027, 17:43'))).toBe('2027-01-15T17:43');
    expect(wall(parseEmbargo('15 January, 2027 7:05'))).toBe('2027-01-15T07:05');
    expect(wall(parseEmbargo('2027-01-15T09:00'))).toBe('2027-01-15T09:00');
    expect(wall(parseEmbargo('  00:00, 29/02/2028  '))).toBe('2028-02-29T00:00');
  });

  it('refuses what is not a real day with a real time', () => {
    for (const text of ['', '15/01/2027', '09:00', '24:00, 15/01/2027', '09:60, 15/01/2027', '09:00, 31/02/2027', '09:00, 15/13/2027', '0900 15/01/2027', '09:00, 15/01/2027, 10:00', 'ngày mai']) {
      expect(parseEmbargo(text), text).toBeNull();
    }
  });

  it('stores the time in this computer zone', () => {
    expect(parseEmbargo('09:00, 15/01/2027')).toBe(fromLocalInput('2027-01-15T09:00'));
  });
});
