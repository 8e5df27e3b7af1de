/**
 * File ▸ "Merge a reviewer's copy…": the main process reads the copy and merges it into the
 * release on screen (core/review/merge.ts); the result replaces it in the editor, unsaved, under
 * the same file, and the report says what came in and what could not be placed.
 */
import type { MergeReport } from '../../core/review/merge';
import { desktop } from '../desktop';
import { createStore } from '../lib/store';
import { changeVersion, currentRelease, documentStore, loadDocument } from './document-store';
import { showError } from './ui-store';

export interface MergeNotice {
  /** The copy's file name. */
  name: string;
  report: MergeReport;
}

/** The last merge's report while it is shown; null when closed. */
export const mergeStore = createStore<MergeNotice | null>(null);

export const closeMergeReport = (): void => mergeStore.set(null);

/** Edits typed while a merge ran are merged again with the copy, at most this many times. */
const MAX_ATTEMPTS = 3;

export async function mergeReviewedCopy(path?: string): Promise<void> {
  let copy = path;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const session = documentStore.get().session;
    const version = changeVersion();
    const result = await desktop.mergeReviewedCopy({ release: currentRelease(), ...(copy ? { path: copy } : {}) });
    if (!result.ok) return showError(result.error);
    if (result.value === null) return;
    // Another document was opened meanwhile: the merge was for the one before it.
    if (documentStore.get().session !== session) return;
    // Typed while it ran: merge the same copy again into the text as it is now.
    if (changeVersion() !== version) {
      copy = result.value.path;
      continue;
    }
    const { release, name, report } = result.value;
    const s = documentStore.get();
    // The same document with the reviewer's work in it: same file, same recovery entry, not saved yet.
    const refused = loadDocument({ release, path: s.path, name: s.name, fingerprint: s.fingerprint, recoveryId: s.recoveryId, dirty: true });
    if (refused !== null) return showError(refused);
    mergeStore.set({ name, report });
    return;
  }
}
