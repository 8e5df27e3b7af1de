/**
 * The startup shell (issue 8, startup): before the module bundle runs, an empty release's sheet is
 * drawn and takes keys; what was typed there reaches the app's sheet exactly, caret included, as
 * edits of the release. The bundle is held back here so the shell is seen working on any machine.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { recoveryCopies } from './recovery-copies';
import { ReleasePage } from './release-page';

/** Reloads the window with the module bundle held until `release` is called. */
async function reloadHoldingTheBundle(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  return release;
}

test.describe('in Vietnamese', () => {
  test.use({ language: 'vi' });

  test('keys typed before the app runs reach the headline, sapo and body, caret and all', async ({ app }) => {
    const { page } = app;
    const release = await reloadHoldingTheBundle(page);
    await expect(page.locator('[data-shell="sheet"]')).toHaveAttribute('data-state', 'open');
    const shellHeadline = page.locator('[data-shell="headline"]');
    await expect(shellHeadline).toBeFocused();
    await expect(shellHeadline).toHaveAttribute('placeholder', 'Nhập tiêu đề');
    await expect(page.locator('[data-shell="kind"]')).toHaveText('Tin bài');
    await page.screenshot({ path: test.info().outputPath('startup-shell.png') });

    await page.keyboard.type('Hội nghị tổng kết');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sáng nay');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-shell="body"]')).toBeFocused();
    await page.keyboard.type('Dòng một');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Dòng hai');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[data-shell="body"]')).toHaveText(/Dòng một\s*Dòng hai/);

    release();
    const ui = new ReleasePage(app);
    await expect(page.locator('#startup-shell')).toHaveCount(0);
    await expect(ui.headline).toHaveValue('Hội nghị tổng kết');
    await expect(ui.sapo).toHaveValue('Sáng nay');
    await expect(ui.body.locator('p')).toHaveText(['Dòng một', 'Dòng hai']);
    await expect(ui.body).toBeFocused();
    // The caret came along: the next key lands before "hai".
    await page.keyboard.type('X');
    await expect(ui.body.locator('p')).toHaveText(['Dòng một', 'Dòng Xhai']);
    // Typed text is an edit: the release has unsaved changes, and the headline's own undo takes it back a word at a time.
    await expect(ui.savedState).toHaveText('Chưa lưu');
    await ui.headline.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+z');
    await expect(ui.headline).not.toHaveValue('Hội nghị tổng kết');
  });

  test('a start that offers something else (unsaved work from last time) leaves the shell read-only', async ({ app }) => {
    const ui = new ReleasePage(app);
    await ui.headline.click();
    await app.page.keyboard.insertText('Bản tin chưa lưu');
    await expect.poll(() => recoveryCopies(app.userData), { timeout: 5_000 }).toHaveLength(1);
    await app.page.evaluate(() => window.addEventListener('beforeunload', (e) => e.stopImmediatePropagation(), true));
    const release = await reloadHoldingTheBundle(app.page);
    const shellHeadline = app.page.locator('[data-shell="headline"]');
    await expect(shellHeadline).toBeVisible();
    await app.page.keyboard.type('không được gõ vào đây');
    await expect(shellHeadline).toHaveJSProperty('readOnly', true);
    await expect(shellHeadline).toHaveValue('');
    release();
    await expect(app.page.getByTestId('recovery-dialog')).toContainText('Bản tin chưa lưu');
    await expect(app.page.locator('#startup-shell')).toHaveCount(0);
  });
});
