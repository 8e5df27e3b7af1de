/**
 * The Word review copy through the browser host: a release with 5 threads (replies on one) and 10
 * suggestions exports from the Export dialog as a clean DOCX (no comment, no revision) and, with
 * "Review copy" ticked, as a DOCX with Word comments and tracked changes; Import… of that copy
 * brings them back and says how many came in; the comments column shows the threads.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { packRelease } from '../core/document/file-format';
import { createRelease } from '../core/document/release';
import { plainRelease, withReview } from '../core/export/docx/test-review-inputs';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test('Export… writes a review copy with Word comments and tracked changes, Import… brings them back', async ({ app }) => {
  const ui = new ReleasePage(app);
  const release = withReview(plainRelease(createRelease('news'), 12), 5, 10);
  await writeFile(join(app.workspace, 'gop-y.pressdesk'), packRelease(release, { assets: new Map() }));
  await ui.open('gop-y.pressdesk');
  await expect(ui.headline).toHaveValue(release.headline);

  const dialog = app.page.getByTestId('export-dialog');
  const exportDocx = async (path: string, reviewCopy: boolean): Promise<Record<string, Uint8Array>> => {
    if (!(await dialog.isVisible())) await ui.button('Export…').click();
    await expect(dialog).toBeVisible();
    const box = dialog.getByTestId('export-review-copy');
    if (reviewCopy) await box.check();
    else await box.uncheck();
    await app.answerPathPrompt(path);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByTestId('export-status')).toContainText(path);
    return unzipSync(new Uint8Array(await readFile(join(app.workspace, path))));
  };

  const clean = await exportDocx('sach.docx', false);
  expect(clean['word/comments.xml']).toBeUndefined();
  expect(strFromU8(clean['word/document.xml']!)).not.toMatch(/<w:(ins|del|commentRangeStart)\b/);

  await expect(dialog.getByText('Review copy (with comments and suggestions, for Word)')).toBeVisible();
  const review = await exportDocx('ban-gop-y.docx', true);
  expect([...strFromU8(review['word/comments.xml']!).matchAll(/<w:comment /g)]).toHaveLength(7);
  const doc = strFromU8(review['word/document.xml']!);
  expect([...doc.matchAll(/<w:ins /g)]).toHaveLength(7);
  expect([...doc.matchAll(/<w:del /g)]).toHaveLength(6);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await app.answerPathPrompt('ban-gop-y.docx');
  await ui.button('Import…').click();
  await expect(ui.alert).toHaveAttribute('data-code', 'import-review');
  await expect(ui.alert).toContainText('imported with 7 Word comment(s) and 10 tracked change(s)');
  await expect(ui.body).toContainText('thêm 0');
  await expect(ui.body.locator('del.suggestion-deletion').first()).toBeVisible();
  await expect(app.page.locator('.thread-card').filter({ hasText: 'Góp ý 2: xem lại câu này.' })).toBeVisible();
});
