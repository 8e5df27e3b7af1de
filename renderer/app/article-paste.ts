/**
 * A whole article pasted into an empty release comes apart into its fields (article-recognition.ts
 * decides). The recogniser is in the paste pipeline's chunk (renderer/editor/paste-loader.ts),
 * which is in before any paste reaches a paste hook (renderer/editor/extensions/paste-gate.ts).
 */
import type { Slice } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { pastePipeline } from '../editor/paste-loader';

/** The article-paste plugin's `take`: true when the paste was an article and is now in its fields. */
export function takeArticlePaste(view: EditorView, slice: Slice): boolean {
  return pastePipeline()?.recogniseArticlePaste(view, slice) ?? false;
}
