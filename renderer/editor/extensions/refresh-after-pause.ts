/**
 * The plugin (and its view) of a highlight whose matches go stale on a long body (find, glossary): the
 * decorations are mapped through each edit and re-found once typing pauses, not per keystroke.
 * The refresh is a transaction of its own, so the DOM selection is read into the state first:
 * dispatched over a caret move ProseMirror has not seen yet, it would write the old one back.
 */
import { Plugin, type PluginKey, type PluginView, type StateField } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import { dispatchOutsideInput } from './selection-sync';

/**
 * `key`'s plugin state says `stale`; the plugin's apply re-finds on the meta { type: 'refresh' }.
 * As the spell check: an edit only stamps its time, and one timer per pause re-arms itself for
 * the rest of the pause (a clearTimeout/setTimeout per keystroke cost more than the edit).
 */
export function refreshAfterPause<S extends { stale: boolean }>(key: PluginKey<S>, pauseMs: number): (view: EditorView) => PluginView {
  return (view) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastEdit = 0;
    const stale = (): boolean => key.getState(view.state)?.stale === true;
    const fire = (): void => {
      const idle = Date.now() - lastEdit;
      if (idle < pauseMs) {
        timer = setTimeout(fire, pauseMs - idle);
        return;
      }
      timer = null;
      if (!view.isDestroyed && stale()) dispatchOutsideInput(view, (state) => state.tr.setMeta(key, { type: 'refresh' }));
    };
    return {
      update: (_view, prevState) => {
        if (view.state.doc !== prevState.doc) lastEdit = Date.now();
        if (timer === null && stale()) timer = setTimeout(fire, pauseMs);
      },
      destroy: () => {
        if (timer !== null) clearTimeout(timer);
      },
    };
  };
}

/** The highlight's plugin: its state's decorations drawn, refreshed after a pause while stale. */
export function pausedHighlightPlugin<S extends { stale: boolean; decorations: DecorationSet }>(
  key: PluginKey<S>,
  state: StateField<S>,
  pauseMs: number,
): Plugin<S> {
  return new Plugin<S>({
    key,
    state,
    props: { decorations: (editorState) => key.getState(editorState)?.decorations ?? null },
    view: refreshAfterPause(key, pauseMs),
  });
}
