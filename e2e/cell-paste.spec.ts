/**
 * A paste into a table cell stays in the cell (renderer/editor/extensions/cell-paste.ts), in the
 * Vietnamese UI through the browser host: a Google Docs list and a LibreOffice run of paragraphs
 * with a heading, pasted with the caret in the first body cell, come in as paragraphs of that
 * cell; the table stays one table of 3 × 3, nothing lands between two halves of it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const GOOGLE_DOCS_LIST =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f1e2d3c-7fff-4a1b-9c2d-0a1b2c3d4e5f">' +
  '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1">' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;">Vốn FDI</span></p></li>' +
  '<li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Vốn trong nước</span></p></li></ul></b>';

const LIBREOFFICE_PARAGRAPHS =
  '<meta name="generator" content="LibreOffice 7.3.7.2 (Linux)"/><h2 class="western">Ghi chú</h2>' +
  '<p class="western" style="margin-bottom: 0cm; line-height: 100%"><font face="Liberation Serif">Số liệu sơ bộ.</font></p>';

const paste = (page: Page, html: string, text: string): Promise<void> =>
  page.locator('[data-testid="editor-body"] .ProseMirror').evaluate(
    (el, [h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, text],
  );

/** Each cell's paragraphs, row by row. */
const cells = (page: Page): Promise<string[][]> =>
  page.locator('[data-testid="editor-body"] table').first().locator('th, td').evaluateAll((all) => all.map((c) => [...c.querySelectorAll('p')].map((p) => p.textContent ?? '')));

test('a list and paragraphs pasted into a table cell stay in the cell; the table stays whole', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const page = app.page;
  await ui.headline.fill('Kết quả thu hút đầu tư năm 2026');
  await ui.typeParagraphs(['Số liệu chính:']);
  await ui.button('Table', 'Bảng').click();
  await page.getByTestId('table-popover').getByRole('button', { name: 'Chèn', exact: true }).click();
  await expect(ui.body.locator('table td')).toHaveCount(6);

  // Caret to the first body cell from the keyboard, then check it is there before pasting.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await page.keyboard.insertText('Nguồn: ');
  await expect.poll(async () => (await cells(page))[3]).toEqual(['Nguồn: ']);

  await paste(page, GOOGLE_DOCS_LIST, 'Vốn FDI\nVốn trong nước');
  await expect.poll(async () => (await cells(page))[3]).toEqual(['Nguồn: Vốn FDI', 'Vốn trong nước']);
  await paste(page, LIBREOFFICE_PARAGRAPHS, 'Ghi chú\nSố liệu sơ bộ.');
  await expect.poll(async () => (await cells(page))[3]).toEqual(['Nguồn: Vốn FDI', 'Vốn trong nướcGhi chú', 'Số liệu sơ bộ.']);

  // One table, 3 × 3, nothing pasted between two halves of it.
  await expect(ui.body.locator('table')).toHaveCount(1);
  await expect(ui.body.locator('table tr')).toHaveCount(3);
  await expect(ui.body.locator('ul, ol, h2, h3')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('cell-paste.png'), fullPage: true });
});
