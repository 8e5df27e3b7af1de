/**
 * Bench compare_large_ms: "Compare with…" on the 20,000-word release with 30 photos — a snapshot
 * kept at a move against the text after ~500 edits since (a word replaced, inserted or deleted in
 * 500 paragraphs spread through the body, and the headline changed). What the app does between
 * the click and the red-line: read the snapshot file (parse, validate) and compare
 * (core/review/compare.ts). Median of 5 runs, after one warm-up.
 */
import { performance } from 'node:perf_hooks';
import type { PmNode, Release } from '../../core/document/release';
import { compareWithSnapshot } from '../../core/review/compare';
import { parseSnapshot, serializeSnapshot, snapshotContent } from '../../core/review/snapshot';
import { median, releaseWithPhotos } from './large-release';
import { writeBenchResults } from './results';

export const COMPARE_EDITS = 500;

/** The release after `edits` word-level edits spread evenly over its paragraphs (a few words apart inside each). */
export function editedRelease(release: Release, edits = COMPARE_EDITS): Release {
  const paragraphs = release.body.content.map((b, i) => [b, i] as const).filter(([b]) => b.type === 'paragraph' && b.content?.[0]?.type === 'text');
  const content = [...release.body.content];
  const perParagraph = Math.ceil(edits / paragraphs.length);
  let made = 0;
  for (const [block, index] of paragraphs) {
    const [first, ...rest] = block.content!;
    const words = first!.text!.split(' ');
    // From the end back, so an insertion or a deletion does not move the places still to edit.
    for (let k = perParagraph - 1; k >= 0 && made < edits; k--) {
      const at = 2 + k * 9;
      if (at >= words.length) continue;
      if (made % 3 === 0) words[at] = 'đã-sửa';
      else if (made % 3 === 1) words.splice(at, 0, 'thêm-mới');
      else words.splice(at, 1);
      made++;
    }
    const edited: PmNode = { ...block, content: [{ ...first!, text: words.join(' ') }, ...rest] };
    content[index] = edited;
  }
  return { ...release, headline: `${release.headline} (sửa)`, body: { type: 'doc', content } };
}

async function main(): Promise<void> {
  const { release } = releaseWithPhotos(20_000, 30);
  const { bytes, hash } = serializeSnapshot(snapshotContent(release));
  const now = editedRelease(release);
  const run = (): { ms: number; changes: number } => {
    const start = performance.now();
    const comparison = compareWithSnapshot(parseSnapshot(bytes, hash), now);
    return { ms: performance.now() - start, changes: comparison.textChanges };
  };
  const warm = run();
  const times = Array.from({ length: 5 }, () => run().ms);
  const compareLargeMs = median(times);
  console.log(`compare_large_ms: ${compareLargeMs.toFixed(1)} ms (median of 5; ${warm.changes} changed places found for ${COMPARE_EDITS} edits; snapshot ${(bytes.length / 1024).toFixed(0)} KB)`);
  await writeBenchResults({ compare_large_ms: compareLargeMs });
}

await main();
