/**
 * The dark theme (issue 10), Vietnamese UI, browser host: the system's dark preference turns the
 * chrome dark while the sheet stays paper-white (checked on a screenshot's pixels, not only on the
 * computed style); Settings ▸ Giao diện ▸ Sáng keeps it light whatever the system says.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

/** The colour of one pixel of a PNG, decoded by the browser on a blank page (no app CSP there). */
async function pixel(page: Page, png: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const probe = await page.context().newPage();
  try {
    return await probe.evaluate(
      async ({ b64, x, y }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
        return [r!, g!, b!] as [number, number, number];
      },
      { b64: png.toString('base64'), x, y },
    );
  } finally {
    await probe.close();
  }
}

test('dark theme from the system: the chrome goes dark, the page stays white; Settings can keep it light', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs(['Trang bài vẫn trắng như giấy.']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const sheet = await page.locator('.sheet').screenshot();
  expect(await pixel(page, sheet, 4, 4)).toEqual([255, 255, 255]);
  const panel = await page.locator('.side-panel').screenshot();
  const [r, g, b] = await pixel(page, panel, 2, 200);
  expect(Math.max(r, g, b)).toBeLessThan(80);
  // The text on the page keeps its dark ink.
  await expect(ui.body).toHaveCSS('color', 'rgb(26, 26, 26)');

  await ui.button('Settings', 'Cài đặt').click();
  await page.getByTestId('theme').selectOption('light');
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await page.locator('.side-panel').screenshot();
  expect(Math.min(...(await pixel(page, light, 2, 200)))).toBeGreaterThan(200);
});
