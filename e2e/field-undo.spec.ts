/**
 * Undo/redo in the headline and sapo step by words, from the keyboard and from the toolbar; the
 * body's formatting buttons are not shown active while the caret is in the headline.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test('headline and sapo undo a word at a time, by keyboard and toolbar; H2 is not active there', async ({ app }) => {
  const ui = new ReleasePage(app);
  // A heading in the body, the body's selection left in it.
  await ui.body.click();
  await app.page.keyboard.press('Control+Alt+2');
  await app.page.keyboard.type('Tiêu đề mục');
  await expect(ui.button('Heading level 2')).toHaveAttribute('aria-pressed', 'true');

  await ui.headline.click();
  await app.page.keyboard.type('Hội nghị tổng kết');
  await expect(ui.button('Heading level 2')).toHaveAttribute('aria-pressed', 'false');
  await app.page.keyboard.press('Control+z');
  await expect(ui.headline).toHaveValue('Hội nghị tổng ');
  await ui.button('Undo').click();
  await expect(ui.headline).toHaveValue('Hội nghị ');
  await expect(ui.headline).toBeFocused();
  await ui.button('Redo').click();
  await expect(ui.headline).toHaveValue('Hội nghị tổng ');
  await app.page.keyboard.press('Control+Shift+z');
  await expect(ui.headline).toHaveValue('Hội nghị tổng kết');
  // The body's own history was not touched.
  await expect(ui.body.locator('h2')).toHaveText('Tiêu đề mục');

  await ui.sapo.click();
  await app.page.keyboard.type('Sáng nay khai mạc');
  await app.page.keyboard.press('Control+z');
  await expect(ui.sapo).toHaveValue('Sáng nay khai ');
});

test('pasting Word HTML with inline styles causes no CSP violation and keeps the text and lists', async ({ app }) => {
  const ui = new ReleasePage(app);
  const violations: string[] = [];
  app.page.on('console', (message) => {
    if (/Content Security Policy|violates/i.test(message.text())) violations.push(message.text());
  });
  await app.page.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp = [...((window as unknown as { __csp?: string[] }).__csp ?? []), e.violatedDirective];
    });
  });
  await ui.body.click();
  await app.page.evaluate(() => {
    const html =
      '<style>@list l0 {mso-level-text:"%1."} p.MsoNormal {margin:0}</style>' +
      '<p class=MsoNormal style="margin:0;font-family:\'Times New Roman\'"><span style="color:red;font-weight:bold">Đoạn dán</span> từ Word</p>' +
      '<ul><li style="mso-list:l0 level1 lfo1">Mục một</li><li style="margin-left:12pt">Mục hai</li></ul>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Đoạn dán từ Word');
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(ui.body).toContainText('Đoạn dán từ Word');
  await expect(ui.body.locator('li')).toHaveText(['Mục một', 'Mục hai']);
  await expect(ui.body.locator('[style], [data-pasted-style], style, template')).toHaveCount(0);
  // Violations are reported asynchronously: give the event loop a turn, then none may have come.
  await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  expect(await app.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
  expect(violations).toEqual([]);
});

test.describe('in Vietnamese', () => {
  test.use({ language: 'vi', browserLocale: 'en-US' });

  test('the dateline day shows and is typed as dd/mm/yyyy, whatever the browser locale', async ({ app }) => {
    const ui = new ReleasePage(app, (_en, vi) => vi);
    const day = app.page.locator('[data-field="dateline.date"]');
    await day.fill('15/01/2027');
    await day.blur();
    await expect(day).toHaveValue('15/01/2027');
    await ui.headline.click();
    await app.page.keyboard.type('Ngày');
    await ui.saveAs(join(app.workspace, 'ngay.pressdesk'));
    await expect(ui.fileName).toHaveText('ngay.pressdesk');
    // Stored as ISO whatever the language shows.
    const saved = unzipSync(new Uint8Array(await readFile(join(app.workspace, 'ngay.pressdesk'))));
    expect(new TextDecoder().decode(saved['document.json'])).toMatch(/"dateline":\{"place":"[^"]*","date":"2027-01-15"\}/);
    await day.fill('31/02/2027');
    await expect(day).toHaveAttribute('aria-invalid', 'true');
  });
});
