/**
 * Issue 8, startup: the paste cleaner and the legacy-encoding repair are a chunk of their own,
 * fetched once the page is idle (renderer/editor/paste-loader.ts). A paste that comes before it is
 * in waits for it (extensions/paste-gate.ts) and then lands where the selection was, even after
 * typing elsewhere meanwhile: cleaned, repaired, no inline style in the page, one Ctrl+Z. Browser
 * host, Vietnamese UI; the chunk is held back so the wait is seen on any machine.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const PIPELINE = /\/assets\/paste-pipeline-[^/]+\.js$/;

/** Reloads the window with the paste pipeline's chunk held until `release` is called; resolves once it was asked for. */
async function reloadHoldingThePastePipeline(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(PIPELINE, async (route) => {
    await held;
    await route.continue();
  });
  const requested = page.waitForRequest(PIPELINE);
  await page.reload();
  await requested; // preloaded when the page is idle, with no paste asking for it
  return release;
}

/** Two paragraphs of Word HTML typed in .VnTime (TCVN3; its ư a soft hyphen), with inline styles. */
const TCVN3_HTML =
  `<p class=MsoNormal style="margin:0"><span style='font-family:".VnTime";color:red'>Tham m\u00adu cho Th\u00adêng trùc</span></p>` +
  `<p class=MsoNormal><span style='font-family:".VnTime"'>TØnh ñy §iÖn Biªn</span></p>`;

test('a paste before the cleaner is loaded waits for it and lands where the selection was, as one undo step', async ({ app }) => {
  const { page } = app;
  const release = await reloadHoldingThePastePipeline(page);
  const ui = new ReleasePage(app);
  await page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), e.violatedDirective];
    });
  });
  await ui.body.click();
  await page.keyboard.type('Đoạn một. ');
  await ui.body.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Tham m\u00adu cho Th\u00adêng trùc\nTØnh ñy §iÖn Biªn');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, TCVN3_HTML);
  // Taken, not pasted raw: nothing lands until the cleaner is in.
  await expect(ui.body.locator('p')).toHaveText(['Đoạn một.']);
  // Meanwhile a key at the start moves every position after it.
  await ui.body.press('Control+Home');
  await page.keyboard.type('Mở đầu. ');
  // A paste into the headline waits too, and is repaired as well.
  await ui.headline.click();
  await ui.headline.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'Héi nghÞ khoa gi¸o');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(ui.headline).toHaveValue('');

  release();
  await expect(ui.headline).toHaveValue('Hội nghị khoa giáo');
  await expect(ui.body.locator('p')).toHaveText(['Mở đầu. Đoạn một. Tham mưu cho Thường trực', 'Tỉnh ủy Điện Biên']);
  await expect(page.getByTestId('legacy-notice')).toContainText('TCVN3');
  await expect(ui.body.locator('[style], [data-pasted-style], style, template')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('paste-waits.png') });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);

  // One Ctrl+Z takes the whole paste back and leaves the typing.
  await ui.body.click();
  await ui.body.press('Control+End');
  await ui.body.press('Control+z');
  await expect(ui.body.locator('p')).toHaveText(['Mở đầu. Đoạn một.']);
});

test('text dropped from another program before the cleaner is loaded waits for it and lands at the drop point', async ({ app }) => {
  const { page } = app;
  const release = await reloadHoldingThePastePipeline(page);
  const ui = new ReleasePage(app);
  await ui.body.click();
  await page.keyboard.type('Một hai.');
  await ui.body.evaluate((el) => {
    // Dropped just before "hai" (a drag from a word processor carries HTML and text).
    const text = el.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 4);
    const at = range.getBoundingClientRect();
    const data = new DataTransfer();
    data.setData('text/html', `<span style='font-family:".VnTime"'>Tuyªn-</span>`);
    data.setData('text/plain', 'Tuyªn-');
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: at.left, clientY: at.top + at.height / 2, bubbles: true, cancelable: true }));
  });
  await expect(ui.body.locator('p')).toHaveText(['Một hai.']);
  release();
  await expect(ui.body.locator('p')).toHaveText(['Một Tuyên-hai.']);
  await expect(ui.body.locator('[style], [data-pasted-style], style, template')).toHaveCount(0);
});
