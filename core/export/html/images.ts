/**
 * Images for the HTML exports: numbered file names in order of first appearance (one file per
 * asset, however often it is used), base64 data: URIs for the embedded page, and ASCII slugs of
 * Vietnamese names for file names.
 */
import type { Asset, Release } from '../../document/release';
import { slugify as slugifyText } from '../../vi/slug';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
const PAD = 61; // "="
const ASCII = new TextDecoder('utf-8');

/** Standard base64 with padding (core has no Buffer or btoa): ASCII codes first, one string at the end. */
export function base64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = B64_CODES[n >> 18]!;
    out[o++] = B64_CODES[(n >> 12) & 63]!;
    out[o++] = B64_CODES[(n >> 6) & 63]!;
    out[o++] = B64_CODES[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = B64_CODES[n >> 18]!;
    out[o++] = B64_CODES[(n >> 12) & 63]!;
    out[o++] = rest === 2 ? B64_CODES[(n >> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  // All ASCII, so UTF-8 decoding gives the same string; its ASCII fast path beats String.fromCharCode.
  return ASCII.decode(out);
}

/** "Thông cáo số 05" -> "thong-cao-so-05" (core/vi/slug.ts), at most `max` characters. */
export function slugify(text: string, max = 48): string {
  return slugifyText(text, max);
}

/** The extension an asset is written with ("jpg", "png", "webp", "gif"). */
export function assetExtension(asset: Asset): string {
  return asset.ext;
}

/** Hands out `<prefix>anh-<n>.<ext>` names in order of first use and collects the bytes. */
export class ImageFiles {
  readonly files = new Map<string, Uint8Array>();
  private readonly names = new Map<string, string>();
  private readonly uris = new Map<string, string>();

  constructor(
    private readonly release: Release,
    private readonly bytes: ReadonlyMap<string, Uint8Array>,
    private readonly prefix: string,
  ) {}

  asset(hash: string): { asset: Asset; bytes: Uint8Array } {
    const asset = this.release.assets.find((a) => a.hash === hash);
    if (!asset) throw new Error(`HTML export: a figure refers to an image that is not in the release: ${hash}`);
    const bytes = this.bytes.get(hash);
    if (!bytes) throw new Error(`HTML export: the bytes of image ${hash} were not supplied`);
    return { asset, bytes };
  }

  /** The file name for an asset, assigned on first use. */
  nameFor(hash: string): string {
    const known = this.names.get(hash);
    if (known !== undefined) return known;
    const { asset, bytes } = this.asset(hash);
    const name = `${this.prefix}anh-${this.names.size + 1}.${assetExtension(asset)}`;
    this.names.set(hash, name);
    this.files.set(name, bytes);
    return name;
  }

  /** A data: URI of the image (encoded once however often it is used). */
  dataUri(hash: string): string {
    let uri = this.uris.get(hash);
    if (uri === undefined) {
      const { asset, bytes } = this.asset(hash);
      uri = `data:${asset.mime};base64,${base64(bytes)}`;
      this.uris.set(hash, uri);
    }
    return uri;
  }
}
