/**
 * Browser host, first start: the sample release is in the UI's language, names the UI as it is
 * (the New button, the Details tab), and is dated the day it is shown.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

const UI = {
  en: { file: 'sample-release.en.json', newButton: 'New', tab: 'Details', date: 'Date' },
  vi: { file: 'sample-release.json', newButton: 'Mới', tab: 'Thông tin', date: 'Ngày đưa tin' },
} as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

for (const language of ['en', 'vi'] as const) {
  test.describe(`first start in ${language}`, () => {
    test.use({ language, firstRun: true });

    test('shows the sample of the UI language, naming the UI as it is, dated today', async ({ app }) => {
      const ui = new ReleasePage(app);
      const names = UI[language];
      const sample = JSON.parse(await readFile(join(import.meta.dirname, '../assets', names.file), 'utf8')) as { release: { headline: string } };
      await expect(ui.headline).toHaveValue(sample.release.headline);
      await expect(ui.body).toContainText(`${names.newButton} `);
      await expect(app.page.getByRole('button', { name: names.newButton, exact: true })).toBeVisible();
      const tab = app.page.getByRole('tab', { name: names.tab, exact: true });
      await expect(tab).toBeVisible();
      await tab.click();
      const d = new Date();
      const two = (n: number): string => String(n).padStart(2, '0');
      const today = language === 'vi' ? `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}` : `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
      await expect(app.page.getByLabel(names.date, { exact: true })).toHaveValue(today);
    });
  });
}
