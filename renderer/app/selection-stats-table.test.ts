// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { CellSelection } from '@tiptap/pm/tables';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { tcell, trow, ttable } from '../../core/document/tables.fixture';
import { countWords } from '../../core/vi/word-count';
import { buildExtensions } from '../editor/schema';
import { bodySelectionText } from './selection-stats';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

/** Positions of the cells of the body's first table, in document order. */
const cellPositions = (e: Editor): number[] => {
  const out: number[] = [];
  e.state.doc.descendants((node, pos) => {
    if (node.type.name === 'tableCell' || node.type.name === 'tableHeader') out.push(pos);
    return true;
  });
  return out;
};

describe('selection word count in a table', () => {
  it('a selected column counts every cell of it (it counted one), and not the cells of the other columns between them', () => {
    const table = ttable(trow(tcell('Khai mạc'), tcell('Lễ chào cờ long trọng')), trow(tcell('Bế mạc'), tcell('Tổng kết hội nghị')));
    editor = new Editor({ element: document.createElement('div'), extensions: buildExtensions(), content: { type: 'doc', content: [table] }, injectCSS: false });
    const [a1, , a2] = cellPositions(editor);
    const doc = editor.state.doc;
    editor.view.dispatch(editor.state.tr.setSelection(CellSelection.create(doc, a1!, a2!)));
    expect(bodySelectionText(editor.state)).toBe('Khai mạc Bế mạc');
    expect(countWords(bodySelectionText(editor.state))).toBe(4);
    // A text selection across cells still counts every word it runs over: Khai mạc, the whole second cell, Bế.
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(doc, a1! + 2, a2! + 4)));
    expect(countWords(bodySelectionText(editor.state))).toBe(8);
  });
});
