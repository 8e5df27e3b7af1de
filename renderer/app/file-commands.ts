/**
 * New, Open, Save, Save As, drop, restore and close: each asks the main process through
 * `desktop`, shows a failed Result as a sentence, and leaves the current document untouched
 * unless the action succeeded.
 */
import type { AppError, FileFingerprint, RecoveryEntry } from '../desktop';
import type { Release, ReleaseKind } from '../../core/document/release';
import { normalizeRelease } from '../../core/vi/nfc';
import { desktop } from '../desktop';
import { readAsBase64 } from '../lib/read-file';
import { cancelAutosave, discardRecovery, knownRecovery } from './autosave';
import {
  bodyRefusal,
  changeVersion,
  currentRelease,
  documentName,
  documentStore,
  loadDocument,
  markSaved,
  type LoadRequest,
} from './document-store';
import { askChangedOnDisk, askUnsaved, dismissError, setRecoveryOffer, setSettings, showError, uiStore } from './ui-store';

/**
 * Replace the open document; the old one's recovery copy goes (its edits were saved or declined).
 * A body the editor cannot show is refused with a message, and the open document stays.
 */
export function replaceDocument(request: LoadRequest): void {
  const old = documentStore.get();
  const refused = bodyRefusal(request.release.body);
  if (refused !== null) return showError(refused);
  cancelAutosave();
  dismissError(); // an older failure no longer describes what is on screen
  loadDocument(request);
  if (old.recoveryId !== documentStore.get().recoveryId) void discardRecovery(old.recoveryId);
}

/** Open and Save update the recent files in the main process; fetch the fresh list. */
async function refreshSettings(): Promise<void> {
  const result = await desktop.updateSettings({});
  if (result.ok) setSettings(result.value);
}

/** With unsaved changes, ask Save / Don't save / Cancel. True when it is fine to go on. */
export async function settleUnsaved(): Promise<boolean> {
  const s = documentStore.get();
  if (!s.dirty) return true;
  const answer = await askUnsaved(documentName(s));
  if (answer === 'cancel') return false;
  if (answer === 'save') return save();
  return true;
}

export async function newDocument(kind: ReleaseKind): Promise<void> {
  if (!(await settleUnsaved())) return;
  const result = await desktop.newReleaseKind({ kind });
  if (!result.ok) return showError(result.error);
  replaceDocument({ release: result.value });
}

/** Open a file: from the dialog (no path), a recent file or the command line (a path). */
export async function openDocument(path?: string): Promise<void> {
  // Read first, ask second: a refused file never disturbs the draft on screen.
  const result = await desktop.openFile(path === undefined ? {} : { path });
  if (!result.ok) {
    await refreshSettings(); // a missing recent file may have been dropped from the list
    return showError(result.error);
  }
  if (result.value === null) return;
  const opened = result.value;
  if (!(await settleUnsaved())) return;
  replaceDocument({ release: opened.release, path: opened.path, fingerprint: opened.fingerprint });
  await refreshSettings();
}

/** A file dropped on the window: by path where the host knows it, else by its bytes. */
export async function openDroppedFile(file: File): Promise<void> {
  const path = desktop.pathForFile(file);
  if (path !== null) return openDocument(path);
  const bytes = await readAsBase64(file);
  if (!bytes.ok) return showError(bytes.error);
  const result = await desktop.openDroppedBytes({ name: file.name, base64: bytes.value });
  if (!result.ok) return showError(result.error);
  if (!(await settleUnsaved())) return;
  replaceDocument({ release: result.value.release, name: result.value.name });
}

let saving: Promise<boolean> | null = null;

interface SaveTarget {
  path: string | null;
  saveAs: boolean;
  expected: FileFingerprint | null;
  overwriteChanged: boolean;
}

async function runSave(target: SaveTarget): Promise<boolean> {
  const savedVersion = changeVersion();
  const release: Release = normalizeRelease(currentRelease());
  const result = await desktop.saveFile({ release, ...target });
  if (!result.ok) return saveFailed(result.error, target);
  if (result.value === null) return false; // the user cancelled the dialog
  // The recovery copy goes before the window says "saved": a quit right after seeing the file's
  // name must not leave a stale copy to be offered at the next start.
  if (changeVersion() === savedVersion) {
    cancelAutosave();
    await discardRecovery(documentStore.get().recoveryId);
  }
  markSaved(result.value.path, result.value.fingerprint, savedVersion);
  dismissError();
  await refreshSettings();
  return true;
}

async function saveFailed(error: AppError, target: SaveTarget): Promise<boolean> {
  if (error.code !== 'changed-on-disk' || target.overwriteChanged) {
    showError(error);
    return false;
  }
  const answer = await askChangedOnDisk();
  if (answer === 'overwrite') return runSave({ ...target, overwriteChanged: true });
  if (answer === 'save-as') return runSave({ ...target, saveAs: true, overwriteChanged: false });
  return false;
}

/** One save at a time: a second Ctrl+S while writing waits for the first. */
function exclusive(run: () => Promise<boolean>): Promise<boolean> {
  if (saving !== null) return saving;
  saving = run().finally(() => {
    saving = null;
  });
  return saving;
}

export function save(): Promise<boolean> {
  const s = documentStore.get();
  return exclusive(() => runSave({ path: s.path, saveAs: s.path === null, expected: s.fingerprint, overwriteChanged: false }));
}

export function saveAs(): Promise<boolean> {
  const s = documentStore.get();
  return exclusive(() => runSave({ path: s.path, saveAs: true, expected: s.fingerprint, overwriteChanged: false }));
}

/** Close the window, asking first about unsaved changes; the recovery copy goes with a decided close. */
export async function requestClose(): Promise<void> {
  if (!(await settleUnsaved())) return;
  cancelAutosave();
  await discardRecovery(documentStore.get().recoveryId);
  const result = await desktop.closeWindow({});
  if (!result.ok) showError(result.error);
}

/** Start-up offers: restore one recovered document (unsaved, bound to its original path). */
export async function restoreRecovery(entry: RecoveryEntry): Promise<void> {
  const result = await desktop.readRecovery({ id: entry.id });
  if (!result.ok) return showError(result.error);
  if (!(await settleUnsaved())) return;
  knownRecovery(entry.id);
  const restored = result.value.entry;
  // The fingerprint the edits were based on, as for an opened file: Save asks if the file changed
  // on disk since (older copies have none, and overwrite as they always did).
  replaceDocument({ release: result.value.release, path: restored.path, fingerprint: restored.fingerprint ?? null, dirty: true, recoveryId: entry.id });
  // One document at a time: the other copies stay on disk and are offered again next start.
  setRecoveryOffer([]);
}

export async function discardRecoveryEntry(entry: RecoveryEntry): Promise<void> {
  knownRecovery(entry.id);
  await discardRecovery(entry.id);
  setRecoveryOffer(uiStore.get().recovery.filter((e) => e.id !== entry.id));
}
