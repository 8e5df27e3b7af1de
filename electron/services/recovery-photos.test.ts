import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../../core/document/file-format';
import { makePng } from '../../core/document/image-fixtures';
import type { Asset, Release } from '../../core/document/release';
import { sha256Hex } from '../../core/document/sha256';
import { tempFolder, vietnameseRelease } from '../test-helpers';
import { toAppError } from './errors';
import { discardRecovery, listRecovery, readRecovery, writeRecovery } from './recovery';

function photo(seed: number): { asset: Asset; bytes: Uint8Array } {
  const bytes = makePng(16 + seed, 12, (x, y) => [(x * seed) & 255, y * 9, seed * 40]);
  return { bytes, asset: { hash: sha256Hex(bytes), ext: 'png', mime: 'image/png', width: 16 + seed, height: 12, bytes: bytes.length } };
}

function withPhotos(headline: string, photos: { asset: Asset }[]): Release {
  const base = vietnameseRelease(headline);
  const figures = photos.map(({ asset }) => ({
    type: 'figure',
    attrs: { asset: asset.hash, alt: 'Quang cảnh', credit: '', width: 'full', align: 'center', lead: false },
    content: [{ type: 'text', text: 'Quang cảnh hội nghị.' }],
  }));
  return { ...base, assets: photos.map((p) => p.asset), body: { type: 'doc', content: [...base.body.content, ...figures] } };
}

const bytesOf = (photos: { asset: Asset; bytes: Uint8Array }[]): Map<string, Uint8Array> => new Map(photos.map((p) => [p.asset.hash, p.bytes]));
const photoFile = (dir: string, p: { asset: Asset }): string => join(dir, 'photos', `${p.asset.hash}.png`);
const at = (s: number): Date => new Date(Date.UTC(2026, 0, 8, 1, 0, s));

describe('recovery photos: written once, shared, cleaned up', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    let root: string;
    ({ dir: root, cleanup } = await tempFolder());
    dir = join(root, 'recovery');
  });
  afterEach(() => cleanup());

  it('writes each photo once; a later autosave writes only the text and new photos, and restores them all', async () => {
    const [a, b] = [photo(1), photo(2)];
    await writeRecovery(dir, 'draft-photos1', null, withPhotos('Một', [a]), at(0), bytesOf([a, b]));
    const first = await fsp.stat(photoFile(dir, a));
    // The text copy carries no photo bytes.
    expect((await fsp.readFile(join(dir, 'draft-photos1.text.pressdesk'))).includes(Buffer.from(a.bytes.subarray(0, 64)))).toBe(false);

    await new Promise((r) => setTimeout(r, 30));
    await writeRecovery(dir, 'draft-photos1', null, withPhotos('Hai', [a, b]), at(1), bytesOf([a, b]));
    expect((await fsp.stat(photoFile(dir, a))).mtimeMs).toBe(first.mtimeMs);
    expect(await fsp.readFile(photoFile(dir, b))).toEqual(Buffer.from(b.bytes));

    const restored = await readRecovery(dir, 'draft-photos1');
    expect(restored.release.headline).toBe('Hai');
    expect([...restored.assets.keys()].sort()).toEqual([a.asset.hash, b.asset.hash].sort());
    expect(restored.assets.get(b.asset.hash)).toEqual(b.bytes);
    expect(restored.entry).toEqual({ id: 'draft-photos1', path: null, headline: 'Hai', savedAt: at(1).toISOString() });
  });

  it('discarding an entry removes the photos no other entry uses', async () => {
    const [a, b, c] = [photo(1), photo(2), photo(3)];
    await writeRecovery(dir, 'draft-photos1', null, withPhotos('Một', [a, b]), at(0), bytesOf([a, b]));
    await writeRecovery(dir, 'draft-photos2', null, withPhotos('Hai', [b, c]), at(1), bytesOf([b, c]));
    await discardRecovery(dir, 'draft-photos1');
    expect((await fsp.readdir(join(dir, 'photos'))).sort()).toEqual([`${b.asset.hash}.png`, `${c.asset.hash}.png`].sort());
    expect((await readRecovery(dir, 'draft-photos2')).assets.size).toBe(2);
    await discardRecovery(dir, 'draft-photos2');
    expect(await fsp.readdir(join(dir, 'photos'))).toEqual([]);
    expect(await fsp.readdir(dir)).toEqual(['photos']);
  });

  it('a photo file changed or missing on disk is a damaged entry, not a wrong photo', async () => {
    const [a] = [photo(1)];
    await writeRecovery(dir, 'draft-photos1', null, withPhotos('Một', [a]), at(0), bytesOf([a]));
    const swapped = new Uint8Array(a.bytes);
    swapped[swapped.length - 20] = (swapped[swapped.length - 20]! + 1) & 255;
    await fsp.writeFile(photoFile(dir, a), swapped);
    expect(toAppError(await readRecovery(dir, 'draft-photos1').catch((e: unknown) => e)).code).toBe('corrupt');
    await fsp.rm(photoFile(dir, a));
    expect(toAppError(await readRecovery(dir, 'draft-photos1').catch((e: unknown) => e)).code).toBe('corrupt');
    expect(await listRecovery(dir)).toEqual([]);
  });

  it('an autosave killed before its meta file leaves the previous copy restorable', async () => {
    const [a, b] = [photo(1), photo(2)];
    await writeRecovery(dir, 'draft-photos1', null, withPhotos('Một', [a]), at(0), bytesOf([a]));
    const meta = await fsp.readFile(join(dir, 'draft-photos1.json'));
    const text = await fsp.readFile(join(dir, 'draft-photos1.text.pressdesk'));
    await writeRecovery(dir, 'draft-photos1', null, withPhotos('Hai', [a, b]), at(1), bytesOf([a, b]));
    // As if the process died after the photos, before the text and meta: the old pair is on disk.
    await fsp.writeFile(join(dir, 'draft-photos1.json'), meta);
    await fsp.writeFile(join(dir, 'draft-photos1.text.pressdesk'), text);
    const restored = await readRecovery(dir, 'draft-photos1');
    expect(restored.release.headline).toBe('Một');
    expect([...restored.assets.keys()]).toEqual([a.asset.hash]);
  });

  it('a copy written before photos moved out (one .pressdesk with the photos inside) still restores, and is replaced by the next autosave', async () => {
    const [a] = [photo(1)];
    const release = withPhotos('Bản cũ', [a]);
    await fsp.mkdir(dir, { recursive: true });
    await fsp.writeFile(join(dir, 'draft-old00001.pressdesk'), packRelease(release, { assets: bytesOf([a]) }));
    await fsp.writeFile(join(dir, 'draft-old00001.json'), JSON.stringify({ id: 'draft-old00001', path: null, headline: 'Bản cũ', savedAt: at(0).toISOString() }));
    expect((await listRecovery(dir)).map((e) => e.id)).toEqual(['draft-old00001']);
    const restored = await readRecovery(dir, 'draft-old00001');
    expect(restored.release.headline).toBe('Bản cũ');
    expect(restored.assets.get(a.asset.hash)).toEqual(a.bytes);

    await writeRecovery(dir, 'draft-old00001', null, release, at(1), restored.assets);
    expect((await fsp.readdir(dir)).sort()).toEqual(['draft-old00001.json', 'draft-old00001.text.pressdesk', 'photos']);
    expect((await readRecovery(dir, 'draft-old00001')).assets.get(a.asset.hash)).toEqual(a.bytes);
  });

  it('an autosave missing a listed photo writes nothing', async () => {
    const [a] = [photo(1)];
    await expect(writeRecovery(dir, 'draft-photos1', null, withPhotos('Một', [a]), at(0), new Map())).rejects.toMatchObject({ code: 'corrupt' });
    expect(await fsp.readdir(dir).catch(() => [])).not.toContain('draft-photos1.json');
  });
});
