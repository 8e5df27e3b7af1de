/**
 * The body's editor, built in the render and destroyed after its component unmounts — by us, not
 * by TipTap's useEditor. useEditor's manager destroys an editor that is not mounted 1 ms after it
 * was built; the app's first render is a transition, sliced over a few hundred milliseconds, so
 * that editor was destroyed mid-render, React found the render torn, threw it away and rendered
 * everything again synchronously with a second editor.
 */
import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/react';

/** Editors built by renders not committed yet, oldest first. */
const unmounted: Editor[] = [];

/** An editor whose render was thrown away is never mounted: the first later editor to mount destroys it. */
function mounted(editor: Editor): void {
  const at = unmounted.indexOf(editor);
  if (at < 0) return;
  for (const abandoned of unmounted.splice(0, at + 1)) if (abandoned !== editor && !abandoned.isDestroyed) abandoned.destroy();
}

export function useOwnEditor(build: () => Editor): Editor {
  const [editor] = useState(() => {
    const built = build();
    unmounted.push(built);
    return built;
  });
  useEffect(() => {
    mounted(editor);
    return () => {
      // StrictMode (development) unmounts and mounts again at once: destroyed only if it stays unmounted.
      unmounted.push(editor);
      setTimeout(() => {
        const at = unmounted.indexOf(editor);
        if (at < 0) return;
        unmounted.splice(at, 1);
        if (!editor.isDestroyed) editor.destroy();
      }, 0);
    };
  }, [editor]);
  return editor;
}
