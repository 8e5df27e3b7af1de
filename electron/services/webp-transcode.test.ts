/**
 * WebP -> JPEG/PNG for DOCX, on real WebP files made here with libwebp's own encoder (the same
 * package's wasm), and checked by decoding the results again (MozJPEG's decoder; PNG unfiltered here).
 */
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../core/document/image-info';
import { webpLossyHeader } from '../../core/document/image-fixtures';
import { encodePngRgba } from '../../core/document/png';
import { picture, webpEncoder, type Init } from '../test-webp';
import { compileCodec, WebpDecodeError, webpTranscoder } from './webp-transcode';


/** Our PNG's pixels back: IDAT inflated and each row's filter undone; `filters` gets each row's filter type. */
function unfilterPng(png: Uint8Array, width: number, height: number, filters: number[] = []): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset);
  let at = 8;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = unzlibSync(Uint8Array.from(idat.flatMap((c) => [...c])));
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    filters.push(filter);
    for (let i = 0; i < stride; i++) {
      const a = i >= 4 ? out[y * stride + i - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= 4 && y > 0 ? out[(y - 1) * stride + i - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >>> 1, paeth][filter]!;
      out[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + predicted) & 0xff;
    }
  }
  return out;
}

describe('WebP transcoding for DOCX', () => {
  it('turns an opaque WebP into a JPEG of the same size that decodes close to the original', async () => {
    const encode = await webpEncoder();
    const pixels = picture(96, 64);
    // As the file reader hands it over: a Buffer that is a view into a larger one.
    const webp = await encode(pixels, 96, 64);
    const inZip = Buffer.concat([Buffer.alloc(100, 7), webp, Buffer.alloc(50, 9)]).subarray(100, 100 + webp.length);
    const result = await (await webpTranscoder())(inZip);
    expect(result).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', width: 96, height: 64 });
    expect(sniffImage(result.bytes)).toMatchObject({ ext: 'jpg', width: 96, height: 64 });
    const jpeg = await import('@jsquash/jpeg/decode.js');
    await (jpeg.init as unknown as Init)(await compileCodec('@jsquash/jpeg', 'codec/dec/mozjpeg_dec.wasm'));
    const back = await jpeg.default(result.bytes.slice().buffer);
    let error = 0;
    for (let i = 0; i < pixels.length; i += 4) for (let c = 0; c < 3; c++) error += Math.abs(back.data[i + c]! - pixels[i + c]!);
    // Lossy twice (WebP q90, JPEG q90): a few levels per channel on average, not a different picture.
    expect(error / ((pixels.length / 4) * 3)).toBeLessThan(6);
  });

  it('turns a WebP with transparency into a PNG with the same pixels', async () => {
    const encode = await webpEncoder();
    const pixels = picture(50, 30, (x) => (x < 25 ? 255 : 40 + x * 4));
    const result = await (await webpTranscoder())(await encode(pixels, 50, 30, true));
    expect(result).toMatchObject({ ext: 'png', mime: 'image/png', width: 50, height: 30 });
    expect(sniffImage(result.bytes)).toMatchObject({ ext: 'png', width: 50, height: 30 });
    expect(unfilterPng(result.bytes, 50, 30)).toEqual(Uint8Array.from(pixels));
  });

  it('writes PNG rows with every filter and reads back exactly', () => {
    // Noise, flat rows and gradients, so that different filters win different rows.
    let seed = 7;
    const noise = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256;
    const pixels = Uint8ClampedArray.from({ length: 40 * 40 * 4 }, (_, i) => {
      const y = Math.floor(i / 160);
      return y % 4 === 0 ? noise() : y % 4 === 1 ? 100 : y % 4 === 2 ? (i % 160) : (i * 3 + y * 5) % 256;
    });
    const png = encodePngRgba(pixels, 40, 40);
    expect(sniffImage(png)).toMatchObject({ ext: 'png', width: 40, height: 40 });
    const filters: number[] = [];
    expect(unfilterPng(png, 40, 40, filters)).toEqual(Uint8Array.from(pixels));
    expect(new Set(filters).size).toBeGreaterThanOrEqual(3);
  });

  it('says a damaged or animated WebP could not be decoded', async () => {
    const transcode = await webpTranscoder();
    await expect(transcode(webpLossyHeader(64, 48))).rejects.toBeInstanceOf(WebpDecodeError);
    await expect(transcode(Uint8Array.from([1, 2, 3]))).rejects.toBeInstanceOf(WebpDecodeError);
    // Two frames of a real still in ANMF chunks (VP8X with the animation flag): decode() reads stills only.
    const still = await (await webpEncoder())(picture(32, 16), 32, 16);
    const le = (n: number, k: number): number[] => Array.from({ length: k }, (_, i) => (n >>> (8 * i)) & 0xff);
    const chunk = (type: string, data: number[]): number[] => [...Buffer.from(type, 'latin1'), ...le(data.length, 4), ...data, ...(data.length % 2 ? [0] : [])];
    const frame = chunk('ANMF', [...le(0, 3), ...le(0, 3), ...le(31, 3), ...le(15, 3), ...le(100, 3), 0, ...still.subarray(12)]);
    const body = [...Buffer.from('WEBP'), ...chunk('VP8X', [0x02, 0, 0, 0, ...le(31, 3), ...le(15, 3)]), ...chunk('ANIM', [0, 0, 0, 0, 0, 0]), ...frame, ...frame];
    await expect(transcode(Uint8Array.from([...Buffer.from('RIFF'), ...le(body.length, 4), ...body]))).rejects.toBeInstanceOf(WebpDecodeError);
  });
});
