import { expect, test } from './fixtures';

test.describe('in Vietnamese', () => {
  test.use({ language: 'vi' });

  test('the UI speaks Vietnamese and switches to English live from Settings', async ({ app }) => {
    const page = app.page;
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mở', exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Thông tin' })).toBeVisible();
    await expect(page.getByTestId('status-words')).toContainText('từ');

    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    const settings = page.getByRole('dialog');
    await settings.getByLabel('Ngôn ngữ giao diện').selectOption('en');
    // The language switches live on change; Save then writes it and closes the dialog (async).
    await settings.getByRole('button', { name: /^(Save|Lưu)$/ }).click();
    await expect(settings).toHaveCount(0);

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
    await expect(page.getByTestId('status-words')).toContainText('words');
  });
});

test.describe('in English', () => {
  test.use({ language: 'en' });

  test('the UI speaks English', async ({ app }) => {
    const page = app.page;
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Details' })).toBeVisible();
  });
});
