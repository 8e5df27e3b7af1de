/**
 * A whole DOCX export, built where it runs: WebP photos made fit for Word, the document built and
 * packed. It runs as one task of the bounded reader's worker ('docxExport' in reader-tasks.ts):
 * building and packing a release held the main process for up to seconds, and every call waited.
 * The options go to buildDocx untouched, whatever they hold.
 */
import { usedAssets } from '../../core/document/asset-list';
import { ImageRefusedError, sniffImage } from '../../core/document/image-info';
import type { Asset } from '../../core/document/release';
import type { DocxOptions } from '../../core/export/docx';
import type { ExportInput } from '../../core/export/types';
import { AppFailure } from './errors';
import { WebpDecodeError, type Transcoded } from './webp-transcode';

export type Transcode = (bytes: Uint8Array) => Promise<Transcoded>;

/** The WebP photos the release uses, each with the pixels its header claims (0 when it has no readable header). */
export function webpPhotos(input: ExportInput): { asset: Asset; pixels: number }[] {
  return usedAssets(input.release.body, input.release.assets)
    .filter((asset) => asset.ext === 'webp')
    .map((asset) => {
      const bytes = input.assets.get(asset.hash);
      try {
        const header = bytes === undefined ? null : sniffImage(bytes);
        return { asset, pixels: header === null ? 0 : header.width * header.height };
      } catch {
        return { asset, pixels: 0 }; // refused below, before any decode
      }
    });
}

/**
 * Word documents cannot carry WebP, so for this export only each WebP photo the release uses is
 * converted (opaque -> JPEG, transparent -> PNG) and its asset entry says so, under the same hash.
 * The release itself, its file and the HTML/CMS exports keep the WebP.
 */
export async function withoutWebp(input: ExportInput, transcoder: () => Promise<Transcode>): Promise<ExportInput> {
  const webps = webpPhotos(input);
  if (webps.length === 0) return input;
  const transcode = await transcoder(); // the codecs load only for a release that has a WebP
  const bytes = new Map(input.assets);
  const replaced = new Map<string, Asset>();
  for (const { asset } of webps) {
    const original = input.assets.get(asset.hash);
    if (original === undefined) continue; // buildDocx names the missing image
    try {
      // The header again, before decoding: a file edited by hand may claim any size, and a decode allocates width x height x 4.
      const header = sniffImage(original);
      if (header.ext !== 'webp') throw new WebpDecodeError('not a WebP file');
      const converted = await transcode(original);
      bytes.set(asset.hash, converted.bytes);
      const { ext, mime, width, height } = converted;
      replaced.set(asset.hash, { ...asset, ext, mime, width, height, bytes: converted.bytes.length });
    } catch (e) {
      if (e instanceof ImageRefusedError && (e.reason === 'too-many-pixels' || e.reason === 'too-large-bytes')) {
        throw new AppFailure('image-refused', { reason: e.reason });
      }
      if (e instanceof ImageRefusedError || e instanceof WebpDecodeError) throw new AppFailure('image-refused', { reason: 'webp-unreadable' });
      throw e;
    }
  }
  const assets = input.release.assets.map((asset) => replaced.get(asset.hash) ?? asset);
  return { ...input, release: { ...input.release, assets }, assets: bytes };
}

/** The .docx bytes (photos stored, not recompressed: see core/export/docx/pack.ts; WebP converted first). */
export async function buildDocxBytes(input: ExportInput, options: DocxOptions, transcoder: () => Promise<Transcode>): Promise<Uint8Array> {
  // Loaded here, not at the top: the main process imports this module for webpPhotos and never builds a DOCX itself.
  const { buildDocx, packDocx } = await import('../../core/export/docx');
  return packDocx(buildDocx(await withoutWebp(input, transcoder), options));
}
