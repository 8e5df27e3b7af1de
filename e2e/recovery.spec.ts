import { expect, test } from './fixtures';
import { recoveredText, recoveryCopies } from './recovery-copies';
import { ReleasePage } from './release-page';

test('work typed before a crash is offered back and restored on the next start', async ({ app }) => {
  const ui = new ReleasePage(app);
  await ui.headline.click();
  await app.page.keyboard.insertText('Hội nghị tổng kết công tác khoa giáo');
  await ui.typeParagraphs(['Đoạn thứ nhất đã được gõ xong.', 'Đoạn thứ hai, **đang gõ dở']);

  // Autosave writes within a second of the last keystroke.
  await expect.poll(() => recoveryCopies(app.userData), { timeout: 5_000 }).toHaveLength(1);
  // The copy holds the last keystroke (not only an earlier write) before the crash.
  await expect.poll(() => recoveredText(app.userData), { timeout: 5_000 }).toContain('đang gõ dở');
  await app.restart({ kill: true });

  const offer = app.page.getByTestId('recovery-dialog');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('Hội nghị tổng kết công tác khoa giáo');
  await offer.getByRole('button', { name: 'Restore' }).click();

  await expect(ui.headline).toHaveValue('Hội nghị tổng kết công tác khoa giáo');
  await expect(ui.body.locator('p')).toHaveText(['Đoạn thứ nhất đã được gõ xong.', 'Đoạn thứ hai, đang gõ dở']);
  await expect(ui.body.locator('strong')).toHaveText(['đang gõ dở']);
  await expect(ui.savedState).toHaveText(/unsaved/i);
});

test('a normal save removes the recovery copy; discarding an offer removes it too', async ({ app }) => {
  const ui = new ReleasePage(app);
  await ui.headline.click();
  await app.page.keyboard.insertText('Thông cáo báo chí');
  await expect.poll(() => recoveryCopies(app.userData), { timeout: 5_000 }).toHaveLength(1);
  await ui.saveAs('thong-cao.pressdesk');
  await expect(ui.savedState).toHaveText(/^saved/i);
  await expect.poll(() => recoveryCopies(app.userData)).toHaveLength(0);

  await ui.typeParagraphs(['Sửa sau khi lưu.']);
  await expect.poll(() => recoveredText(app.userData), { timeout: 5_000 }).toContain('Sửa sau khi lưu.');
  await app.restart({ kill: true });
  const offer = app.page.getByTestId('recovery-dialog');
  await expect(offer).toContainText('Thông cáo báo chí');
  await offer.getByRole('button', { name: 'Discard' }).click();
  await expect(offer).toBeHidden();
  await expect.poll(() => recoveryCopies(app.userData)).toHaveLength(0);
});
