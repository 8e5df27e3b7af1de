/**
 * "Gộp bản góp ý…" with a table (browser host, Vietnamese): the reviewer turned the header row off
 * and changed a number in a cell. The table keeps three columns and its header row, the number
 * comes in as the reviewer's suggestion, and the report lists the header cells as not taken.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packRelease } from '../core/document/file-format';
import { createRelease, type Release } from '../core/document/release';
import { resultsTable } from '../core/document/tables.fixture';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

test("merging a reviewer's copy whose header row is off keeps the table whole and lists the header cells", async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  const release: Release = {
    ...createRelease('news', { place: 'Điện Biên', penName: 'Minh An', today: '2026-11-28' }),
    headline: 'Kết quả thu hút đầu tư năm 2026',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sở Tài chính công bố số liệu.' }] }, resultsTable()] } as Release['body'],
  };
  await writeFile(join(app.workspace, 'bang.pressdesk'), packRelease(release));
  const copy = structuredClone(release);
  const table = copy.body.content[1]!;
  for (const cell of table.content![0]!.content!) cell.type = 'tableCell';
  table.content![1]!.content![2]!.content![0]!.content![0]!.text = '1.900';
  await writeFile(join(app.workspace, 'gop-y.pressdesk'), packRelease(copy));

  await ui.open('bang.pressdesk');
  await expect(ui.headline).toHaveValue(release.headline);
  await app.answerPathPrompt('gop-y.pressdesk');
  await ui.button('Gộp bản góp ý…').click();

  const report = app.page.getByTestId('merge-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText('Chỗ sửa trực tiếp, đưa vào thành gợi ý: 1');
  await expect(report.getByTestId('merge-unplaced').getByRole('listitem')).toHaveText(
    ['Chỉ tiêu', 'Năm 2025', 'Năm 2026'].map((t) => `Ô bảng được đổi hàng tiêu đề, gộp ô hoặc độ rộng cột trong bản góp ý (không đưa vào, sửa tay nếu đồng ý): “${t}”`),
  );
  await app.page.screenshot({ path: test.info().outputPath('merge-review-tables.png') });
  await report.getByRole('button', { name: 'Đóng' }).click();
  await expect(report).toBeHidden();

  const rows = ui.body.locator('table tr');
  await expect(rows.first().locator('th')).toHaveCount(3);
  await expect(rows.first().locator('td')).toHaveCount(0);
  await expect(ui.body.locator('ins.suggestion-insertion', { hasText: '900' })).toBeVisible();
  await expect(ui.body.locator('del', { hasText: '870' })).toBeVisible();
  await app.page.screenshot({ path: test.info().outputPath('merge-review-tables-body.png') });
});
