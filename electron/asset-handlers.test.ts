import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SVG_IMAGE, pngHeader, pngImage } from '../core/document/image-fixtures';
import type { Asset, Release } from '../core/document/release';
import type { ApiName, Handlers } from './api';
import { createHandlers, invokeHandler, type HandlerDeps } from './handlers';
import { createGrantPolicy } from './services/path-policy';
import { tempFolder, testHandlerDeps, vietnameseRelease } from './test-helpers';

/** The release with one figure per asset (an asset may appear in several figures). */
function withFigures(assets: Asset[], figureHashes: string[] = assets.map((a) => a.hash)): Release {
  const base = vietnameseRelease();
  const figures = figureHashes.map((hash) => ({
    type: 'figure',
    attrs: { asset: hash, alt: 'Quang cảnh hội nghị', credit: 'Ảnh: Minh Anh', width: 'full', align: 'center', lead: false },
    content: [{ type: 'text', text: 'Quang cảnh hội nghị.' }],
  }));
  return { ...base, assets, body: { type: 'doc', content: [...base.body.content, ...figures] } };
}

describe('photos: insertImage, insertImageBytes, readAsset, and their bytes in saved files', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let deps: HandlerDeps;
  let handlers: Handlers;
  let imagePaths: (string | null)[];
  const call = <K extends ApiName>(name: K, payload: unknown) => invokeHandler(handlers, name, payload);
  const value = async <K extends ApiName>(name: K, payload: unknown) => {
    const result = await call(name, payload);
    if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    imagePaths = [];
    deps = testHandlerDeps(dir, { dialogs: { chooseImagePath: async () => imagePaths.shift() ?? null } });
    handlers = createHandlers(deps);
  });
  afterEach(() => cleanup());

  async function writeImage(name: string, bytes: Uint8Array): Promise<string> {
    const path = join(dir, name);
    await fsp.writeFile(path, bytes);
    return path;
  }

  it('inserts a PNG from a path: type and size from the bytes, hash of the bytes', async () => {
    const bytes = pngImage(4, 3);
    const asset = (await value('insertImage', { path: await writeImage('anh.png', bytes) })) as Asset;
    expect(asset).toMatchObject({ ext: 'png', mime: 'image/png', width: 4, height: 3, bytes: bytes.length });
    expect(asset.hash).toMatch(/^[0-9a-f]{64}$/);
    const shown = await value('readAsset', { hash: asset.hash });
    expect(shown.mime).toBe('image/png');
    expect(new Uint8Array(Buffer.from(shown.base64, 'base64'))).toEqual(bytes);
  });

  it('asks with the dialog when no path is given; cancel is null', async () => {
    imagePaths.push(await writeImage('chon.png', pngImage(2, 2)), null);
    expect(await value('insertImage', {})).toMatchObject({ width: 2 });
    expect(await value('insertImage', {})).toBeNull();
  });

  it('refuses SVG as image-refused, even named .png', async () => {
    for (const name of ['logo.svg', 'logo.png']) {
      const result = await call('insertImage', { path: await writeImage(name, SVG_IMAGE) });
      expect(result).toMatchObject({ ok: false, error: { code: 'image-refused', params: { reason: 'svg' } } });
    }
    const dropped = await call('insertImageBytes', { name: 'x.gif', base64: Buffer.from('<html>hi</html>').toString('base64') });
    expect(dropped).toMatchObject({ ok: false, error: { code: 'image-refused', params: { reason: 'not-an-image' } } });
  });

  it('refuses a 31 MB file as too-large from its size, and 41 megapixels from the header', async () => {
    const big = join(dir, 'lon.png');
    await fsp.writeFile(big, pngImage(1, 1));
    await fsp.truncate(big, 31 * 1024 * 1024); // sparse: fast, and still a PNG at the start
    expect(await call('insertImage', { path: big })).toMatchObject({ ok: false, error: { code: 'too-large', params: { reason: 'too-large-bytes' } } });
    const huge = await writeImage('khong-lo.png', pngHeader(8000, 5125));
    expect(await call('insertImage', { path: huge })).toMatchObject({ ok: false, error: { code: 'too-large', params: { reason: 'too-many-pixels' } } });
  });

  it('takes the type from the bytes: a PNG dropped as .jpg is a PNG', async () => {
    const asset = await value('insertImageBytes', { name: 'anh.jpg', base64: Buffer.from(pngImage(5, 5)).toString('base64') });
    expect(asset).toMatchObject({ ext: 'png', mime: 'image/png' });
  });

  it('keeps renderer paths to the policy: outside the host folders is forbidden', async () => {
    expect(await call('insertImage', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('saves one figure as exactly one assets/<sha>.png, stored once for two figures, and reopens byte for byte', async () => {
    const bytes = pngImage(6, 4, [10, 120, 200]);
    const path = await writeImage('hoi-nghi.png', bytes);
    const first = (await value('insertImage', { path })) as Asset;
    const again = (await value('insertImageBytes', { name: 'copy.png', base64: Buffer.from(bytes).toString('base64') })) as Asset;
    expect(again.hash).toBe(first.hash);
    // The same photo twice in the body (a copy-paste), listed once.
    const release = withFigures([first], [first.hash, first.hash]);
    const target = join(dir, 'thong-cao.pressdesk');
    await value('saveFile', { release, path: target, saveAs: false, expected: null, overwriteChanged: false });
    const files = unzipSync(new Uint8Array(await fsp.readFile(target)));
    expect(Object.keys(files).filter((n) => n.startsWith('assets/'))).toEqual([`assets/${first.hash}.png`]);

    // A fresh app (empty cache) gets the bytes from the file itself.
    handlers = createHandlers({ ...deps, assetCacheDir: join(dir, 'other-cache') });
    const opened = await value('openFile', { path: target });
    expect(opened?.release.assets).toEqual([first]);
    const shown = await value('readAsset', { hash: first.hash });
    expect(new Uint8Array(Buffer.from(shown.base64, 'base64'))).toEqual(bytes);
  });

  it('drops the images no figure uses any more from the saved file', async () => {
    const kept = (await value('insertImage', { path: await writeImage('a.png', pngImage(2, 2)) })) as Asset;
    const deleted = (await value('insertImage', { path: await writeImage('b.png', pngImage(3, 3)) })) as Asset;
    const release = { ...withFigures([kept]), assets: [kept, deleted] };
    const target = join(dir, 'gon.pressdesk');
    await value('saveFile', { release, path: target, saveAs: false, expected: null, overwriteChanged: false });
    const files = unzipSync(new Uint8Array(await fsp.readFile(target)));
    expect(Object.keys(files).filter((n) => n.startsWith('assets/'))).toEqual([`assets/${kept.hash}.png`]);
    expect((await value('openFile', { path: target }))?.release.assets).toEqual([kept]);
  });

  it('refuses to save a figure whose bytes it never saw, writing nothing', async () => {
    const ghost: Asset = { hash: 'e'.repeat(64), ext: 'png', mime: 'image/png', width: 1, height: 1, bytes: 10 };
    const target = join(dir, 'ma.pressdesk');
    const result = await call('saveFile', { release: withFigures([ghost]), path: target, saveAs: false, expected: null, overwriteChanged: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt', params: { reason: 'missing-asset', hash: ghost.hash } } });
    await expect(fsp.stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await call('readAsset', { hash: ghost.hash })).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });

  it('refuses to open a file whose asset entry is not the image it claims to be', async () => {
    const asset = (await value('insertImage', { path: await writeImage('c.png', pngImage(2, 2)) })) as Asset;
    const target = join(dir, 'gia.pressdesk');
    // The same bytes claimed as a GIF: the entry name and type disagree with the content.
    const lying = { ...asset, ext: 'gif', mime: 'image/gif' } as Asset;
    await value('saveFile', { release: withFigures([lying]), path: target, saveAs: false, expected: null, overwriteChanged: false });
    expect(await call('openFile', { path: target })).toMatchObject({ ok: false, error: { code: 'corrupt', params: { reason: 'bad-asset' } } });
  });

  it('keeps photos in recovery copies: a restore after a crash shows them', async () => {
    const bytes = pngImage(3, 2);
    const asset = (await value('insertImage', { path: await writeImage('d.png', bytes) })) as Asset;
    await value('writeRecovery', { id: 'draft-photo-1', path: null, release: withFigures([asset]) });
    handlers = createHandlers({ ...deps, assetCacheDir: join(dir, 'after-crash-cache') });
    const restored = await value('readRecovery', { id: 'draft-photo-1' });
    expect(restored.release.assets).toEqual([asset]);
    const shown = await value('readAsset', { hash: asset.hash });
    expect(new Uint8Array(Buffer.from(shown.base64, 'base64'))).toEqual(bytes);
  });
});

describe('createGrantPolicy().canReadImage (Electron)', () => {
  it('reads any absolute image path, and nothing else unless granted', () => {
    const policy = createGrantPolicy();
    expect(policy.canReadImage('/home/an/Ảnh/hoi-nghi.JPG')).toBe(true);
    expect(policy.canReadImage('/home/an/anh.webp')).toBe(true);
    expect(policy.canReadImage('anh.png')).toBe(false);
    expect(policy.canReadImage('/etc/passwd')).toBe(false);
    expect(policy.canReadImage('/x/a.png\0.txt')).toBe(false);
    expect(policy.canWrite('/home/an/anh.png')).toBe(false);
  });
});
