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
import { zlibSync } from 'fflate';

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

// --- PNG (8-bit RGBA), with fflate's zlib ------------------------------------------------

const CRC_TABLE = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Each row gets the filter (of PNG's five) whose output has the smallest sum of absolute
 * values, the usual heuristic: a photo compresses to about half of what unfiltered rows give.
 */
export function encodePngRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const raw = new Uint8Array(height * (stride + 1));
  const candidate = Array.from({ length: 5 }, () => new Uint8Array(stride));
  const zero = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rgba.subarray((y - 1) * stride, y * stride) : zero;
    let best = 0;
    let bestSum = Infinity;
    for (let f = 0; f < 5; f++) {
      const out = candidate[f]!;
      let sum = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= 4 ? row[i - 4]! : 0;
        const b = up[i]!;
        const c = i >= 4 ? up[i - 4]! : 0;
        const predicted = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >>> 1 : paeth(a, b, c);
        const v = (row[i]! - predicted) & 0xff;
        out[i] = v;
        sum += v < 128 ? v : 256 - v;
      }
      if (sum < bestSum) [best, bestSum] = [f, sum];
    }
    raw[y * (stride + 1)] = best;
    raw.set(candidate[best]!, y * (stride + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, adaptive filters, no interlace
  const parts = [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
