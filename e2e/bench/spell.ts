/**
 * Benches of spell check (issue 11), in the browser host (Debian Chromium), on the 20,000-word
 * release with 30 photos and one misspelt word in every 40 (Vietnamese syllables with a letter
 * doubled, so the worker has real work and the body real underlines):
 * - spell_full_check_ms: the first full pass — from the opened release on screen to every
 *   paragraph read and every misspelling underlined (data-spell="done"), timed in the page. The
 *   file is opened as soon as the window is up, so it includes whatever of the dictionaries'
 *   loading (started a second after the first editor) is not done by then.
 * - spell_typing_p95_ms / _p99_ms: 300 keystrokes typed at the end of the body with checking on,
 *   keydown -> next frame (e2e/bench/typing.ts), after a first burst that is not counted; target
 *   p95 <= 16 ms as for the plain editor. The same typing with checking switched off in Settings
 *   follows in the same page and run (printed, not stored: the machine's load sets both).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { packRelease } from '../../core/document/file-format';
import type { PmNode } from '../../core/document/release';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { startHost } from '../host/server';
import { releaseWithPhotos } from './large-release';
import { percentile, writeBenchResults } from './results';
import { typeAndMeasure } from './typing';

const KEYSTROKES = 300;
const EVERY = 40;
const body = (page: Page) => page.locator('[data-testid="editor-body"] .ProseMirror');

/** Every EVERY-th word of a Vietnamese text node gets its last letter doubled (Biên -> Biênn). */
function misspell(node: PmNode, counter: { n: number; made: Set<string> }): PmNode {
  if (node.type === 'text' && typeof node.text === 'string') {
    const text = node.text.replace(/\p{L}{3,}/gu, (word) => {
      if (++counter.n % EVERY !== 0) return word;
      const wrong = word + word.slice(-1);
      counter.made.add(wrong);
      return wrong;
    });
    return { ...node, text };
  }
  if (node.type === 'figure') return node;
  return node.content ? { ...node, content: node.content.map((c) => misspell(c, counter)) } : node;
}

async function typeAtEnd(page: Page): Promise<number[]> {
  await body(page).click();
  await page.keyboard.press('Control+End');
  // Letters a keyboard has (Playwright types others without a keydown); misspelt ones among them.
  return typeAndMeasure(page, ' hoi nghi tong ket cong tac nam 2026 tai dien bienn goverment'.repeat(10).slice(0, KEYSTROKES));
}

const base = await mkdtemp(join(tmpdir(), 'pressdesk-bench-spell-'));
const workspace = join(base, 'workspace');
const host = await startHost({ rendererDir: resolve('out/renderer'), workspaceDir: workspace, userDataDir: join(base, 'user'), language: 'vi', firstRun: false });
const { release, assets } = releaseWithPhotos(20_000, 30);
const counter = { n: 0, made: new Set<string>() };
const misspelt = { ...release, body: misspell(release.body as PmNode, counter) as typeof release.body };
await writeFile(join(workspace, 'large.pressdesk'), packRelease(misspelt, { assets }));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => void (dialog.type() === 'prompt' ? dialog.accept('large.pressdesk') : dialog.dismiss()));
  await page.goto(host.url);
  await body(page).and(page.locator('[contenteditable="true"]')).waitFor();
  // Watches in the page from before Open: the clock starts when the large body is on screen.
  // Plain loops, no inner functions: tsx names them with a helper the page does not have.
  const timing = page.evaluate(async (start) => {
    while (!(document.querySelector<HTMLTextAreaElement>('[data-testid="headline"]')?.value ?? '').startsWith(start)) await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    while (document.querySelector('[data-testid="editor-body"] .ProseMirror')?.getAttribute('data-spell') !== 'done') await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return { ms: performance.now() - t0, underlined: document.querySelectorAll('.spell-error').length };
  }, release.headline.slice(0, 20));
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  const full = await timing;
  const occurrences = counter.n === 0 ? 0 : Math.floor(counter.n / EVERY);
  if (full.underlined < occurrences * 0.9) throw new Error(`only ${full.underlined} of ${occurrences} misspellings underlined`);
  console.log(`spell_full_check_ms: ${full.ms.toFixed(0)} ms (${full.underlined} underlined for ${occurrences} misspellings, ${counter.made.size} distinct; ${counter.n} words read)`);

  // A first burst warms up the typing path (JIT, first layout of the new paragraph); not counted,
  // or whichever of on/off came first would carry it.
  await typeAtEnd(page);
  await page.locator('[data-testid="editor-body"] .ProseMirror[data-spell="done"]').waitFor({ timeout: 30_000 });
  const latencies = await typeAtEnd(page);
  await page.locator('[data-testid="editor-body"] .ProseMirror[data-spell="done"]').waitFor({ timeout: 30_000 });
  const typing = { spell_typing_p95_ms: percentile(latencies, 95), spell_typing_p99_ms: percentile(latencies, 99) };

  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await page.getByTestId('spelling-settings').getByRole('checkbox').uncheck();
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.locator('[data-testid="editor-body"] .ProseMirror[data-spell="off"]').waitFor();
  const without = await typeAtEnd(page);
  console.log(
    `Typing with spell check on: p95 ${typing.spell_typing_p95_ms.toFixed(2)} ms   p99 ${typing.spell_typing_p99_ms.toFixed(2)} ms; ` +
      `off, same run: p95 ${percentile(without, 95).toFixed(2)} ms   p99 ${percentile(without, 99).toFixed(2)} ms`,
  );
  await writeBenchResults({ spell_full_check_ms: full.ms, ...typing });
} finally {
  await browser.close();
  await host.close();
  await rm(base, { recursive: true, force: true });
}
