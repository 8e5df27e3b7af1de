// @vitest-environment jsdom
import { Editor, Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExtensions } from '../schema';
import { refreshAfterPause } from './refresh-after-pause';
import type * as SelectionSyncModule from './selection-sync';

// The refresh goes through dispatchOutsideInput, which reads the DOM selection first (a caret move
// the browser has not announced yet would otherwise be written back over: selection-sync.test).
const calls = vi.hoisted((): string[] => []);
vi.mock('./selection-sync', async (importOriginal) => {
  const actual = await importOriginal<typeof SelectionSyncModule>();
  return {
    ...actual,
    dispatchOutsideInput: (...args: Parameters<typeof actual.dispatchOutsideInput>) => {
      calls.push('outside input');
      actual.dispatchOutsideInput(...args);
    },
  };
});

// A highlight's state in miniature: an edit makes it stale, the refresh meta counts and clears it.
interface Counted {
  stale: boolean;
  refreshes: number;
}
const key = new PluginKey<Counted>('testRefresh');
const PAUSE_MS = 30;
const Stale = Extension.create({
  name: 'testStale',
  addProseMirrorPlugins: () => [
    new Plugin<Counted>({
      key,
      state: {
        init: () => ({ stale: false, refreshes: 0 }),
        apply: (tr, prev) => {
          if ((tr.getMeta(key) as { type?: string } | undefined)?.type === 'refresh') {
            calls.push('refresh');
            return { stale: false, refreshes: prev.refreshes + 1 };
          }
          return tr.docChanged ? { ...prev, stale: true } : prev;
        },
      },
      view: refreshAfterPause(key, PAUSE_MS),
    }),
  ],
});

let editor: Editor | null = null;
afterEach(() => {
  // The setTimeout spy first: restored after the fake timers, it would put the fake one back.
  vi.restoreAllMocks();
  vi.useRealTimers();
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

function makeEditor(): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: [...buildExtensions(), Stale], content: '<p>Hội nghị tổng kết năm 2018.</p>', injectCSS: false });
  return editor;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const counted = (e: Editor): Counted => key.getState(e.state)!;

describe('refreshAfterPause', () => {
  it('refreshes once after a run of edits, when they pause; not while nothing is stale', async () => {
    const e = makeEditor();
    await pause(PAUSE_MS * 3);
    expect(counted(e)).toEqual({ stale: false, refreshes: 0 });
    for (let i = 0; i < 3; i++) e.view.dispatch(e.state.tr.insertText('x', 2));
    expect(counted(e)).toEqual({ stale: true, refreshes: 0 });
    await pause(PAUSE_MS * 3);
    expect(counted(e)).toEqual({ stale: false, refreshes: 1 });
  });

  it('dispatches the refresh as a transaction from outside input (DOM selection read first)', async () => {
    const e = makeEditor();
    e.view.dispatch(e.state.tr.insertText('x', 2));
    calls.length = 0;
    await pause(PAUSE_MS * 3);
    expect(calls).toEqual(['outside input', 'refresh']);
  });

  it('sets one timer per pause, not one per key: 50 keystrokes 1 ms apart set at most run / pause + 2, not 50', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const e = makeEditor();
    const fake = globalThis.setTimeout;
    let ours = 0;
    // Only the plugin's timers count (ProseMirror sets some too): the frame calling setTimeout is its scheduler.
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((...args: Parameters<typeof setTimeout>) => {
      const caller = new Error().stack?.split('\n').find((line) => !line.includes('refresh-after-pause.test.ts') && !line.includes('node_modules') && /\.tsx?:/.test(line));
      if (caller !== undefined && /(scheduler|refresh-after-pause)\.ts:/.test(caller)) ours += 1;
      return fake(...args);
    }) as typeof setTimeout);
    for (let i = 0; i < 50; i++) {
      e.view.dispatch(e.state.tr.insertText('x', 2));
      vi.advanceTimersByTime(1);
    }
    expect(counted(e)).toEqual({ stale: true, refreshes: 0 });
    vi.advanceTimersByTime(PAUSE_MS * 3);
    expect(counted(e)).toEqual({ stale: false, refreshes: 1 });
    expect(ours).toBeGreaterThanOrEqual(1);
    expect(ours).toBeLessThanOrEqual(Math.ceil(50 / PAUSE_MS) + 2);
  });

  it('a view destroyed during the pause is left alone', async () => {
    const e = makeEditor();
    e.view.dispatch(e.state.tr.insertText('x', 2));
    e.destroy();
    editor = null;
    await pause(PAUSE_MS * 3);
    expect(key.getState(e.state)).toEqual({ stale: true, refreshes: 0 });
  });
});
