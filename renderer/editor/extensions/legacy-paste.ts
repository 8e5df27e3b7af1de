/**
 * Text pasted from old Word files typed in TCVN3 (.VnTime) or VNI fonts, or written in VIQR,
 * arrives as Unicode (issue 11). The clipboard HTML is repaired before any other paste transform
 * reads it — the foreign-HTML cleaner, the style renaming, ProseMirror's parser — while font names
 * and U+00AD (TCVN3's ư, a soft hyphen to every sanitiser) are still there; plain text (no fonts)
 * is judged by its characters and syllables. `onConverted` hears what was converted, for the
 * message. A copy from PressDesk itself is never touched. Imports no UI state.
 */
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { convertLegacyText, reportIsEmpty, type LegacyReport } from '../../../core/vi/legacy/detect';
import { convertLegacyHtml } from '../../../core/vi/legacy/html';

export const legacyPasteKey = new PluginKey('legacyPaste');

/** ProseMirror's own clipboard markup: a copy from one of PressDesk's editors. */
const INTERNAL = /\sdata-pm-slice=/u;

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

/** Register first (use-body-editor.ts): its transforms must see the paste before every other one. */
export function legacyPastePlugin(onConverted: (report: LegacyReport) => void): Plugin {
  return new Plugin({
    key: legacyPasteKey,
    props: {
      transformPastedHTML: (html) => repairPastedHtml(html, onConverted),
      transformPastedText: (text) => repairPastedText(text, onConverted),
    },
  });
}
