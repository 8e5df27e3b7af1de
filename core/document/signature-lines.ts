/**
 * The notice's signature block as levels (format 1.4) and the two fields it replaced (1.3:
 * `authority` + `signerPosition`, whose lines were split on "\n"). The migration maps old to new,
 * and the content hash's forms 1 and 2 map new back to old, so an approval made on a 1.3 file still
 * verifies once the file is opened in 1.4. Type-only imports: the renderer bundles this without zod.
 */
import type { Notice, SignatureLine } from './release';

/** State forms (Decree 30) then Party forms (Guideline 36); '' is a line without one. Here, not in release.ts: the renderer's fields need them without zod. */
export const NOTICE_AUTHORITIES = ['', 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'K/T', 'T/L'] as const;
export const MAX_SIGNATURE_LINES = 3;

/** The 1.3 fields as 1.4 lines: the authority stands before the first line, as the 1.3 templates printed it. */
export function signatureLinesFromLegacy(authority: string, signerPosition: string): SignatureLine[] {
  const titles = signerPosition === '' ? [] : signerPosition.split('\n');
  if (titles.length === 0) return authority === '' ? [] : [{ authority: authority as Notice['signatureLines'][number]['authority'], title: '' }];
  // A fourth line and more (the 1.3 field had no limit) join the third, so nothing printed is lost.
  const kept = titles.length > MAX_SIGNATURE_LINES ? [...titles.slice(0, MAX_SIGNATURE_LINES - 1), titles.slice(MAX_SIGNATURE_LINES - 1).join(' ')] : titles;
  return kept.map((title, i) => ({ authority: (i === 0 ? authority : '') as SignatureLine['authority'], title }));
}

/**
 * The 1.3 fields these lines came from, or null when no 1.3 file could have held them (an
 * authority below the first line, as in `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`). Titles hold no
 * newline, so different lines never give the same fields (beyond [] and one empty line: both print nothing).
 */
export function legacySignatureFields(lines: readonly SignatureLine[]): { authority: string; signerPosition: string } | null {
  if (lines.slice(1).some((l) => l.authority !== '')) return null;
  return { authority: lines[0]?.authority ?? '', signerPosition: lines.map((l) => l.title).join('\n') };
}

/** How a line prints: "KT. CHỦ TỊCH", or the authority or title alone. */
export function signatureLineText(line: SignatureLine): string {
  return [line.authority, line.title.trim()].filter((s) => s !== '').join(' ');
}
