/**
 * Browser host, Vietnamese UI: the embargo's date and time are shown and typed as the app's
 * language writes them (17:43, 15/01/2027), not as the browser's datetime-local field shows them;
 * the sheet's dateline reads as the release will, in the release's language, never the browser's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

// A Vietnamese UI in an American English browser: what the fields show must not follow the browser.
test.use({ language: 'vi', browserLocale: 'en-US' });

test('the embargo time is typed and shown as 17:43, 15/01/2027, checked, from the keyboard', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const page = app.page;
  // The sheet shows a press release's embargo line.
  await ui.field('Kind', 'Loại bài').selectOption('press');
  const until = page.getByLabel('Cấm đăng trước thời điểm', { exact: true });
  await until.focus();
  await page.keyboard.press('Space');
  await expect(until).toBeChecked();
  // The next stop is the time field, a plain text field with its format said.
  await page.keyboard.press('Tab');
  const at = ui.field('Được đăng từ');
  await expect(at).toBeFocused();
  await expect(at).toHaveAttribute('type', 'text');
  await expect(at).toHaveAccessibleDescription('Giờ và ngày, ví dụ 09:00, 15/01/2027');
  // The first embargo is tomorrow at nine, shown the Vietnamese way.
  await expect(at).toHaveValue(/^09:00, \d{2}\/\d{2}\/\d{4}$/);

  await page.keyboard.press('Control+a');
  await page.keyboard.type('17:43, 15/01/2027');
  await expect(page.locator('.sheet-embargo')).toHaveText('Cấm đăng trước 17:43, 15/01/2027');

  // Office shorthand is read, then shown back in the one format.
  await at.fill('9h30 15/1/2027');
  await at.blur();
  await expect(at).toHaveValue('09:30, 15/01/2027');
  await expect(page.locator('.sheet-embargo')).toHaveText('Cấm đăng trước 09:30, 15/01/2027');

  // Not a real day: said under the field, and the stored time stays.
  await at.fill('09:30, 31/02/2027');
  await at.blur();
  await expect(at).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa đọc được thời điểm này' })).toBeVisible();
  await expect(page.locator('.sheet-embargo')).toHaveText('Cấm đăng trước 09:30, 15/01/2027');
  await at.fill('09:30, 15/01/2027');
  await expect(at).toHaveAttribute('aria-invalid', 'false');

  await ui.headline.click();
  await page.keyboard.type('Cấm đăng');
  await ui.saveAs(join(app.workspace, 'cam-dang.pressdesk'));
  await expect(ui.fileName).toHaveText('cam-dang.pressdesk');
  const saved = unzipSync(new Uint8Array(await readFile(join(app.workspace, 'cam-dang.pressdesk'))));
  expect(new TextDecoder().decode(saved['document.json'])).toMatch(/"embargo":\{"mode":"until","at":"2027-01-15T09:30:00[+-]\d{2}:\d{2}"\}/);
});

test('the sheet shows a press release dateline as its export prints it, in the release language', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  await ui.field('Kind', 'Loại bài').selectOption('press');
  await ui.field('Place', 'Nơi đưa tin').fill('Điện Biên');
  const day = app.page.locator('[data-field="dateline.date"]');
  await day.fill('15/01/2027');
  await day.blur();
  const dateline = app.page.locator('.sheet-dateline');
  await expect(dateline).toHaveText('Điện Biên, ngày 15 tháng 01 năm 2027');
  await ui.field('Release language', 'Ngôn ngữ của bài').selectOption('en');
  await expect(dateline).toHaveText('ĐIỆN BIÊN, January 15, 2027 —');
});
