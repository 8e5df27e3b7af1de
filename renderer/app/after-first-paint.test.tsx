// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const frames: FrameRequestCallback[] = [];
const idles: IdleRequestCallback[] = [];
beforeAll(() => {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
});
afterAll(() => vi.unstubAllGlobals());

describe('useAfterFirstPaint', () => {
  it('is false until the first frame is painted and the page is idle, then true, and true at once for later documents', async () => {
    // A fresh module: its "painted" state starts false.
    vi.resetModules();
    const { useAfterFirstPaint } = await import('./after-first-paint');
    const seen: boolean[] = [];
    function Panels({ name }: { name: string }) {
      const ready = useAfterFirstPaint();
      seen.push(ready);
      return <p data-name={name}>{ready ? 'panels' : 'empty'}</p>;
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(<Panels name="first" />));
    expect(host.textContent).toBe('empty');
    expect(frames).toHaveLength(1);
    await act(async () => frames.shift()!(0));
    expect(host.textContent).toBe('empty'); // painted, not idle yet
    expect(idles).toHaveLength(1);
    await act(async () => idles.shift()!({ didTimeout: false, timeRemaining: () => 10 }));
    expect(host.textContent).toBe('panels');
    // The next document's workspace: no waiting.
    seen.length = 0;
    await act(async () => root.render(<Panels key="second" name="second" />));
    expect(seen[0]).toBe(true);
    expect(host.textContent).toBe('panels');
    expect(frames).toHaveLength(0);
    await act(async () => root.unmount());
  });
});
