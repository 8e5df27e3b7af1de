/**
 * A paste the app may take as a whole article (renderer/app/article-paste.ts decides): a plugin
 * whose handlePaste hands the slice ProseMirror built — after transformPastedHTML, where the paste
 * cleaners run — to `take`; when it takes the paste, nothing else does. Registered first by
 * use-body-editor.ts so that a paste is recognised before anything else handles it. Imports no UI state.
 */
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';

export const articlePasteKey = new PluginKey('articlePaste');

export function articlePastePlugin(take: (view: EditorView, slice: Slice) => boolean): Plugin {
  return new Plugin({
    key: articlePasteKey,
    props: {
      handlePaste: (view, event, slice) => {
        // Photos (files) are the figure plugin's; only text and HTML can be an article.
        if ((event.clipboardData?.files.length ?? 0) > 0) return false;
        return take(view, slice);
      },
    },
  });
}
