/**
 * Preflight in the side panel: a new news article lists its blockers; a finding's button focuses
 * the field (switching to Details when needed) or selects the photo in the body; filling the
 * fields clears the findings live (after a moment of idle, never per keystroke); axe-core passes.
 */
import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pngImage } from '../core/document/image-fixtures';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

const checksTab = (page: Page) => page.getByRole('tab', { name: /^Checks/ });
const finding = (page: Page, message: string) => page.getByTestId('checks-panel').getByRole('button', { name: `Blocks approval: ${message}` });

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-testid="checks-panel"]').include('[role="tablist"]').analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a new news article shows its blockers; a click focuses the field; filling the fields clears them', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  // The organisation profile may give a place: clear it so the place is missing too.
  await ui.field('Place').fill('');

  await checksTab(page).click();
  const headline = finding(page, 'The headline is missing.');
  const sapo = finding(page, 'The sapo (lead paragraph) is missing.');
  const place = finding(page, 'The dateline place is missing.');
  const penName = finding(page, 'The author’s pen name is missing.');
  for (const f of [headline, sapo, place]) await expect(f).toBeVisible();
  // The tab counts what is listed, and severity is written out, not only coloured.
  const count = await page.getByTestId('checks-panel').getByRole('button').count();
  await expect(checksTab(page)).toHaveText(`Checks (${count})`);
  await expect(page.getByRole('heading', { name: 'Must be fixed before approval' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A sheet field: focused in place, the Checks tab stays.
  await headline.click();
  await expect(ui.headline).toBeFocused();
  await page.keyboard.insertText('Hội nghị tổng kết công tác khoa giáo năm 2018');
  await expect(headline).toHaveCount(0);

  await sapo.click();
  await expect(ui.sapo).toBeFocused();
  await page.keyboard.insertText('Sáng 8/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết.');
  await expect(sapo).toHaveCount(0);

  // A Details field: the panel switches to Details and focuses it.
  await place.click();
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await expect(ui.field('Place')).toBeFocused();
  await page.keyboard.insertText('Điện Biên');

  if ((await ui.field('Pen name').inputValue()) === '') await ui.field('Pen name').fill('Giao Tuyến');
  if ((await ui.field('Date').inputValue()) === '') await ui.field('Date').fill('2026-11-26');

  await checksTab(page).click();
  await expect(place).toHaveCount(0);
  await expect(penName).toHaveCount(0);
  await expect(page.getByTestId('checks-panel').getByRole('status')).toHaveText('No problems left: the release is ready for approval.');
  await expect(checksTab(page)).toHaveText('Checks');
});

test('a photo without alt text shows a blocker that jumps to the photo', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  await writeFile(join(app.workspace, 'anh.png'), pngImage(20, 10));
  await ui.typeParagraphs(['Sáng 8/1, hội nghị tổng kết diễn ra tại Điện Biên.', 'Đoạn thứ hai.']);
  await app.answerPathPrompt(join(app.workspace, 'anh.png'));
  await ui.button('Insert photo').click();
  const figure = page.getByTestId('figure');
  await expect(figure).toHaveCount(1);

  await checksTab(page).click();
  const alt = finding(page, 'Photo 1 has no description for people who cannot see it (alt text).');
  await expect(alt).toBeVisible();
  await expect(finding(page, 'Photo 1 has no caption.')).toBeVisible();
  await expect(finding(page, 'Photo 1 has no credit (Ảnh: ...).')).toBeVisible();

  // Move the cursor away, then jump: the figure is selected (a node selection) and in view.
  await ui.body.locator('p').first().click();
  await expect(figure).not.toHaveClass(/is-selected/);
  await alt.click();
  await expect(figure).toHaveClass(/is-selected/);
  await expect(figure).toBeInViewport();

  await figure.getByLabel('Description for people who cannot see the photo (alt text)', { exact: true }).fill('Quang cảnh hội nghị');
  await expect(alt).toHaveCount(0);
  await expect(finding(page, 'Photo 1 has no caption.')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test.describe('in Vietnamese', () => {
  test.use({ language: 'vi' });

  test('the Checks tab speaks Vietnamese', async ({ app }) => {
    const page = app.page;
    await page.getByRole('tab', { name: /^Kiểm tra/ }).click();
    await expect(page.getByRole('button', { name: 'Chặn phê duyệt: Chưa có tiêu đề.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Phải sửa trước khi phê duyệt' })).toBeVisible();
    await expect(page.getByRole('tab', { name: /^Kiểm tra \(\d+\)$/ })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
