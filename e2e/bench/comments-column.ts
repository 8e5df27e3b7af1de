/**
 * The comments column under load (issue 9, R1): the 20,000-word release with THREADS (default
 * 300) comment threads anchored through it, opened in the browser host; typing in ten bursts with
 * pauses (so the column re-measures between them, as it does for a person) at the end and in the
 * middle of the body. Prints keydown -> next frame p50/p95/p99 and what each column re-measure
 * cost (performance entries 'pressdesk:comments-layout'). Not part of npm run bench (R2's review
 * bench measures typing with threads and suggestions together). Run after a build:
 *   npx electron-vite build && THREADS=300 npx tsx e2e/bench/comments-column.ts
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { packRelease } from '../../core/document/file-format';
import { generateLongRelease } from '../../core/document/generate';
import type { PmNode, Thread } from '../../core/document/release';
import { CHROMIUM_PATH } from '../chromium';
import { TYPING_CHROMIUM_ARGS } from './typing';
import { startHost } from '../host/server';
import { percentile } from './results';

const THREADS = Number(process.env['THREADS'] ?? 300);
const release = generateLongRelease(20_000);
const paragraphs = release.body.content.filter((n) => n.type === 'paragraph' && n.content?.[0]?.type === 'text');
const threads: Thread[] = [];
const by = { name: 'Trần Thị Bình', initials: 'TTB', fingerprint: 'b2'.repeat(32) };
const per = Math.max(1, Math.ceil(THREADS / paragraphs.length));
for (const p of paragraphs) {
  if (threads.length >= THREADS) break;
  const first = p.content![0]!;
  const text = first.text!;
  const pieces: PmNode[] = [];
  let rest = text;
  for (let k = 0; k < per && threads.length < THREADS; k++) {
    const a = rest.indexOf(' ', 5);
    const b = a < 0 ? -1 : rest.indexOf(' ', a + 12);
    if (a < 0 || b < 0) break;
    const id = `t${threads.length}`;
    pieces.push({ ...first, text: rest.slice(0, a) });
    pieces.push({ ...first, text: rest.slice(a, b), marks: [...(first.marks ?? []), { type: 'comment', attrs: { thread: id } }] });
    threads.push({ id, general: false, quote: rest.slice(a, b), resolved: null, comments: [{ id: `${id}c`, by, at: '2026-11-28T09:00:00+07:00', text: 'Kiểm tra lại đoạn này.', edited: null }] });
    rest = rest.slice(b);
  }
  if (rest !== '') pieces.push({ ...first, text: rest });
  p.content = [...pieces, ...p.content!.slice(1)];
}
const withThreads = { ...release, threads };
const base = await mkdtemp(join(tmpdir(), 'pressdesk-bench-'));
const workspace = join(base, 'workspace');
const host = await startHost({ rendererDir: resolve('out/renderer'), workspaceDir: workspace, userDataDir: join(base, 'user'), language: 'en', firstRun: false });
await writeFile(join(workspace, 'long.pressdesk'), packRelease(withThreads));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: TYPING_CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('dialog', (d) => void (d.type() === 'prompt' ? d.accept('long.pressdesk') : d.dismiss()));
  await page.goto(host.url);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByTestId('headline').filter({ hasText: release.headline.slice(0, 20) }).waitFor();
  if (threads.length > 0) await page.locator('.thread-card').nth(threads.length - 1).waitFor({ state: 'attached', timeout: 120_000 });
  console.log(`paragraphs ${paragraphs.length}; open to ${threads.length} cards: ${Date.now() - t0} ms; cards: ${await page.locator('.thread-card').count()}`);
  const body = page.locator('[data-testid="editor-body"] .ProseMirror');
  for (const where of ['end', 'middle']) {
    await body.click();
    await page.keyboard.press(where === 'end' ? 'Control+End' : 'Control+Home');
    if (where === 'middle') for (let i = 0; i < 40; i++) await page.keyboard.press('PageDown');
    await page.evaluate(() => {
      const w = window as unknown as { __l: number[]; __on?: boolean };
      w.__l = [];
      if (w.__on) return;
      w.__on = true;
      document.addEventListener('keydown', () => { const s = performance.now(); requestAnimationFrame(() => w.__l.push(performance.now() - s)); }, true);
    });
    // Typing with pauses, so the column re-measures between bursts as it would for a person.
    for (let burst = 0; burst < 10; burst++) {
      await page.keyboard.type('hoi nghi tong ket cong tac ', { delay: 0 });
      await page.waitForTimeout(300);
    }
    const samples = await page.evaluate(() => (window as unknown as { __l: number[] }).__l);
    console.log(`${where}: ${samples.length} keys p50 ${percentile(samples, 50).toFixed(2)} p95 ${percentile(samples, 95).toFixed(2)} p99 ${percentile(samples, 99).toFixed(2)} max ${Math.max(...samples).toFixed(2)} ms`);
    const layouts = await page.evaluate(() => performance.getEntriesByName('pressdesk:comments-layout').map((e) => e.duration));
    console.log(`  column re-measures so far: ${layouts.length}, median ${percentile(layouts, 50).toFixed(2)} ms, max ${Math.max(...layouts).toFixed(2)} ms`);
  }
} finally {
  await browser.close();
  await host.close();
  await rm(base, { recursive: true, force: true });
}
