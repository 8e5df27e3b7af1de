/**
 * The paste pipeline (paste-pipeline.ts) is loaded on its own, after the first paint: the
 * window takes keys without compiling an HTML parser it needs only on paste. `pastePipeline()`
 * is synchronous for ProseMirror's paste hooks; it is null until the chunk is in.
 */
import type * as Pipeline from './paste-pipeline';

type PastePipeline = typeof Pipeline;

let loaded: PastePipeline | null = null;
let loading: Promise<PastePipeline> | null = null;

export function pastePipeline(): PastePipeline | null {
  return loaded;
}

export function loadPastePipeline(): Promise<PastePipeline> {
  loading ??= import('./paste-pipeline').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null; // a later paste tries again
      throw error;
    },
  );
  return loading;
}

/** Loads it once the browser is idle (at the latest after `timeout` ms), so a paste soon after start does not wait. */
export function preloadPastePipeline(timeout = 1000): void {
  const load = (): void => void loadPastePipeline().catch(() => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout });
  else setTimeout(load, 0);
}
