/**
 * Browser host: the notice's signature block is edited as separate lines in Details (K/T with a
 * deputy: `K/T TRƯỞNG BAN` over `PHÓ TRƯỞNG BAN`) and the DOCX lays it out line by line.
 */
import { join } from 'node:path';
import mammoth from 'mammoth';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test('a two-line K/T signature typed in Details exports as two lines in the Guideline 36 DOCX', async ({ app }) => {
  const ui = new ReleasePage(app);
  await ui.field('Kind').selectOption('notice');
  await ui.field('Signing authority, line 1').selectOption('K/T');
  await ui.field('Position, line 1').fill('Trưởng ban');
  await ui.field('Position, line 2').fill('Phó Trưởng ban');
  await ui.field('Signer name').fill('Nguyễn Văn Thắng');
  // The first line's authority is not carried onto the second.
  await expect(ui.field('Signing authority, line 2')).toHaveValue('');

  const dialog = app.page.getByTestId('export-dialog');
  await ui.button('Export…').click();
  await dialog.getByLabel('Layout', { exact: true }).selectOption('party36');
  await app.answerPathPrompt('thong-cao.docx');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-status')).toHaveText(/^Exported to .*thong-cao\.docx$/);

  const { value } = await mammoth.extractRawText({ path: join(app.workspace, 'thong-cao.docx') });
  const lines = value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const at = lines.indexOf('K/T TRƯỞNG BAN');
  expect(at).toBeGreaterThan(-1);
  expect(lines.slice(at, at + 3)).toEqual(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn Thắng']);
  expect(value).not.toContain('K/T PHÓ TRƯỞNG BAN');
});

test('with the organisation not filled in, Checks and the export dialog name the missing fields and open Settings', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  await ui.field('Kind').selectOption('notice');
  await page.getByRole('tab', { name: /^Checks/ }).click();
  const inChecks = page.getByTestId('checks-panel').getByTestId('missing-organisation');
  await expect(inChecks).toContainText('Issuing body, Abbreviation of the issuing body, Place name');

  await ui.button('Export…').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Layout', { exact: true }).selectOption('party36');
  // The Party layout also prints the parent committee.
  await expect(dialog.getByTestId('missing-organisation')).toContainText('Parent body, Issuing body');
  await dialog.getByRole('button', { name: 'Open Settings' }).click();
  await expect(dialog).toHaveCount(0);
  const settings = page.getByTestId('settings-dialog');
  await expect(settings).toBeVisible();
  await settings.getByLabel('Issuing body', { exact: true }).fill('Ban Tuyên giáo');
  await settings.getByLabel('Abbreviation of the issuing body', { exact: true }).fill('BTGTU');
  await settings.getByLabel('Place name', { exact: true }).fill('Điện Biên');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toHaveCount(0);
  // Saved settings reach the Checks tab: nothing missing for the state layout any more.
  await expect(inChecks).toHaveCount(0);
});
