/**
 * Issue 10 in the Vietnamese UI, through the browser host: find and replace with "Bỏ qua dấu"
 * (ignore tone marks) over the headline, sapo and body, replace all undone by one Ctrl+Z in the
 * body; Ctrl+K on a selection opens the link dialog; the status bar counts the selected words.
 */
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

test('find with "Bỏ qua dấu", next/previous, replace all, one Ctrl+Z undoes it in the body; Esc gives focus back', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.headline.fill('Điện Biên đón khách');
  await ui.sapo.fill('Du lịch Dien Bien tăng trưởng.');
  await ui.typeParagraphs(['Tỉnh Điện Biên và tỉnh Lai Châu.', 'ĐIỆN BIÊN PHỦ hôm nay.']);

  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: 'Tìm và thay thế' });
  const query = bar.getByRole('searchbox', { name: 'Tìm' });
  await expect(query).toBeFocused();
  await query.fill('dien bien');
  // Without ignoring tone marks only the sapo's unaccented words match.
  await expect(bar.getByTestId('find-count')).toHaveText('0/1');
  await bar.getByRole('checkbox', { name: 'Bỏ qua dấu' }).check();
  await expect(bar.getByTestId('find-count')).toHaveText('0/4');
  await expect(ui.body.locator('.find-match')).toHaveText(['Điện Biên', 'ĐIỆN BIÊN']);

  await query.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('1/4');
  await expect(ui.headline).toHaveAttribute('data-find-current', '');
  await query.press('Enter');
  await query.press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('3/4');
  await expect(ui.body.locator('.find-match-current')).toHaveText('Điện Biên');
  await page.keyboard.press('F3');
  await expect(bar.getByTestId('find-count')).toHaveText('4/4');
  await expect(ui.body.locator('.find-match-current')).toHaveText('ĐIỆN BIÊN');
  await query.press('Shift+Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('3/4');

  // Whole word: "Dien Bien" inside a longer word would not count; here all four are whole words.
  await bar.getByRole('checkbox', { name: 'Nguyên từ' }).check();
  await expect(bar.getByTestId('find-count')).toHaveText('0/4');

  await page.keyboard.press('Control+h');
  const replacement = bar.getByRole('textbox', { name: 'Thay bằng' });
  await replacement.fill('Hà Giang');
  await bar.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(bar.getByTestId('find-message')).toHaveText('Đã thay 4 chỗ');
  await expect(bar.getByTestId('find-count')).toHaveText('Không thấy');
  await expect(ui.headline).toHaveValue('Hà Giang đón khách');
  await expect(ui.sapo).toHaveValue('Du lịch Hà Giang tăng trưởng.');
  await expect(ui.body).toHaveText('Tỉnh Hà Giang và tỉnh Lai Châu.Hà Giang PHỦ hôm nay.');

  // Esc closes the bar and gives focus back to the body, where Ctrl+Z undoes the whole replace at once.
  await page.keyboard.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(ui.body).toBeFocused();
  await expect(ui.body.locator('.find-match')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ui.body).toHaveText('Tỉnh Điện Biên và tỉnh Lai Châu.ĐIỆN BIÊN PHỦ hôm nay.');
  // Each field changed has the replacement as one step of its own history.
  await ui.headline.focus();
  await page.keyboard.press('Control+z');
  await expect(ui.headline).toHaveValue('Điện Biên đón khách');
  await expect(ui.sapo).toHaveValue('Du lịch Hà Giang tăng trưởng.');
});

test('replace one at a time, and Ctrl+K on a selection opens the link dialog', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs(['Xem cổng thông tin và trang tin.']);
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: 'Tìm và thay thế' });
  await bar.getByRole('searchbox', { name: 'Tìm' }).fill('tin');
  await bar.getByRole('textbox', { name: 'Thay bằng' }).fill('tức');
  await bar.getByRole('searchbox', { name: 'Tìm' }).press('Enter');
  await expect(bar.getByTestId('find-count')).toHaveText('1/2');
  await bar.getByRole('button', { name: 'Thay', exact: true }).click();
  await expect(ui.body).toHaveText('Xem cổng thông tức và trang tin.');
  await expect(bar.getByTestId('find-count')).toHaveText('1/1');
  await page.keyboard.press('Escape');

  // Esc gave the focus back to the body; select from the keyboard (a click's caret can land after the keys).
  await expect(ui.body).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('tin');
  await page.keyboard.press('Control+k');
  const dialog = page.getByTestId('link-dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('https://example.vn');
  await page.keyboard.press('Enter');
  await expect(ui.body.locator('a')).toHaveText('tin');
  await expect(ui.body.locator('a')).toHaveAttribute('href', 'https://example.vn');
});

test('in Suggesting mode, replace all makes suggestions (struck-through old, underlined new) and the old text is no longer found', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs(['Họp tại Điện Biên, rồi về Điện Biên.']);
  await page.keyboard.press('Control+Shift+E');
  // Suggestions carry a name: the first time, the app asks for it.
  await page.getByLabel('Họ và tên', { exact: true }).fill('Lan Anh');
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await expect(page.getByTestId('status-suggesting')).toBeVisible();
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: 'Tìm và thay thế' });
  await bar.getByRole('searchbox', { name: 'Tìm' }).fill('Điện Biên');
  await bar.getByRole('textbox', { name: 'Thay bằng' }).fill('Lai Châu');
  await expect(bar.getByTestId('find-count')).toHaveText('0/2');
  await bar.getByRole('button', { name: 'Thay tất cả' }).click();
  await expect(ui.body.locator('del')).toHaveText(['Điện Biên', 'Điện Biên']);
  await expect(ui.body.locator('ins')).toHaveText(['Lai Châu', 'Lai Châu']);
  // The struck-through words are not the text as it will read: nothing left to find.
  await expect(bar.getByTestId('find-count')).toHaveText('Không thấy');
});

test('the status bar counts the selected words', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs(['Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai.']);
  await expect(ui.wordCount).toHaveText('14 từ');
  await page.keyboard.press('Control+Shift+Home');
  await expect(ui.wordCount).toHaveText('14 / 14 từ');
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowLeft');
  await expect(ui.wordCount).toHaveText('3 / 14 từ');
  await page.keyboard.press('ArrowRight');
  await expect(ui.wordCount).toHaveText('14 từ');
});
