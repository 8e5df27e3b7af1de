/**
 * One date and time format per UI language, for history, recovery and banners — never the
 * browser's or system's locale: vi `17:43, 28/11/2026`, en `28 Nov 2026, 17:43`. Local time.
 */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number): string => String(n).padStart(2, '0');
const isVi = (language: string): boolean => language.toLowerCase().startsWith('vi');

function parse(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatTime(value: string | Date): string {
  const date = parse(value);
  return date === null ? String(value) : `${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function formatDate(value: string | Date, language: string): string {
  const date = parse(value);
  if (date === null) return String(value);
  return isVi(language)
    ? `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`
    : `${date.getDate()} ${EN_MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

export function formatDateTime(value: string | Date, language: string): string {
  const date = parse(value);
  if (date === null) return String(value);
  return isVi(language) ? `${formatTime(date)}, ${formatDate(date, language)}` : `${formatDate(date, language)}, ${formatTime(date)}`;
}

/** A day as the date inputs show it in the app's language: vi 15/01/2027, en 15 Jan 2027 (from ISO yyyy-mm-dd). */
export function formatIsoDay(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  return isVi(language) ? `${m[3]}/${m[2]}/${m[1]}` : `${Number(m[3])} ${EN_MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** What a person typed into a date input, as ISO yyyy-mm-dd: d/m/yyyy (either language), "15 Jan 2027" or ISO; null if not a real day. */
export function parseDay(text: string): string | null {
  const t = text.trim();
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m !== null) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)) !== null) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(t)) !== null) {
    const month = EN_MONTHS.findIndex((name) => name.toLowerCase() === m![2]!.toLowerCase());
    if (month === -1) return null;
    [d, mo, y] = [Number(m[1]), month + 1, Number(m[3])];
  } else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}`;
}
