/**
 * The first start renders what the first key needs (sheet fields, body editor) in its first
 * commit; the side panel, comments column and status bar follow once that frame is painted and the
 * page is idle, as a transition (keys still land between its slices). Later documents render
 * everything at once.
 */
import { startTransition, useEffect, useState } from 'react';

let painted = false;
const waiting = new Set<() => void>();
let scheduled = false;

function release(): void {
  if (painted) return;
  painted = true;
  const callbacks = [...waiting];
  waiting.clear();
  startTransition(() => {
    for (const callback of callbacks) callback();
  });
}

/** Once the next frame is painted and the page is idle (a key typed meanwhile goes first); a timer as well, as a hidden window draws no frames. */
function whenPainted(callback: () => void): () => void {
  if (painted) {
    callback();
    return () => undefined;
  }
  waiting.add(callback);
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => requestIdleCallback(release, { timeout: 500 }));
    setTimeout(release, 1_000);
  }
  return () => {
    waiting.delete(callback);
  };
}

/** False in the first start's first commit, true once the page is idle after that frame (and always afterwards). */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(painted);
  useEffect(() => (ready ? undefined : whenPainted(() => setReady(true))), [ready]);
  return ready;
}
