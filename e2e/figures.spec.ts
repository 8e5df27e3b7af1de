/**
 * Photos in a release: inserted by the toolbar (path prompt) and by drag-and-drop, captioned,
 * credited, described and marked lead; saved (each image's bytes once), reloaded and reopened.
 * Refused images say why. The test images are built in code (core/document/image-fixtures).
 */
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { SVG_IMAGE, pngImage } from '../core/document/image-fixtures';
import { expect, test } from './fixtures';
import { recoveredText } from './recovery-copies';
import { ReleasePage } from './release-page';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const ALT_LABEL = 'Description for people who cannot see the photo (alt text)';

/** Drops files on the body the way a file manager does. */
async function dropFiles(page: Page, target: Locator, files: { name: string; type: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, b64: Buffer.from(f.bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return transfer;
  }, payload);
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

test('photos by toolbar and drag-drop: caption, credit, alt, lead; saved once each; reopened intact', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  const red = pngImage(40, 30, [200, 30, 30]);
  const blue = pngImage(24, 16, [20, 60, 200]);
  await writeFile(join(app.workspace, 'hoi-nghi.png'), red);

  await ui.headline.click();
  await page.keyboard.insertText('Hội nghị tổng kết công tác tuyên giáo');
  await ui.typeParagraphs(['Sáng 8/1, Ban Tuyên giáo tổ chức hội nghị.']);

  // 1. The toolbar: the host's prompt stands in for the native dialog.
  await app.answerPathPrompt(join(app.workspace, 'hoi-nghi.png'));
  await ui.button('Insert photo').click();
  const figures = page.getByTestId('figure');
  await expect(figures).toHaveCount(1);
  // A new figure is flagged until it has a caption and alt text.
  await expect(figures.first().getByTestId('figure-flag')).toHaveText(/no caption and no alt text/);
  // A full-width photo keeps within the text column (its padding and border once stuck out 14 px on the right).
  const column = (await ui.body.locator('p').first().boundingBox())!;
  const frame = (await figures.first().boundingBox())!;
  expect(frame.x).toBeGreaterThanOrEqual(column.x - 0.5);
  expect(frame.x + frame.width).toBeLessThanOrEqual(column.x + column.width + 0.5);

  // 2. Drag and drop: another photo, and the first one again (a PNG named .jpg: the bytes decide).
  await dropFiles(page, ui.body, [
    { name: 'toa-dam.png', type: 'image/png', bytes: blue },
    { name: 'ban-sao.jpg', type: 'image/jpeg', bytes: red },
  ]);
  await expect(figures).toHaveCount(3);

  // 3. Caption in place, credit, alt, lead on the first figure.
  const first = figures.first();
  await first.locator('figcaption').click();
  await page.keyboard.insertText('Quang cảnh hội nghị.');
  await first.getByLabel('Photo credit').fill('Ảnh: Minh Anh');
  await first.getByLabel(ALT_LABEL).fill('Đại biểu dự hội nghị tại hội trường');
  await first.getByRole('button', { name: 'Lead photo' }).click();
  await expect(first.getByRole('button', { name: 'Lead photo' })).toHaveAttribute('aria-pressed', 'true');
  await expect(first.getByTestId('figure-flag')).toHaveCount(0);
  await expect(first).not.toHaveAttribute('aria-describedby');
  // Lead on another figure moves it: one lead at most.
  await figures.nth(1).getByRole('button', { name: 'Lead photo' }).click();
  await expect(page.locator('[data-testid="figure"][data-lead="true"]')).toHaveCount(1);
  await first.getByRole('button', { name: 'Lead photo' }).click();
  await expect(figures.nth(1).getByRole('button', { name: 'Lead photo' })).toHaveAttribute('aria-pressed', 'false');
  await first.getByLabel('Photo width').selectOption('two-thirds');
  await expect(first).toHaveAttribute('data-width', 'two-thirds');

  // 4. Save: each image's bytes once, whatever the number of figures showing it.
  const file = join(app.workspace, 'co-anh.pressdesk');
  await ui.saveAs(file);
  await expect(ui.fileName).toHaveText('co-anh.pressdesk');
  const zip = unzipSync(new Uint8Array(await readFile(file)));
  expect(Object.keys(zip).filter((n) => n.startsWith('assets/')).sort()).toEqual([`assets/${sha256(blue)}.png`, `assets/${sha256(red)}.png`].sort());
  expect(zip[`assets/${sha256(red)}.png`]).toEqual(red);

  // 5. Reload the page and open the file again.
  await page.reload();
  await expect(ui.headline).toHaveValue('');
  await ui.open(file);
  await expect(ui.headline).toHaveValue('Hội nghị tổng kết công tác tuyên giáo');
  await expect(figures).toHaveCount(3);
  const reopened = figures.first();
  const image = reopened.locator('img');
  await expect(image).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(40);
  await expect(image).toHaveAttribute('alt', 'Đại biểu dự hội nghị tại hội trường');
  await expect(reopened.locator('figcaption')).toHaveText('Quang cảnh hội nghị.');
  await expect(reopened.getByLabel('Photo credit')).toHaveValue('Ảnh: Minh Anh');
  await expect(reopened.getByLabel(ALT_LABEL)).toHaveValue('Đại biểu dự hội nghị tại hội trường');
  await expect(reopened.getByRole('button', { name: 'Lead photo' })).toHaveAttribute('aria-pressed', 'true');
  await expect(reopened).toHaveAttribute('data-width', 'two-thirds');
  await expect(figures.nth(1).locator('img')).toHaveAttribute('src', /^blob:/);
});

test('an SVG dropped on the body is refused with a plain sentence, and nothing is inserted', async ({ app }) => {
  const ui = new ReleasePage(app);
  await ui.typeParagraphs(['Nội dung.']);
  await dropFiles(app.page, ui.body, [{ name: 'logo.svg', type: 'image/svg+xml', bytes: SVG_IMAGE }]);
  await expect(ui.alert).toBeVisible();
  await expect(ui.alert).toHaveAttribute('data-code', 'image-refused');
  await expect(ui.alert).toContainText('SVG images cannot be inserted');
  await expect(app.page.getByTestId('figure')).toHaveCount(0);
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('deleting a photo drops its bytes from the saved file', async ({ app }) => {
  const ui = new ReleasePage(app);
  const photo = pngImage(8, 8);
  await writeFile(join(app.workspace, 'xoa.png'), photo);
  await ui.typeParagraphs(['Có ảnh rồi bỏ.']);
  await app.answerPathPrompt(join(app.workspace, 'xoa.png'));
  await ui.button('Insert photo').click();
  await expect(app.page.getByTestId('figure')).toHaveCount(1);
  // Select the whole figure by its image and delete it.
  await app.page.getByTestId('figure').locator('.figure-media').click();
  await app.page.keyboard.press('Delete');
  await expect(app.page.getByTestId('figure')).toHaveCount(0);
  const file = join(app.workspace, 'khong-anh.pressdesk');
  await ui.saveAs(file);
  await expect(ui.fileName).toHaveText('khong-anh.pressdesk');
  const zip = unzipSync(new Uint8Array(await readFile(file)));
  expect(Object.keys(zip).filter((n) => n.startsWith('assets/'))).toEqual([]);
});

test('a photo in unsaved work survives a crash: the restored draft shows it', async ({ app }) => {
  const ui = new ReleasePage(app);
  await writeFile(join(app.workspace, 'sau-su-co.png'), pngImage(12, 9, [0, 150, 0]));
  await ui.typeParagraphs(['Bản nháp có ảnh.']);
  await app.answerPathPrompt(join(app.workspace, 'sau-su-co.png'));
  await ui.button('Insert photo').click();
  await app.page.getByTestId('figure').locator('figcaption').click();
  await app.page.keyboard.insertText('Ảnh trước sự cố.');
  // Autosave writes within a second of the last change: wait for the copy with the caption.
  await expect.poll(() => recoveredText(app.userData), { timeout: 5_000 }).toContain('Ảnh trước sự cố.');
  await app.restart({ kill: true });

  const offer = app.page.getByTestId('recovery-dialog');
  await offer.getByRole('button', { name: 'Restore' }).click();
  const figure = app.page.getByTestId('figure');
  await expect(figure.locator('figcaption')).toHaveText('Ảnh trước sự cố.');
  await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(12);
});

test.describe('in Vietnamese', () => {
  test.use({ language: 'vi' });

  test('the photo controls have Vietnamese names and no serious axe-core violations', async ({ app }) => {
    const ui = new ReleasePage(app, (_en, vi) => vi);
    await writeFile(join(app.workspace, 'anh.png'), pngImage(20, 10));
    await ui.typeParagraphs(['Nội dung.']);
    await app.answerPathPrompt(join(app.workspace, 'anh.png'));
    await ui.button('Insert photo', 'Chèn ảnh').click();
    const figure = app.page.getByTestId('figure');
    await expect(figure.locator('img')).toHaveAttribute('src', /^blob:/);
    await expect(figure.getByTestId('figure-flag')).toHaveText(/chưa có chú thích và mô tả/);
    for (const name of ['Tác giả ảnh', 'Độ rộng ảnh', 'Căn ảnh']) await expect(figure.getByLabel(name, { exact: true })).toBeVisible();
    await expect(figure.getByRole('button', { name: 'Ảnh đại diện' })).toBeVisible();
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
