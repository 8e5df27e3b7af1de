// @vitest-environment jsdom
import { StrictMode, act, startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { afterEach, describe, expect, it } from 'vitest';
import { useOwnEditor } from './own-editor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const built: Editor[] = [];
let shown: Editor | null = null;
const build = (): Editor => {
  const editor = new Editor({ extensions: [Document, Paragraph, Text], content: '<p>Tin</p>', injectCSS: false });
  built.push(editor);
  return editor;
};

function Body() {
  shown = useOwnEditor(build);
  return null;
}

/** A component that takes 4 ms to render: React yields between such slices in a transition. */
function Busy() {
  const until = performance.now() + 4;
  while (performance.now() < until);
  return null;
}

let committed = 0;
function Committed() {
  useLayoutEffect(() => {
    committed += 1;
  }, []);
  return null;
}

const turn = (ms = 5) => new Promise((done) => setTimeout(done, ms));

afterEach(() => {
  for (const editor of built) if (!editor.isDestroyed) editor.destroy();
  built.length = 0;
  shown = null;
  committed = 0;
});

describe('useOwnEditor', () => {
  it('keeps the one editor of a transition render sliced over many milliseconds (no second render, no second editor)', async () => {
    // Without act: React renders the transition in slices, yielding to timers between them.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const root = createRoot(document.createElement('div'));
      startTransition(() =>
        root.render(
          <>
            <Body />
            {Array.from({ length: 8 }, (_, i) => (
              <Busy key={i} />
            ))}
            <Committed />
          </>,
        ),
      );
      for (let waited = 0; committed === 0 && waited < 2_000; waited += 10) await turn(10);
      expect(committed).toBe(1);
      expect(built).toHaveLength(1);
      expect(shown).toBe(built[0]);
      expect(shown!.isDestroyed).toBe(false);
      root.unmount();
      await turn();
      expect(shown!.isDestroyed).toBe(true);
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    }
  });

  it('survives StrictMode unmounting and mounting it again, and is destroyed once it stays unmounted', async () => {
    const root = createRoot(document.createElement('div'));
    await act(async () => {
      root.render(
        <StrictMode>
          <Body />
        </StrictMode>,
      );
      await turn();
    });
    const editor = shown!;
    expect(editor.isDestroyed).toBe(false);
    expect(built.filter((other) => other !== editor).every((other) => other.isDestroyed)).toBe(true);
    await act(async () => root.unmount());
    await act(() => turn());
    expect(editor.isDestroyed).toBe(true);
  });
});
