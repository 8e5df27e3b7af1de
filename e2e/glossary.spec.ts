/**
 * Issue 11, the organisation's house style, in the Vietnamese UI through the browser host: the
 * glossary typed in Settings flags variants of official names in the body (their own underline)
 * and in the headline and sapo (a line of fixes under the field, and the Checks tab); the context
 * menu fixes one, the field's line fixes its own, the Checks tab fixes all; the list
 * goes out to a .csv file and comes back in. The tone style: a release mixing hòa / hoà is warned
 * about with counts, and "Chuẩn hóa kiểu bỏ dấu" makes suggestions that Accept all turns into the
 * preferred (traditional) style.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;
const checksTab = (page: Page) => page.getByRole('tab', { name: /^Kiểm tra/ });
const settingsDialog = (page: Page) => page.getByTestId('settings-dialog');

const GLOSSARY = ['Ban Tuyên giáo Tỉnh ủy; Ban TG Tỉnh ủy', 'Ủy ban nhân dân tỉnh Điện Biên; UBND tỉnh Điện Biên', 'Điện Biên Phủ'].join('\n');

async function openSettings(ui: ReleasePage): Promise<void> {
  await ui.button('Settings', 'Cài đặt').click();
  await expect(settingsDialog(ui.page)).toBeVisible();
}

async function saveSettings(page: Page): Promise<void> {
  await settingsDialog(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(settingsDialog(page)).toHaveCount(0);
}

test('the glossary flags variants; the context menu fixes one, the Checks tab fixes all; export and import as .csv', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await openSettings(ui);
  await settingsDialog(page).getByTestId('glossary-text').fill(GLOSSARY);
  await expect(settingsDialog(page).getByTestId('house-style')).toContainText('Bảng có 3 tên.');
  await saveSettings(page);

  await ui.headline.fill('UBND tỉnh Điện Biên tổng kết năm');
  // A text box cannot underline: a line under the field offers the fix (here for the sapo).
  await expect(page.getByTestId('headline-glossary')).toHaveText('«UBND tỉnh Điện Biên» → Sửa thành «Ủy ban nhân dân tỉnh Điện Biên»');
  await ui.sapo.fill('Ban TG Tỉnh ủy tổ chức hội nghị.');
  await page.getByTestId('sapo-glossary').getByRole('button', { name: '«Ban TG Tỉnh ủy» → Sửa thành «Ban Tuyên giáo Tỉnh ủy»' }).click();
  await expect(ui.sapo).toHaveValue('Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.');
  await expect(page.getByTestId('sapo-glossary')).toHaveCount(0);
  await ui.typeParagraphs(['Sáng nay, ban tuyên giáo tỉnh ủy họp tại điện biên phủ.', 'Ban Tuyên giáo Tỉnh ủy và Ủy ban nhân dân tỉnh Điện Biên dự.']);
  // The canonical names are never flagged; the variants are, each with its canonical form.
  const flagged = ui.body.locator('.glossary-variant');
  await expect(flagged).toHaveText(['ban tuyên giáo tỉnh ủy', 'điện biên phủ']);
  await expect(flagged.first()).toHaveAttribute('data-canonical', 'Ban Tuyên giáo Tỉnh ủy');

  // One click from the context menu, where the right-click was.
  await flagged.filter({ hasText: 'điện biên phủ' }).click({ button: 'right' });
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: 'Sửa thành «Điện Biên Phủ»' }).click();
  await expect(ui.body.locator('p').first()).toHaveText('Sáng nay, ban tuyên giáo tỉnh ủy họp tại Điện Biên Phủ.');
  await expect(flagged).toHaveText(['ban tuyên giáo tỉnh ủy']);

  // From the keyboard: the caret in the variant, Shift+F10.
  await ui.body.locator('p').first().click();
  await page.keyboard.press('Home');
  for (const _ of 'Sáng nay, ban') await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem', { name: 'Sửa thành «Ban Tuyên giáo Tỉnh ủy»' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The Checks tab names each variant (the headline's too) and fixes it everywhere it occurs.
  await checksTab(page).click();
  const headlineFinding = page.locator('[data-rule="glossary.variant"]', { hasText: '«UBND tỉnh Điện Biên» nên viết là «Ủy ban nhân dân tỉnh Điện Biên»' });
  await expect(headlineFinding).toBeVisible();
  await expect(page.locator('[data-rule="glossary.variant"]', { hasText: '«ban tuyên giáo tỉnh ủy» nên viết là «Ban Tuyên giáo Tỉnh ủy»' })).toBeVisible();
  // The findings with their fix buttons, the underlined body and the headline's line of fixes: nothing serious for axe.
  const axe = await new AxeBuilder({ page }).include('.checks').include('.sheet-body').include('[data-testid="headline-glossary"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.locator('li', { has: headlineFinding }).getByRole('button', { name: 'Sửa tất cả (1)' }).click();
  await expect(ui.headline).toHaveValue('Ủy ban nhân dân tỉnh Điện Biên tổng kết năm');
  await expect(page.getByTestId('headline-glossary')).toHaveCount(0);
  // Checked again after the pause: only the body's variant is left.
  await expect(headlineFinding).toHaveCount(0);
  await expect(page.locator('[data-rule="glossary.variant"]')).toHaveCount(1);
  const bodyFinding = page.locator('li', { has: page.locator('[data-rule="glossary.variant"]') });
  await bodyFinding.getByRole('button', { name: 'Sửa tất cả (1)' }).click();
  await expect(ui.body.locator('p').first()).toHaveText('Sáng nay, Ban Tuyên giáo Tỉnh ủy họp tại Điện Biên Phủ.');
  await expect(flagged).toHaveCount(0);
  await expect(page.locator('[data-rule="glossary.variant"]')).toHaveCount(0);

  // The list as a file for the office, and back in.
  await openSettings(ui);
  const csv = join(app.workspace, 'bang-ten.csv');
  await app.answerPathPrompt(csv);
  await settingsDialog(page).getByRole('button', { name: 'Xuất ra tệp .csv…' }).click();
  await expect(settingsDialog(page).getByTestId('house-style')).toContainText(`Đã ghi ${csv}.`);
  const written = await readFile(csv, 'utf8');
  expect(written).toBe('\uFEFFTên chính thức,"Biến thể, viết tắt"\r\nBan Tuyên giáo Tỉnh ủy,Ban TG Tỉnh ủy\r\nỦy ban nhân dân tỉnh Điện Biên,UBND tỉnh Điện Biên\r\nĐiện Biên Phủ\r\n');
  await settingsDialog(page).getByTestId('glossary-text').fill('');
  await app.answerPathPrompt(csv);
  await settingsDialog(page).getByRole('button', { name: 'Nhập từ tệp (.csv, .txt)…' }).click();
  await expect(settingsDialog(page).getByTestId('glossary-text')).toHaveValue(GLOSSARY);
  await expect(settingsDialog(page).getByTestId('house-style')).toContainText('Đã nhập 3 tên từ tệp');
  const settingsAxe = await new AxeBuilder({ page }).include('[data-testid="house-style"]').analyze();
  expect(settingsAxe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a tone-style mix is counted in Checks; normalising makes suggestions that Accept all turns into the preferred style', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await openSettings(ui);
  await settingsDialog(page).getByLabel('Họ và tên', { exact: true }).fill('Lan Anh');
  await expect(settingsDialog(page).getByTestId('preferred-tone-style')).toHaveValue('traditional');
  await saveSettings(page);

  await ui.headline.fill('Hội nghị về văn hoá');
  await ui.typeParagraphs(['Sức khoẻ và văn hóa; Tỉnh uỷ họp về thủy lợi.', 'Hòa bình.']);
  await checksTab(page).click();
  const finding = page.locator('[data-rule="text.toneMix"]');
  await expect(finding).toContainText('Kiểu bỏ dấu thanh: 3 từ kiểu cũ (như «hóa»), 3 từ kiểu mới (như «hoá»). Cơ quan dùng kiểu cũ (hòa, thủy).');

  await page.getByRole('button', { name: 'Chuẩn hóa kiểu bỏ dấu' }).click();
  // The headline cannot carry suggestions: it is rewritten directly. The body's words are suggestions.
  await expect(ui.headline).toHaveValue('Hội nghị về văn hóa');
  await expect(page.locator('.ProseMirror del.suggestion-deletion')).toHaveText(['khoẻ', 'uỷ']);
  await expect(page.locator('.ProseMirror ins.suggestion-insertion')).toHaveText(['khỏe', 'ủy']);

  const reviewTab = page.getByRole('tab', { name: /^Góp ý/ });
  await reviewTab.click();
  await expect(reviewTab).toHaveText('Góp ý (2)');
  await expect(page.locator('.review-panel .review-suggestion').first()).toContainText('Lan Anh');
  await page.locator('.review-panel').getByRole('button', { name: 'Chấp nhận tất cả', exact: true }).click();
  await expect(ui.body.locator('p')).toHaveText(['Sức khỏe và văn hóa; Tỉnh ủy họp về thủy lợi.', 'Hòa bình.']);
  await checksTab(page).click();
  await expect(page.locator('[data-rule="text.toneMix"]')).toHaveCount(0);
});
