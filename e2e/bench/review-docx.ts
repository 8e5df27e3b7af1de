/**
 * `npm run bench`: review_docx_ms — the review copy (DOCX with Word comments and tracked changes)
 * of the 20,000-word release with 30 photos carrying 300 comment threads (replies on every third)
 * and 500 open suggestions (large-review.ts, as the other review benches), through the real export path (the bounded worker's build and pack,
 * then the atomic write), median of 3 after a warm-up. The clean DOCX of the same release is
 * timed beside it, so the cost of the review layer shows.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportInput } from '../../core/export/types';
import { exportToPath } from '../../electron/services/export-writer';
import { median } from './large-release';
import { largeReviewRelease } from './large-review';
import { writeBenchResults } from './results';

const ORGANISATION: ExportInput['organisation'] = { parentBody: '', issuingBody: 'Sở Thông tin và Truyền thông', abbreviation: 'STTTT', placeName: 'Điện Biên', rulebook: 'state' };

async function timed(input: ExportInput, reviewCopy: boolean, target: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    await exportToPath(input, { format: 'docx', draft: true, ...(reviewCopy ? { reviewCopy: true } : {}) }, target);
    if (i > 0) times.push(performance.now() - start); // the first run warms up
  }
  return median(times);
}

const dir = await mkdtemp(join(tmpdir(), 'pressdesk-bench-review-'));
try {
  // The same release the other review benches use (R2's generator).
  const large = largeReviewRelease(300, 500);
  const input: ExportInput = { release: large.release, assets: large.assets, organisation: ORGANISATION, generator: 'PressDesk bench' };
  const review = await timed(input, true, join(dir, 'review.docx'), 3);
  const clean = await timed(input, false, join(dir, 'clean.docx'), 3);
  const size = (await stat(join(dir, 'review.docx'))).size;
  console.log(`Review copy DOCX (20,000 words, 30 photos, 300 threads, 500 suggestions): ${review.toFixed(0)} ms median of 3 (${(size / 1024 / 1024).toFixed(1)} MB); clean DOCX of the same: ${clean.toFixed(0)} ms`);
  await writeBenchResults({ review_docx_ms: review });
} finally {
  await rm(dir, { recursive: true, force: true });
}
