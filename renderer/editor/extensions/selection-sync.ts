/**
 * What the user pointed at, read before anything acts on it.
 *
 * Chrome moves the caret for an arrow key or a click at once but tells ProseMirror later:
 * 'selectionchange' is an ordinary task, and on a busy machine input events run before it. Until
 * then the editor state holds the old selection, so (1) a key command (Backspace, Shift+F10, a
 * format key) acts at the old place, and (2) any transaction dispatched meanwhile (a spelling
 * answer, a glossary refresh) makes ProseMirror write the old selection back over the DOM, and the
 * caret moves are lost. syncSelectionFromDom reads the DOM selection into the state first; this
 * extension runs it before every key and context menu, and dispatchOutsideInput before the rest.
 *
 * It also records where the body's context menu was asked for (the right-click, or the caret for
 * the Menu key / Shift+F10), which the menu's item sources read: one place for all of them.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** ProseMirror's DOM observer: not in its typings, but the same calls its own key handler makes. */
interface DomObserver {
  forceFlush?: () => void;
  flush?: () => void;
}

/** Reads a DOM selection (or DOM change) ProseMirror has not yet been told about into the state. */
export function syncSelectionFromDom(view: EditorView): void {
  if (view.isDestroyed || view.composing) return;
  const observer = (view as unknown as { domObserver?: DomObserver }).domObserver;
  // forceFlush handles a pending DOM-change flush; flush then compares the DOM selection itself.
  observer?.forceFlush?.();
  observer?.flush?.();
}

/**
 * A transaction started outside an input event (a timer, a worker's answer), built on the
 * selection the user has now; every such dispatch goes through here.
 */
export function dispatchOutsideInput(view: EditorView, build: (state: EditorState) => Transaction): void {
  if (view.isDestroyed) return;
  syncSelectionFromDom(view);
  view.dispatch(build(view.state));
}

const menuPositions = new WeakMap<EditorView, number>();

/** Where the last context menu was asked for in this view: the click, or the caret from the keyboard. */
export function contextMenuPosition(view: EditorView): number {
  return menuPositions.get(view) ?? view.state.selection.head;
}

export const isMenuKey = (event: KeyboardEvent): boolean => event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);

export const selectionSyncKey = new PluginKey('selectionSync');

export const SelectionSync = Extension.create({
  name: 'selectionSync',
  // Before every other plugin's key and menu handlers, so that they all see the current selection.
  priority: 100_000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: selectionSyncKey,
        props: {
          handleDOMEvents: {
            keydown: (view, event) => {
              syncSelectionFromDom(view);
              if (isMenuKey(event)) menuPositions.set(view, view.state.selection.head);
              return false;
            },
            contextmenu: (view, event) => {
              syncSelectionFromDom(view);
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              menuPositions.set(view, at?.pos ?? view.state.selection.head);
              return false;
            },
          },
        },
      }),
    ];
  },
});
