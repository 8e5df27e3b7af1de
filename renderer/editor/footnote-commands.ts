/**
 * What Ctrl+Alt+F, the toolbar's footnote button, a double-click on a note and the notes list do:
 * ask for the text (renderer/editor/footnote-dialog.tsx) and insert, change or delete the note.
 * Notes are numbered by their order in the body, as every export numbers them.
 */
import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { askFootnote } from '../app/ui-store';

export interface FootnoteEntry {
  /** Position of the note in the body (valid for the state it was read from). */
  pos: number;
  text: string;
  /** Suggested for deletion (Suggesting mode), or suggested as an insertion. */
  suggestion: 'deletion' | 'insertion' | null;
}

/** Every footnote of a body, in reading order (their numbers are index + 1). */
export function footnoteEntries(doc: PmNode): FootnoteEntry[] {
  const out: FootnoteEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') {
      const mark = node.marks.find((m) => m.type.name === 'deletion' || m.type.name === 'insertion');
      out.push({ pos, text: String(node.attrs['text'] ?? ''), suggestion: mark ? (mark.type.name as 'deletion' | 'insertion') : null });
    }
    // Inline content holds no blocks: no need to look inside text.
    return !node.isInline;
  });
  return out;
}

/** The number the note at `pos` has (1 for the first note of the body). */
export function footnoteNumber(doc: PmNode, pos: number): number {
  let n = 0;
  doc.nodesBetween(0, pos, (node) => {
    if (node.type.name === 'footnote') n++;
    return !node.isInline;
  });
  return n + 1;
}

/** Ask for a note's text; `at` is an existing note's position, null to insert one at the selection. */
export async function editFootnote(editor: Editor, at: number | null): Promise<void> {
  if (!editor.isEditable) return;
  const existing = at === null ? null : editor.state.doc.nodeAt(at);
  if (at !== null && existing?.type.name !== 'footnote') return;
  const answer = await askFootnote(existing === null ? '' : String(existing.attrs['text'] ?? ''), at === null ? null : footnoteNumber(editor.state.doc, at));
  if (editor.isDestroyed) return;
  const chain = editor.chain().focus();
  // The note must still be where it was (the dialog is modal, but a file may have been opened).
  const still = at !== null && editor.state.doc.nodeAt(at) === existing;
  if (answer === 'cancel') chain.run();
  else if (answer === 'remove') (still ? chain.deleteRange({ from: at, to: at + 1 }) : chain).run();
  else if (at === null) chain.insertFootnote(answer.text).run();
  else if (still) chain.setFootnoteText(at, answer.text).run();
}

/** Lets the editor's keys and double-clicks ask through the app's dialog; returns the undo. */
export function installFootnoteEditing(editor: Editor): () => void {
  editor.storage.footnote.onEdit = (ed, at) => {
    void editFootnote(ed, at);
    return true;
  };
  return () => {
    if (!editor.isDestroyed) editor.storage.footnote.onEdit = null;
  };
}
