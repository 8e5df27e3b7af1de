import { describe, expect, it } from 'vitest';
import { parseIsoDate, vietnameseOfficialDate } from './dates';

describe('official Vietnamese date', () => {
  it('zero-pads days below 10 and the months 1 and 2 only', () => {
    expect(vietnameseOfficialDate({ year: 2019, month: 1, day: 8 })).toBe('ngày 08 tháng 01 năm 2019');
    expect(vietnameseOfficialDate({ year: 2019, month: 2, day: 28 })).toBe('ngày 28 tháng 02 năm 2019');
    expect(vietnameseOfficialDate({ year: 2019, month: 6, day: 29 })).toBe('ngày 29 tháng 6 năm 2019');
    expect(vietnameseOfficialDate({ year: 2019, month: 12, day: 3 })).toBe('ngày 03 tháng 12 năm 2019');
  });

  it('parses ISO dates and refuses the rest', () => {
    expect(parseIsoDate('2019-01-08')).toEqual({ year: 2019, month: 1, day: 8 });
    for (const bad of ['', '2019-13-01', '2019-00-10', '2019-01-32', '8/1/2019', '2019-1-8']) expect(parseIsoDate(bad)).toBeNull();
  });
});
