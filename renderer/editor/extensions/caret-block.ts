/**
 * Marks the top-level block that holds the cursor (class `caret-block`) so the stylesheet can keep
 * it out of `content-visibility: auto`. Off-screen blocks skip layout, which keeps typing fast in
 * a 20,000-word release; but a block Chromium still treats as skipped when text arrives (a new
 * paragraph below the window, before the next frame on a busy machine) takes the text at the
 * wrong place: it landed at the start of the paragraph, or in the next one. The block being typed
 * in is therefore never skipped, from the transaction that creates or enters it.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const caretBlockKey = new PluginKey<DecorationSet>('caretBlock');
export const CARET_BLOCK_CLASS = 'caret-block';

/** The start of the top-level block holding the selection's head, and the block (null in an empty doc). */
function caretBlock(state: EditorState): { pos: number; node: PmNode } | null {
  const $head = state.selection.$head;
  if ($head.depth === 0) {
    // A node selection of a top-level block (a figure) puts the head between blocks.
    const node = state.doc.nodeAt($head.pos);
    return node === null ? null : { pos: $head.pos, node };
  }
  return { pos: $head.before(1), node: $head.node(1) };
}

function decorate(state: EditorState): DecorationSet {
  const block = caretBlock(state);
  if (block === null) return DecorationSet.empty;
  return DecorationSet.create(state.doc, [Decoration.node(block.pos, block.pos + block.node.nodeSize, { class: CARET_BLOCK_CLASS })]);
}

/// Keeps the block being typed in out of content-visibility skipping (see the module comment).
export const CaretBlock = Extension.create({
  name: 'caretBlock',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: caretBlockKey,
        state: {
          init: (_config, state) => decorate(state),
          // One node decoration: rebuilding it is cheaper than reasoning about mapping it, and an
          // equal decoration leaves the DOM untouched.
          apply: (tr, previous, _oldState, newState) => (tr.docChanged || tr.selectionSet ? decorate(newState) : previous),
        },
        props: {
          decorations: (state) => caretBlockKey.getState(state),
        },
      }),
    ];
  },
});
