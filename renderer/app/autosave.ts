/**
 * Autosave to the recovery folder: at most 1 s after the last change, at least every 5 s while
 * typing goes on. The release is built only when a write happens. Writes and discards go through
 * one queue, so a discard after a save can never be overtaken by a slower write.
 */
import { desktop } from '../desktop';
import { createScheduler } from '../lib/scheduler';
import { currentRelease, documentStore, markRecovered, onDocumentChange } from './document-store';
import { showError } from './ui-store';

export const AUTOSAVE_WAIT_MS = 1000;
export const AUTOSAVE_MAX_WAIT_MS = 5000;

let queue: Promise<unknown> = Promise.resolve();
/** Recovery ids with a copy on disk (written now, or offered at start-up). */
const onDisk = new Set<string>();

function enqueue<T>(op: () => Promise<T>): Promise<T> {
  const next = queue.then(op, op);
  queue = next.catch(() => undefined);
  return next;
}

async function writeNow(): Promise<void> {
  const s = documentStore.get();
  if (!s.dirty) return;
  const id = s.recoveryId;
  const release = currentRelease();
  // Counted as on disk before the write lands, so a discard queued meanwhile follows it.
  onDisk.add(id);
  // The file's fingerprint goes with the copy: after a restore, Save still notices changes on disk.
  const result = await enqueue(() => desktop.writeRecovery({ id, path: s.path, fingerprint: s.fingerprint, release }));
  if (!result.ok) {
    showError(result.error);
    return;
  }
  // Only if the document is still the one written (not replaced or saved meanwhile).
  const now = documentStore.get();
  if (now.recoveryId === id && now.dirty) markRecovered(result.value.savedAt);
}

const scheduler = createScheduler(() => void writeNow(), { wait: AUTOSAVE_WAIT_MS, maxWait: AUTOSAVE_MAX_WAIT_MS });

/** Starts autosave; the stop function also cancels a pending write (as checks.ts does). */
export function startAutosave(): () => void {
  const stop = onDocumentChange(() => scheduler.schedule());
  return () => {
    stop();
    scheduler.cancel();
  };
}

/** Stop a pending write (the document was saved, replaced or is closing). */
export function cancelAutosave(): void {
  scheduler.cancel();
}

/** A recovery copy that exists on disk already (offered at start-up, or restored). */
export function knownRecovery(id: string): void {
  onDisk.add(id);
}

/** Remove the recovery copy for `id`, if one was written; resolves once it is gone. */
export function discardRecovery(id: string): Promise<void> {
  if (!onDisk.has(id)) return queue.then(() => undefined);
  onDisk.delete(id);
  return enqueue(async () => {
    const result = await desktop.discardRecovery({ id });
    if (!result.ok && result.error.code !== 'not-found') showError(result.error);
  });
}
