/**
 * Tiny images built in code for tests (unit and e2e), so no binary fixtures live in the repo.
 * `pngImage` is a real, decodable PNG; the other builders are headers only — enough for the
 * sniffer, which never decodes. Not used by the app.
 */
import { zlibSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const le24 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([ascii(type), data]);
  return concat([be32(data.length), typed, be32(crc32(typed))]);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ihdr = (width: number, height: number): Uint8Array =>
  pngChunk('IHDR', Uint8Array.from([...be32(width), ...be32(height), 8, 2, 0, 0, 0])); // 8-bit RGB

/** A real PNG of one colour that browsers decode. */
export function pngImage(width: number, height: number, rgb: readonly [number, number, number] = [200, 30, 30]): Uint8Array {
  const row = [0, ...Array.from({ length: width }, () => rgb).flat()]; // filter byte 0, then pixels
  const raw = Uint8Array.from(Array.from({ length: height }, () => row).flat());
  return concat([PNG_SIGNATURE, ihdr(width, height), pngChunk('IDAT', zlibSync(raw)), pngChunk('IEND', new Uint8Array(0))]);
}

/** A PNG header claiming any size (the pixel data is empty): for limit tests, a few bytes long. */
export function pngHeader(width: number, height: number): Uint8Array {
  return concat([PNG_SIGNATURE, ihdr(width, height), pngChunk('IEND', new Uint8Array(0))]);
}

/** A JPEG's markers up to its frame header: SOI, APP0 (JFIF), SOF0 or SOF2 (progressive), EOI. */
export function jpegHeader(width: number, height: number, options: { progressive?: boolean } = {}): Uint8Array {
  const app0 = [0xff, 0xe0, ...be16(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof = [0xff, options.progressive ? 0xc2 : 0xc0, ...be16(17), 8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

function riffWebp(chunk: string, data: readonly number[]): Uint8Array {
  const body = [...ascii('WEBP'), ...ascii(chunk), ...le24(data.length), 0, ...data];
  return Uint8Array.from([...ascii('RIFF'), ...le24(body.length), 0, ...body]);
}

/** A lossless WebP header (VP8L): 14-bit width-1 and height-1 after the 0x2f signature. */
export function webpLosslessHeader(width: number, height: number): Uint8Array {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  return riffWebp('VP8L', [0x2f, bits & 0xff, (bits >>> 8) & 0xff, (bits >>> 16) & 0xff, (bits >>> 24) & 0xff, 0, 0, 0, 0, 0]);
}

/** An extended WebP header (VP8X): 24-bit canvas width-1 and height-1. */
export function webpExtendedHeader(width: number, height: number): Uint8Array {
  return riffWebp('VP8X', [0, 0, 0, 0, ...le24(width - 1), ...le24(height - 1)]);
}

/** A lossy WebP key frame header (VP8): start code 9d 01 2a, then 14-bit sizes. */
export function webpLossyHeader(width: number, height: number): Uint8Array {
  return riffWebp('VP8 ', [0x30, 0x01, 0x00, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height), 0, 0]);
}

/** GIF89a: logical screen width and height, little-endian. */
export function gifHeader(width: number, height: number): Uint8Array {
  return Uint8Array.from([...ascii('GIF89a'), ...le16(width), ...le16(height), 0, 0, 0, 0x3b]);
}

export const SVG_IMAGE = new Uint8Array(
  ascii('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
);
