/**
 * The history of a release (issue 9): the snapshots kept at its workflow moves, "Compare with…"
 * (a snapshot against the text as it is now, read-only), "Changes since my last review" (the last
 * snapshot of a move this installation's key made) and "Restore as suggestions" (the snapshot's
 * text back as suggestions by the current user, after asking; never silently over the text).
 */
import type { HistoryEntry } from '../../core/document/history-entry';
import { historyFileHash } from '../../core/document/history-names';
import type { ReleaseBody } from '../../core/document/release';
import { compareWithSnapshot, restoreAsSuggestions, type Comparison } from '../../core/review/compare';
import type { Body } from '../../core/review/diff';
import type { SnapshotContent } from '../../core/review/snapshot';
import { desktop } from '../desktop';
import { SUGGESTING_BYPASS } from '../editor/extensions/suggest-changes';
import { createStore } from '../lib/store';
import { currentEditor, currentRelease, documentStore } from './document-store';
import { askConfirm, showError, uiStore } from './ui-store';

export { lastSnapshotBy } from '../../core/review/versions';

export interface OpenComparison {
  entry: HistoryEntry;
  snapshot: SnapshotContent;
  comparison: Comparison;
  /** The document it was made for: another one loaded meanwhile closes it. */
  session: number;
}

export const comparisonStore = createStore<OpenComparison | null>(null);

/** This installation's key fingerprint, asked once ('' until known or when the key cannot be read). */
export const fingerprintStore = createStore<string>('');
let asked = false;
export function loadFingerprint(): void {
  if (asked) return;
  asked = true;
  void desktop.getIdentity({}).then((result) => {
    if (result.ok) fingerprintStore.set(result.value.fingerprint);
    else asked = false;
  });
}

/** Shows a snapshot against the text as it is now. */
export async function compareWith(entry: HistoryEntry): Promise<void> {
  const hash = historyFileHash(entry.file);
  if (hash === null) return;
  const session = documentStore.get().session;
  const result = await desktop.readSnapshot({ hash });
  if (!result.ok) {
    showError(result.error);
    return;
  }
  if (session !== documentStore.get().session) return;
  const comparison = compareWithSnapshot(result.value, currentRelease());
  comparisonStore.set({ entry, snapshot: result.value, comparison, session });
}

export function closeComparison(): void {
  comparisonStore.set(null);
}

/** Who the current user is, as a suggestion's author. */
function currentSuggester(): { by: string; name: string; initials: string; at: string } {
  const profile = uiStore.get().settings?.profile;
  const name = profile?.fullName || profile?.penName || '';
  const initials = (profile?.initials.trim() || name.split(/\s+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('')).slice(0, 8);
  return { by: fingerprintStore.get(), name, initials, at: new Date().toISOString() };
}

/**
 * After asking: the open comparison's snapshot comes back over the body as suggestions by the
 * current user (one undo step), to accept or reject like any other. Returns how many were made.
 */
export async function restoreOpenComparison(question: { title: string; message: string; confirmLabel: string }): Promise<number | null> {
  const open = comparisonStore.get();
  const editor = currentEditor();
  // A locked (approved) release's editor is read-only: its text is not replaced behind that.
  if (open === null || editor === null || editor.isDestroyed || !editor.isEditable) return null;
  closeComparison();
  if (!(await askConfirm({ ...question, testId: 'confirm-restore' }))) return null;
  if (open.session !== documentStore.get().session) return null;
  const restored = restoreAsSuggestions(editor.getJSON() as Body, open.snapshot, currentSuggester());
  if (restored.suggestionIds.length === 0) return 0;
  // The suggestions are the change: Suggesting mode must not record the replacement itself again.
  editor
    .chain()
    .command(({ tr }) => {
      tr.setMeta(SUGGESTING_BYPASS, true);
      return true;
    })
    .setContent(restored.body as ReleaseBody, { emitUpdate: true })
    .run();
  return restored.suggestionIds.length;
}
