/**
 * The editor the extension tests build (jsdom): their extensions on a detached element, no
 * injected CSS. A test file calls `afterEach(destroyTestEditors)` so no view outlives its test.
 */
import { Editor, type AnyExtension, type Content } from '@tiptap/core';
import type { SuggestChangesOptions } from './suggest-changes';

const live = new Set<Editor>();

export function makeTestEditor(content: Content, extensions: AnyExtension[]): Editor {
  const editor = new Editor({ element: document.createElement('div'), extensions, content, injectCSS: false });
  live.add(editor);
  return editor;
}

export function destroyTestEditors(): void {
  for (const editor of live) editor.destroy();
  live.clear();
}

/** Suggestions by `author`, numbered s1, s2… for the whole test file, dated 28/11/2026 10:00 UTC. */
export function testSuggestOptions(author: SuggestChangesOptions['author']): Partial<SuggestChangesOptions> {
  let n = 0;
  return { author, newId: () => `s${++n}`, now: () => new Date('2026-11-28T10:00:00Z') };
}
