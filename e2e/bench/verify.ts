/**
 * `npm run bench` (after the export bench): sign-off verification speed, into bench-results.json.
 *
 * A 20,000-word release with 30 photos, signed once with a real Ed25519 key. Timed (file read
 * excluded, as the app has the release in memory on open): canonicalise + sha256 + verify one
 * approval (releaseApprovalState with node:crypto). Median of 30 runs after 3 warm-ups.
 * Beside it, for information, the same with every photo's bytes re-hashed with node:crypto (the
 * CLI does this to catch a swapped photo): `verify_large_with_photo_bytes_ms`.
 */
import { tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { makePng } from '../../core/document/fixture-images';
import { generateLongRelease } from '../../core/document/generate';
import type { Asset, PmNode, Release } from '../../core/document/release';
import { sha256Hex } from '../../core/document/sha256';
import { releaseApprovalState } from '../../core/signoff/approval';
import { sha256Hex as nodeSha256Hex } from '../../electron/services/files';
import { createKeyService, verifySignature } from '../../electron/services/keys';
import { writeBenchResults } from './results';

const TARGET_MS = 50;

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

function largeRelease(words: number, photos: number): { release: Release; assets: Map<string, Uint8Array> } {
  const base = generateLongRelease(words, 7);
  const assets = new Map<string, Uint8Array>();
  const list: Asset[] = [];
  const content: PmNode[] = [];
  const blocks = base.body.content;
  const every = Math.max(1, Math.floor(blocks.length / (photos + 1)));
  blocks.forEach((block, i) => {
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
  return { release: { ...base, body: { type: 'doc', content }, assets: list }, assets };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, f: () => void): number {
  for (let i = 0; i < 3; i++) f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const { release, assets } = largeRelease(20_000, 30);
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-bench-keys-'));
  try {
    const keys = createKeyService({ dir, secretBox: { isAvailable: () => false, encrypt: (b) => b, decrypt: (b) => b } });
    const approval = await keys.signApproval(release, { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng' }, undefined, new Date());
    const id = await keys.identity();
    const signed: Release = { ...release, approvals: [approval] };
    const trusted = [{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey }];
    if (!releaseApprovalState(signed, trusted, verifySignature).approved) throw new Error('bench: the approval does not verify');

    const verifyMs = time(30, () => void releaseApprovalState(signed, trusted, verifySignature));
    const withBytesMs = time(5, () => void releaseApprovalState(signed, trusted, verifySignature, { assetBytes: assets, hashBytes: nodeSha256Hex }));
    const photoMb = [...assets.values()].reduce((n, b) => n + b.length, 0) / 1024 ** 2;
    console.log(`verify: 20,000 words, ${release.assets.length} photos (${photoMb.toFixed(1)} MB)`);
    console.log(`  canonicalise + hash + verify one approval: ${verifyMs.toFixed(1)} ms (target < ${TARGET_MS} ms)${verifyMs < TARGET_MS ? '' : '  OVER TARGET'}`);
    console.log(`  the same, re-hashing every photo's bytes:  ${withBytesMs.toFixed(1)} ms`);
    await writeBenchResults({ verify_large_ms: verifyMs, verify_large_with_photo_bytes_ms: withBytesMs });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
