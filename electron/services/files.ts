/**
 * Reading and writing .pressdesk files on disk. Opening never writes; saving refuses to overwrite
 * a file that changed since we last saw it unless the user said so, and always goes through the
 * atomic writer.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { packRelease, unpackRelease, FileFormatError, ZIP_LIMITS } from '../../core/document/file-format';
import type { Release } from '../../core/document/release';
import { normalizeRelease } from '../../core/vi/nfc';
import type { FileFingerprint, SavedFile } from '../api';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { AppFailure } from './errors';

export const PRESSDESK_EXTENSION = '.pressdesk';
/**
 * Above this we refuse before reading: the ZIP guards would refuse it anyway, after eating memory.
 * A file is never much bigger than what it unpacks to (photos are stored): the unpacked limit plus
 * room for headers and the directory.
 */
export const MAX_FILE_BYTES = ZIP_LIMITS.maxTotalBytes + 16 * 1024 ** 2;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function hasPressdeskExtension(path: string): boolean {
  return extname(path).toLowerCase() === PRESSDESK_EXTENSION;
}

/** Saving only ever writes .pressdesk files: "report.docx" becomes "report.docx.pressdesk". */
export function ensurePressdeskExtension(path: string): string {
  return hasPressdeskExtension(path) ? path : `${path}${PRESSDESK_EXTENSION}`;
}

export async function fingerprintOf(path: string): Promise<FileFingerprint> {
  const handle = await fsp.open(path, 'r');
  try {
    const stat = await handle.stat();
    const bytes = await handle.readFile();
    return { mtimeMs: stat.mtimeMs, size: stat.size, sha256: sha256Hex(bytes) };
  } finally {
    await handle.close();
  }
}

async function fingerprintIfExists(path: string): Promise<FileFingerprint | null> {
  try {
    return await fingerprintOf(path);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return null;
    throw e;
  }
}

export function sameFingerprint(a: FileFingerprint, b: FileFingerprint): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size && a.sha256 === b.sha256;
}

/** A release read from a file, with the image bytes and the snapshot files it lists (by sha256). */
export interface LoadedRelease {
  release: Release;
  assets: Map<string, Uint8Array>;
  history: Map<string, Uint8Array>;
}

/** Unpacks bytes from a file or a drop; anything other than a FileFormatError means damaged content. */
export function loadFromBytes(bytes: Uint8Array, options: { withoutAssets?: boolean } = {}): LoadedRelease {
  try {
    const unpacked = unpackRelease(bytes, options);
    return { release: normalizeRelease(unpacked.release), assets: unpacked.assets, history: unpacked.history };
  } catch (e) {
    if (e instanceof FileFormatError || (e instanceof Error && e.name === 'FileFormatError')) throw e;
    throw new AppFailure('corrupt');
  }
}

export function releaseFromBytes(bytes: Uint8Array): Release {
  return loadFromBytes(bytes).release;
}

export function checkSize(size: number): void {
  if (size > MAX_FILE_BYTES) throw new AppFailure('too-large', { size, limit: MAX_FILE_BYTES });
}

export async function readReleaseFile(path: string): Promise<LoadedRelease & { fingerprint: FileFingerprint }> {
  // stat before open: refuses huge files early, and never opens a FIFO or device (open would block).
  const info = await fsp.stat(path);
  if (!info.isFile()) throw new AppFailure('not-pressdesk', { name: basename(path) });
  checkSize(info.size);
  const handle = await fsp.open(path, 'r');
  let bytes: Uint8Array;
  let fingerprint: FileFingerprint;
  try {
    const stat = await handle.stat();
    checkSize(stat.size);
    bytes = await handle.readFile();
    fingerprint = { mtimeMs: stat.mtimeMs, size: stat.size, sha256: sha256Hex(bytes) };
  } finally {
    await handle.close();
  }
  return { ...loadFromBytes(bytes), fingerprint };
}

export interface WriteReleaseOptions {
  /** The fingerprint from open / last save; null for a new file or a Save As destination. */
  expected: FileFingerprint | null;
  overwriteChanged: boolean;
  /** Recorded in manifest.json, e.g. "PressDesk 0.1.0". */
  generator?: string;
  /** Image bytes by sha256, for every asset the release lists. */
  assets?: ReadonlyMap<string, Uint8Array>;
  /** Snapshot files by sha256, for every one release.history names. */
  history?: ReadonlyMap<string, Uint8Array>;
}

export async function writeReleaseFile(path: string, release: Release, options: WriteReleaseOptions): Promise<SavedFile> {
  const target = ensurePressdeskExtension(path);
  if (options.expected !== null && !options.overwriteChanged) {
    const current = await fingerprintIfExists(target);
    // A file deleted since opening is simply written again; one that changed is not overwritten.
    if (current !== null && !sameFingerprint(current, options.expected)) {
      throw new AppFailure('changed-on-disk', { name: basename(target) });
    }
  }
  const packOptions: { assets?: ReadonlyMap<string, Uint8Array>; history?: ReadonlyMap<string, Uint8Array>; generator?: string } = {};
  if (options.assets) packOptions.assets = options.assets;
  if (options.history) packOptions.history = options.history;
  if (options.generator) packOptions.generator = options.generator;
  const bytes = packRelease(normalizeRelease(release), packOptions);
  // Temp files of an earlier save into this folder that was killed half-way.
  await removeStaleTempFiles(dirname(target));
  await writeFileAtomic(target, bytes);
  const stat = await fsp.stat(target);
  return { path: target, fingerprint: { mtimeMs: stat.mtimeMs, size: stat.size, sha256: sha256Hex(bytes) } };
}
