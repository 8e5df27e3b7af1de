/**
 * WebP photos made fit for a Word document, which cannot carry WebP: decoded with libwebp and
 * re-encoded with MozJPEG (opaque photos) or written as PNG here (photos with transparency), all
 * in WebAssembly from npm (@jsquash/webp, @jsquash/jpeg), so no native binary and no network.
 * Node cannot fetch a .wasm by URL the way a browser does, so each codec's .wasm is read from its
 * package folder and compiled here (works from the source tree for the CLI and from app.asar:
 * Electron's fs reads inside the archive, and WebAssembly.compile needs only the bytes).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as JpegEncode from '@jsquash/jpeg/encode.js';
import type * as WebpDecode from '@jsquash/webp/decode.js';
import { encodePngRgba } from '../../core/document/png';

export type TranscodedImage = { ext: 'jpg'; mime: 'image/jpeg' } | { ext: 'png'; mime: 'image/png' };
export type Transcoded = TranscodedImage & { bytes: Uint8Array; width: number; height: number };

/** The decoder could not read the photo (damaged, truncated, or a kind libwebp will not decode as a still, e.g. animated). */
export class WebpDecodeError extends Error {
  constructor(detail: string) {
    super(`WebP photo could not be decoded: ${detail}`);
    this.name = 'WebpDecodeError';
  }
}

/** JPEG quality for photos: no visible loss at print size. */
const JPEG_QUALITY = 90;

// Not named `require`: electron-vite adds its own `require` shim to an ESM bundle that uses the name, and the two clash.
const packageFiles = createRequire(import.meta.url);

/** A codec's .wasm, found beside its package.json (the packages have no "exports" map, so any file resolves). */
export async function compileCodec(pkg: '@jsquash/webp' | '@jsquash/jpeg', file: string): Promise<WebAssembly.Module> {
  const folder = dirname(packageFiles.resolve(`${pkg}/package.json`));
  return WebAssembly.compile(await readFile(join(folder, file)));
}

interface Codecs {
  decodeModule: WebAssembly.Module;
  encodeModule: WebAssembly.Module;
  webp: typeof WebpDecode;
  jpeg: typeof JpegEncode;
}

let codecs: Promise<Codecs> | undefined;

/** Loaded on first use only: most exports have no WebP, and startup should not pay for the codecs. */
function loadCodecs(): Promise<Codecs> {
  codecs ??= (async () => {
    // The decoder returns `new ImageData(...)`; its glue defines a stand-in only when process.release.name is
    // "node", which Electron's main process is not promised to say.
    if (typeof globalThis.ImageData === 'undefined') {
      (globalThis as unknown as { ImageData: unknown }).ImageData = class {
        constructor(
          readonly data: Uint8ClampedArray,
          readonly width: number,
          readonly height: number,
        ) {}
      };
    }
    const [webp, jpeg, decodeModule, encodeModule] = await Promise.all([
      import('@jsquash/webp/decode.js'),
      import('@jsquash/jpeg/encode.js'),
      compileCodec('@jsquash/webp', 'codec/dec/webp_dec.wasm'),
      compileCodec('@jsquash/jpeg', 'codec/enc/mozjpeg_enc.wasm'),
    ]);
    return { webp, jpeg, decodeModule, encodeModule };
  })().catch((e: unknown) => {
    codecs = undefined; // a failed load is tried again next time
    throw e;
  });
  return codecs;
}

/**
 * Fresh codec instances for one export. A wasm memory only grows, so instances kept for the life
 * of the app would hold the largest photo ever decoded (up to 160 MB at 40 MP); new instances
 * from the compiled modules cost a few milliseconds and the old ones are collected.
 */
export async function webpTranscoder(): Promise<(bytes: Uint8Array) => Promise<Transcoded>> {
  const { webp, jpeg, decodeModule, encodeModule } = await loadCodecs();
  // The typings omit it, but init(module) instantiates the given compiled module instead of fetching the .wasm by URL.
  const init = (fn: unknown, module: WebAssembly.Module): Promise<void> => (fn as (m: WebAssembly.Module) => Promise<void>)(module);
  await init(webp.init, decodeModule);
  await init(jpeg.init, encodeModule);
  return async (bytes) => {
    let image: ImageData;
    try {
      // The decoder takes a whole ArrayBuffer: copy out exactly this view (a Buffer read from a ZIP shares a
      // larger one, and Buffer#slice would not copy).
      image = await webp.default(new Uint8Array(bytes).buffer);
    } catch (e) {
      throw new WebpDecodeError(e instanceof Error ? e.message : String(e));
    }
    const { width, height, data } = image;
    if (!hasTransparency(data)) {
      // Baseline, not progressive: four times faster here and read by every Word version.
      const jpg = await jpeg.default(image, { quality: JPEG_QUALITY, baseline: true, progressive: false });
      return { ext: 'jpg', mime: 'image/jpeg', bytes: new Uint8Array(jpg), width, height };
    }
    return { ext: 'png', mime: 'image/png', bytes: encodePngRgba(data, width, height), width, height };
  };
}

function hasTransparency(rgba: Uint8ClampedArray): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return true;
  return false;
}
