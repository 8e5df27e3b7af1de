/**
 * The image bytes behind figures, content-addressed by sha256. Every image the app has seen
 * (inserted, dropped, pasted, opened, imported, restored) is kept on disk under the cache folder —
 * so a recovery copy restored after a crash still finds its photos — and the most recently used
 * ones in memory, up to a byte budget. The renderer only ever holds hashes and metadata.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { storedAssets } from '../../core/document/asset-list';
import { ImageRefusedError, sniffImage } from '../../core/document/image-info';
import type { Asset, Release } from '../../core/document/release';
import { writeFileAtomic } from './atomic-write';
import { AppFailure } from './errors';
import { sha256Hex } from './files';

export interface AssetStore {
  /** Checks the bytes (type from the content, size, pixels) and keeps them: the figure's asset. */
  addImage(bytes: Uint8Array, name: string): Promise<Asset>;
  /** Keeps bytes under their hash; refuses bytes that do not hash to it. */
  put(hash: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or AppFailure('corrupt', { reason: 'missing-asset' }). */
  get(hash: string): Promise<Uint8Array>;
  /** The bytes, or null when this store never saw them. */
  read(hash: string): Promise<Uint8Array | null>;
  /** The bytes of every asset the release and its history's snapshots list, by hash; a missing one is an AppFailure('corrupt'). */
  bytesFor(release: Release): Promise<Map<string, Uint8Array>>;
  /** Keeps the images of a file being opened, after checking each is the image its entry says. */
  adopt(release: Release, bytesByHash: ReadonlyMap<string, Uint8Array>): Promise<void>;
}

export const ASSET_MEMORY_BYTES = 200 * 1024 * 1024;
/** Cache files unused this long are removed at start: saved files and recovery copies carry their own bytes. */
export const ASSET_CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
const HASH = /^[0-9a-f]{64}$/;

/** Sniffs an image, turning a refusal into the error the renderer shows (too-large or image-refused). */
export function checkImage(bytes: Uint8Array, name: string): Omit<Asset, 'hash' | 'bytes'> {
  try {
    return sniffImage(bytes);
  } catch (e) {
    if (!(e instanceof ImageRefusedError)) throw e;
    const tooBig = e.reason === 'too-large-bytes' || e.reason === 'too-many-pixels';
    throw new AppFailure(tooBig ? 'too-large' : 'image-refused', { reason: e.reason, name: name.slice(0, 200) });
  }
}

export function createAssetStore(cacheDir: string, options: { memoryBytes?: number } = {}): AssetStore {
  const budget = options.memoryBytes ?? ASSET_MEMORY_BYTES;
  /** Map order is recency: the first entry is the least recently used. */
  const memory = new Map<string, Uint8Array>();
  let memoryBytes = 0;
  let dirReady: Promise<void> | null = null;

  const fileOf = (hash: string): string => {
    // Hashes come from the renderer too: only 64 hex digits ever become a path.
    if (!HASH.test(hash)) throw new AppFailure('invalid-request', { field: 'hash' });
    return join(cacheDir, `${hash}.bin`);
  };

  function remember(hash: string, bytes: Uint8Array): void {
    const old = memory.get(hash);
    if (old !== undefined) {
      memory.delete(hash);
      memoryBytes -= old.length;
    }
    memory.set(hash, bytes);
    memoryBytes += bytes.length;
    for (const [key, value] of memory) {
      if (memoryBytes <= budget || key === hash) break;
      memory.delete(key);
      memoryBytes -= value.length;
    }
  }

  async function ensureDir(): Promise<void> {
    // 0700: the photos of unpublished releases are nobody else's business on a shared computer.
    dirReady ??= fsp.mkdir(cacheDir, { recursive: true, mode: 0o700 }).then(() => undefined);
    try {
      await dirReady;
    } catch (e) {
      dirReady = null;
      throw e;
    }
  }

  async function put(hash: string, bytes: Uint8Array): Promise<void> {
    const file = fileOf(hash);
    if (sha256Hex(bytes) !== hash) throw new AppFailure('corrupt', { reason: 'asset-hash', hash });
    if (!memory.has(hash)) {
      await ensureDir();
      const onDisk = await fsp.stat(file).catch(() => null);
      if (onDisk?.size !== bytes.length) await writeFileAtomic(file, bytes, undefined, { mode: 0o600 });
      else await fsp.utimes(file, new Date(), new Date()).catch(() => undefined); // in use again: not stale
    }
    remember(hash, bytes);
  }

  async function read(hash: string): Promise<Uint8Array | null> {
    const file = fileOf(hash);
    const cached = memory.get(hash);
    if (cached !== undefined) {
      remember(hash, cached);
      return cached;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fsp.readFile(file));
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ENOENT') return null;
      throw e;
    }
    // A damaged cache file is as good as none: the bytes must still be what the hash says.
    if (sha256Hex(bytes) !== hash) return null;
    remember(hash, bytes);
    return bytes;
  }

  async function get(hash: string): Promise<Uint8Array> {
    const bytes = await read(hash);
    if (bytes === null) throw new AppFailure('corrupt', { reason: 'missing-asset', hash });
    return bytes;
  }

  return {
    put,
    read,
    get,

    async addImage(bytes, name) {
      const info = checkImage(bytes, name);
      const hash = sha256Hex(bytes);
      await put(hash, bytes);
      return { hash, ...info, bytes: bytes.length };
    },

    async bytesFor(release) {
      const out = new Map<string, Uint8Array>();
      for (const asset of storedAssets(release)) out.set(asset.hash, await get(asset.hash));
      return out;
    },

    async adopt(release, bytesByHash) {
      for (const asset of storedAssets(release)) {
        const bytes = bytesByHash.get(asset.hash);
        if (bytes === undefined) throw new AppFailure('corrupt', { reason: 'missing-asset', hash: asset.hash });
        // An asset entry must be the image it claims to be: an SVG renamed .png never reaches a page.
        let info;
        try {
          info = sniffImage(bytes);
        } catch {
          throw new AppFailure('corrupt', { reason: 'bad-asset', hash: asset.hash });
        }
        if (info.ext !== asset.ext || info.mime !== asset.mime) throw new AppFailure('corrupt', { reason: 'bad-asset', hash: asset.hash });
        await put(asset.hash, bytes);
      }
    },
  };
}

/** Removes cache files not used for `maxAgeMs`; never fails (a cache that cannot be tidied still works). */
export async function pruneAssetCache(cacheDir: string, now: Date, maxAgeMs = ASSET_CACHE_MAX_AGE_MS): Promise<number> {
  let removed = 0;
  const names = await fsp.readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!/^[0-9a-f]{64}\.bin$/.test(name)) continue;
    const file = join(cacheDir, name);
    const info = await fsp.stat(file).catch(() => null);
    if (info === null || now.getTime() - info.mtimeMs <= maxAgeMs) continue;
    await fsp.rm(file, { force: true }).then(() => removed++, () => undefined);
  }
  return removed;
}
