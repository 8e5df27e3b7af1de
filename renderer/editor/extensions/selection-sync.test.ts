// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Extension } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExtensions } from '../schema';
import { contextMenuPosition, dispatchOutsideInput, SelectionSync, syncSelectionFromDom } from './selection-sync';

// A decoration-only plugin like the spell check's: a meta transaction redraws an underline.
const markKey = new PluginKey<DecorationSet>('testMark');
const Underline = Extension.create({
  name: 'testUnderline',
  addProseMirrorPlugins: () => [
    new Plugin<DecorationSet>({
      key: markKey,
      state: {
        init: () => DecorationSet.empty,
        apply: (tr, prev) => {
          const at = tr.getMeta(markKey) as number | undefined;
          return at === undefined ? prev.map(tr.mapping, tr.doc) : DecorationSet.create(tr.doc, [Decoration.inline(at, at + 3, { class: 'u' })]);
        },
      },
      props: { decorations: (state) => markKey.getState(state) ?? null },
    }),
  ],
});

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

/** An attached, focused editor over one paragraph; the DOM caret moved as the browser would, unannounced. */
function editorWithUnannouncedCaret(offset: number): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const e = new Editor({ element, extensions: [...buildExtensions({}), SelectionSync, Underline], content: '<p>Hội nghị tổng kết năm 2018.</p>', injectCSS: false });
  editor = e;
  e.view.dom.focus(); // TipTap's focus command waits a frame
  expect(e.state.selection.head).toBe(1);
  const text = e.view.dom.querySelector('p')!.firstChild!;
  document.getSelection()!.collapse(text, offset);
  return e;
}

describe('selection-sync', () => {
  it('reads a caret the DOM moved but ProseMirror was not yet told about', () => {
    const e = editorWithUnannouncedCaret(8);
    expect(e.state.selection.head).toBe(1); // stale: no selectionchange yet
    syncSelectionFromDom(e.view);
    expect(e.state.selection.head).toBe(9);
  });

  it('a decoration transaction dispatched after the sync keeps the caret the user moved', () => {
    const e = editorWithUnannouncedCaret(22);
    syncSelectionFromDom(e.view);
    e.view.dispatch(e.state.tr.setMeta(markKey, 2));
    expect(e.view.dom.querySelector('.u')?.textContent).toBe('ội ');
    syncSelectionFromDom(e.view); // the DOM caret is still where the user put it
    expect(e.state.selection.head).toBe(23);
  });

  it('without the sync, the same transaction writes the old caret back over the DOM (why the sync exists)', () => {
    const e = editorWithUnannouncedCaret(22);
    e.view.dispatch(e.state.tr.setMeta(markKey, 2));
    syncSelectionFromDom(e.view);
    expect(e.state.selection.head).toBe(1); // the move to 23 is lost
  });

  it('dispatchOutsideInput builds its transaction on the caret the user moved', () => {
    const e = editorWithUnannouncedCaret(22);
    dispatchOutsideInput(e.view, (state) => state.tr.setMeta(markKey, 2));
    expect(e.state.selection.head).toBe(23);
    expect(e.view.dom.querySelector('.u')?.textContent).toBe('ội ');
  });

  it('a key in the body syncs first, and the Menu key records the caret as the menu position', () => {
    const e = editorWithUnannouncedCaret(4);
    e.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true }));
    expect(e.state.selection.head).toBe(5);
    expect(contextMenuPosition(e.view)).toBe(5);
  });
});
