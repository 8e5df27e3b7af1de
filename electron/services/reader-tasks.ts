/**
 * The tasks the bounded reader runs in its worker: every parse of outside input. The parsers
 * themselves stay where they are (core/, files.ts, import-file.ts, webp-transcode.ts); a task only
 * calls one and hands back plain data, moving byte buffers instead of copying them.
 * Imported by the worker entry only (the parent imports its type). Each task loads its parser on
 * first use: verifying a file from the CLI should not wait for mammoth or the WebP codecs to load.
 */
import * as fsp from 'node:fs/promises';
import type { Asset, ReleaseKind } from '../../core/document/release';
import type { DocxOptions } from '../../core/export/docx';
import type { ExportInput } from '../../core/export/types';
import type { TrustedList } from '../../core/signoff/trusted';
import type { FileFingerprint } from '../api';
import { AppFailure } from './errors';
import type { LoadedRelease } from './files';
import type { ImageSink, ImportedFile } from './import-file';
import { ownedBytes, transferOf, type TaskResult } from './reader-protocol';
import type { Transcoded } from './webp-transcode';

/** A release, its photos and snapshot files, each in a buffer of its own (moved to the parent, not copied). */
function movingAssets<T extends { assets: Map<string, Uint8Array>; history: Map<string, Uint8Array> }>(loaded: T): TaskResult<T> {
  const owned = (from: Map<string, Uint8Array>): Map<string, Uint8Array> => new Map([...from].map(([hash, bytes]) => [hash, ownedBytes(bytes)]));
  const assets = owned(loaded.assets);
  const history = owned(loaded.history);
  return { value: { ...loaded, assets, history }, transfer: transferOf([...assets.values(), ...history.values()]) };
}

/** Imported photos are checked here (type by content, size, pixels) and hashed; the parent keeps them. */
async function collectingSink(): Promise<ImageSink & { images: Map<string, Uint8Array> }> {
  const [{ checkImage }, { sha256Hex }] = await Promise.all([import('./asset-store'), import('./files')]);
  const images = new Map<string, Uint8Array>();
  return {
    images,
    addImage(bytes: Uint8Array, name: string): Asset {
      const info = checkImage(bytes, name);
      const hash = sha256Hex(bytes);
      images.set(hash, ownedBytes(bytes));
      return { hash, ...info, bytes: bytes.length };
    },
  };
}

export interface ImportedWithImages {
  imported: ImportedFile;
  /** The photos the release lists, by hash. */
  images: Map<string, Uint8Array>;
}

export const READER_TASKS = {
  /** Opening or verifying a .pressdesk on disk (the worker reads it: its bytes never pass through the parent). */
  async openFile(input: { path: string }, reading: () => void): Promise<TaskResult<LoadedRelease & { fingerprint: FileFingerprint }>> {
    const { readReleaseFile } = await import('./files');
    reading();
    return movingAssets(await readReleaseFile(input.path));
  },

  /** A .pressdesk dropped on the window, or read by the caller. */
  async openBytes(input: { bytes: Uint8Array; withoutAssets?: boolean }, reading: () => void): Promise<TaskResult<LoadedRelease>> {
    const { loadFromBytes } = await import('./files');
    reading();
    return movingAssets(loadFromBytes(input.bytes, { withoutAssets: input.withoutAssets === true }));
  },

  /** Import of .txt/.md/.html/.docx; photos are probed here, in the worker. */
  async importFile(input: { path: string; kind: ReleaseKind }, reading: () => void): Promise<TaskResult<ImportedWithImages>> {
    const [sink, { importFromPath }] = await Promise.all([collectingSink(), import('./import-file')]);
    reading();
    const imported = await importFromPath(input.path, input.kind, sink);
    const listed = new Set(imported.release.assets.map((a) => a.hash));
    const images = new Map([...sink.images].filter(([hash]) => listed.has(hash)));
    return { value: { imported, images }, transfer: transferOf(images.values()) };
  },

  /** A trusted-approvers list. */
  async trustedList(input: { path: string; maxBytes: number }, reading: () => void): Promise<TaskResult<TrustedList>> {
    const { parseTrustedList } = await import('../../core/signoff/trusted');
    reading();
    const info = await fsp.stat(input.path);
    if (!info.isFile()) throw new AppFailure('import-failed', { reason: 'not-a-file' });
    if (info.size > input.maxBytes) throw new AppFailure('too-large', { size: info.size, limit: input.maxBytes });
    return { value: parseTrustedList(await fsp.readFile(input.path, 'utf8')) };
  },

  /** One WebP photo made fit for Word (decoding allocates width x height x 4: the worker's memory, not the app's). */
  async transcodeWebp(input: { bytes: Uint8Array }, reading: () => void): Promise<TaskResult<Transcoded>> {
    const { webpTranscoder } = await import('./webp-transcode');
    const transcode = await webpTranscoder(); // the codec's WebAssembly compiled: still loading
    reading();
    const converted = await transcode(input.bytes);
    const bytes = ownedBytes(converted.bytes);
    return { value: { ...converted, bytes }, transfer: transferOf([bytes]) };
  },

  /** A whole DOCX export (WebP photos transcoded here, then build and pack): the main process only writes the bytes. */
  async docxExport(input: { input: ExportInput; options: DocxOptions }, reading: () => void): Promise<TaskResult<Uint8Array>> {
    // core/export/docx too: buildDocxBytes imports it lazily (for the main process's sake).
    const [{ buildDocxBytes }, { webpTranscoder }] = await Promise.all([import('./docx-export'), import('./webp-transcode'), import('../../core/export/docx')]);
    reading();
    const bytes = ownedBytes(await buildDocxBytes(input.input, input.options, webpTranscoder));
    return { value: bytes, transfer: transferOf([bytes]) };
  },
};

export type ReaderTasks = typeof READER_TASKS;
