/**
 * The words of a notice's closing block that every renderer of a notice prints alike (the DOCX
 * templates and the print page): the recipient lines and capitals.
 */
import type { Release } from '../document/release';
import type { ExportOrganisation } from './types';

/** Capitals the Vietnamese way, NFC. */
export const caps = (s: string): string => s.trim().normalize('NFC').toLocaleUpperCase('vi');

/** `- Sở Thông tin và Truyền thông;` … `- Lưu: VT, BTG.` (the archive line added when not typed). */
export function recipientLines(release: Release, organisation: ExportOrganisation): string[] {
  const given = release.notice.recipients.map((r) => r.trim().replace(/[;.]+$/, '')).filter((r) => r !== '');
  const archive = `Lưu: VT, ${organisation.abbreviation.trim()}`.trimEnd().replace(/,$/, '');
  const lines = given.length > 0 && /^Lưu\b/i.test(given[given.length - 1]!) ? given : [...given, archive];
  return lines.map((r, i) => `- ${r}${i === lines.length - 1 ? '.' : ';'}`);
}
