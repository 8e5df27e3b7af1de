/**
 * Real WebP files for tests and benchmarks, made with libwebp's own encoder (the @jsquash/webp
 * package's wasm), so no binary fixtures live in the repo. Not used by the app.
 */
import { compileCodec } from './services/webp-transcode';

/** The init function every @jsquash codec has (its typings leave out the compiled module argument). */
export type Init = (module: WebAssembly.Module) => Promise<unknown>;

/** libwebp's encoder (SIMD build: Node 20 has wasm SIMD, and the package picks that glue). */
export async function webpEncoder(): Promise<(rgba: Uint8ClampedArray, width: number, height: number, lossless?: boolean) => Promise<Uint8Array>> {
  const encoder = await import('@jsquash/webp/encode.js');
  await (encoder.init as unknown as Init)(await compileCodec('@jsquash/webp', 'codec/enc/webp_enc_simd.wasm'));
  return async (data, width, height, lossless = false) =>
    new Uint8Array(await encoder.default({ data, width, height, colorSpace: 'srgb' } as ImageData, lossless ? { lossless: 1, exact: 1 } : { quality: 90 }));
}

/** A photo-like RGBA picture: smooth gradients, opaque unless `alpha` says otherwise. */
export function picture(width: number, height: number, alpha: (x: number, y: number) => number = () => 255): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.set([40 + (x * 180) / width, 60 + (y * 160) / height, 128 + 90 * Math.sin(x / 9) * Math.cos(y / 7), alpha(x, y)], i);
    }
  }
  return data;
}
