/** The releases the benchmarks measure: generated Vietnamese text with photo-sized figures. */
import { generateLongRelease } from '../../core/document/generate';
import { makePng } from '../../core/document/image-fixtures';
import type { Asset, PmNode, Release } from '../../core/document/release';
import { sha256Hex } from '../../core/document/sha256';
import type { ExportInput } from '../../core/export/types';

/** The issuing body the export benches print in the header. */
export const BENCH_ORGANISATION: ExportInput['organisation'] = {
  parentBody: 'UBND TỈNH ĐIỆN BIÊN',
  issuingBody: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
  abbreviation: 'SVHTTDL',
  placeName: 'Điện Biên',
  rulebook: 'state',
};

/** A photo-sized PNG of noise: 300-460 KB, as big on disk as a web-ready JPEG photo. */
function photo(seed: number): { bytes: Uint8Array; asset: Asset } {
  const width = 400 + (seed % 3) * 40;
  const height = 260 + (seed % 2) * 40;
  let s = (seed * 2654435761) >>> 0;
  const next = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s >>> 24;
  };
  const bytes = makePng(width, height, () => [next(), next(), next()]);
  return { bytes, asset: { hash: sha256Hex(bytes), ext: 'png', mime: 'image/png', width, height, bytes: bytes.length } };
}

/** A generated release of `words` words with `photos` figures spread evenly through the body (the first is the lead). */
export function releaseWithPhotos(words: number, photos: number): { release: Release; assets: Map<string, Uint8Array> } {
  const base = generateLongRelease(words, 7);
  const assets = new Map<string, Uint8Array>();
  const list: Asset[] = [];
  const content: PmNode[] = [];
  const every = Math.max(1, Math.floor(base.body.content.length / (photos + 1)));
  base.body.content.forEach((block, i) => {
    content.push(block);
    if (list.length < photos && (i + 1) % every === 0) {
      const { bytes, asset } = photo(list.length + 1);
      assets.set(asset.hash, bytes);
      list.push(asset);
      content.push({
        type: 'figure',
        attrs: { asset: asset.hash, alt: `Ảnh minh họa số ${list.length}`, credit: 'Ảnh: Minh Anh', width: 'full', align: 'center', lead: list.length === 1 },
        content: [{ type: 'text', text: `Quang cảnh hoạt động số ${list.length} tại huyện Mường Chà.` }],
      });
    }
  });
  const release: Release = { ...base, sapo: 'Sáng 8/1, tỉnh Điện Biên tổ chức hội nghị tổng kết năm.', body: { type: 'doc', content }, assets: list };
  return { release, assets };
}

/** releaseWithPhotos(words, photos) as the export path takes it, from BENCH_ORGANISATION. */
export function exportInputWithPhotos(words: number, photos: number): ExportInput {
  return { ...releaseWithPhotos(words, photos), organisation: BENCH_ORGANISATION, generator: 'PressDesk bench' };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
