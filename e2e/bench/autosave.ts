/**
 * `npm run bench`: one autosave of the 20,000-word release with 30 photos, after one keystroke.
 *
 * writeRecovery as the handler calls it (the release and its photo bytes in memory), first once to
 * fill the recovery folder, then after a one-letter change to the headline: `autosave_large_bytes`
 * is what that second write put on disk (the files it created or replaced; target <= 1 MiB), and
 * `autosave_large_ms` its time, median of 7 such keystrokes.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRecovery } from '../../electron/services/recovery';
import { median, releaseWithPhotos } from './large-release';
import { writeBenchResults } from './results';

const TARGET_BYTES = 1024 * 1024;

/** Bytes of every file under `dir` changed at or after `since` (ms since the epoch). */
async function bytesWrittenSince(dir: string, since: number): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const info = await stat(join(entry.parentPath, entry.name));
    if (info.mtimeMs >= since) total += info.size;
  }
  return total;
}

async function main(): Promise<void> {
  const { release, assets } = releaseWithPhotos(20_000, 30);
  const root = await mkdtemp(join(tmpdir(), 'pressdesk-bench-autosave-'));
  const dir = join(root, 'recovery');
  try {
    await writeRecovery(dir, 'draft-bench-large', null, release, new Date(), assets);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 7; i++) {
      // mtimes have coarse granularity on some file systems: start the clock on a fresh tick.
      await new Promise((r) => setTimeout(r, 20));
      const since = Date.now() - 1;
      const start = performance.now();
      await writeRecovery(dir, 'draft-bench-large', null, { ...release, headline: `${release.headline}${'abcdefg'[i]}` }, new Date(), assets);
      times.push(performance.now() - start);
      bytes = Math.max(bytes, await bytesWrittenSince(dir, since));
    }
    const figures = { autosave_large_bytes: bytes, autosave_large_ms: median(times) };
    console.log(`autosave (20,000 words, 30 photos, one keystroke): ${bytes} bytes (target <= ${TARGET_BYTES}), ${figures.autosave_large_ms.toFixed(1)} ms median`);
    await writeBenchResults(figures);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
