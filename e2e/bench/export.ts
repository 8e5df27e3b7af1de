/**
 * `npm run bench` (after the typing bench): export speed, written into bench-results.json.
 *
 * Three releases go through the real export path (build + pack + atomic write, as the app does):
 * the kitchen sink; a typical two-page release (about 650 words, 3 photos); and a 20,000-word
 * release with 30 photos of realistic size (noise PNGs of 300-460 KB, which do not compress).
 * Beside them, pandoc (if installed) turns the same content — our standalone HTML with the photos
 * as files — into DOCX, timed in the same run, as the yardstick. One more run exports the typical
 * release with a 12-megapixel WebP photo, which the DOCX export transcodes (Word cannot carry WebP). Peak memory is the process's RSS
 * sampled every 5 ms while the large DOCX is written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import type { ExportInput } from '../../core/export/types';
import { exportToPath } from '../../electron/services/export-writer';
import { withWebpFirstPhoto } from '../../electron/test-helpers';
import { picture, webpEncoder } from '../../electron/test-webp';
import { writeBenchResults } from './results';
import { BENCH_ORGANISATION, exportInputWithPhotos, median } from './large-release';

const run = promisify(execFile);
const TARGET_TYPICAL_MS = 1_000;

async function timeExport(input: ExportInput, format: 'docx' | 'html', dir: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = performance.now();
    // Each run replaces the previous run's page and photos (the same names, other releases' bytes).
    await exportToPath(input, { format, htmlImages: 'files', overwrite: true }, join(dir, `out-${format}`));
    if (i > 0) times.push(performance.now() - start); // the first run warms up the JIT
  }
  return median(times);
}

async function peakRssDuring(work: () => Promise<unknown>): Promise<number> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
}

async function pandocMs(input: ExportInput, dir: string, runs: number): Promise<number | null> {
  try {
    await run('pandoc', ['--version']);
  } catch {
    return null;
  }
  const folder = join(dir, 'pandoc');
  const page = await exportToPath(input, { format: 'html', htmlImages: 'files' }, join(folder, 'page.html'));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run('pandoc', ['-f', 'html', '-t', 'docx', '-o', 'out.docx', page], { cwd: folder, maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - start);
  }
  return median(times);
}

const dir = await mkdtemp(join(tmpdir(), 'pressdesk-bench-export-'));
try {
  const sink = kitchenSinkRelease();
  const kitchen: ExportInput = { release: sink.release, assets: sink.assets, organisation: BENCH_ORGANISATION, generator: 'PressDesk bench' };
  const typical = exportInputWithPhotos(650, 3);
  const large = exportInputWithPhotos(20_000, 30);
  const photoBytes = [...large.assets.values()].reduce((n, b) => n + b.length, 0);

  const figures: Record<string, number> = {};
  figures['docx_kitchen_sink_ms'] = await timeExport(kitchen, 'docx', dir, 5);
  figures['html_kitchen_sink_ms'] = await timeExport(kitchen, 'html', dir, 5);
  figures['docx_typical_ms'] = await timeExport(typical, 'docx', dir, 5);
  figures['html_typical_ms'] = await timeExport(typical, 'html', dir, 5);
  figures['docx_large_ms'] = await timeExport(large, 'docx', dir, 3);
  figures['html_large_ms'] = await timeExport(large, 'html', dir, 3);
  figures['docx_large_peak_mb'] = await peakRssDuring(() => exportToPath(large, { format: 'docx' }, join(dir, 'peak.docx')));
  const docxSize = (await stat(join(dir, 'peak.docx'))).size;
  // The typical release with its first photo a 12-megapixel WebP camera picture: Word cannot carry
  // WebP, so the export transcodes it (libwebp + MozJPEG in WebAssembly). Made and run after the
  // peak-memory run: the codecs' WebAssembly memory would otherwise count in its RSS.
  const [webpWidth, webpHeight] = [4000, 3000];
  const webp = await (await webpEncoder())(picture(webpWidth, webpHeight), webpWidth, webpHeight);
  const withWebp: ExportInput = { ...typical, ...withWebpFirstPhoto(typical, webp, webpWidth, webpHeight) };
  figures['docx_webp_12mp_ms'] = await timeExport(withWebp, 'docx', dir, 2);
  const pandoc = await pandocMs(large, dir, 2);
  if (pandoc !== null) figures['pandoc_docx_large_ms'] = pandoc;

  const ms = (v: number | undefined): string => `${(v ?? NaN).toFixed(1)} ms`;
  console.log('Export (build + pack + write; median of runs after a warm-up):');
  console.log(`  kitchen sink           DOCX ${ms(figures['docx_kitchen_sink_ms'])}   HTML ${ms(figures['html_kitchen_sink_ms'])}`);
  console.log(`  typical (650 words, 3 photos)   DOCX ${ms(figures['docx_typical_ms'])} (target <= ${TARGET_TYPICAL_MS})   HTML ${ms(figures['html_typical_ms'])}`);
  console.log(`  typical with a 12 MP WebP photo (${(webp.length / 1024 / 1024).toFixed(1)} MB, transcoded to JPEG)   DOCX ${ms(figures['docx_webp_12mp_ms'])}`);
  console.log(
    `  large (20,000 words, 30 photos, ${(photoBytes / 1024 / 1024).toFixed(1)} MB of photos)   DOCX ${ms(figures['docx_large_ms'])} (${(docxSize / 1024 / 1024).toFixed(1)} MB)   HTML ${ms(figures['html_large_ms'])}`,
  );
  console.log(`  peak memory (RSS) while writing the large DOCX: ${figures['docx_large_peak_mb']!.toFixed(0)} MB`);
  if (pandoc === null) {
    console.log('  pandoc not installed: no comparison (apt-get install pandoc).');
  } else {
    console.log(`  pandoc -f html -t docx on the same content: ${ms(pandoc)}; PressDesk/pandoc = ${(figures['docx_large_ms']! / pandoc).toFixed(2)}`);
  }
  await writeBenchResults(figures);
  const missed = figures['docx_typical_ms']! > TARGET_TYPICAL_MS || (pandoc !== null && figures['docx_large_ms']! >= pandoc);
  if (missed) console.log('Export target MISSED.');
  process.exitCode = missed ? 1 : (process.exitCode ?? 0);
} finally {
  await rm(dir, { recursive: true, force: true });
}
