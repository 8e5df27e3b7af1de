/** Shared by every benchmark: percentiles and the bench-results.json file (later benches add keys). */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const RESULTS_FILE = resolve('bench-results.json');

/** Nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Merges these figures into bench-results.json, keeping keys other benches wrote. */
export async function writeBenchResults(figures: Record<string, number>): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
  } catch {
    existing = {};
  }
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 100) / 100]));
  await writeFile(RESULTS_FILE, JSON.stringify({ ...existing, ...rounded }, null, 2) + '\n');
}
