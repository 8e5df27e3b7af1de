/**
 * The open document. Metadata (everything but the body) lives here, in an external store that
 * components subscribe to slice by slice; the body lives in the TipTap editor and is read out
 * (getJSON) only when a release is needed — save, autosave, counts — never per keystroke.
 */
import type { Editor } from '@tiptap/core';
import type { FileFingerprint } from '../desktop';
import { usedAssets } from '../../core/document/asset-list';
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

export function loadDocument(request: LoadRequest): void {
  request.release.assets.forEach(rememberAsset);
  documentStore.set(stateFor(request, documentStore.get().session + 1));
  version++;
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
