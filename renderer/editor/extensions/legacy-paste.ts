/**
 * Text pasted from old Word files typed in TCVN3 (.VnTime) or VNI fonts, or written in VIQR,
 * arrives as Unicode (issue 11). The clipboard HTML is repaired before any other paste transform
 * reads it — the foreign-HTML cleaner, the style renaming, ProseMirror's parser — while font names
 * and U+00AD (TCVN3's ư, a soft hyphen to every sanitiser) are still there; plain text (no fonts)
 * is judged by its characters and syllables. `onConverted` hears what was converted, for the
 * message. A copy from PressDesk itself is never touched. Imports no UI state.
 */
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { LegacyReport } from '../../../core/vi/legacy/report';
import { pastePipeline } from '../paste-loader';

export const legacyPasteKey = new PluginKey('legacyPaste');

/** Register first (use-body-editor.ts): its transforms must see the paste before every other one. */
export function legacyPastePlugin(onConverted: (report: LegacyReport) => void): Plugin {
  return new Plugin({
    key: legacyPasteKey,
    props: {
      // The repair is in the paste pipeline's chunk; a paste waits for it (paste-gate.ts).
      transformPastedHTML: (html) => pastePipeline()?.repairPastedHtml(html, onConverted) ?? html,
      transformPastedText: (text) => pastePipeline()?.repairPastedText(text, onConverted) ?? text,
    },
  });
}
