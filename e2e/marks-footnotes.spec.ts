/**
 * Issue 10's marks and footnotes in the Vietnamese UI, through the browser host: subscript with
 * Word's Ctrl+=, superscript from the toolbar, strike with Alt+Shift+5, a footnote with Word's
 * Ctrl+Alt+F and another from the toolbar (written in the note dialog), the notes listed under the
 * page and edited by a double-click; saved and reopened; exported as a DOCX with w:vertAlign,
 * w:strike and real Word footnotes, read back by mammoth. Text is selected from the keyboard and
 * the selection checked before acting on it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const vi = (_en: string, text: string): string => text;

/** Selects the last `n` characters before the caret with Shift+←, then waits until the page says so. */
async function selectBack(page: Page, text: string): Promise<void> {
  for (let i = 0; i < text.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(text);
  await settle(page);
}

/**
 * ProseMirror reads a selection the keyboard moved on the next selectionchange event; on a loaded
 * machine a key command pressed at once ran on the old selection (Ctrl+= on no text, Alt+Shift+5
 * un-striking "5 tỷ"). Two animation frames let that queued event run first.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));
}

test('subscript, superscript, strike and two footnotes: typed, listed, edited, saved, exported to Word', async ({ app }) => {
  const ui = new ReleasePage(app, vi);
  const page = app.page;
  await ui.headline.fill('Giảm phát thải tại Điện Biên');
  await ui.typeParagraphs(['Khí thải CO2']);

  // Ctrl+= (Word's key) makes the selected 2 subscript; the toolbar button says so.
  await selectBack(page, '2');
  await page.keyboard.press('Control+=');
  await expect(ui.body.locator('sub')).toHaveText('2');
  await expect(ui.button('Subscript', 'Chỉ số dưới')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.press('Control+='); // off again for what follows
  await expect(ui.button('Subscript', 'Chỉ số dưới')).toHaveAttribute('aria-pressed', 'false');

  // Superscript from the toolbar.
  await page.keyboard.insertText(' giảm trên 120 m2');
  await selectBack(page, '2');
  await ui.button('Superscript', 'Chỉ số trên').click();
  await expect(ui.body.locator('sup:not(.footnote-ref)')).toHaveText('2');
  await expect(ui.button('Superscript', 'Chỉ số trên')).toHaveAttribute('aria-pressed', 'true');

  // Strike with Alt+Shift+5 (Google Docs' key; Ctrl+Shift+S stays Save As).
  await page.keyboard.press('End');
  await settle(page);
  await ui.button('Superscript', 'Chỉ số trên').click();
  await page.keyboard.insertText(', chi phí 5 tỷ');
  await selectBack(page, '5 tỷ');
  await page.keyboard.press('Alt+Shift+5');
  await expect(ui.body.locator('s')).toHaveText('5 tỷ');
  await expect(ui.button('Strikethrough', 'Gạch ngang')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.press('Alt+Shift+5');
  await page.keyboard.insertText(' 4 tỷ đồng');

  // Ctrl+Alt+F (Word's key) asks for a note's text; Ctrl+Enter inserts it at the caret.
  await page.keyboard.press('Control+Alt+f');
  const dialog = page.getByRole('dialog', { name: 'Chú thích cuối trang mới' });
  const field = dialog.getByRole('textbox', { name: 'Nội dung chú thích' });
  await expect(field).toBeFocused();
  await page.keyboard.insertText('Theo báo cáo của Sở Tài nguyên và Môi trường.');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  // The find bar did not take the key (Ctrl+Alt+F is its replace key outside the body).
  await expect(page.getByRole('search')).toHaveCount(0);
  await expect(ui.body.locator('.footnote-ref')).toHaveCount(1);
  const list = page.getByTestId('footnotes-list');
  await expect(list.locator('li')).toHaveText(['Theo báo cáo của Sở Tài nguyên và Môi trường.']);

  // A second note from the toolbar, at the end of a second paragraph.
  await expect(ui.body).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Dự án hoàn thành năm 2027.');
  await ui.button('Insert footnote', 'Chèn chú thích cuối trang').click();
  const second = page.getByRole('dialog', { name: 'Chú thích cuối trang mới' });
  await expect(second.getByRole('button', { name: 'Chèn', exact: true })).toBeDisabled();
  await second.getByRole('textbox', { name: 'Nội dung chú thích' }).fill('Kế hoạch số 12/KH-UBND.');
  await second.getByRole('button', { name: 'Chèn', exact: true }).click();
  await expect(ui.body.locator('.footnote-ref')).toHaveCount(2);
  await expect(list.locator('li')).toHaveText(['Theo báo cáo của Sở Tài nguyên và Môi trường.', 'Kế hoạch số 12/KH-UBND.']);
  // Numbered in reading order across paragraphs, as the exports number them.
  await expect.poll(() => ui.body.locator('.footnote-ref').evaluateAll((els) => els.map((el) => el.getAttribute('data-footnote-number')))).toEqual(['1', '2']);
  await page.screenshot({ path: test.info().outputPath('marks-footnotes.png') });

  // A double-click on the first note edits it: the dialog is numbered 1.
  await ui.body.locator('.footnote-ref').first().dblclick();
  const edit = page.getByRole('dialog', { name: 'Sửa chú thích 1' });
  await edit.getByRole('textbox', { name: 'Nội dung chú thích' }).fill('Theo báo cáo năm 2026 của Sở Tài nguyên và Môi trường.');
  await edit.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(list.locator('li').first()).toHaveText('Theo báo cáo năm 2026 của Sở Tài nguyên và Môi trường.');
  await expect(ui.body.locator('.footnote-ref').first()).toHaveAttribute('title', 'Theo báo cáo năm 2026 của Sở Tài nguyên và Môi trường.');

  // Saved and reopened: the marks and the notes are in the file.
  await ui.saveAs(join(app.workspace, 'chu-thich.pressdesk'));
  await expect(ui.fileName).toHaveText('chu-thich.pressdesk');
  await ui.open('chu-thich.pressdesk');
  await expect(ui.headline).toHaveValue('Giảm phát thải tại Điện Biên');
  await expect(ui.body.locator('sub')).toHaveText('2');
  await expect(ui.body.locator('s')).toHaveText('5 tỷ');
  await expect(list.locator('li')).toHaveText(['Theo báo cáo năm 2026 của Sở Tài nguyên và Môi trường.', 'Kế hoạch số 12/KH-UBND.']);

  // Export a DOCX: real Word footnotes, in order, and the three marks as Word's run properties.
  await ui.button('Export…', 'Xuất…').click();
  const exportDialog = page.getByTestId('export-dialog');
  await expect(exportDialog).toBeVisible();
  await app.answerPathPrompt('chu-thich.docx');
  await exportDialog.getByRole('button', { name: 'Xuất', exact: true }).click();
  await expect(exportDialog.getByTestId('export-status')).toContainText('chu-thich.docx');
  const bytes = await readFile(join(app.workspace, 'chu-thich.docx'));
  const files = unzipSync(new Uint8Array(bytes));
  const xml = strFromU8(files['word/document.xml']!);
  expect([...xml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1])).toEqual(['1', '2']);
  expect(xml).toContain('<w:vertAlign w:val="subscript"/>');
  expect(xml).toContain('<w:vertAlign w:val="superscript"/>');
  expect(xml).toMatch(/<w:strike\/>.*?<w:t[^>]*>5 tỷ<\/w:t>/);
  const notes = strFromU8(files['word/footnotes.xml']!);
  expect(notes).toContain('Theo báo cáo năm 2026 của Sở Tài nguyên và Môi trường.');
  expect(notes).toContain('Kế hoạch số 12/KH-UBND.');
  const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  expect(html).toMatch(/CO<sub>2<\/sub> giảm trên 120 m<sup>2<\/sup>/);
  expect(html).toMatch(/<li id="footnote-1"><p> ?Theo báo cáo năm 2026 của Sở Tài nguyên và Môi trường\./);
});
