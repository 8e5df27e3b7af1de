import { describe, expect, it } from 'vitest';
import { embargoLine, englishDateline, noticeNumberLine, vietnamesePlaceDate } from './dates';

describe('vietnamesePlaceDate', () => {
  it('pads a day below 10 and the months 1 and 2, not months 3–12', () => {
    expect(vietnamesePlaceDate('Điện Biên', '2019-01-08')).toBe('Điện Biên, ngày 08 tháng 01 năm 2019');
    expect(vietnamesePlaceDate('Điện Biên', '2019-06-29')).toBe('Điện Biên, ngày 29 tháng 6 năm 2019');
    expect(vietnamesePlaceDate('Hà Nội', '2020-02-10')).toBe('Hà Nội, ngày 10 tháng 02 năm 2020');
    expect(vietnamesePlaceDate('Hà Nội', '2020-03-05')).toBe('Hà Nội, ngày 05 tháng 3 năm 2020');
    expect(vietnamesePlaceDate('Hà Nội', '2020-12-31')).toBe('Hà Nội, ngày 31 tháng 12 năm 2020');
  });

  it('leaves blanks to write in when the date is not set', () => {
    expect(vietnamesePlaceDate('Điện Biên', '')).toMatch(/^Điện Biên, ngày\s+tháng\s+năm$/);
  });
});

describe('noticeNumberLine', () => {
  it('writes the state form with a colon and a slash, zero-padding below 10', () => {
    expect(noticeNumberLine('state', '5', 'TC-UBND')).toBe('Số: 05/TC-UBND');
    expect(noticeNumberLine('state', '12', 'TC-UBND')).toBe('Số: 12/TC-UBND');
  });

  it('writes the Party form without a colon, with a hyphen', () => {
    expect(noticeNumberLine('party', '15', 'TB/BTGTU')).toBe('Số 15-TB/BTGTU');
    expect(noticeNumberLine('party', '3', 'TB/BTGTU')).toBe('Số 03-TB/BTGTU');
  });

  it('leaves room for a number not yet given', () => {
    expect(noticeNumberLine('state', '', 'TC-UBND')).toMatch(/^Số: \s+\/TC-UBND$/);
  });
});

describe('englishDateline', () => {
  it('is CITY, Month D, YYYY — without padding', () => {
    expect(englishDateline('Hanoi', '2019-01-08')).toBe('HANOI, January 8, 2019 —');
    expect(englishDateline('Điện Biên', '2019-11-23')).toBe('ĐIỆN BIÊN, November 23, 2019 —');
  });
});

describe('embargoLine', () => {
  it('reads FOR IMMEDIATE RELEASE or EMBARGOED UNTIL with the zone as written', () => {
    expect(embargoLine({ mode: 'immediate' })).toBe('FOR IMMEDIATE RELEASE');
    expect(embargoLine({ mode: 'until', at: '2019-01-09T09:00:00+07:00' })).toBe('EMBARGOED UNTIL January 9, 2019, 09:00 UTC+07:00');
    expect(embargoLine({ mode: 'until', at: '2026-12-01T14:30:00Z' })).toBe('EMBARGOED UNTIL December 1, 2026, 14:30 UTC');
    expect(embargoLine({ mode: 'until', at: 'next Tuesday' })).toBe('EMBARGOED UNTIL next Tuesday');
  });
});
