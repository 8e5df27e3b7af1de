/**
 * Images built in code for fixtures and tests (unit, e2e and the benchmarks), so no binary
 * fixtures live in the repo. Not used by the app.
 *
 * Real, decodable images: `makePng`, an RGB PNG of any colours (chunks from png.ts), and
 * `makeJpeg`, a baseline JPEG (JFIF, 4:4:4 YCbCr, one DC value per 8x8 block, so no DCT is
 * needed); `pngImage` is a one-colour `makePng`. The other builders are headers only — enough for
 * the sniffer, which never decodes.
 */
import { zlibSync } from 'fflate';
import { concatBytes } from './bytes';
import { PNG_SIGNATURE, pngChunk } from './png';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const be32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const be16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const le16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const le24 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff];

// --- PNG -----------------------------------------------------------------------------------

// Bit depth 8, colour type RGB, deflate, adaptive filters, no interlace.
const ihdr = (width: number, height: number): Uint8Array =>
  pngChunk('IHDR', Uint8Array.from([...be32(width), ...be32(height), 8, 2, 0, 0, 0]));
const IEND = (): Uint8Array => pngChunk('IEND', new Uint8Array(0));

type Rgb = readonly [number, number, number];

/** An 8-bit RGB PNG of `width` x `height` whose colour comes from `pixel(x, y)`. */
export function makePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  let i = 0;
  for (let y = 0; y < height; y++) {
    raw[i++] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      raw[i++] = r;
      raw[i++] = g;
      raw[i++] = b;
    }
  }
  return concatBytes([PNG_SIGNATURE, ihdr(width, height), pngChunk('IDAT', zlibSync(raw)), IEND()]);
}

/** A real PNG of one colour that browsers decode. */
export function pngImage(width: number, height: number, rgb: Rgb = [200, 30, 30]): Uint8Array {
  return makePng(width, height, () => rgb);
}

/** A PNG header claiming any size (the pixel data is empty): for limit tests, a few bytes long. */
export function pngHeader(width: number, height: number): Uint8Array {
  return concatBytes([PNG_SIGNATURE, ihdr(width, height), IEND()]);
}

// --- JPEG ----------------------------------------------------------------------------------

/** Huffman table: code lengths count (16) and symbols; canonical codes are derived. */
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]; // ITU T.81 Annex K, luminance DC
const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Only one AC symbol is ever written: EOB (0x00), code "0". */
const AC_BITS = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_VALUES = [0x00];

function canonicalCodes(bits: number[], values: number[]): Map<number, { code: number; length: number }> {
  const codes = new Map<number, { code: number; length: number }>();
  let code = 0;
  let k = 0;
  for (let length = 1; length <= 16; length++) {
    for (let n = 0; n < bits[length - 1]!; n++) codes.set(values[k++]!, { code: code++, length });
    code <<= 1;
  }
  return codes;
}

class BitWriter {
  private bytes: number[] = [];
  private acc = 0;
  private count = 0;
  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.acc = (this.acc << 1) | ((value >> i) & 1);
      if (++this.count === 8) this.flushByte();
    }
  }
  private flushByte(): void {
    this.bytes.push(this.acc);
    if (this.acc === 0xff) this.bytes.push(0x00); // byte stuffing
    this.acc = 0;
    this.count = 0;
  }
  finish(): Uint8Array {
    while (this.count !== 0) this.write(1, 1); // pad with ones
    return Uint8Array.from(this.bytes);
  }
}

/** A marker segment: 0xff, the marker, a big-endian length that counts itself, the data. */
function segment(marker: number, data: readonly number[]): number[] {
  return [0xff, marker, ...be16(data.length + 2), ...data];
}

/** APP0: JFIF 1.1, no units, 1:1 density, no thumbnail. */
const JFIF_APP0 = segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

/**
 * A baseline JFIF JPEG of `width` x `height` (multiples of 8), colour constant per 8x8 block from
 * `block(bx, by)`. Each block's DC coefficient carries the colour; every AC run is an EOB.
 */
export function makeJpeg(width: number, height: number, block: (bx: number, by: number) => Rgb): Uint8Array {
  if (width % 8 !== 0 || height % 8 !== 0) throw new Error('makeJpeg: width and height must be multiples of 8');
  const dc = canonicalCodes(DC_BITS, DC_VALUES);
  const ac = canonicalCodes(AC_BITS, AC_VALUES);
  const eob = ac.get(0)!;
  const bits = new BitWriter();
  const predictors = [0, 0, 0];
  for (let by = 0; by < height / 8; by++) {
    for (let bx = 0; bx < width / 8; bx++) {
      const [r, g, b] = block(bx, by);
      const ycc = [
        0.299 * r + 0.587 * g + 0.114 * b,
        128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
        128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
      ];
      for (let c = 0; c < 3; c++) {
        // With a DC quantiser of 8, the quantised DC equals the level-shifted sample value.
        const value = Math.round(Math.min(255, Math.max(0, ycc[c]!))) - 128;
        const diff = value - predictors[c]!;
        predictors[c] = value;
        const magnitude = Math.abs(diff);
        const category = magnitude === 0 ? 0 : Math.floor(Math.log2(magnitude)) + 1;
        const huff = dc.get(category)!;
        bits.write(huff.code, huff.length);
        if (category > 0) bits.write(diff < 0 ? diff + (1 << category) - 1 : diff, category);
        bits.write(eob.code, eob.length);
      }
    }
  }
  const quant = new Array<number>(64).fill(1);
  quant[0] = 8;
  const bytes = [
    0xff, 0xd8,
    ...JFIF_APP0,
    ...segment(0xdb, [0x00, ...quant]),
    ...segment(0xc0, [8, ...be16(height), ...be16(width), 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]),
    ...segment(0xc4, [0x00, ...DC_BITS, ...DC_VALUES]),
    ...segment(0xc4, [0x10, ...AC_BITS, ...AC_VALUES]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
  ];
  return concatBytes([bytes, bits.finish(), [0xff, 0xd9]]);
}

/** A JPEG's markers up to its frame header: SOI, APP0 (JFIF), SOF0 or SOF2 (progressive), EOI. */
export function jpegHeader(width: number, height: number, options: { progressive?: boolean } = {}): Uint8Array {
  const sof = segment(options.progressive ? 0xc2 : 0xc0, [8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Uint8Array.from([0xff, 0xd8, ...JFIF_APP0, ...sof, 0xff, 0xd9]);
}

// --- WebP, GIF, SVG (headers only) ---------------------------------------------------------

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
