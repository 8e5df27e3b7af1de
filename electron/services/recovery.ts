/**
 * Recovery copies of unsaved edits: `<id>.pressdesk` (the release) and `<id>.json` (what the
 * start screen lists). The meta file is written last, so an entry without it is incomplete and
 * ignored. Ids come from the renderer: every path here is built from a validated id only.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { packRelease } from '../../core/document/file-format';
import type { Release } from '../../core/document/release';
import { normalizeRelease } from '../../core/vi/nfc';
import { fileFingerprintSchema, requestSchemas, type FileFingerprint, type RecoveryEntry } from '../api';
import { writeFileAtomic } from './atomic-write';
import { AppFailure } from './errors';
import { checkSize } from './files';
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
  })
  .strict();

const HEADLINE_IN_LIST = 200;
const FILE_MODE = 0o600;

function checkedId(id: string): string {
  if (!recoveryIdSchema.safeParse(id).success) throw new AppFailure('invalid-request', { field: 'id' });
  return id;
}

const releasePath = (dir: string, id: string): string => join(dir, `${checkedId(id)}.pressdesk`);
const metaPath = (dir: string, id: string): string => join(dir, `${checkedId(id)}.json`);

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
): Promise<RecoveryEntry> {
  const entry: RecoveryEntry = {
    id: checkedId(id),
    path,
    headline: release.headline.normalize('NFC').slice(0, HEADLINE_IN_LIST),
    savedAt: now.toISOString(),
    ...(path !== null && fingerprint !== null ? { fingerprint } : {}),
  };
  await ensureDir(dir);
  await writeFileAtomic(releasePath(dir, id), packRelease(normalizeRelease(release), { assets }), undefined, { mode: FILE_MODE });
  await writeFileAtomic(metaPath(dir, id), new TextEncoder().encode(JSON.stringify(entry)), undefined, { mode: FILE_MODE });
  return entry;
}

async function readMeta(dir: string, id: string): Promise<RecoveryEntry> {
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
): Promise<{ entry: RecoveryEntry; release: Release; assets: Map<string, Uint8Array> }> {
  const entry = await readMeta(dir, checkedId(id));
  const file = releasePath(dir, id);
  checkSize((await fsp.stat(file)).size);
  return { entry, ...(await openReleaseBytes(await fsp.readFile(file))) };
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
  await fsp.rm(metaPath(dir, id), { force: true });
  await fsp.rm(releasePath(dir, id), { force: true });
}
