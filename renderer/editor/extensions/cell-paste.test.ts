// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPastePipeline } from '../paste-loader';
import type { DroppedItem } from '../../../core/import/clean';
import type { PmNode } from '../../../core/document/release';
import { buildExtensions } from '../schema';
import { ForeignPaste } from './foreign-paste';
import { destroyTestEditors, makeTestEditor } from './test-editor';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs the event to exist.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = class extends Event {
    readonly clipboardData = null;
  };
}

let reports: DroppedItem[][] = [];
// The paste hooks call the pipeline synchronously once it is loaded (a DOM paste before that waits for it).
beforeAll(() => loadPastePipeline());

afterEach(() => {
  destroyTestEditors();
  reports = [];
});

const TABLE = '<table><tbody><tr><td><p>Ô1</p></td><td><p>Ô2</p></td></tr><tr><td><p>Ô3</p></td><td><p>Ô4</p></td></tr></tbody></table>';

/** An editor with a 2×2 table, the caret after "Ô1". */
function editorInCell(): Editor {
  const e = makeTestEditor(TABLE, [...buildExtensions(), ForeignPaste.configure({ onDropped: (items) => reports.push(items) })]);
  let pos = -1;
  e.state.doc.descendants((n, p) => {
    if (n.isText && n.text === 'Ô1') pos = p + 2;
  });
  e.commands.setTextSelection(pos);
  expect(e.state.selection.$from.parent.textContent).toBe('Ô1');
  return e;
}

const cellTexts = (e: Editor): string[][] =>
  (e.getJSON() as PmNode).content!.flatMap((t) => (t.content ?? []).flatMap((row) => (row.content ?? []).map((cell) => (cell.content ?? []).map((p) => (p.content ?? []).map((x) => x.text ?? '').join('')))));

describe('a paste into a table cell', () => {
  it('keeps a LibreOffice list and several paragraphs inside the cell, as paragraphs, without splitting the table', () => {
    const e = editorInCell();
    e.view.pasteHTML('<meta name="generator" content="LibreOffice"><ul><li><p class="western">L1</p></li><li><p class="western">L2</p><ol><li>L2a</li></ol></li></ul>');
    expect((e.getJSON() as PmNode).content!.map((n) => n.type)).toEqual(['table']);
    expect(cellTexts(e)).toEqual([['Ô1L1', 'L2', 'L2a'], ['Ô2'], ['Ô3'], ['Ô4']]);
    e.view.pasteHTML('<p class="western">P1</p><h2>Mục</h2><blockquote><p>Trích</p></blockquote>');
    expect((e.getJSON() as PmNode).content!.map((n) => n.type)).toEqual(['table']);
    expect(cellTexts(e)[0]).toEqual(['Ô1L1', 'L2', 'L2aP1', 'Mục', 'Trích']);
  });

  it("keeps PressDesk's own copy of a list in the cell too", () => {
    const e = editorInCell();
    e.view.pasteHTML('<ul data-pm-slice="3 3 []"><li><p>Một</p></li><li><p>Hai</p></li></ul>');
    expect((e.getJSON() as PmNode).content!.map((n) => n.type)).toEqual(['table']);
    expect(cellTexts(e)[0]).toEqual(['Ô1Một', 'Hai']);
  });

  it('leaves a pasted table to be pasted cell by cell, and a list outside a table a list', () => {
    const e = editorInCell();
    e.view.pasteHTML('<table><tr><td>X1</td><td>X2</td></tr></table>');
    expect(cellTexts(e)).toEqual([['X1'], ['X2'], ['Ô3'], ['Ô4']]);
    const outside = makeTestEditor('<p>x</p>', [...buildExtensions(), ForeignPaste]);
    outside.commands.setTextSelection(2);
    outside.view.pasteHTML('<ul><li>L1</li><li>L2</li></ul>');
    expect((outside.getJSON() as PmNode).content!.map((n) => n.type)).toContain('bulletList');
    expect(reports).toEqual([]);
  });
});
