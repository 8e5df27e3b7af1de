/**
 * Issue 11: an article copied from a portal, pasted into an empty release (or imported as .txt),
 * comes apart into its fields — headline, the caption in the lead-photo slot, sapo, body, pen
 * name — with the site's furniture left out and said so; "Hoàn tác nhận dạng" puts it all back
 * into the body as it came. Vietnamese UI, browser host.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pngImage } from '../core/document/image-fixtures';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const FIXTURE = '/work/shared/fixtures/dien-bien-article.txt';
const HEADLINE = 'Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo';
const CAPTION_START = 'Đồng chí Nguyễn Đức Vượng, Ủy viên BTV';

/** A paste as a browser delivers a copy of a web page's text. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((plain) => {
    const data = new DataTransfer();
    data.setData('text/plain', plain);
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a portal article pasted into an empty release lands in its fields; undo recognition puts it back', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const text = await readFile(FIXTURE, 'utf8');
  await ui.body.click();
  await pasteText(app.page, text);

  await expect(ui.headline).toHaveValue(HEADLINE);
  await expect(ui.sapo).toHaveValue(/^Việc phối hợp tập trung vào công tác xây dựng .* tinh thần cho nhân dân\.$/);
  await expect(app.page.getByTestId('lead-photo-caption')).toHaveValue(new RegExp(`^${CAPTION_START}.*\\(8/1/2019\\)$`));
  await expect(app.page.locator('.sheet-pen-name')).toHaveText('Giao Tuyến');
  await expect(ui.body.locator('p').first()).toHaveText(/^Ban Tuyên giáo Tỉnh ủy bám sát nhiệm vụ chính trị/);
  await expect(ui.body.locator('p').last()).toHaveText(/thực hiện hiệu quả nhiệm vụ được giao\.\/\.$/);
  for (const stray of ['Phản hồi', 'Xem nhiều nhất', 'Giao Tuyến', CAPTION_START]) await expect(ui.body).not.toContainText(stray);

  const notice = app.page.getByTestId('article-notice');
  await expect(notice).toContainText('Đã nhận dạng bài viết từ trang tin.');
  await expect(notice).toContainText('bút danh «Giao Tuyến»');
  await expect(notice).toContainText('Đã bỏ 7 dòng của trang web: «Có thể bạn quan tâm», «Phản hồi»');

  // The Checks tab flags the photo the article came with.
  await app.page.getByRole('tab', { name: /^Kiểm tra/ }).click();
  await expect(app.page.locator('[data-rule="leadPhoto.missing"]')).toContainText('Thiếu ảnh đầu bài');
  // The message and the lead-photo slot have names, contrast and roles that axe-core finds nothing serious in.
  const results = await new AxeBuilder({ page: app.page }).include('[data-testid="article-notice"]').include('[data-testid="lead-photo-slot"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await notice.getByRole('button', { name: 'Hoàn tác nhận dạng' }).click();
  await expect(notice).toHaveAttribute('data-state', 'undone');
  await expect(ui.headline).toHaveValue('');
  await expect(ui.sapo).toHaveValue('');
  await expect(app.page.getByTestId('lead-photo-slot')).toHaveCount(0);
  await expect(ui.body.locator('p').first()).toHaveText(HEADLINE);
  await expect(ui.body).toContainText(CAPTION_START);
  await expect(ui.body.locator('p').last()).toHaveText('Xem nhiều nhất');
  await expect(app.page.locator('[data-rule="leadPhoto.missing"]')).toHaveCount(0);
});

test('a portal page copied as HTML (h1, sapo, figure, byline, related links) lands in its fields too', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const body1 = 'Trong năm 2026, toàn tỉnh có hơn 12.000 lượt người dân được tiếp cận các dịch vụ y tế cơ sở, tăng 15% so với cùng kỳ.';
  const body2 = 'Năm 2027, ngành tiếp tục đầu tư trang thiết bị cho các trạm y tế xã, nâng cao chất lượng khám chữa bệnh ban đầu./.';
  const html =
    '<h1 class="detail-title">Sở Y tế tổng kết công tác y tế cơ sở</h1><div class="detail-time">12/03/2027 09:15</div>' +
    '<h2 class="detail-sapo">Sáng 12/3, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2026, triển khai nhiệm vụ năm 2027.</h2>' +
    '<figure><img src="https://example.vn/anh.jpg" alt=""><figcaption>Đại biểu dự hội nghị. (Ảnh: Quang Hưng)</figcaption></figure>' +
    `<p>${body1}</p><p>${body2}</p><p class="author"><strong>Quang Hưng</strong></p>` +
    '<h3>Tin cùng chuyên mục</h3><ul><li><a href="https://example.vn/a">Khánh thành trường mới</a></li><li><a href="https://example.vn/b">Ra quân trồng rừng</a></li></ul>';
  await ui.body.click();
  await app.page.evaluate((markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', 'Sở Y tế tổng kết công tác y tế cơ sở');
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(ui.headline).toHaveValue('Sở Y tế tổng kết công tác y tế cơ sở');
  await expect(ui.sapo).toHaveValue(/^Sáng 12\/3, Sở Y tế tỉnh/);
  await expect(app.page.locator('.sheet-pen-name')).toHaveText('Quang Hưng');
  await expect(ui.body.locator('p').first()).toHaveText(body1);
  for (const stray of ['Tin cùng chuyên mục', 'Khánh thành trường mới', '12/03/2027', 'Quang Hưng']) await expect(ui.body).not.toContainText(stray);
  await expect(app.page.getByTestId('article-notice')).toContainText('«Tin cùng chuyên mục»');
});

test('Chèn ảnh… in the lead-photo slot makes the photo the lead figure with the caption and credit', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const text = (await readFile(FIXTURE, 'utf8')).replace('(8/1/2019)', '(8/1/2019) (Ảnh: Giao Tuyến)');
  await ui.body.click();
  await pasteText(app.page, text);
  await expect(app.page.getByTestId('lead-photo-credit')).toHaveValue('Ảnh: Giao Tuyến');
  await writeFile(join(app.workspace, 'anh-dau-bai.png'), pngImage(40, 30, [200, 30, 30]));
  await app.answerPathPrompt(join(app.workspace, 'anh-dau-bai.png'));
  await app.page.getByTestId('lead-photo-insert').click();
  await expect(app.page.getByTestId('lead-photo-slot')).toHaveCount(0);
  const figure = ui.body.locator('.figure').first();
  await expect(figure).toHaveAttribute('data-lead', 'true');
  await expect(figure).toContainText(CAPTION_START);
  await expect(figure.locator('img')).toBeVisible();
  // The lead photo opens the body, before the first paragraph.
  const leadFirst = await ui.body.evaluate((el) => {
    const figure = el.querySelector('.figure');
    const paragraph = el.querySelector(':scope > p');
    return figure !== null && paragraph !== null && (figure.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  expect(leadFirst).toBe(true);
  await app.page.getByRole('tab', { name: /^Kiểm tra/ }).click();
  await expect(app.page.locator('[data-rule="leadPhoto.missing"]')).toHaveCount(0);
  await expect(app.page.locator('[data-rule="figure.credit"]')).toHaveCount(0);
});

test('a paste into a release that already has text is an ordinary paste', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const text = await readFile(FIXTURE, 'utf8');
  await ui.headline.fill('Tít đã có');
  await ui.body.click();
  await pasteText(app.page, text);
  await expect(ui.body).toContainText('Xem nhiều nhất');
  await expect(ui.headline).toHaveValue('Tít đã có');
  await expect(ui.sapo).toHaveValue('');
  await expect(app.page.getByTestId('article-notice')).toHaveCount(0);
});

test('Import… of the article as .txt recognises it; an edit ends the offer to undo; the slot can be removed', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  await writeFile(join(app.workspace, 'bai-cong-thong-tin.txt'), await readFile(FIXTURE));
  await app.answerPathPrompt('bai-cong-thong-tin.txt');
  await ui.button('Import…', 'Nhập…').click();
  await expect(ui.headline).toHaveValue(HEADLINE);
  await expect(ui.sapo).toHaveValue(/^Việc phối hợp/);
  await expect(app.page.locator('.sheet-pen-name')).toHaveText('Giao Tuyến');
  const notice = app.page.getByTestId('article-notice');
  await expect(notice.getByRole('button', { name: 'Hoàn tác nhận dạng' })).toBeVisible();

  // Undo of the import brings the file back as imported without recognition.
  await notice.getByRole('button', { name: 'Hoàn tác nhận dạng' }).click();
  await expect(ui.headline).toHaveValue(HEADLINE);
  await expect(ui.sapo).toHaveValue('');
  await expect(ui.body.locator('p').first()).toHaveText(new RegExp(`^${CAPTION_START}`));
  await expect(ui.body).toContainText('Xem nhiều nhất');

  // Again; this time an edit (the slot removed) ends the offer to undo.
  await app.answerPathPrompt('bai-cong-thong-tin.txt');
  await ui.button('Import…', 'Nhập…').click();
  await app.page.getByTestId('unsaved-dialog').getByRole('button', { name: 'Không lưu' }).click();
  await expect(ui.sapo).toHaveValue(/^Việc phối hợp/);
  await expect(notice.getByRole('button', { name: 'Hoàn tác nhận dạng' })).toBeVisible();
  await app.page.getByTestId('lead-photo-remove').click();
  await expect(app.page.getByTestId('lead-photo-slot')).toHaveCount(0);
  await expect(notice.getByRole('button', { name: 'Hoàn tác nhận dạng' })).toHaveCount(0);
  await expect(ui.sapo).toHaveValue(/^Việc phối hợp/);
});
