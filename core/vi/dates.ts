/**
 * Dates as releases print them. The dateline date is stored as ISO `YYYY-MM-DD`.
 * Official place-date line (Decree 30 and Guideline 36 alike): a day below 10 and the months
 * 1 and 2 get a leading zero, months 3–12 do not — `ngày 08 tháng 01 năm 2019`, `ngày 29 tháng 6 năm 2019`.
 */

export const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The parts of an ISO `YYYY-MM-DD`, or null when it is empty or not a date. */
export function parseIsoDate(iso: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** `ngày 08 tháng 01 năm 2019`: the zero-padding rule of both rulebooks. */
export function vietnameseOfficialDate(d: DateParts): string {
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}
