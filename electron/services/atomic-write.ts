/**
 * Atomic replace: write a temp file beside the target, fsync it, rename it over the target, fsync
 * the folder. A crash or a full disk at any point leaves either the old file or the new one,
 * never a half-written file; on failure the temp file is removed and the old file is untouched.
 * A temp file left by a save that was killed is removed later (removeStaleTempFiles: at the next
 * save into that folder and at start).
 */
import * as fsp from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The part of a file handle we use; node's FileHandle fits. */
export interface AtomicFileHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The part of node:fs/promises we use; injectable so tests can make any step fail. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
}

export interface AtomicWriteOptions {
  /** Permission bits for a new file; an existing file keeps its own. */
  mode?: number;
  /**
   * Retry a rename refused with EPERM/EACCES/EBUSY. On Windows a virus scanner or the search
   * indexer briefly holds freshly written files; elsewhere these errors are final. Default: win32.
   */
  retryRename?: boolean;
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RENAME_ATTEMPTS = 5;

async function renameWithRetry(fsImpl: AtomicFs, from: string, to: string, retry: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fsImpl.rename(from, to);
    } catch (e) {
      if (!retry || attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(String(errnoOf(e)))) throw e;
      await new Promise((r) => setTimeout(r, 40 * attempt));
    }
  }
}

// Some systems cannot fsync a directory (Windows: EISDIR/EPERM; some network drives: EINVAL).
// The rename has happened by then, so these are not failures of the save.
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'ENOTSUP', 'EBADF']);

const errnoOf = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Exactly the names tempPathFor makes (`.name.<12 hex>.tmp`); nothing else is ever removed. */
export const TEMP_FILE_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * A temp file older than this belongs to a save that died (killed, crashed, power cut). Far longer
 * than any save takes, even of a 1.5 GB release to a slow network share (the writer keeps touching
 * the file until its fsync), so a save running at the same time never loses its temp file.
 */
export const STALE_TEMP_MS = 5 * 60_000;

/**
 * Removes temp files our atomic save left behind in `dir` (only regular files of our own name
 * pattern, only stale ones). Never throws: tidying must not fail a save or a start. Returns how
 * many were removed.
 */
export async function removeStaleTempFiles(dir: string, now: number = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!TEMP_FILE_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const info = await fsp.lstat(path);
      if (!info.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
      await fsp.rm(path);
      removed++;
    } catch {
      // Gone meanwhile (another start tidied it), or not ours to remove: leave it.
    }
  }
  return removed;
}

async function syncDirectory(dir: string, fsImpl: AtomicFs): Promise<void> {
  let handle: AtomicFileHandle | undefined;
  try {
    handle = await fsImpl.open(dir, 'r');
    await handle.sync();
  } catch (e) {
    if (!DIR_SYNC_UNSUPPORTED.has(String(errnoOf(e)))) throw e;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  fsImpl: AtomicFs = fsp,
  options: AtomicWriteOptions = {},
): Promise<void> {
  let mode = options.mode ?? 0o666;
  try {
    mode = (await fsImpl.stat(path)).mode & 0o777;
  } catch {
    // No file yet: the new one gets the requested mode.
  }
  const temp = tempPathFor(path);
  let handle: AtomicFileHandle | undefined;
  try {
    // 'wx': fail rather than reuse a file someone else created under the same name.
    handle = await fsImpl.open(temp, 'wx', mode);
    await handle.writeFile(bytes);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    await renameWithRetry(fsImpl, temp, path, options.retryRename ?? process.platform === 'win32');
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fsImpl.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDirectory(dirname(path), fsImpl);
}
