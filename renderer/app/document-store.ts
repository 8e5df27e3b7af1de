/**
 * The open document. Metadata (everything but the body) lives here, in an external store that
 * components subscribe to slice by slice; the body lives in the TipTap editor and is read out
 * (getJSON) only when a release is needed — save, autosave, counts — never per keystroke.
 */
import type { Editor } from '@tiptap/core';
import type { AppError, FileFingerprint } from '../desktop';
import { usedAssets } from '../../core/document/asset-list';
import { checkBody, describeBodyProblem } from '../../core/document/body-check';
import type { Asset, Release, ReleaseBody } from '../../core/document/release';
import { normalizeRelease } from '../../core/vi/nfc';
import { createStore } from '../lib/store';
import { blankRelease } from './release-kinds';

export type ReleaseMeta = Omit<Release, 'body'>;

export interface DocumentState {
  /** Bumps on every load (new, open, restore): the editor is created afresh, with an empty undo history. */
  session: number;
  /** The body as loaded; the editor holds the live one. */
  initialBody: ReleaseBody;
  meta: ReleaseMeta;
  path: string | null;
  /** Shown when there is no path (a file dropped in the browser host). */
  name: string | null;
  fingerprint: FileFingerprint | null;
  /** Autosave writes unsaved edits under this id. */
  recoveryId: string;
  dirty: boolean;
  /** When the last recovery copy of these edits was written (ISO), or null. */
  recoveredAt: string | null;
}

export interface LoadRequest {
  release: Release;
  path?: string | null;
  name?: string | null;
  fingerprint?: FileFingerprint | null;
  dirty?: boolean;
  recoveryId?: string;
}

function split(release: Release): { meta: ReleaseMeta; body: ReleaseBody } {
  const { body, ...meta } = normalizeRelease(release);
  return { meta, body };
}

function stateFor(request: LoadRequest, session: number): DocumentState {
  const { meta, body } = split(request.release);
  return {
    session,
    initialBody: body,
    meta,
    path: request.path ?? null,
    name: request.name ?? null,
    fingerprint: request.fingerprint ?? null,
    recoveryId: request.recoveryId ?? crypto.randomUUID(),
    dirty: request.dirty ?? false,
    recoveredAt: null,
  };
}

export const documentStore = createStore<DocumentState>(stateFor({ release: blankRelease('news') }, 0));

/** Counts changes; a save compares it to know whether edits arrived while it was writing. */
let version = 0;
let editor: Editor | null = null;
/**
 * Every image seen this session (loaded or inserted), by hash: a figure deleted and brought back
 * by undo, or pasted from another release, still has its metadata. Never rendered from.
 */
const knownAssets = new Map<string, Asset>();

/** An inserted photo: its metadata joins the release once a figure uses it. */
export function rememberAsset(asset: Asset): void {
  knownAssets.set(asset.hash, asset);
}

export function isKnownAsset(hash: string): boolean {
  return knownAssets.has(hash);
}
const changeListeners = new Set<() => void>();

/** Called for every edit (body or metadata): autosave and the counts schedule themselves from here. */
export function onDocumentChange(listener: () => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function changed(): void {
  version++;
  for (const listener of changeListeners) listener();
}

/** The body editor announces itself; one at a time (a new session replaces the old one). */
export function attachEditor(next: Editor): () => void {
  editor = next;
  return () => {
    if (editor === next) editor = null;
  };
}

export function currentEditor(): Editor | null {
  return editor;
}

/** The editor's body changed: mark dirty once (one store notification, not one per keystroke). */
export function bodyChanged(): void {
  if (!documentStore.get().dirty) documentStore.update((s) => ({ ...s, dirty: true }));
  changed();
}

export function updateMeta(patch: (meta: ReleaseMeta) => ReleaseMeta): void {
  documentStore.update((s) => ({ ...s, meta: patch(s.meta), dirty: true }));
  changed();
}

/**
 * The release as it stands: metadata plus the editor's body, listing exactly the images its
 * figures use (a deleted photo's bytes are not saved). Costs a getJSON — call it rarely.
 */
export function currentRelease(): Release {
  const s = documentStore.get();
  const body = editor !== null && !editor.isDestroyed ? (editor.getJSON() as ReleaseBody) : s.initialBody;
  return { ...s.meta, body, assets: usedAssets(body, [...s.meta.assets, ...knownAssets.values()]) };
}

export function changeVersion(): number {
  return version;
}

/** The document on screen before this one, with its live body: what comes back if this one cannot be shown. */
let previous: DocumentState | null = null;
/** The change count when this document was loaded: unchanged since, going back loses nothing. */
let loadedAt = 0;
/** Whether this document was already rebuilt once after failing to show. */
let rebuilt = false;

function liveBody(s: DocumentState): ReleaseBody {
  try {
    return editor !== null && !editor.isDestroyed ? (editor.getJSON() as ReleaseBody) : s.initialBody;
  } catch {
    return s.initialBody; // an editor that broke may not serialise
  }
}

/**
 * Why the editor cannot show this body (core's one body schema), or null. The main process has
 * already checked it; this keeps anything that got past from blanking the editor.
 */
export function bodyRefusal(body: unknown): AppError | null {
  const problem = checkBody(body);
  return problem === null ? null : { code: 'corrupt', params: { reason: 'invalid-body', detail: describeBodyProblem(problem) } };
}

/** Shows `request` in a fresh editor; a body the editor cannot show is refused (returned) and nothing changes. */
export function loadDocument(request: LoadRequest): AppError | null {
  const refused = bodyRefusal(request.release.body);
  if (refused !== null) return refused;
  request.release.assets.forEach(rememberAsset);
  const s = documentStore.get();
  previous = { ...s, initialBody: liveBody(s) };
  documentStore.set(stateFor(request, s.session + 1));
  loadedAt = ++version;
  rebuilt = false;
  return null;
}

/**
 * The workspace threw while showing the document (components/document-boundary.tsx). Unchanged
 * since it was loaded: the previous document comes back in a fresh editor. Edited: it is rebuilt
 * once from its live body (a second failure, unedited, then goes back). Says which, or null when
 * nothing is left to show.
 */
export function recoverFromRenderFailure(): 'previous' | 'redrawn' | null {
  const s = documentStore.get();
  const rebuild = version !== loadedAt && !rebuilt;
  const back = rebuild ? { ...s, initialBody: liveBody(s) } : previous;
  if (back === null || bodyRefusal(back.initialBody) !== null) return null;
  // Going back happens once: if the previous document fails too, nothing is left to try.
  if (!rebuild) previous = null;
  rebuilt = rebuild;
  documentStore.set({ ...back, session: s.session + 1 });
  loadedAt = ++version;
  return rebuild ? 'redrawn' : 'previous';
}

/** A save finished: clean, unless edits arrived after `savedVersion` was read. */
export function markSaved(path: string, fingerprint: FileFingerprint, savedVersion: number): void {
  documentStore.update((s) => ({
    ...s,
    path,
    name: null,
    fingerprint,
    dirty: version !== savedVersion,
    recoveredAt: version !== savedVersion ? s.recoveredAt : null,
  }));
}

export function markRecovered(at: string): void {
  documentStore.update((s) => ({ ...s, recoveredAt: at }));
}

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** What to call the document: its file name, the dropped file's name, or null for "Untitled". */
export function documentName(s: DocumentState): string | null {
  return s.path !== null ? fileNameOf(s.path) : s.name;
}
