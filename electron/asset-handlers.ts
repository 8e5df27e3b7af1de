/**
 * insertImage, insertImageBytes and readAsset: photos going into a release, checked here in the
 * main process (type from the bytes, size, pixels) before the renderer ever shows them, and their
 * bytes handed back for display by hash only.
 */
import * as fsp from 'node:fs/promises';
import { basename } from 'node:path';
import { IMAGE_LIMITS, sniffImage } from '../core/document/image-info';
import type { Handlers } from './api';
import type { HandlerDeps } from './handlers';
import type { AssetStore } from './services/asset-store';
import { AppFailure } from './services/errors';

/** Reads an image file, refusing a huge one from its size alone and never opening a FIFO or device. */
export async function readImageFile(path: string): Promise<Uint8Array> {
  const info = await fsp.stat(path);
  if (!info.isFile()) throw new AppFailure('image-refused', { reason: 'not-an-image', name: basename(path) });
  if (info.size > IMAGE_LIMITS.maxBytes) throw new AppFailure('too-large', { reason: 'too-large-bytes', name: basename(path) });
  const handle = await fsp.open(path, 'r');
  try {
    // The file may have grown since stat: read at most one byte over the limit.
    const buffer = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > IMAGE_LIMITS.maxBytes) throw new AppFailure('too-large', { reason: 'too-large-bytes', name: basename(path) });
    }
    return buffer.slice(0, length);
  } finally {
    await handle.close();
  }
}

export function createAssetHandlers(deps: HandlerDeps, assets: AssetStore): Pick<Handlers, 'insertImage' | 'insertImageBytes' | 'readAsset'> {
  return {
    async insertImage({ path }) {
      const chosen = path ?? (await deps.dialogs.chooseImagePath());
      if (chosen === null) return null;
      // A path from the native dialog is the user's own choice; one from the renderer must pass the policy.
      if (path !== undefined && !deps.paths.canReadImage(chosen)) throw new AppFailure('forbidden');
      return assets.addImage(await readImageFile(chosen), basename(chosen));
    },

    async insertImageBytes({ name, base64 }) {
      // base64 is 4/3 of the bytes: refuse before decoding what would be over the limit.
      if (base64.length > Math.ceil(IMAGE_LIMITS.maxBytes / 3) * 4 + 4) {
        throw new AppFailure('too-large', { reason: 'too-large-bytes', name: name.slice(0, 200) });
      }
      return assets.addImage(new Uint8Array(Buffer.from(base64, 'base64')), name);
    },

    async readAsset({ hash }) {
      const bytes = await assets.get(hash);
      return { mime: sniffImage(bytes).mime, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
