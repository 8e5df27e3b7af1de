/**
 * Tables (issue 10) in the Vietnamese UI, through the browser host: insert a 3 × 3 table with a
 * header row from the toolbar, type across the cells with Tab (Tab in the last cell adds a row),
 * add a column from the context menu, merge the last row's cells, save, reopen, and export a DOCX
 * that holds a real Word table (read back from its XML and by mammoth). While Suggesting, a
 * structure change is refused with a sentence in the status bar.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

/** The table's cells as text, row by row. */
const cellTexts = (page: Page): Promise<string[][]> =>
  page.locator('[data-testid="editor-body"] table tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));

const typeInCell = (page: Page, text: string): Promise<void> => page.keyboard.insertText(text);

test('insert a table, type with Tab, add a row and a column, merge, save, reopen, export DOCX', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.headline.fill('Kết quả thu hút đầu tư năm 2026');
  await ui.typeParagraphs(['Số liệu chính:']);

  // The toolbar's Bảng: the form's defaults are 3 × 3 with a header row.
  await ui.button('Table', 'Bảng').click();
  const popover = page.getByTestId('table-popover');
  await expect(popover.getByTestId('table-rows')).toHaveValue('3');
  await expect(popover.getByTestId('table-columns')).toHaveValue('3');
  await expect(popover.getByRole('checkbox', { name: 'Hàng đầu là hàng tiêu đề' })).toBeChecked();
  await popover.getByRole('button', { name: 'Chèn', exact: true }).click();
  const table = ui.body.locator('table');
  await expect(table.locator('th')).toHaveCount(3);
  await expect(table.locator('td')).toHaveCount(6);

  // The caret starts in the first header cell; Tab goes cell to cell.
  const words = ['Chỉ tiêu', 'Năm 2025', 'Năm 2026', 'Vốn đăng ký', '1.250', '1.870', 'Số dự án', '42', '57'];
  for (const [i, word] of words.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    await typeInCell(page, word);
    // Wait for the editor to show each word in its cell before the next key.
    await expect.poll(async () => (await cellTexts(page)).flat()[i]).toBe(word);
  }
  // Tab in the last cell adds a row, as in Word.
  await page.keyboard.press('Tab');
  await expect(table.locator('tr')).toHaveCount(4);
  await typeInCell(page, 'Ghi chú: số liệu sơ bộ');
  await expect.poll(() => cellTexts(page)).toEqual([
    ['Chỉ tiêu', 'Năm 2025', 'Năm 2026'],
    ['Vốn đăng ký', '1.250', '1.870'],
    ['Số dự án', '42', '57'],
    ['Ghi chú: số liệu sơ bộ', '', ''],
  ]);

  // A column to the right of the caret's, from the context menu (Shift+F10 at the caret).
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Chèn cột bên phải' }).click();
  await expect.poll(async () => (await cellTexts(page)).map((r) => r.length)).toEqual([4, 4, 4, 4]);

  // Merge the last row: the caret is in its first cell; Shift+→ past the cell's end selects cells.
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(ui.body.locator('.selectedCell')).toHaveCount(4);
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Gộp ô' }).click();
  await expect(table.locator('td[colspan="4"]')).toHaveText('Ghi chú: số liệu sơ bộ');

  // Save, reopen: the same table.
  await ui.saveAs(join(app.workspace, 'bang.pressdesk'));
  await expect(ui.fileName).toHaveText('bang.pressdesk');
  await ui.open('bang.pressdesk');
  await expect(ui.headline).toHaveValue('Kết quả thu hút đầu tư năm 2026');
  // The column was added right of the first one; the last row is one cell over four columns.
  await expect.poll(() => cellTexts(page)).toEqual([
    ['Chỉ tiêu', '', 'Năm 2025', 'Năm 2026'],
    ['Vốn đăng ký', '', '1.250', '1.870'],
    ['Số dự án', '', '42', '57'],
    ['Ghi chú: số liệu sơ bộ'],
  ]);
  await expect(ui.body.locator('table th')).toHaveCount(4);
  await expect(ui.body.locator('table td[colspan="4"]')).toHaveText('Ghi chú: số liệu sơ bộ');

  // Export a DOCX: a real Word table, header row repeated, the merged row one cell over four columns.
  await ui.button('Export…', 'Xuất…').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await app.answerPathPrompt('bang.docx');
  await dialog.getByRole('button', { name: 'Xuất', exact: true }).click();
  await expect(dialog.getByTestId('export-status')).toContainText('bang.docx');
  const bytes = new Uint8Array(await readFile(join(app.workspace, 'bang.docx')));
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  const tbl = /<w:tbl>.*?<\/w:tbl>/s.exec(xml.slice(xml.indexOf('Chỉ tiêu') - 3000))?.[0] ?? '';
  expect(tbl).toContain('<w:tblHeader/>');
  expect(tbl).toContain('<w:gridSpan w:val="4"/>');
  expect([...tbl.matchAll(/<w:gridCol /g)]).toHaveLength(4);
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  expect(html).toMatch(/<table>.*Chỉ tiêu.*Năm 2025.*Vốn đăng ký.*1\.250.*<td colspan="4"><p>Ghi chú: số liệu sơ bộ<\/p><\/td>.*<\/table>/s);

  // The table ends the body: Ctrl+End goes below it, and typing there opens a paragraph after it
  // (Chromium's own Ctrl+End sent the words to the end of the paragraph before the table).
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await ui.body.locator('td[colspan="4"]').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Nguồn: Sở Tài chính.');
  await expect(ui.body.locator(':scope > p')).toHaveText(['Số liệu chính:', 'Nguồn: Sở Tài chính.']);
  await expect(ui.body.locator('td[colspan="4"]')).toHaveText('Ghi chú: số liệu sơ bộ');
});

test('while Suggesting, a row cannot be added: the status bar says why; text in a cell is a suggestion', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.typeParagraphs(['Lịch làm việc:']);
  const serious = async (): Promise<string[]> => {
    const results = await new AxeBuilder({ page }).include('[data-testid="table-popover"]').include('[data-testid="editor-body"]').analyze();
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  await ui.button('Table', 'Bảng').click();
  // The insert panel, then (inside the table) the operations: nothing serious for axe.
  expect(await serious()).toEqual([]);
  await page.getByTestId('table-popover').getByRole('button', { name: 'Chèn', exact: true }).click();
  await expect(ui.body.locator('table th')).toHaveCount(3);
  await ui.button('Table', 'Bảng').click();
  await expect(page.getByRole('menu', { name: 'Bảng' }).getByRole('menuitem').first()).toBeFocused();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('table-popover')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+E');
  // Turning Suggesting on asks for a name once (a fresh profile has none).
  const ask = page.getByRole('dialog', { name: 'Tên của bạn trong góp ý' });
  await expect(ask.getByRole('textbox', { name: 'Họ và tên' })).toBeFocused();
  await page.keyboard.type('Lê Minh');
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('status-suggesting')).toBeVisible();
  // The caret is still in the first header cell, where the table put it.
  await expect.poll(() => page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('th')?.cellIndex ?? -1)).toBe(0);
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menuitem', { name: 'Chèn hàng phía dưới' }).click();
  await expect(page.getByTestId('status-notice')).toContainText('không đổi được cấu trúc bảng');
  await expect(ui.body.locator('table tr')).toHaveCount(3);
  await page.keyboard.insertText('Giờ');
  await expect(ui.body.locator('th').first().locator('ins.suggestion-insertion')).toHaveText('Giờ');
});
