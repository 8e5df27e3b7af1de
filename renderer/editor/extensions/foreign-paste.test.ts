// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPastePipeline } from '../paste-loader';
import type { DroppedItem } from '../../../core/import/clean';
import type { PmNode } from '../../../core/document/release';
import { buildExtensions } from '../schema';
import { ForeignPaste } from './foreign-paste';
import { destroyTestEditors, makeTestEditor } from './test-editor';
import { WORD_CLIPBOARD_HTML } from '../../../core/import/clean/word-clipboard.fixture';

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs the event to exist.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  (globalThis as { ClipboardEvent?: unknown }).ClipboardEvent = class extends Event {
    readonly clipboardData = null;
  };
}

let reports: DroppedItem[][] = [];

const makeEditor = (content = '<p></p>'): Editor => makeTestEditor(content, [...buildExtensions(), ForeignPaste.configure({ onDropped: (items) => reports.push(items) })]);

// The paste hooks call the pipeline synchronously once it is loaded (a DOM paste before that waits for it).
beforeAll(() => loadPastePipeline());

afterEach(() => {
  destroyTestEditors();
  reports = [];
});

const types = (e: Editor): string[] => (e.getJSON().content ?? []).map((n) => n.type ?? '');

describe("a paste of Word's clipboard HTML in the editor", () => {
  it('arrives as headings, nested lists with their start, a table, a quote and a footnote, and says what it left out', () => {
    const e = makeEditor();
    e.view.pasteHTML(WORD_CLIPBOARD_HTML);
    const json = e.getJSON() as PmNode;
    expect(types(e)).toEqual(['paragraph', 'heading', 'paragraph', 'bulletList', 'heading', 'orderedList', 'table', 'blockquote', 'blockquote', 'paragraph']);
    const ordered = json.content!.find((n) => n.type === 'orderedList')!;
    expect(ordered.attrs?.['start']).toBe(2);
    const bullets = json.content!.find((n) => n.type === 'bulletList')!;
    expect(bullets.content![0]!.content!.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
    expect(JSON.stringify(json)).not.toContain('·');
    const footnote = json.content![2]!.content!.find((n) => n.type === 'footnote');
    expect(footnote?.attrs?.['text']).toBe('Theo số liệu của Cục Thống kê tỉnh.');
    const marks = json.content![2]!.content!.flatMap((n) => (n.marks ?? []).map((m) => m.type));
    expect(marks).toEqual(expect.arrayContaining(['subscript', 'superscript', 'underline', 'strike']));
    expect(reports).toEqual([[{ kind: 'equation', count: 1 }]]);
  });

  it('puts a pasted phrase into the paragraph at the caret, as any paste', () => {
    const e = makeEditor('<p>Trước sau</p>');
    e.commands.setTextSelection(7);
    e.view.pasteHTML('<html><body><!--StartFragment--><span style="font-family:Calibri"><b>giữa</b></span><!--EndFragment--></body></html>');
    expect(e.getJSON().content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Trước ' }, { type: 'text', text: 'giữa', marks: [{ type: 'bold' }] }, { type: 'text', text: 'sau' }] }]);
    expect(reports).toEqual([]);
  });

  it('leaves a copy from PressDesk itself to ProseMirror (its data-pm-slice), comment anchors dropped as before', () => {
    const e = makeEditor('<p>x</p>');
    e.commands.setTextSelection(2);
    e.view.pasteHTML('<h2 data-pm-slice="1 1 []">Mục <s>cũ</s></h2>');
    expect(e.getJSON().content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'xMục ' }, { type: 'text', text: 'cũ', marks: [{ type: 'strike' }] }] }]);
  });
});
