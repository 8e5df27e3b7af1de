/**
 * Recovery copies of unsaved edits: `<id>.json` (what the start screen lists) and the release as
 * `<id>.text.pressdesk` (a .pressdesk without its photos) beside `photos/<sha256>.<ext>`, one file
 * per photo shared by every entry, written once: an autosave writes the text and new photos only
 * (the large release: 11 MB per keystroke before). Copies written before this are one
 * `<id>.pressdesk` with the photos inside and still restore. Photos go first, the text next, the
 * meta file last, so an entry with a meta file is complete. Ids come from the renderer: every path
 * here is built from a validated id or an asset's checked name only.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { storedAssets } from '../../core/document/asset-list';
import { assetEntryName, isAssetName, packRelease } from '../../core/document/file-format';
import type { Asset, Release } from '../../core/document/release';
import { normalizeRelease } from '../../core/vi/nfc';
import { fileFingerprintSchema, requestSchemas, type FileFingerprint, type RecoveryEntry } from '../api';
import { writeFileAtomic } from './atomic-write';
import { AppFailure } from './errors';
import { checkSize, sha256Hex } from './files';
import { openReleaseBytes } from './readers';

/** The contract's id rule (letters, digits, hyphens, 8-64 long): no dots, no slashes. */
const recoveryIdSchema = requestSchemas.readRecovery.shape.id;

const metaSchema = z
  .object({
    id: recoveryIdSchema,
    path: z.string().min(1).max(4_096).nullable(),
    headline: z.string().max(2_000),
    savedAt: z.string().max(64),
    // Optional: entries written before it was recorded still load (their Save cannot notice changes on disk).
    fingerprint: fileFingerprintSchema.optional(),
    // The photo files the entry uses (absent in copies with the photos inside): what cleanup keeps.
    photos: z.array(z.string().refine(isAssetName)).max(10_000).optional(),
  })
  .strict();

const HEADLINE_IN_LIST = 200;
const FILE_MODE = 0o600;

function checkedId(id: string): string {
  if (!recoveryIdSchema.safeParse(id).success) throw new AppFailure('invalid-request', { field: 'id' });
  return id;
}

/** The copies written before the photos moved out: the whole .pressdesk. */
const fullPath = (dir: string, id: string): string => join(dir, `${checkedId(id)}.pressdesk`);
const textPath = (dir: string, id: string): string => join(dir, `${checkedId(id)}.text.pressdesk`);
const metaPath = (dir: string, id: string): string => join(dir, `${checkedId(id)}.json`);
const PHOTO_DIR = 'photos';
/** `<sha256>.<ext>`, the name an asset has inside a .pressdesk. */
const photoName = (asset: Asset): string => assetEntryName(asset).slice('assets/'.length);

/** One write or discard at a time per folder: cleanup never removes a photo an entry being written is about to name. */
const queues = new Map<string, Promise<unknown>>();
function serial<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(dir) ?? Promise.resolve()).then(task, task);
  queues.set(dir, run.catch(() => undefined));
  return run;
}

async function ensureDir(dir: string): Promise<void> {
  // 0700: unsaved drafts are nobody else's business on a shared office computer.
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
}

export async function writeRecovery(
  dir: string,
  id: string,
  path: string | null,
  release: Release,
  now: Date,
  /** Image bytes by sha256, for every asset the release lists. */
  assets: ReadonlyMap<string, Uint8Array> = new Map(),
  /** The fingerprint of `path` the edits are based on; meaningless (and dropped) without a path. */
  fingerprint: FileFingerprint | null = null,
  /** Snapshot files by sha256, for every one release.history names (kept inside the text copy: they are text). */
  history: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<RecoveryEntry> {
  const entry: RecoveryEntry = {
    id: checkedId(id),
    path,
    headline: release.headline.normalize('NFC').slice(0, HEADLINE_IN_LIST),
    savedAt: now.toISOString(),
    ...(path !== null && fingerprint !== null ? { fingerprint } : {}),
  };
  return serial(dir, async () => {
    await ensureDir(dir);
    const normalized = normalizeRelease(release);
    // Packed first: a release we would refuse to open is refused before anything is written.
    const text = packRelease(normalized, { withoutAssets: true, history });
    const photos = await writePhotos(dir, storedAssets(normalized), assets);
    await writeFileAtomic(textPath(dir, id), text, undefined, { mode: FILE_MODE });
    const meta = { ...entry, photos };
    await writeFileAtomic(metaPath(dir, id), new TextEncoder().encode(JSON.stringify(meta)), undefined, { mode: FILE_MODE });
    // The old form of this entry, if any, is now superseded.
    await fsp.rm(fullPath(dir, id), { force: true });
    return entry;
  });
}

/** Writes the photos the folder does not have yet (same name, same size: the same bytes); returns their names. */
async function writePhotos(dir: string, listed: readonly Asset[], bytes: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  const photoDir = join(dir, PHOTO_DIR);
  await fsp.mkdir(photoDir, { recursive: true, mode: 0o700 });
  const names: string[] = [];
  for (const asset of listed) {
    const data = bytes.get(asset.hash);
    if (data === undefined || data.length !== asset.bytes) throw new AppFailure('corrupt', { reason: 'missing-asset', hash: asset.hash });
    const name = photoName(asset);
    names.push(name);
    const have = await fsp.stat(join(photoDir, name)).catch(() => null);
    if (have?.isFile() === true && have.size === asset.bytes) continue;
    await writeFileAtomic(join(photoDir, name), data, undefined, { mode: FILE_MODE });
  }
  return names;
}

async function readMeta(dir: string, id: string): Promise<z.infer<typeof metaSchema>> {
  const text = await fsp.readFile(metaPath(dir, id), 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppFailure('corrupt');
  }
  const meta = metaSchema.safeParse(json);
  if (!meta.success || meta.data.id !== id) throw new AppFailure('corrupt');
  return meta.data;
}

export async function readRecovery(
  dir: string,
  id: string,
): Promise<{ entry: RecoveryEntry; release: Release; assets: Map<string, Uint8Array>; history: Map<string, Uint8Array> }> {
  const { photos: _photos, ...entry } = await readMeta(dir, checkedId(id));
  const text = await fsp.stat(textPath(dir, id)).catch(() => null);
  if (text === null) {
    const file = fullPath(dir, id);
    checkSize((await fsp.stat(file)).size);
    return { entry, ...(await openReleaseBytes(await fsp.readFile(file))) };
  }
  checkSize(text.size);
  const { release, history } = await openReleaseBytes(await fsp.readFile(textPath(dir, id)), { withoutAssets: true });
  return { entry, release, assets: await readPhotos(dir, storedAssets(release)), history };
}

/** Each photo the release lists, checked against its name: a photo file changed on disk is damage. */
async function readPhotos(dir: string, listed: readonly Asset[]): Promise<Map<string, Uint8Array>> {
  const assets = new Map<string, Uint8Array>();
  let total = 0;
  for (const asset of listed) {
    total += asset.bytes;
    checkSize(total);
    const data = await fsp.readFile(join(dir, PHOTO_DIR, photoName(asset))).catch((e: unknown) => {
      if ((e as { code?: unknown }).code === 'ENOENT') throw new AppFailure('corrupt', { reason: 'missing-asset', hash: asset.hash });
      throw e;
    });
    if (data.length !== asset.bytes || sha256Hex(data) !== asset.hash) throw new AppFailure('corrupt', { reason: 'asset-size', hash: asset.hash });
    assets.set(asset.hash, new Uint8Array(data.buffer, data.byteOffset, data.length));
  }
  return assets;
}

/** Everything restorable, newest first. A damaged entry is skipped, never a reason to fail start-up. */
export async function listRecovery(dir: string): Promise<RecoveryEntry[]> {
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return [];
    throw e;
  }
  const ids = names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .filter((id) => recoveryIdSchema.safeParse(id).success);
  const entries: RecoveryEntry[] = [];
  for (const id of ids) {
    try {
      // Reading the release too: offering a copy that cannot be restored would be worse than none.
      entries.push((await readRecovery(dir, id)).entry);
    } catch {
      // skipped: damaged or half-written
    }
  }
  return entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

export async function discardRecovery(dir: string, id: string): Promise<void> {
  const paths = [metaPath(dir, id), textPath(dir, id), fullPath(dir, id)];
  return serial(dir, async () => {
    for (const path of paths) await fsp.rm(path, { force: true });
    await removeUnusedPhotos(dir);
  });
}

/** Removes the photo files no entry names. An entry whose meta cannot be read keeps every photo (it may still restore). */
async function removeUnusedPhotos(dir: string): Promise<void> {
  let photos: string[];
  try {
    photos = await fsp.readdir(join(dir, PHOTO_DIR));
  } catch {
    return;
  }
  const used = new Set<string>();
  for (const name of await fsp.readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    const id = name.slice(0, -'.json'.length);
    if (!recoveryIdSchema.safeParse(id).success) continue;
    try {
      const { photos } = await readMeta(dir, id);
      // A text copy without the list (hand-edited, or from a newer writer): keep everything.
      if (photos === undefined && (await fsp.stat(textPath(dir, id)).catch(() => null)) !== null) return;
      for (const photo of photos ?? []) used.add(photo);
    } catch {
      return;
    }
  }
  for (const photo of photos) {
    if (!used.has(photo)) await fsp.rm(join(dir, PHOTO_DIR, photo), { force: true });
  }
}
