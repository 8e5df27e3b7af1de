/**
 * The plugin (and its view) of a highlight whose matches go stale on a long body (find, glossary): the
 * decorations are mapped through each edit and re-found once typing pauses, not per keystroke.
 * The refresh is a transaction of its own, so the DOM selection is read into the state first:
 * dispatched over a caret move ProseMirror has not seen yet, it would write the old one back.
 */
import { Plugin, type PluginKey, type PluginView, type StateField } from '@tiptap/pm/state';
import type { DecorationSet, EditorView } from '@tiptap/pm/view';
import { createScheduler } from '../../lib/scheduler';
import { dispatchOutsideInput } from './selection-sync';

/**
 * `key`'s plugin state says `stale`; the plugin's apply re-finds on the meta { type: 'refresh' }.
 * As the spell check, an edit only stamps its time (lib/scheduler.ts): one timer per pause.
 */
export function refreshAfterPause<S extends { stale: boolean }>(key: PluginKey<S>, pauseMs: number): (view: EditorView) => PluginView {
  return (view) => {
    const stale = (): boolean => key.getState(view.state)?.stale === true;
    const refresh = createScheduler(() => {
      if (!view.isDestroyed && stale()) dispatchOutsideInput(view, (state) => state.tr.setMeta(key, { type: 'refresh' }));
    }, { wait: pauseMs });
    return {
      update: (_view, prevState) => {
        if (view.state.doc !== prevState.doc && stale()) refresh.schedule();
      },
      destroy: () => refresh.cancel(),
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
