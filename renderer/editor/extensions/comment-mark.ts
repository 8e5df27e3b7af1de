/**
 * A comment's anchor in the body: the `comment` mark of core's body schema, carrying the id of
 * its thread in `release.threads`. Anchors of several threads may overlap; typing at an anchor's
 * edge stays outside it. Mod-Alt-M asks the app (storage.onAddComment) to start a comment. Shown as `<span class="comment-anchor" data-comment-thread="…">`; only
 * that markup parses back, so a pasted web page's spans never become anchors.
 */
import { Mark, mergeAttributes, type Editor } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface CommentMarkOptions {
  HTMLAttributes: Record<string, unknown>;
}

/** The app sets `onAddComment` (the comments column): what Mod-Alt-M does. Unset, the key does nothing. */
export interface CommentMarkStorage {
  onAddComment: ((editor: Editor) => boolean) | null;
}

declare module '@tiptap/core' {
  interface Storage {
    comment: CommentMarkStorage;
  }
}

/** Content without comment anchors: pasted text never brings another thread's anchor (or a copy of one). */
function withoutAnchors(fragment: Fragment): Fragment {
  const nodes: PmNode[] = [];
  fragment.forEach((node) => {
    const marks = node.marks.filter((m) => m.type.name !== 'comment');
    const content = node.isLeaf ? node.content : withoutAnchors(node.content);
    nodes.push(node.isText ? node.mark(marks) : node.copy(content).mark(marks));
  });
  return Fragment.fromArray(nodes);
}

export function sliceWithoutAnchors(slice: Slice): Slice {
  return new Slice(withoutAnchors(slice.content), slice.openStart, slice.openEnd);
}

/// The `comment` mark: `thread` names its thread; excludes nothing; not inclusive.
export const CommentMark = Mark.create<CommentMarkOptions, CommentMarkStorage>({
  name: 'comment',
  // Review marks wrap formatting (core's mark order), so an anchor is one element across bold text.
  priority: 1_200,
  inclusive: false,
  excludes: '',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  addStorage() {
    return { onAddComment: null };
  },

  // Ctrl+Alt+M (Cmd+Option+M on a Mac), as in Word and Google Docs.
  addKeyboardShortcuts() {
    return { 'Mod-Alt-m': () => this.storage.onAddComment?.(this.editor) ?? false };
  },

  // A comment belongs to the text it was made on: a paste (from here or another release) comes
  // without anchors, as in Word and Google Docs, so no anchor points at a thread twice or at none.
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('commentPaste'), props: { transformPasted: sliceWithoutAnchors } })];
  },

  addAttributes() {
    return {
      thread: {
        default: '',
        parseHTML: (el: HTMLElement) => el.getAttribute('data-comment-thread') ?? '',
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-comment-thread': String(attrs['thread'] ?? '') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-thread]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(this.options.HTMLAttributes, { class: 'comment-anchor' }, HTMLAttributes), 0];
  },
});
