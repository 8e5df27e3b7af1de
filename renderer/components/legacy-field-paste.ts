/**
 * A paste into a plain field (headline, sapo, caption, the side panel) of text typed in TCVN3,
 * VNI or VIQR: the same repair as the body's (renderer/editor/extensions/legacy-paste.ts), by the
 * clipboard HTML's fonts when it has them, else by the plain text. Returns the text to insert
 * instead, or null to let the browser paste as it would.
 */
import { convertLegacyText, reportIsEmpty, type LegacyReport } from '../../core/vi/legacy/detect';
import { convertLegacyHtml } from '../../core/vi/legacy/html';

export function repairFieldPaste(html: string, text: string): { text: string; report: LegacyReport } | null {
  if (html !== '') {
    const converted = convertLegacyHtml(html);
    if (!reportIsEmpty(converted.report)) {
      // An inert document: nothing in it runs or loads; blocks become lines.
      const doc = new DOMParser().parseFromString(converted.html.replace(/<\/(p|div|li|h[1-6]|tr)>/giu, '$&\n'), 'text/html');
      doc.querySelectorAll('style, script, template, title').forEach((el) => el.remove());
      const lines = (doc.body.textContent ?? '').split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l !== '');
      return { text: lines.join('\n'), report: converted.report };
    }
  }
  const converted = convertLegacyText(text);
  return reportIsEmpty(converted.report) ? null : converted;
}
