/**
 * The embargo time: stored as ISO 8601 with the zone; edited as text in the app's language
 * (vi `09:00, 15/01/2027`, en `15 Jan 2027, 09:00`), never in a datetime-local field, which
 * shows the browser's locale (a Vietnamese UI showed 01/15/2027, 09:00 AM).
 */
import { formatIsoDay, parseDay } from '../lib/date-format';

const pad = (n: number): string => String(Math.abs(Math.trunc(n))).padStart(2, '0');

/** `2026-12-01T09:00` (a local wall time) -> `2026-12-01T09:00:00+07:00`. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${value}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** The wall time written in the stored value (its own zone, not converted): `2026-12-01T09:00`. */
export function toLocalInput(at: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(at)?.[0] ?? '';
}

/** Tomorrow 09:00 local: a sensible first embargo. */
export function defaultEmbargo(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
  return fromLocalInput(local) ?? local;
}

/** The stored time as the field shows it, in the app's language; a value that is no time is shown as it is. */
export function formatEmbargo(at: string, language: string): string {
  const wall = toLocalInput(at);
  if (wall === '') return at;
  const day = formatIsoDay(wall.slice(0, 10), language);
  const time = wall.slice(11);
  return language.toLowerCase().startsWith('vi') ? `${time}, ${day}` : `${day}, ${time}`;
}

/**
 * A time of day anywhere in the text: 09:00, 9:05, 9h, 9h30 or 9g30 (as Vietnamese offices write
 * it), or ISO's T09:00. It must stand alone, so digits of the day are never read as the time.
 */
const TIME = /(?:^|[\s,T])(\d{1,2})(?::(\d{2})|[hg](\d{2})?)(?=$|[\s,])/i;

/**
 * What a person typed, as the stored ISO time in this computer's zone: a time and a day in either
 * order (`09:00, 15/01/2027`, `15 Jan 2027, 9:00`, `15/1/2027 9h30`, `2027-01-15T09:00`);
 * null if it is not a real day with a real time.
 */
export function parseEmbargo(text: string): string | null {
  const t = text.trim();
  const time = TIME.exec(t);
  if (time === null) return null;
  const hours = Number(time[1]);
  const minutes = Number(time[2] ?? time[3] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  const rest = `${t.slice(0, time.index)} ${t.slice(time.index + time[0].length)}`.replace(/[\s,]+/g, ' ').trim();
  const day = parseDay(rest);
  return day === null ? null : fromLocalInput(`${day}T${pad(hours)}:${pad(minutes)}`);
}
