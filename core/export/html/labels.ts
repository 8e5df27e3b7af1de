/**
 * Words the HTML exports write around the release (Vietnamese or English, by the release's
 * language; the table is core/export/labels.ts) and date lines.
 */
import { guessLang, releaseSampleText } from '../../document/language';
import type { ReleaseLanguage } from '../../document/release';
import { parseIsoDate, vietnameseOfficialDate } from '../../vi/dates';
import { EXPORT_LABELS } from '../labels';

export type PageLang = ReleaseLanguage;

export interface Labels {
  immediate: string;
  embargoed: (at: string) => string;
  contact: string;
  phone: string;
  email: string;
  recipients: string;
  noticeTitle: string;
}

/** The HTML exports' words: the one table per language in core/export/labels.ts. */
export const LABELS: Readonly<Record<PageLang, Labels>> = EXPORT_LABELS;

// The guess moved to core/document/language.ts (the 1.3 -> 1.4 migration uses it); kept here for callers.
export { guessLang, releaseSampleText };

/** The date as a reader sees it: "8/1/2025" (journalism style, no zero padding) or "January 8, 2025". */
export function displayDate(iso: string, lang: PageLang): string {
  return EXPORT_LABELS[lang].displayDate(iso);
}

/** The official place-date line: "Điện Biên, ngày 08 tháng 01 năm 2019" (day < 10 and months 1-2 padded). */
export function officialDateLine(place: string, iso: string): string {
  const p = parseIsoDate(iso);
  if (!p) return place;
  return `${place ? `${place}, ` : ''}${vietnameseOfficialDate(p)}`;
}

/** An embargo time as a reader sees it: "9:00 ngày 1/12/2026 (GMT+07:00)" / "December 1, 2026, 09:00 GMT+07:00". */
export function displayDateTime(at: string, lang: PageLang): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(at.trim());
  if (!match) return at.trim();
  const date = displayDate(match[1]!, lang);
  const zone = match[4] === undefined ? '' : match[4] === 'Z' ? 'UTC' : `GMT${match[4]}`;
  if (lang === 'vi') return `${Number(match[2])}:${match[3]} ngày ${date}${zone ? ` (${zone})` : ''}`;
  return `${date}, ${match[2]}:${match[3]}${zone ? ` ${zone}` : ''}`;
}
