/**
 * What a paste needs and the first keystroke does not: the foreign-HTML cleaner (htmlparser2),
 * the legacy-encoding repair with its tables and the article recogniser. Its own chunk, loaded
 * after the first paint (paste-loader.ts); the paste plugins call it synchronously once it is in,
 * and a paste arriving before that waits for it (extensions/paste-gate.ts).
 */
import { DOMSerializer, Fragment, type Schema } from '@tiptap/pm/model';
import { cleanForeignHtml, type DroppedItem } from '../../core/import/clean';
import { convertLegacyText, reportIsEmpty, type LegacyReport } from '../../core/vi/legacy/detect';
import { convertLegacyHtml } from '../../core/vi/legacy/html';

export { recogniseArticlePaste } from '../app/article-recognition';
export { repairFieldPaste } from '../components/legacy-field-paste';

/** ProseMirror's own clipboard markup: a copy from one of PressDesk's editors. */
const INTERNAL = /\sdata-pm-slice=/u;

/** The pasted HTML as the schema's own HTML, or the HTML as it came when it is ours or cannot be cleaned. */
export function cleanPastedHtml(html: string, schema: Schema, onDropped: (items: DroppedItem[]) => void): string {
  if (INTERNAL.test(html)) return html;
  try {
    // legacy-paste.ts, registered in front of every paste plugin, has repaired legacy encodings.
    const cleaned = cleanForeignHtml(html, { mode: 'paste', legacyAlreadyRepaired: true });
    const fragment = Fragment.fromJSON(schema, cleaned.blocks);
    const holder = document.createElement('div');
    holder.appendChild(DOMSerializer.fromSchema(schema).serializeFragment(fragment));
    if (cleaned.dropped.length > 0) onDropped(cleaned.dropped);
    return holder.innerHTML;
  } catch {
    // Past the cleaner's limits or not valid for the schema: ProseMirror's own reading, as before.
    return html;
  }
}

export function repairPastedHtml(html: string, onConverted: (report: LegacyReport) => void): string {
  if (INTERNAL.test(html)) return html;
  const { html: repaired, report } = convertLegacyHtml(html);
  if (!reportIsEmpty(report)) onConverted(report);
  return repaired;
}

export function repairPastedText(text: string, onConverted: (report: LegacyReport) => void): string {
  const { text: repaired, report } = convertLegacyText(text);
  if (!reportIsEmpty(report)) onConverted(report);
  return repaired;
}
