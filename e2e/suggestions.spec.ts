/**
 * Suggested edits (issue 9) through the browser host, in Vietnamese: Suggesting mode on with
 * Ctrl+Shift+E; typing, Backspace and typing over a selection show as underlined and struck-through
 * text; the Review tab lists them; accept one, reject one; a second reviewer (another profile and
 * key, the saved file opened again) adds theirs, and "accept all by" one reviewer leaves the
 * other's; the body's context menu rejects the last one; while any is open the Checks tab blocks
 * approval.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, v: string): string => v;
const reviewTab = (page: Page) => page.getByRole('tab', { name: /^Góp ý/ });
const panel = (page: Page) => page.locator('.review-panel');
const inserted = (page: Page) => page.locator('.ProseMirror ins.suggestion-insertion');
const deleted = (page: Page) => page.locator('.ProseMirror del.suggestion-deletion');

async function setName(ui: ReleasePage, name: string): Promise<void> {
  await ui.button('Settings', 'Cài đặt').click();
  const settings = ui.page.getByTestId('settings-dialog');
  await settings.getByLabel('Họ và tên', { exact: true }).fill(name);
  await settings.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(settings).toHaveCount(0);
}

test('Suggesting: type, delete, replace are marked; accept, reject, accept all by one reviewer; open ones block approval', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await setName(ui, 'Lan Anh');
  await ui.typeParagraphs(['Hội nghị tổng kết công tác khoa giáo năm 2018.']);

  // On with Word's Track changes key; the toolbar button and the status bar say so.
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('status-suggesting')).toHaveText('Đang đề xuất sửa');
  await expect(page.getByRole('button', { name: 'Đề xuất sửa', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // Typing at the end: an insertion.
  await page.keyboard.press('End');
  await page.keyboard.type(' Xin cảm ơn');
  await expect(inserted(page)).toHaveText(' Xin cảm ơn');

  // Backspace over "2018" (before the full stop): struck through, still there.
  await page.keyboard.press('Home');
  for (const _ of 'Hội nghị tổng kết công tác khoa giáo năm 2018') await page.keyboard.press('ArrowRight');
  for (const _ of '2018') await page.keyboard.press('Backspace');
  await expect(deleted(page)).toHaveText('2018');
  await expect(ui.body).toContainText('năm 2018.');

  // Typing over a selected word: a replacement (struck through, then underlined).
  await page.keyboard.press('Home');
  for (const _ of 'Hội nghị ') await page.keyboard.press('ArrowRight');
  for (const _ of 'tổng kết') await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('sơ kết');
  await expect(deleted(page)).toHaveText(['tổng kết', '2018']);
  await expect(inserted(page)).toHaveText(['sơ kết', ' Xin cảm ơn']);

  // The Review tab counts and lists them.
  await expect(reviewTab(page)).toHaveText('Góp ý (3)');
  await reviewTab(page).click();
  await expect(panel(page).getByTestId('review-summary')).toHaveText('Bình luận đang mở: 0. Đề xuất sửa: 3.');
  await expect(panel(page).locator('.review-suggestion')).toHaveCount(3);
  await expect(panel(page).locator('.review-suggestion').first()).toContainText('Lan Anh');
  const axe = await new AxeBuilder({ page }).include('.review-panel').include('.format-toolbar').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Accept the replacement, reject the deletion of "2018".
  await panel(page).locator('.review-suggestion[data-kind="replacement"]').getByRole('button', { name: 'Chấp nhận', exact: true }).click();
  await expect(ui.body).toContainText('Hội nghị sơ kết công tác');
  await panel(page).locator('.review-suggestion[data-kind="deletion"]').getByRole('button', { name: 'Từ chối', exact: true }).click();
  await expect(deleted(page)).toHaveCount(0);
  await expect(ui.body).toContainText('năm 2018.');
  await expect(reviewTab(page)).toHaveText('Góp ý (1)');

  // While one is open the Checks tab names it as a blocker, so Approve cannot be given.
  await page.getByRole('tab', { name: /^Kiểm tra/ }).click();
  await expect(page.getByTestId('checks-panel').locator('[data-rule="review.open"]')).toContainText(
    'Chặn phê duyệt: Chưa xong phần góp ý: còn 0 bình luận chưa giải quyết và 1 đề xuất sửa chưa được chấp nhận hay từ chối (thẻ Góp ý).',
  );

  // A second reviewer: another profile and key opens the saved file and suggests too.
  const path = join(app.workspace, 'de-xuat.pressdesk');
  await ui.saveAs(path);
  await expect(ui.savedState).toHaveText(/Đã lưu/);
  await app.restart({ kill: false, user: 'binh' });
  const ui2 = new ReleasePage(app, vi);
  await setName(ui2, 'Trần Bình');
  await ui2.open(path);
  await expect(inserted(app.page)).toHaveText(' Xin cảm ơn');
  await ui2.body.click();
  await app.page.keyboard.press('Control+End');
  await app.page.keyboard.press('Control+Shift+E');
  await expect(app.page.getByTestId('status-suggesting')).toBeVisible();
  await app.page.keyboard.type(' nhiều');
  await expect(inserted(app.page)).toHaveText([' Xin cảm ơn', ' nhiều']);

  // Accept all by Lan Anh: hers go in, Trần Bình's stays open.
  await reviewTab(app.page).click();
  await expect(reviewTab(app.page)).toHaveText('Góp ý (2)');
  await panel(app.page).getByTestId('review-author').selectOption({ label: 'Lan Anh' });
  await expect(panel(app.page).locator('.review-suggestion')).toHaveCount(1);
  await panel(app.page).getByRole('button', { name: 'Chấp nhận tất cả của Lan Anh', exact: true }).click();
  await expect(inserted(app.page)).toHaveText([' nhiều']);
  await expect(ui2.body).toContainText('Xin cảm ơn nhiều');
  await panel(app.page).getByTestId('review-author').selectOption({ label: 'Tất cả mọi người' });
  await expect(panel(app.page).locator('.review-suggestion')).toHaveCount(1);
  await expect(panel(app.page).locator('.review-suggestion')).toContainText('Trần Bình');

  // The body's context menu: reject the suggestion under the caret; it also turns the mode off.
  await inserted(app.page).click({ button: 'right' });
  const menu = app.page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /^Tắt đề xuất sửa/ })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Từ chối đề xuất này' }).click();
  await expect(inserted(app.page)).toHaveCount(0);
  await expect(ui2.body).toContainText('Xin cảm ơn');
  await expect(ui2.body).not.toContainText('nhiều');
  await expect(reviewTab(app.page)).toHaveText('Góp ý');
});

test('text composed by an input method (Windows Vietnamese Telex, macOS) becomes one suggestion; a paste is inserted text', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await setName(ui, 'Lan Anh');
  await ui.typeParagraphs(['Hội nghị năm 2018.']);
  await page.keyboard.press('Control+Shift+E');
  await page.keyboard.press('End');
  // What an IME sends: the word composed step by step, then committed (Chromium's own IME path).
  const cdp = await page.context().newCDPSession(page);
  for (const step of ['v', 'vi', 'việ', 'việt']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: 'việt' });
  await page.keyboard.type(' nam');
  await expect(inserted(page)).toHaveText('việt nam');
  await expect(ui.body).toHaveText('Hội nghị năm 2018.việt nam');

  // A paste of two paragraphs: both pasted texts are insertions, the paragraph break is kept.
  await ui.body.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Đoạn dán một.</p><p>Đoạn dán hai.</p>');
    data.setData('text/plain', 'Đoạn dán một.\n\nĐoạn dán hai.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(inserted(page)).toHaveText(['việt namĐoạn dán một.', 'Đoạn dán hai.']);
});
