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
