/**
 * File ▸ "Merge a reviewer's copy…" through the browser host: the release under review is open, the
 * reviewer's .pressdesk (a reply, a new general thread, a paragraph typed in directly, a changed
 * headline) is merged from the file toolbar; the report says what came in and lists the headline
 * it could not place; the typed paragraph shows as the reviewer's suggested insertion; unsaved.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkReviewRelease, REVIEW_REVIEWER } from '../core/document/kitchen-sink-review';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test("merging a reviewer's copy brings in their threads and direct edits, and lists what it cannot place", async ({ app }) => {
  const ui = new ReleasePage(app);
  const { release, assets } = kitchenSinkReviewRelease();
  await writeFile(join(app.workspace, 'bai.pressdesk'), packRelease(release, { assets }));
  const copy = structuredClone(release);
  const at = '2026-11-29T10:00:00+07:00';
  copy.threads = copy.threads.map((t) => (t.id === 't-org' ? { ...t, comments: [...t.comments, { id: 't-org-r9', by: REVIEW_REVIEWER, at, text: 'Đã rõ.', edited: null }] } : t));
  copy.threads.push({ id: 'chung-2', general: true, quote: '', resolved: null, comments: [{ id: 'chung-2-1', by: REVIEW_REVIEWER, at, text: 'Duyệt được.', edited: null }] });
  copy.body.content.push({ type: 'paragraph', content: [{ type: 'text', text: 'Đoạn người duyệt gõ thẳng vào.' }] });
  copy.headline = 'Tiêu đề người duyệt đề xuất';
  await writeFile(join(app.workspace, 'gop-y.pressdesk'), packRelease(copy, { assets }));

  await ui.open('bai.pressdesk');
  await expect(ui.headline).toHaveValue(release.headline);
  await app.answerPathPrompt('gop-y.pressdesk');
  await ui.button("Merge a reviewer's copy…").click();

  const report = app.page.getByTestId('merge-report');
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading')).toHaveText('Merged the reviewer’s copy gop-y.pressdesk');
  await expect(report).toContainText('New comment threads: 1');
  await expect(report).toContainText('New replies: 1');
  await expect(report).toContainText('Direct edits, brought in as suggestions: 1');
  await expect(report).toContainText(`Direct edits are brought in as suggestions by: ${REVIEW_REVIEWER.name}`);
  await expect(report.getByTestId('merge-unplaced').getByRole('listitem')).toHaveText(['Headline in the copy reads: “Tiêu đề người duyệt đề xuất” — change it by hand if you agree']);
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();

  // The paragraph the reviewer typed is their suggested insertion; the author's headline stays; not saved.
  await expect(ui.body.locator('ins.suggestion-insertion', { hasText: 'Đoạn người duyệt gõ thẳng vào.' })).toBeVisible();
  await expect(ui.headline).toHaveValue(release.headline);
  await expect(ui.savedState).toHaveText(/unsaved/i);
});
