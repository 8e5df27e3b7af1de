/**
 * The date lines the templates print. Vietnamese official documents (Decree 30 and Guideline 36):
 * `Điện Biên, ngày 08 tháng 01 năm 2019` — a day below 10 and the months 1 and 2 get a leading
 * zero, months 3–12 do not (`ngày 29 tháng 6 năm 2019`). English press releases:
 * `HANOI, January 8, 2019 —`. Dates are ISO `YYYY-MM-DD`; an empty date leaves blanks to fill in.
 */
import type { Embargo } from '../../document/release';
import type { ExportOrganisation } from '../types';
import { parseIsoDate, vietnameseOfficialDate } from '../../vi/dates';
import { EXPORT_LABELS } from '../labels';

/** `Điện Biên, ngày 08 tháng 01 năm 2019` (blanks to write in by hand when the date is not set). */
export function vietnamesePlaceDate(place: string, isoDate: string): string {
  const d = parseIsoDate(isoDate);
  const where = place.trim() === '' ? '' : `${place.trim()}, `;
  if (!d) return `${where}ngày      tháng      năm ${'      '}`.trimEnd();
  return `${where}${vietnameseOfficialDate(d)}`;
}

/** The number a notice prints: below 10 zero-padded ("5" -> "05"); other text is kept as typed. */
function paddedNumber(number: string): string {
  const n = number.trim();
  return /^\d$/.test(n) ? `0${n}` : n;
}

/**
 * The number and symbol line: state `Số: 05/TC-UBND` (colon, slash); Party `Số 15-TB/BTGTU`
 * (no colon, hyphen). Both zero-pad numbers below 10 (numbering starts at 01). Without a number yet
 * the space is left blank for the clerk to write in.
 */
export function noticeNumberLine(rulebook: ExportOrganisation['rulebook'], number: string, symbol: string): string {
  const n = paddedNumber(number) || '     ';
  const s = symbol.trim();
  if (rulebook === 'party') return s ? `Số ${n}-${s}` : `Số ${n}`;
  return s ? `Số: ${n}/${s}` : `Số: ${n}`;
}

/** `ĐIỆN BIÊN, January 8, 2019 —` (the place in capitals, the month in English); '' when neither is set. */
export function englishDateline(place: string, isoDate: string): string {
  return EXPORT_LABELS.en.pressDateline(place, isoDate);
}

/** `FOR IMMEDIATE RELEASE` or `EMBARGOED UNTIL January 9, 2019, 09:00 UTC+07:00` (the zone as written, never converted). */
export function embargoLine(embargo: Embargo): string {
  return EXPORT_LABELS.en.pressEmbargo(embargo) ?? EXPORT_LABELS.en.pressHeading;
}
