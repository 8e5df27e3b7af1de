/**
 * What an image really is, read from its bytes (never from its name): PNG, JPEG, WebP or GIF,
 * with its pixel size. Everything else is refused — SVG by name, because it can carry script.
 * Only headers are read; nothing is decoded, so a hostile file costs a few bytes of parsing.
 */
import { strFromU8 } from 'fflate';
import type { Asset } from './release';

export const IMAGE_LIMITS = Object.freeze({
  /** 30 MB: bigger than any press photo needs to be, small enough to keep in memory. */
  maxBytes: 30 * 1024 * 1024,
  /** 40 megapixels: a decoder allocates width x height x 4 bytes. */
  maxPixels: 40_000_000,
});

export const IMAGE_REFUSALS = ['not-an-image', 'svg', 'too-large-bytes', 'too-many-pixels', 'damaged'] as const;
export type ImageRefusal = (typeof IMAGE_REFUSALS)[number];

export class ImageRefusedError extends Error {
  constructor(readonly reason: ImageRefusal) {
    super(`image refused: ${reason}`);
    this.name = 'ImageRefusedError';
  }
}

export interface ImageInfo {
  ext: Asset['ext'];
  mime: Asset['mime'];
  width: number;
  height: number;
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, at: number, len: number): string => String.fromCharCode(...b.subarray(at, at + len));
const u16be = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

function need(bytes: Uint8Array, length: number): void {
  if (bytes.length < length) throw new ImageRefusedError('damaged');
}

function png(b: Uint8Array): ImageInfo {
  need(b, 24);
  if (ascii(b, 12, 4) !== 'IHDR') throw new ImageRefusedError('damaged');
  return { ext: 'png', mime: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
}

/** SOF0-SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
const isStartOfFrame = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageInfo {
  let at = 2;
  for (;;) {
    need(b, at + 2);
    if (b[at] !== 0xff) throw new ImageRefusedError('damaged');
    while (b[at] === 0xff && at < b.length) at++; // fill bytes
    need(b, at + 1);
    const marker = b[at]!;
    at++;
    // Markers without a length: TEM and RST0-7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    // Scan data or the end before any frame header: not a usable JPEG.
    if (marker === 0xd9 || marker === 0xda) throw new ImageRefusedError('damaged');
    need(b, at + 2);
    const length = u16be(b, at);
    if (length < 2) throw new ImageRefusedError('damaged');
    if (isStartOfFrame(marker)) {
      need(b, at + 7);
      return { ext: 'jpg', mime: 'image/jpeg', height: u16be(b, at + 3), width: u16be(b, at + 5) };
    }
    at += length;
  }
}

function webp(b: Uint8Array): ImageInfo {
  need(b, 30);
  const chunk = ascii(b, 12, 4);
  const info = (width: number, height: number): ImageInfo => ({ ext: 'webp', mime: 'image/webp', width, height });
  if (chunk === 'VP8X') return info(u24le(b, 24) + 1, u24le(b, 27) + 1);
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) throw new ImageRefusedError('damaged');
    const b1 = b[21]!;
    const b2 = b[22]!;
    const b3 = b[23]!;
    const b4 = b[24]!;
    return info(1 + (((b2 & 0x3f) << 8) | b1), 1 + (((b4 & 0x0f) << 10) | (b3 << 2) | ((b2 & 0xc0) >> 6)));
  }
  if (chunk === 'VP8 ') {
    // Frame tag (3 bytes), then the key frame start code 9d 01 2a and 14-bit sizes.
    if (!startsWith(b, [0x9d, 0x01, 0x2a], 23)) throw new ImageRefusedError('damaged');
    return info(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  }
  throw new ImageRefusedError('damaged');
}

function gif(b: Uint8Array): ImageInfo {
  need(b, 10);
  return { ext: 'gif', mime: 'image/gif', width: u16le(b, 6), height: u16le(b, 8) };
}

/** Text that opens like markup and mentions <svg near the start: an SVG, however it is dressed. */
function looksLikeSvg(b: Uint8Array): boolean {
  // Latin-1 never fails to decode, and the markup we look for is ASCII; a UTF-8 BOM is skipped.
  const head = strFromU8(b.subarray(0, 4096), true).replace(/^\xef\xbb\xbf/, '').trimStart();
  return head.startsWith('<') && /<svg[\s>/]/i.test(head);
}

function identify(b: Uint8Array): ImageInfo {
  if (startsWith(b, PNG_SIGNATURE)) return png(b);
  if (startsWith(b, [0xff, 0xd8, 0xff])) return jpeg(b);
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webp(b);
  const magic = ascii(b, 0, 6);
  if (magic === 'GIF87a' || magic === 'GIF89a') return gif(b);
  if (looksLikeSvg(b)) throw new ImageRefusedError('svg');
  throw new ImageRefusedError('not-an-image');
}

/** The image's real type and size, or an ImageRefusedError saying why it cannot be used. */
export function sniffImage(bytes: Uint8Array): ImageInfo {
  if (bytes.length > IMAGE_LIMITS.maxBytes) throw new ImageRefusedError('too-large-bytes');
  const info = identify(bytes);
  if (info.width <= 0 || info.height <= 0) throw new ImageRefusedError('damaged');
  if (info.width * info.height > IMAGE_LIMITS.maxPixels) throw new ImageRefusedError('too-many-pixels');
  return info;
}
