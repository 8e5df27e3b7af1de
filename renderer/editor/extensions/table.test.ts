// @vitest-environment jsdom
import type { Content, Editor } from '@tiptap/core';
import { DOMParser } from '@tiptap/pm/model';
import { GapCursor } from '@tiptap/pm/gapcursor';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBody } from '../../../core/document/body-check';
import { buildExtensions } from '../schema';
import { boundPastedTables } from './table';
import { spanFromHtml } from './table-cell';
import { destroyTestEditors, makeTestEditor } from './test-editor';

let refused = 0;

const makeEditor = (content: Content = '<p>Mở đầu</p>'): Editor =>
  makeTestEditor(content, buildExtensions({}, { author: () => ({ by: 'fp', name: 'Lan', initials: 'L' }) }, { onStructureRefused: () => refused++ }));

afterEach(() => {
  destroyTestEditors();
  refused = 0;
});

/** The table's cells as text, row by row ('' for an empty cell; a header cell as *text*). */
function grid(e: Editor): string[][] {
  const rows: string[][] = [];
  e.state.doc.descendants((node) => {
    if (node.type.name === 'tableRow') {
      rows.push([]);
      node.forEach((cell) => rows.at(-1)!.push(cell.type.name === 'tableHeader' ? `*${cell.textContent}*` : cell.textContent));
      return false;
    }
    return true;
  });
  return rows;
}

/** Puts the caret at the start of the n-th cell (document order). */
function caretInCell(e: Editor, n: number): void {
  let seen = -1;
  let at = -1;
  e.state.doc.descendants((node, pos) => {
    if (at >= 0) return false;
    if (node.type.name === 'tableCell' || node.type.name === 'tableHeader') {
      seen++;
      if (seen === n) at = pos + 2;
    }
    return true;
  });
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, at)));
}

const press = (e: Editor, key: string, shift = false): void => {
  e.view.someProp('handleKeyDown', (f) => f(e.view, new KeyboardEvent('keydown', { key, shiftKey: shift })));
};

describe('tables in the editor', () => {
  it('inserts 3 × 3 with a header row by default, and the body passes the file check', () => {
    const e = makeEditor();
    e.commands.setTextSelection(e.state.doc.content.size - 1);
    expect(e.commands.insertTable()).toBe(true);
    expect(grid(e)).toEqual([
      ['**', '**', '**'],
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(checkBody(e.getJSON())).toBeNull();
  });

  it('Tab moves cell to cell, Shift+Tab back, and Tab in the last cell adds a row (as in Word)', () => {
    const e = makeEditor();
    e.commands.insertTable({ rows: 2, cols: 2, withHeaderRow: false });
    caretInCell(e, 0);
    e.commands.insertContent('a');
    press(e, 'Tab');
    e.commands.insertContent('b');
    press(e, 'Tab');
    e.commands.insertContent('c');
    press(e, 'Tab');
    // Shift+Tab back selects the cell's text, as Word does: typing replaces it.
    press(e, 'Tab', true);
    e.commands.insertContent('C');
    press(e, 'Tab');
    e.commands.insertContent('d');
    expect(grid(e)).toEqual([
      ['a', 'b'],
      ['C', 'd'],
    ]);
    press(e, 'Tab');
    e.commands.insertContent('e');
    expect(grid(e)).toEqual([
      ['a', 'b'],
      ['C', 'd'],
      ['e', ''],
    ]);
    expect(checkBody(e.getJSON())).toBeNull();
  });

  it('adds and removes rows and columns, merges and splits cells, toggles the header row and deletes the table', () => {
    const e = makeEditor();
    e.commands.insertTable({ rows: 2, cols: 2, withHeaderRow: true });
    caretInCell(e, 2);
    expect(e.commands.addColumnAfter()).toBe(true);
    expect(e.commands.addRowAfter()).toBe(true);
    expect(grid(e).map((r) => r.length)).toEqual([3, 3, 3]);
    expect(e.commands.deleteRow()).toBe(true);
    expect(e.commands.deleteColumn()).toBe(true);
    expect(grid(e).map((r) => r.length)).toEqual([2, 2]);
    // Merge the two cells of the second row, then split them again.
    caretInCell(e, 2);
    e.commands.insertContent('x');
    caretInCell(e, 3);
    e.commands.insertContent('y');
    const cells: number[] = [];
    e.state.doc.descendants((node, pos) => {
      if (node.type.name === 'tableCell') cells.push(pos);
    });
    e.commands.setCellSelection({ anchorCell: cells[0]!, headCell: cells[1]! });
    expect(e.commands.mergeCells()).toBe(true);
    expect(grid(e)).toEqual([['**', '**'], ['xy']]);
    const merged = e.getJSON() as { content: { type: string; content: { content: { attrs: Record<string, unknown> }[] }[] }[] };
    expect(merged.content.find((n) => n.type === 'table')!.content[1]!.content[0]!.attrs['colspan']).toBe(2);
    expect(checkBody(e.getJSON())).toBeNull();
    caretInCell(e, 2);
    expect(e.commands.splitCell()).toBe(true);
    expect(grid(e)).toEqual([['**', '**'], ['xy', '']]);
    caretInCell(e, 0);
    expect(e.commands.toggleHeaderRow()).toBe(true);
    expect(grid(e)[0]).toEqual(['', '']);
    expect(e.commands.deleteTable()).toBe(true);
    expect(grid(e)).toEqual([]);
  });

  it('while Suggesting, structure edits are refused (and said), text in cells is tracked', () => {
    const e = makeEditor();
    e.commands.insertTable({ rows: 2, cols: 2, withHeaderRow: false });
    e.commands.setSuggesting(true);
    caretInCell(e, 3);
    const before = JSON.stringify(e.getJSON());
    expect(e.commands.addRowAfter()).toBe(false);
    expect(e.commands.deleteTable()).toBe(false);
    expect(e.commands.insertTable()).toBe(false);
    expect(refused).toBe(3);
    // Tab in the last cell would add a row: refused too, and the caret stays in the table.
    press(e, 'Tab');
    expect(refused).toBe(4);
    expect(JSON.stringify(e.getJSON())).toBe(before);
    expect(e.isActive('table')).toBe(true);
    // Asking whether it could (a menu enabling its item) is not a refusal, and says yes: the click explains.
    expect(e.can().addRowAfter()).toBe(true);
    expect(refused).toBe(4);
    e.commands.insertContent('mới');
    let marked = false;
    e.state.doc.descendants((node) => {
      if (node.isText && node.text === 'mới') marked = node.marks.some((m) => m.type.name === 'insertion');
    });
    expect(marked).toBe(true);
  });

  it('bounds what a paste brings: absurd spans and widths become what the file check accepts', () => {
    expect(spanFromHtml('999999', 63)).toBe(63);
    expect(spanFromHtml('0', 63)).toBe(1);
    expect(spanFromHtml('2abc', 63)).toBe(1);
    expect(spanFromHtml(null, 63)).toBe(1);
    const e = makeEditor('<table><tr><td colspan="999999" colwidth="50">a</td></tr><tr><td rowspan="-3" colwidth="1e9">b</td><td colwidth="80">c</td></tr></table>');
    const json = e.getJSON();
    expect(checkBody(json)).toBeNull();
    type J = { attrs?: Record<string, unknown>; content?: J[] };
    const cells = ((json as J).content![0]!.content ?? []).flatMap((row) => (row.content ?? []).map((c) => c.attrs));
    expect(cells).toEqual([
      { colspan: 63, rowspan: 1, colwidth: null },
      { colspan: 1, rowspan: 1, colwidth: null },
      { colspan: 1, rowspan: 1, colwidth: [80] },
    ]);
  });

  it('a pasted table wider than 63 columns comes in as its paragraphs; columns stop growing at 63', () => {
    const e = makeEditor();
    const wide = `<table><tr>${Array.from({ length: 70 }, (_, i) => `<td>c${i}</td>`).join('')}</tr></table>`;
    const dom = document.createElement('div');
    dom.innerHTML = wide;
    // What the paste plugin's transformPasted does with the parsed clipboard (jsdom has no ClipboardEvent).
    const slice = DOMParser.fromSchema(e.schema).parseSlice(dom);
    expect(slice.content.firstChild?.type.name).toBe('table');
    e.view.dispatch(e.state.tr.replaceSelection(boundPastedTables(slice)));
    expect(checkBody(e.getJSON())).toBeNull();
    expect(e.isActive('table')).toBe(false);
    expect(e.state.doc.textContent).toContain('c69');
    e.commands.setContent(`<table><tr>${Array.from({ length: 63 }, (_, i) => `<td>c${i}</td>`).join('')}</tr></table>`);
    caretInCell(e, 0);
    expect(e.commands.addColumnAfter()).toBe(false);
    expect(e.commands.addRowAfter()).toBe(true);
  });

  it('Ctrl+End with a table last in the body puts the caret after the table, where typing makes a paragraph (as Word)', () => {
    const e = makeEditor('<p>Đoạn một.</p><table><tr><td>a</td><td>b</td></tr></table>');
    e.commands.setTextSelection(1);
    // Chromium's own Ctrl+End put its caret beside the table, which ProseMirror read as the end of
    // the paragraph before it: the words typed next landed there ('Đoạn một.Sau bảng.').
    const ctrlEnd = (): boolean =>
      e.view.someProp('handleKeyDown', (f) => f(e.view, new KeyboardEvent('keydown', { key: 'End', ctrlKey: true }))) === true;
    expect(ctrlEnd()).toBe(true);
    expect(e.state.selection).toBeInstanceOf(GapCursor);
    expect(e.state.selection.head).toBe(e.state.doc.content.size);
    // The gap cursor's own input handling: the first character typed opens a paragraph there.
    e.view.dispatch(e.state.tr.replaceSelectionWith(e.schema.nodes['paragraph']!.create(null, e.schema.text('Sau bảng.'))));
    expect(e.state.doc.toJSON().content.map((n: { type: string }) => n.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(e.state.doc.firstChild?.textContent).toBe('Đoạn một.');
    expect(e.state.doc.lastChild?.textContent).toBe('Sau bảng.');
    // With a paragraph last, Ctrl+End is the browser's as before.
    expect(ctrlEnd()).toBe(false);
  });

  it('a pasted cell holding a list or a heading keeps its text as paragraphs', () => {
    const e = makeEditor('<table><tr><th><h2>Tiêu đề</h2></th><td><ul><li>một</li><li>hai</li></ul></td></tr></table>');
    expect(checkBody(e.getJSON())).toBeNull();
    expect(e.state.doc.textContent).toContain('Tiêu đề');
    expect(e.state.doc.textContent).toContain('một');
  });
});
