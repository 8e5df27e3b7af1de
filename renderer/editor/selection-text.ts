/** The selection's text, blocks on their own lines (what the conversion dialog's preview shows). */
import type { EditorState } from '@tiptap/pm/state';

export function selectionText(state: EditorState): string {
  const { from, to } = state.selection;
  return state.doc.textBetween(from, to, '\n', ' ');
}
