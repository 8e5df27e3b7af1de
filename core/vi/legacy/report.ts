/**
 * What a legacy-encoding conversion did, counted per encoding: the message after a paste or an
 * import reads it. Apart from detect.ts (which re-exports it) so the message needs none of the
 * decoding tables.
 */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr';
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'viqr'];

export type LegacyReport = Partial<Record<LegacyEncoding, number>>;

export function addToReport(report: LegacyReport, encoding: LegacyEncoding, paragraphs = 1): void {
  report[encoding] = (report[encoding] ?? 0) + paragraphs;
}

export function reportIsEmpty(report: LegacyReport): boolean {
  return Object.values(report).every((n) => !n);
}
