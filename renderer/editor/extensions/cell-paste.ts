/**
 * A paste into a table cell keeps to the cell. A cell holds paragraphs only, so when a pasted
 * slice brings a list, a heading, a quote or a figure, ProseMirror's fitting closed the table
 * around it: the table was split in two with the list between the halves. Here such a slice is
 * made of paragraphs first, as the import does with a cell's content (asCellParagraphs): the
 * text stays, in the cell; a picture, which a cell cannot hold, is named in the message.
 *
 * A slice that is one table is left alone: prosemirror-tables pastes its cells over the cells at
 * the caret, as a spreadsheet does.
 */
import { Fragment, Slice, type Node as PmNodeType } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { DroppedItem } from '../../../core/import/clean';
import { asCellParagraphs } from '../../../core/import/clean/cell-paragraphs';
import type { PmNode } from '../../../core/document/release';

export const cellPasteKey = new PluginKey('cellPaste');

const CELL_TYPES = new Set(['tableCell', 'tableHeader']);

function caretInCell(state: EditorState): boolean {
  const { $from } = state.selection;
  for (let d = $from.depth; d > 0; d--) if (CELL_TYPES.has($from.node(d).type.name)) return true;
  return false;
}

/** The slice as paragraphs when it would not fit a cell; null when it fits or is a table to paste cell by cell. */
export function fitSliceToCell(slice: Slice, state: EditorState, onDropped: (items: DroppedItem[]) => void): Slice | null {
  if (!caretInCell(state)) return null;
  const blocks: PmNodeType[] = [];
  slice.content.forEach((node) => blocks.push(node));
  if (blocks.every((b) => b.isInline || b.type.name === 'paragraph')) return null;
  if (blocks.length === 1 && blocks[0]!.type.name === 'table') return null;
  let pictures = 0;
  slice.content.descendants((node) => {
    if (node.type.name === 'figure') pictures++;
    return true;
  });
  const paragraphs = asCellParagraphs(blocks.map((b) => b.toJSON() as PmNode));
  if (pictures > 0) onDropped([{ kind: 'image', count: pictures }]);
  const content = Fragment.fromJSON(state.schema, paragraphs);
  // Open at an end only where the slice was: a phrase still joins the paragraph at the caret.
  return new Slice(content, Math.min(slice.openStart, 1), Math.min(slice.openEnd, 1));
}

/** The plugin: every paste and drop (foreign, PressDesk's own, plain text) into a cell. */
export function cellPastePlugin(onDropped: (items: DroppedItem[]) => void): Plugin {
  return new Plugin({
    key: cellPasteKey,
    props: { transformPasted: (slice, view) => fitSliceToCell(slice, view.state, onDropped) ?? slice },
  });
}
