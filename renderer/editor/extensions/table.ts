/**
 * Tables in the body (issue 10): TipTap's `table` and `tableRow` with resizable columns (the
 * widths land in the cells' `colwidth`), Tab / Shift+Tab from cell to cell, Tab in the last
 * cell adding a row, and Ctrl+End below a table that ends the body, as in Word.
 *
 * Suggesting mode tracks text, not structure: typing, pasting and deleting inside cells become
 * suggestions as anywhere else, but adding, removing, merging or splitting rows, columns and cells
 * (and inserting or deleting a table) is refused there — a suggested row could not be accepted or
 * rejected as one thing, and Word's own tracked table edits do not survive a round trip. The
 * refusal is told through `onStructureRefused` (the app shows a status message). Column widths
 * are layout, applied directly.
 */
import { findParentNode, type CommandProps } from '@tiptap/core';
import { Table, TableRow } from '@tiptap/extension-table';
import { GapCursor } from '@tiptap/pm/gapcursor';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { TableMap } from '@tiptap/pm/tables';
import { TABLE_LIMITS, tableShapeProblem } from '../../../core/document/table';
import { isSuggesting } from './suggest-changes';

export interface PressTableOptions {
  /** Told when a structural table edit is refused because Suggesting mode is on. */
  onStructureRefused: () => void;
}

/** Commands that change a table's structure: refused in Suggesting mode. */
export const STRUCTURAL_TABLE_COMMANDS = [
  'insertTable',
  'addColumnBefore',
  'addColumnAfter',
  'deleteColumn',
  'addRowBefore',
  'addRowAfter',
  'deleteRow',
  'deleteTable',
  'mergeCells',
  'splitCell',
  'mergeOrSplit',
  'toggleHeaderRow',
  'toggleHeaderColumn',
  'toggleHeaderCell',
] as const;

type Structural = (typeof STRUCTURAL_TABLE_COMMANDS)[number];

/** The table around the selection's start, its grid size, or null outside a table. */
function tableSize(state: EditorState): { width: number; height: number } | null {
  const found = findParentNode((node) => node.type.name === 'table')(state.selection);
  if (found === undefined) return null;
  const map = TableMap.get(found.node);
  return { width: map.width, height: map.height };
}

/** Growth past TABLE_LIMITS would make a body the file check refuses: such commands do nothing. */
const GROWS: Partial<Record<Structural, (size: { width: number; height: number }) => boolean>> = {
  addColumnBefore: (s) => s.width >= TABLE_LIMITS.maxColumns,
  addColumnAfter: (s) => s.width >= TABLE_LIMITS.maxColumns,
  addRowBefore: (s) => s.height >= TABLE_LIMITS.maxRows,
  addRowAfter: (s) => s.height >= TABLE_LIMITS.maxRows,
};

/** A pasted table past TABLE_LIMITS comes in as its cells' paragraphs, so nothing is lost and the body stays valid. */
export function boundPastedTables(slice: Slice): Slice {
  let changed = false;
  const nodes: PmNode[] = [];
  slice.content.forEach((node) => {
    if (node.type.name === 'table' && tableShapeProblem(node.toJSON() as Parameters<typeof tableShapeProblem>[0]) !== null) {
      changed = true;
      node.descendants((child) => {
        if (child.type.name !== 'paragraph') return true;
        nodes.push(child);
        return false;
      });
    } else nodes.push(node);
  });
  // Closed at both ends: the parser's open depths went into the table that is gone.
  return changed ? new Slice(Fragment.from(nodes), 0, 0) : slice;
}
type CommandMaker = (...args: never[]) => (props: CommandProps) => boolean;

/// The `table` node: `tableRow+`, resizable columns, Word's Tab behaviour.
export const PressTable = Table.extend<PressTableOptions & ReturnType<NonNullable<typeof Table.config.addOptions>>>({
  addOptions() {
    return {
      ...this.parent!(),
      resizable: true,
      // Narrower than this and a column cannot show a two-digit number in the body's face.
      cellMinWidth: 40,
      lastColumnResizable: false,
      onStructureRefused: () => undefined,
    };
  },

  addCommands() {
    const parent = this.parent!() as Record<string, CommandMaker>;
    const refused = (): boolean => {
      this.options.onStructureRefused();
      return false;
    };
    const guarded = Object.fromEntries(
      STRUCTURAL_TABLE_COMMANDS.map((name: Structural) => [
        name,
        (...args: never[]) =>
          (props: CommandProps): boolean => {
            // Asked whether it could (a menu enabling its item), the answer ignores Suggesting, so
            // the item stays clickable and the click says why nothing happens.
            if (isSuggesting(props.state) && props.dispatch !== undefined) return refused();
            const grows = GROWS[name];
            const size = grows === undefined ? null : tableSize(props.state);
            if (grows !== undefined && size !== null && grows(size)) return false;
            return parent[name]!(...args)(props);
          },
      ]),
    );
    return { ...parent, ...guarded } as ReturnType<NonNullable<typeof Table.config.addCommands>>;
  },

  addProseMirrorPlugins() {
    return [...(this.parent?.() ?? []), new Plugin({ key: new PluginKey('tableBounds'), props: { transformPasted: boundPastedTables } })];
  },

  addKeyboardShortcuts() {
    const parent = this.parent!();
    return {
      ...parent,
      Tab: () => {
        if (this.editor.commands.goToNextCell()) return true;
        if (!this.editor.isActive('table')) return false;
        // In the last cell: a new row (refused, with its message, while Suggesting); the key
        // never leaves the table, as in Word.
        if (isSuggesting(this.editor.state)) {
          this.options.onStructureRefused();
          return true;
        }
        return this.editor.chain().addRowAfter().goToNextCell().run() || true;
      },
      'Shift-Tab': () => this.editor.commands.goToPreviousCell() || this.editor.isActive('table'),
      // A body ending with a table has no text after it: Chromium's Ctrl+End put its caret beside
      // the table, read as the end of the paragraph before it, and typing landed there. Word's
      // Ctrl+End goes below the table; here the gap cursor, where typing opens a paragraph.
      'Mod-End': () => {
        const { state, view } = this.editor;
        if (state.doc.lastChild?.type.name !== 'table') return false;
        view.dispatch(state.tr.setSelection(new GapCursor(state.doc.resolve(state.doc.content.size))).scrollIntoView());
        return true;
      },
    };
  },
});

/// A row: its cells (`(tableCell | tableHeader)*`; empty where cells from above cover it).
export const PressTableRow = TableRow;
