import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatIsoDay, formatTime, parseDay } from './date-format';

describe('one date format per UI language', () => {
  const at = new Date(2026, 10, 28, 17, 43);
  it('Vietnamese: 17:43, 28/11/2026', () => {
    expect(formatDateTime(at, 'vi')).toBe('17:43, 28/11/2026');
    expect(formatDate(new Date(2027, 0, 5), 'vi')).toBe('05/01/2027');
  });
  it('English: 28 Nov 2026, 17:43', () => {
    expect(formatDateTime(at, 'en')).toBe('28 Nov 2026, 17:43');
    expect(formatDateTime(at, 'en-US')).toBe('28 Nov 2026, 17:43');
    expect(formatTime(new Date(2026, 0, 1, 9, 5))).toBe('09:05');
  });
  it('an unreadable time is shown as it is', () => {
    expect(formatDateTime('not a date', 'vi')).toBe('not a date');
  });
});

describe('date inputs in the app language', () => {
  it('show a day as vi 15/01/2027 and en 15 Jan 2027', () => {
    expect(formatIsoDay('2027-01-15', 'vi')).toBe('15/01/2027');
    expect(formatIsoDay('2027-01-15', 'en')).toBe('15 Jan 2027');
    expect(formatIsoDay('', 'vi')).toBe('');
  });
  it('read what was typed, in either form, and refuse days that do not exist', () => {
    expect(parseDay('15/01/2027')).toBe('2027-01-15');
    expect(parseDay('5/1/2027')).toBe('2027-01-05');
    expect(parseDay('15 Jan 2027')).toBe('2027-01-15');
    expect(parseDay('2027-01-15')).toBe('2027-01-15');
    expect(parseDay('31/02/2027')).toBeNull();
    expect(parseDay('01/15/2027')).toBeNull();
    expect(parseDay('hôm nay')).toBeNull();
  });
});
