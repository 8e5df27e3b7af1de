/**
 * The typing-latency measure every typing bench uses: for each keystroke, keydown -> the next
 * animation frame (what a person sees as the letter landing), collected in the page.
 */
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium';

/**
 * Chromium for a typing bench: frames drawn as soon as there is work, not on the display's 60 Hz
 * clock. With that clock every keystroke waits for the next tick, and keydown -> next frame
 * measures the tick (p95 ~16.7 ms whatever the editor does), not the editor.
 */
export const TYPING_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'];

/** Types `text` at the caret and returns one latency (ms) per keystroke. */
export async function typeAndMeasure(page: Page, text: string): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __latencies: number[]; __hooked?: boolean };
    w.__latencies = [];
    if (w.__hooked === true) return;
    w.__hooked = true;
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => w.__latencies.push(performance.now() - start));
      },
      true,
    );
  });
  await page.keyboard.type(text);
  await page.waitForFunction((n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n, text.length);
  return page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
}
