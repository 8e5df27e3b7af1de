import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  SVG_IMAGE,
  gifHeader,
  jpegHeader,
  pngHeader,
  pngImage,
  webpExtendedHeader,
  webpLosslessHeader,
  webpLossyHeader,
} from './image-fixtures';
import { IMAGE_LIMITS, ImageRefusedError, sniffImage, type ImageRefusal } from './image-info';

function refusal(bytes: Uint8Array): ImageRefusal {
  try {
    sniffImage(bytes);
  } catch (error) {
    if (error instanceof ImageRefusedError) return error.reason;
    throw error;
  }
  throw new Error('expected the image to be refused');
}

describe('sniffImage', () => {
  it('reads a real PNG', () => {
    expect(sniffImage(pngImage(3, 2))).toEqual({ ext: 'png', mime: 'image/png', width: 3, height: 2 });
  });

  it('reads JPEG frame headers, baseline and progressive, after other segments', () => {
    expect(sniffImage(jpegHeader(640, 480))).toEqual({ ext: 'jpg', mime: 'image/jpeg', width: 640, height: 480 });
    expect(sniffImage(jpegHeader(1200, 800, { progressive: true }))).toMatchObject({ width: 1200, height: 800 });
  });

  it('reads the three WebP flavours', () => {
    expect(sniffImage(webpLosslessHeader(321, 123))).toEqual({ ext: 'webp', mime: 'image/webp', width: 321, height: 123 });
    expect(sniffImage(webpExtendedHeader(4000, 3000))).toMatchObject({ ext: 'webp', width: 4000, height: 3000 });
    expect(sniffImage(webpLossyHeader(800, 600))).toMatchObject({ ext: 'webp', width: 800, height: 600 });
  });

  it('reads a GIF89a header', () => {
    expect(sniffImage(gifHeader(10, 20))).toEqual({ ext: 'gif', mime: 'image/gif', width: 10, height: 20 });
  });

  it('takes the type from the bytes, not the name: a PNG called .jpg is a PNG', () => {
    const renamed = { name: 'anh.jpg', bytes: pngImage(1, 1) };
    expect(sniffImage(renamed.bytes).ext).toBe('png');
  });

  it('refuses SVG, with or without an XML prolog or a BOM', () => {
    expect(refusal(SVG_IMAGE)).toBe('svg');
    expect(refusal(strToU8('\uFEFF  <svg viewBox="0 0 1 1"></svg>'))).toBe('svg');
    expect(refusal(strToU8('<!DOCTYPE svg><SVG></SVG>'))).toBe('svg');
  });

  it('refuses HTML, XML, text and random bytes as not an image', () => {
    for (const text of ['<html><img src=x onerror=alert(1)></html>', '<?xml version="1.0"?><note/>', 'hello', '']) {
      expect(refusal(strToU8(text))).toBe('not-an-image');
    }
    expect(refusal(Uint8Array.from([0x42, 0x4d, 1, 2, 3]))).toBe('not-an-image'); // BMP
  });

  it('refuses truncated or zero-sized headers as damaged', () => {
    expect(refusal(pngImage(2, 2).subarray(0, 20))).toBe('damaged');
    expect(refusal(pngHeader(0, 10))).toBe('damaged');
    expect(refusal(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBe('damaged'); // scan before frame
    expect(refusal(jpegHeader(100, 100).subarray(0, 24))).toBe('damaged');
    expect(refusal(gifHeader(0, 5))).toBe('damaged');
    expect(refusal(webpLosslessHeader(5, 5).subarray(0, 22))).toBe('damaged');
  });

  it('refuses more than 40 megapixels from the header alone', () => {
    expect(refusal(pngHeader(8000, 6000))).toBe('too-many-pixels');
    expect(refusal(jpegHeader(65_535, 65_535))).toBe('too-many-pixels');
    expect(sniffImage(pngHeader(8000, 5000)).width).toBe(8000); // exactly 40 MP is fine
  });

  it('refuses more than 30 MB before looking at the content', () => {
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 1);
    big.set(pngImage(1, 1));
    expect(refusal(big)).toBe('too-large-bytes');
  });
});
