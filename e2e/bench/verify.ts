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
import type { Release } from '../../core/document/release';
import { releaseApprovalState } from '../../core/signoff/approval';
import { sha256Hex as nodeSha256Hex } from '../../electron/services/files';
import { createKeyService, verifySignature } from '../../electron/services/keys';
import { writeBenchResults } from './results';
import { median, releaseWithPhotos } from './large-release';

const TARGET_MS = 50;

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
  const { release, assets } = releaseWithPhotos(20_000, 30);
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
