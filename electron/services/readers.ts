/**
 * The calls the app, the browser host and the CLI make to read outside input: each one a task of
 * the bounded reader (bounded-reader.ts), with a budget from the input's size. Same results and
 * errors as the parsers they wrap, plus AppFailure('too-complex') past a limit.
 */
import * as fsp from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReleaseKind } from '../../core/document/release';
import type { DocxOptions } from '../../core/export/docx';
import type { ExportInput } from '../../core/export/types';
import { TrustedFileError, type TrustedList } from '../../core/signoff/trusted';
import type { AppError, FileFingerprint } from '../api';
import { budgetFor, createBoundedReader, defaultReaderEntry, type BoundedReader } from './bounded-reader';
import { checkImage } from './asset-store';
import { webpPhotos } from './docx-export';
import { toAppError } from './errors';
import type { LoadedRelease } from './files';
import type { ImportedFile } from './import-file';
import { ownedBytes, transferOf } from './reader-protocol';
import type { ReaderTasks } from './reader-tasks';
import { WebpDecodeError, type Transcoded } from './webp-transcode';

/** 1,000 approvers and 5,000 withdrawn approvals (the schemas' maxima) pretty-print to under 2 MB. */
export const MAX_TRUSTED_LIST_BYTES = 4 * 1024 * 1024;

let entry: URL | null = null;
let shared: BoundedReader<ReaderTasks> | null = null;

/** Where the worker entry is, when the default (beside this module's bundle) does not fit. */
export function configureReaders(options: { entry: URL }): void {
  entry = options.entry;
  const old = shared;
  shared = null;
  void old?.close();
}

/** The one reader of this process (one worker, started on first use, ended when idle). */
export function readers(): BoundedReader<ReaderTasks> {
  shared ??= createBoundedReader<ReaderTasks>({ entry: entry ?? defaultReaderEntry() });
  return shared;
}

const sizeOf = async (path: string): Promise<number> => (await fsp.stat(path).catch(() => null))?.size ?? 0;

/** Opens (or verifies) a .pressdesk file: readReleaseFile in the worker. */
export async function openReleaseFile(path: string): Promise<LoadedRelease & { fingerprint: FileFingerprint }> {
  return readers().run('openFile', { path }, budgetFor(await sizeOf(path)));
}

/**
 * Opens .pressdesk bytes (a drop, a recovery copy): loadFromBytes in the worker. The bytes are moved: do not use them after.
 * withoutAssets: a recovery copy whose photos are kept beside it (no assets come back).
 */
export async function openReleaseBytes(bytes: Uint8Array, options: { withoutAssets?: boolean } = {}): Promise<LoadedRelease> {
  const owned = ownedBytes(bytes);
  const input = options.withoutAssets === true ? { bytes: owned, withoutAssets: true } : { bytes: owned };
  return readers().run('openBytes', input, { transfer: transferOf([owned]), ...budgetFor(owned.length) });
}

/** Imports a .txt/.md/.html/.docx: importFromPath in the worker; the photos it kept go into `store`. */
export async function importFileBounded(path: string, kind: ReleaseKind, store: { put(hash: string, bytes: Uint8Array): Promise<void> }): Promise<ImportedFile> {
  const { imported, images } = await readers().run('importFile', { path, kind }, budgetFor(await sizeOf(path)));
  for (const [hash, bytes] of images) await store.put(hash, bytes);
  return imported;
}

/** Reads a trusted-approvers list (TrustedFileError when it is not one; too-large past `maxBytes`). */
export async function readTrustedList(path: string, maxBytes = MAX_TRUSTED_LIST_BYTES): Promise<TrustedList> {
  return readers().run('trustedList', { path, maxBytes }, budgetFor(Math.min(await sizeOf(path), maxBytes)));
}

/** webpTranscoder's shape, each photo decoded in the worker (WebpDecodeError when it cannot be). */
export function boundedWebpTranscoder(): (bytes: Uint8Array, pixels: number) => Promise<Transcoded> {
  return (bytes, pixels) => {
    // A copy: the caller's photo stays usable. The pixel count comes from the header the caller checked
    // (at most 40 MP): a 12 MP photo took +306 MB and 11.5 s on a busy 2-core machine (load 13), in the
    // worker or not, hence 16 bytes and 2 ms per thousand pixels over the base budget.
    const copy = new Uint8Array(bytes);
    const budget = budgetFor(copy.length);
    return readers().run('transcodeWebp', { bytes: copy }, {
      transfer: transferOf([copy]),
      memoryMb: budget.memoryMb + Math.ceil((16 * pixels) / 2 ** 20),
      timeMs: budget.timeMs + Math.ceil(pixels / 500),
    });
  };
}

/**
 * A DOCX export's time limit: our own code on the release the user is editing, not a hostile
 * file's, so far above the readers' 4 s. The 20,000-word release with 30 photos builds and packs in
 * about 0.3 s and a 12 MP WebP transcodes in 2.4 s (11.5 s on a busy 2-core machine, load 13):
 * one minute, plus the transcode allowance per WebP pixel and the readers' per-byte allowance.
 */
export const DOCX_EXPORT_TIME_MS = 60_000;

/**
 * The whole DOCX export (WebP transcode, build, pack) in the bounded reader's worker, so that the
 * main process keeps answering calls meanwhile; `options` reach buildDocx as they are. The input
 * is copied to the worker (the caller's photos stay usable) and the bytes come back moved.
 */
export async function docxExportBounded(input: ExportInput, options: DocxOptions): Promise<Uint8Array> {
  let photoBytes = 0;
  for (const bytes of input.assets.values()) photoBytes += bytes.length;
  // Only the WebPs are decoded (width x height x 4, twice over with the JPEG encoder's copy): 16 bytes a pixel, as one transcode.
  const pixels = webpPhotos(input).reduce((n, p) => n + p.pixels, 0);
  const budget = budgetFor(photoBytes);
  return readers().run('docxExport', { input, options }, {
    memoryMb: budget.memoryMb + Math.ceil((16 * pixels) / 2 ** 20),
    timeMs: DOCX_EXPORT_TIME_MS + budget.timeMs + Math.ceil(pixels / 500),
  });
}

/**
 * One call for the hostile-corpus tests and the bench: reads an outside file the way the app does,
 * chosen by its extension (.pressdesk opens; .txt/.md/.markdown/.html/.htm/.docx import; .json is a
 * trusted-approvers list; a photo has its header checked and a WebP is decoded for Word). Returns
 * what the user would be told, or null when the file was taken. Never throws.
 */
export async function readOutsideFile(path: string): Promise<AppError | null> {
  try {
    const ext = extname(path).toLowerCase();
    if (ext === '.pressdesk') await openReleaseFile(path);
    else if (['.txt', '.md', '.markdown', '.html', '.htm', '.docx'].includes(ext)) await importFileBounded(path, 'news', { put: async () => undefined });
    else if (ext === '.json') await readTrustedList(path);
    else {
      const bytes = new Uint8Array(await fsp.readFile(path));
      const info = checkImage(bytes, path);
      if (info.ext === 'webp') await boundedWebpTranscoder()(bytes, info.width * info.height);
    }
    return null;
  } catch (e) {
    // As the DOCX export (export-writer.ts) and the list import (signoff-handlers.ts) say them.
    if (e instanceof WebpDecodeError) return { code: 'image-refused', params: { reason: 'webp-unreadable' } };
    if (e instanceof TrustedFileError) return { code: 'import-failed', params: { reason: e.message.slice(0, 300) } };
    return toAppError(e);
  }
}
