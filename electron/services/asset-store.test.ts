import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gifHeader, pngImage } from '../../core/document/image-fixtures';
import { createAssetStore, pruneAssetCache } from './asset-store';
import { sha256Hex } from './files';
import { tempFolder } from '../test-helpers';

describe('createAssetStore', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
  });
  afterEach(() => cleanup());

  it('keeps bytes by their sha256, on disk, and refuses bytes that do not match the hash', async () => {
    const store = createAssetStore(join(dir, 'cache'));
    const bytes = pngImage(2, 2);
    const hash = sha256Hex(bytes);
    await store.put(hash, bytes);
    expect(await fsp.readFile(join(dir, 'cache', `${hash}.bin`))).toEqual(Buffer.from(bytes));
    expect(await store.get(hash)).toEqual(bytes);
    await expect(store.put('0'.repeat(64), bytes)).rejects.toMatchObject({ code: 'corrupt', params: { reason: 'asset-hash' } });
    await expect(store.put('../../etc/passwd', bytes)).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('evicts from memory past its budget and reads back from disk; a damaged cache file counts as missing', async () => {
    const store = createAssetStore(join(dir, 'cache'), { memoryBytes: 20 });
    const a = pngImage(8, 8, [1, 2, 3]);
    const b = gifHeader(9, 9);
    await store.put(sha256Hex(a), a);
    await store.put(sha256Hex(b), b);
    expect(await store.get(sha256Hex(a))).toEqual(a);
    await fsp.writeFile(join(dir, 'cache', `${sha256Hex(b)}.bin`), 'tampered');
    // b was evicted when a came back into memory, so the tampered file is what is left.
    expect(await store.read(sha256Hex(b))).toBeNull();
    await expect(store.get(sha256Hex(b))).rejects.toMatchObject({ code: 'corrupt', params: { reason: 'missing-asset' } });
  });

  it('survives a restart: a new store on the same folder finds the images', async () => {
    const bytes = pngImage(3, 3);
    const asset = await createAssetStore(join(dir, 'cache')).addImage(bytes, 'a.png');
    expect(await createAssetStore(join(dir, 'cache')).get(asset.hash)).toEqual(bytes);
  });

  it('bytesFor gives every listed asset by hash, and those only a history snapshot still shows', async () => {
    const store = createAssetStore(join(dir, 'cache'));
    const asset = await store.addImage(pngImage(1, 1), 'a.png');
    const bytes = await store.bytesFor({ assets: [asset], history: [] } as never);
    expect([...bytes.keys()]).toEqual([asset.hash]);
    const gone = await store.addImage(pngImage(2, 1), 'b.png');
    const withHistory = await store.bytesFor({ assets: [asset], history: [{ assets: [gone, asset] }] } as never);
    expect([...withHistory.keys()]).toEqual([asset.hash, gone.hash]);
  });

  it('prunes cache files unused for 30 days, keeping fresh ones and anything else in the folder', async () => {
    const cache = join(dir, 'cache');
    const store = createAssetStore(cache);
    const old = await store.addImage(pngImage(1, 1), 'old.png');
    const fresh = await store.addImage(pngImage(2, 2), 'fresh.png');
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    await fsp.utimes(join(cache, `${old.hash}.bin`), longAgo, longAgo);
    await fsp.writeFile(join(cache, 'notes.txt'), 'x');
    await fsp.utimes(join(cache, 'notes.txt'), longAgo, longAgo);
    expect(await pruneAssetCache(cache, new Date())).toBe(1);
    expect((await fsp.readdir(cache)).sort()).toEqual([`${fresh.hash}.bin`, 'notes.txt'].sort());
    expect(await pruneAssetCache(join(dir, 'none'), new Date())).toBe(0);
  });
});
