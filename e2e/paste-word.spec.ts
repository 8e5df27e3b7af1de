/**
 * Issue 10, the one cleaner, in the Vietnamese UI through the browser host: Word's clipboard HTML
 * (core/import/clean/word-clipboard.fixture.ts, as Word 2016 writes it) pasted into the body with a
 * ClipboardEvent carrying text/html — bullets and numbering arrive as nested lists (the numbered
 * one still starting at 2, no "·" or "2." left as text), <h1> and <h4> as headings of their own,
 * the MsoTableGrid table as a table, the footnote as a footnote, the quote and the indented run as
 * quotes, sub/sup/underline/strike kept — and the message names the equation it left out. The
 * headline is filled first: an empty release would offer the paste to article recognition.
 */
import { WORD_CLIPBOARD_HTML } from '../core/import/clean/word-clipboard.fixture';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

test("Word's clipboard HTML pastes as lists, headings, a table, a footnote and quotes; the message names the equation", async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const page = app.page;
  await ui.headline.fill('Tổng kết năm 2026');
  await ui.body.click();
  await ui.body.press('Control+End');
  await ui.body.evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Sáng 15/1, Ủy ban nhân dân tỉnh Điện Biên…');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_CLIPBOARD_HTML);

  // Headings of their own, never merged into the paragraph before (h1 -> level 2, h4 -> level 3).
  await expect(ui.body.locator('h2')).toHaveText(['Kết quả nổi bật']);
  await expect(ui.body.locator('h3')).toHaveText(['Nhiệm vụ năm 2027']);
  // Bullets nested, numbering from 2, the markers gone.
  await expect(ui.body.locator('ul > li > p')).toHaveText(['Nông nghiệp tăng 4%', 'Lúa gạo', 'Du lịch tăng 12%']);
  await expect(ui.body.locator('ul > li > ul > li')).toHaveText(['Lúa gạo']);
  await expect(ui.body.locator('ol')).toHaveAttribute('start', '2');
  await expect(ui.body.locator('ol > li')).toHaveText(['Hoàn thành quy hoạch', 'Thu hút đầu tư']);
  await expect(ui.body).not.toContainText('·');
  // The table, two by two.
  await expect(ui.body.locator('table tr')).toHaveCount(2);
  await expect(ui.body.locator('table td, table th')).toHaveText(['Chỉ tiêu', 'Kết quả', 'GRDP', '8,5%']);
  // The footnote is a footnote (its text on the reference), not "[1]" glued to the number.
  await expect(ui.body.locator('.footnote-ref')).toHaveCount(1);
  await expect(ui.body.locator('.footnote-ref')).toHaveAttribute('data-footnote', 'Theo số liệu của Cục Thống kê tỉnh.');
  await expect(ui.body).not.toContainText('[1]');
  // Marks.
  await expect(ui.body.locator('sub')).toHaveText(['2']);
  await expect(ui.body.locator('sup:not(.footnote-ref)')).toHaveText(['2']);
  await expect(ui.body.locator('u')).toHaveText(['đường nối']);
  await expect(ui.body.locator('s')).toHaveText(['sân bay']);
  // The Quote style and the indented run: two quotes.
  await expect(ui.body.locator('blockquote')).toHaveCount(2);
  await expect(ui.body.locator('blockquote').nth(1).locator('p')).toHaveText(['Đoạn thụt lề thứ nhất.', 'Đoạn thụt lề thứ hai.']);
  // Nothing left out silently.
  await expect(ui.alert).toContainText('Đã dán, nhưng những thứ sau không đưa vào được: 1 công thức toán.');
  await page.screenshot({ path: test.info().outputPath('paste-word.png'), fullPage: true });

  // One paste, one undo.
  await ui.body.press('Control+z');
  await expect(ui.body.locator('table')).toHaveCount(0);
  await expect(ui.body.locator('h2')).toHaveCount(0);
});
