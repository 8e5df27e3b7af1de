/**
 * Issue 11, spell check offline, in the Vietnamese UI through the browser host: the dictionaries
 * load in a worker from our own origin; a misspelt syllable gets a wavy underline while both tone
 * styles (Ủy / Uỷ, thủy / thuỷ) and English words pass; the context menu fixes it with the first
 * suggestion; "Thêm vào từ điển của tôi" keeps a word in Settings; "Bỏ qua" and switching spell
 * check off remove underlines.
 */
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

test('a misspelling is underlined and fixed from the context menu; add to my dictionary; ignore; switch off', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs([
    'Sáng nay, Ủy ban nhân dân tỉnh Điện Biênn tổ chức hội nghị về thủy lợi.',
    'Tỉnh uỷ và Sở Thuỷ sản gửi thông cáo tới website của Pressdeskk và Mườngg.',
  ]);
  await expect(ui.body).toHaveAttribute('data-spell', 'done', { timeout: 20_000 });
  await expect(ui.body.locator('.spell-error')).toHaveText(['Biênn', 'Pressdeskk', 'Mườngg']);

  // The suggestions come first in the menu, the nearest first; the fix keeps the rest of the text.
  await ui.body.locator('.spell-error', { hasText: 'Biênn' }).click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem').first()).toHaveText('Biên');
  await expect(menu.getByRole('menuitem', { name: 'Thêm vào từ điển của tôi' })).toBeVisible();
  await menu.getByRole('menuitem', { name: 'Biên', exact: true }).click();
  await expect(ui.body.locator('p').first()).toHaveText('Sáng nay, Ủy ban nhân dân tỉnh Điện Biên tổ chức hội nghị về thủy lợi.');
  await expect(ui.body.locator('.spell-error')).toHaveText(['Pressdeskk', 'Mườngg']);
  // One undo step takes the fix back.
  await page.keyboard.press('Control+z');
  await expect(ui.body.locator('p').first()).toContainText('Điện Biênn tổ chức');
  await page.keyboard.press('Control+y');
  await expect(ui.body.locator('p').first()).toContainText('Điện Biên tổ chức');

  // Add to my dictionary: the underline goes at once, and the word is in Settings.
  await ui.body.locator('.spell-error', { hasText: 'Pressdeskk' }).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Thêm vào từ điển của tôi' }).click();
  await expect(ui.body.locator('.spell-error')).toHaveText(['Mườngg']);

  // Ignore: for this release, without adding it anywhere.
  await ui.body.locator('.spell-error', { hasText: 'Mườngg' }).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Bỏ qua' }).click();
  await expect(ui.body.locator('.spell-error')).toHaveCount(0);

  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings.getByLabel('Từ điển của tôi (mỗi dòng một từ)')).toHaveValue('Pressdeskk\n');
  // A new misspelling, then spell check switched off in Settings: no underline at all.
  await settings.getByRole('button', { name: 'Hủy' }).click();
  await ui.body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Lỗii chính tả.');
  await expect(ui.body.locator('.spell-error')).toHaveText(['Lỗii'], { timeout: 20_000 });
  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await settings.getByLabel('Kiểm tra chính tả khi gõ (gạch chân lượn sóng)').uncheck();
  await settings.getByRole('button', { name: 'Lưu' }).click();
  await expect(ui.body).toHaveAttribute('data-spell', 'off');
  await expect(ui.body.locator('.spell-error')).toHaveCount(0);
});

test("the organisation's names: imported from a .txt in Settings, accepted in the body, exported back", async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs(['Đồng chí Lò Văn Muônn thăm xã Mường Phăngg.']);
  await expect(ui.body.locator('.spell-error')).toHaveText(['Muônn', 'Phăngg'], { timeout: 20_000 });

  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const settings = page.getByTestId('settings-dialog');
  const list = 'Lò Văn Muônn\r\nMường Phăngg\n\nMường Phăngg\n'.normalize('NFD');
  await settings.getByTestId('word-list-file').setInputFiles({ name: 'ten-rieng.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFF' + list, 'utf8') });
  await expect(settings.getByTestId('spelling-settings').getByRole('status')).toHaveText('Đã nhập 2 tên; bấm Lưu để giữ lại.');
  const names = settings.getByLabel('Tên riêng của cơ quan: người, địa danh, cơ quan (mỗi dòng một tên)');
  await expect(names).toHaveValue('Lò Văn Muônn\nMường Phăngg\n');
  const download = page.waitForEvent('download');
  await settings.getByRole('button', { name: 'Xuất ra tệp .txt' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ten-rieng-co-quan.txt');
  const saved = await file.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(saved, 'utf8')).toBe('Lò Văn Muônn\nMường Phăngg\n');
  await settings.getByRole('button', { name: 'Lưu' }).click();
  await expect(settings).toHaveCount(0);
  await expect(ui.body.locator('.spell-error')).toHaveCount(0);
});
