/** The embargo time: stored as ISO 8601 with the zone, edited in a datetime-local field. */

const pad = (n: number): string => String(Math.abs(Math.trunc(n))).padStart(2, '0');

/** `2026-12-01T09:00` (the local wall time the field shows) -> `2026-12-01T09:00:00+07:00`. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${value}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** The wall time written in the stored value, as the field wants it (its own zone, not converted). */
export function toLocalInput(at: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(at)?.[0] ?? '';
}

/** Tomorrow 09:00 local: a sensible first embargo. */
export function defaultEmbargo(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
  return fromLocalInput(local) ?? local;
}
