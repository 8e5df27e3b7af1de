/**
 * `npm run bench` (after the export bench): does a WebP export keep the app answering?
 *
 * The handlers as the app and the browser host run them: the typical release with a 12-megapixel
 * WebP photo is opened and exported to DOCX as a draft (the photo transcoded to JPEG for Word), and
 * meanwhile a trivial call (setDocumentState, through invokeHandler's payload check as over IPC) is
 * made every 10 ms. `ipc_during_webp_ms` is the longest any of them waited (target <= 100 ms);
 * `ipc_during_webp_calls` how many were made, so a run with none cannot pass unnoticed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, invokeHandler } from '../../electron/handlers';
import { writeReleaseFile } from '../../electron/services/files';
import { testHandlerDeps, withWebpFirstPhoto } from '../../electron/test-helpers';
import { picture, webpEncoder } from '../../electron/test-webp';
import { releaseWithPhotos } from './large-release';
import { writeBenchResults } from './results';

const TARGET_MS = 100;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pressdesk-bench-webp-ipc-'));
  try {
    const [width, height] = [4000, 3000];
    const webp = await (await webpEncoder())(picture(width, height), width, height);
    const { release, assets } = withWebpFirstPhoto(releaseWithPhotos(650, 3), webp, width, height);
    const file = join(dir, 'thong-cao.pressdesk');
    await writeReleaseFile(file, release, { expected: null, overwriteChanged: false, assets });

    const handlers = createHandlers(testHandlerDeps(dir));
    const opened = await invokeHandler(handlers, 'openFile', { path: file });
    if (!opened.ok || opened.value === null) throw new Error(`open failed: ${JSON.stringify(opened)}`);

    const waits: number[] = [];
    let exporting = true;
    const prober = (async () => {
      while (exporting) {
        const start = performance.now();
        const answer = await invokeHandler(handlers, 'setDocumentState', { title: 'thong-cao', dirty: true });
        if (!answer.ok) throw new Error('the trivial call failed');
        waits.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const started = performance.now();
    // The event loop's own delay counts too: a timer due in 10 ms that fires late is a call that waited.
    let lastTick = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      waits.push(Math.max(0, now - lastTick - 10));
      lastTick = now;
    }, 10);
    const exported = await invokeHandler(handlers, 'exportRelease', {
      release: opened.value.release,
      format: 'docx',
      template: 'news',
      path: join(dir, 'thong-cao.docx'),
      draft: true,
    });
    const exportMs = performance.now() - started;
    exporting = false;
    clearInterval(ticker);
    await prober;
    if (!exported.ok) throw new Error(`export failed: ${JSON.stringify(exported)}`);

    const longest = Math.max(...waits);
    console.log(
      `WebP export (12 MP, ${(webp.length / 1024 / 1024).toFixed(1)} MB) took ${exportMs.toFixed(0)} ms; ` +
        `${waits.length} trivial calls and timer ticks meanwhile, the longest waited ${longest.toFixed(1)} ms (target <= ${TARGET_MS})`,
    );
    await writeBenchResults({ ipc_during_webp_ms: longest, ipc_during_webp_calls: waits.length, ipc_during_webp_export_ms: exportMs });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
