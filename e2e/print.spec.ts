/**
 * Issue 10, print and PDF, in the Vietnamese UI through the browser host: Ctrl+P opens the
 * release's print page in a tab of its own (the browser prints it) — the release in its layout,
 * marked draft, with no toolbar, side panel or other app chrome, on screen and in print media;
 * Export ▸ PDF writes an A4 PDF in the Decree 30 layout with its diacritics and header columns.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

test('Ctrl+P opens the print page: the release in its layout, draft-marked, never the app chrome', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.headline.fill('Hội nghị tổng kết công tác tuyên giáo năm 2026');
  await ui.sapo.fill('Sáng 8/1, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết.');
  await ui.typeParagraphs(['Hội nghị đánh giá cao kết quả phối hợp liên ngành trong năm qua.', 'Đồng chí Trưởng ban phát biểu **chỉ đạo** hội nghị.']);

  const opened = page.context().waitForEvent('page');
  await page.keyboard.press('Control+p');
  const tab = await opened;
  await tab.waitForURL(/\/__pressdesk\/print\/[0-9a-f]{32}\?token=/);
  await tab.waitForLoadState('load');

  for (const media of ['screen', 'print'] as const) {
    await tab.emulateMedia({ media });
    await expect(tab.locator('h1')).toHaveText('Hội nghị tổng kết công tác tuyên giáo năm 2026');
    await expect(tab.locator('.sapo')).toHaveText('Sáng 8/1, Ban Tuyên giáo Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết.');
    await expect(tab.locator('article p strong')).toHaveText('chỉ đạo');
    // Not approved: a paper draft, marked as the exports mark it.
    await expect(tab.locator('.draft-mark')).toHaveText('DRAFT / BẢN NHÁP');
    // Nothing of the app: no toolbar, button, field, side panel, editor or script.
    await expect(tab.getByRole('toolbar')).toHaveCount(0);
    await expect(tab.getByRole('button')).toHaveCount(0);
    await expect(tab.getByRole('tablist')).toHaveCount(0);
    await expect(tab.locator('input, textarea, [contenteditable], script, [data-testid]')).toHaveCount(0);
    await expect(tab.locator('body > main > article')).toHaveCount(1);
  }
  // The news layout's page: A4, Times, the page's own stylesheet (not the app's).
  const font = await tab.locator('body').evaluate((b) => getComputedStyle(b).fontFamily);
  expect(font).toContain('Times New Roman');
  await tab.close();
  // The app is still there and editable.
  await expect(ui.headline).toHaveValue('Hội nghị tổng kết công tác tuyên giáo năm 2026');
});

test('Export ▸ PDF writes an A4 PDF in the Decree 30 layout: diacritics intact, two header columns, a draft mark', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.headline.fill('Thông cáo về kết quả phối hợp liên ngành năm 2026');
  await ui.typeParagraphs(['Việc phối hợp tập trung vào công tác xây dựng và thẩm định các văn bản, đề án trình Ban Thường vụ cấp ủy.']);

  await ui.button('Export…', 'Xuất…').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByRole('radio', { name: 'Tài liệu PDF (theo mẫu trình bày, như khi in)' }).check();
  await dialog.getByLabel('Mẫu trình bày', { exact: true }).selectOption('decree30');
  await app.answerPathPrompt('thong-cao.pdf');
  await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
  const file = join(app.workspace, 'thong-cao.pdf');
  await expect(dialog.getByTestId('export-status')).toHaveText(`Đã xuất: ${file}`, { timeout: 60_000 });

  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  expect(text).toContain('DRAFT / BẢN NHÁP');
  expect(text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  expect(text).toContain('THÔNG CÁO');
  expect(text).toContain('Thông cáo về kết quả phối hợp liên ngành năm 2026');
  expect(text).toContain('thẩm định các văn bản');
  // -layout keeps the two header columns side by side: the number (left) and the date (right) on one line.
  expect(text).toMatch(/Số:\s{5,}ngày \d{2} tháng \d{1,2} năm \d{4}/);
  // The running draft mark is for the pages after the first: page 1 has the DRAFT line once.
  expect(text.split('\f')[0]!.match(/DRAFT \/ BẢN NHÁP/g)).toHaveLength(1);
});
