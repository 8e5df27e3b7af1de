/**
 * Blob URLs for the images figures show, one per sha256, fetched from the main process once.
 * blob: is the only image source the CSP allows besides the app itself; bytes never go into HTML.
 */
import { desktop } from '../desktop';

const urls = new Map<string, Promise<string | null>>();
const ready = new Map<string, string>();

function decode(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The URL if it is already known (so a re-mounted figure shows its image without a flash). */
export function cachedAssetUrl(hash: string): string | null {
  return ready.get(hash) ?? null;
}

/** The image's blob URL, or null when the main process cannot give its bytes (tried again next time). */
export function assetUrl(hash: string): Promise<string | null> {
  let url = urls.get(hash);
  if (url === undefined) {
    url = desktop.readAsset({ hash }).then((result) => {
      if (!result.ok) {
        urls.delete(hash);
        return null;
      }
      // Same hash, same bytes: the URL stays valid for the whole session and is shared by copies.
      const made = URL.createObjectURL(new Blob([decode(result.value.base64)], { type: result.value.mime }));
      ready.set(hash, made);
      return made;
    });
    urls.set(hash, url);
  }
  return url;
}
