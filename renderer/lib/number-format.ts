/**
 * Counts in the status bar, grouped by thousands as each UI language writes them (vi `20.000`,
 * en `20,000`) — by hand, not Intl.NumberFormat: its first construction loads the locale's data
 * and took 50-60 ms of the window's first render on a busy machine, for two whole numbers.
 */
export function formatCount(value: number, language: string): string {
  if (!Number.isSafeInteger(value)) return String(value);
  const separator = language.toLowerCase().startsWith('vi') ? '.' : ',';
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, separator);
  return value < 0 ? `-${digits}` : digits;
}
