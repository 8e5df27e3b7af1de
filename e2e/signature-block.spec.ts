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

test('with the organisation not filled in, a Checks finding and the export dialog name the missing fields for the layout and open Settings', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  await ui.field('Kind').selectOption('notice');
  await page.getByRole('tab', { name: /^Checks/ }).click();
  // A warning among the others, as every rule shows; it names the layout and what it lacks.
  const inChecks = page.getByTestId('checks-panel').locator('[data-rule="organisation.missing"]');
  await expect(inChecks).toHaveText(/^⚠️Warning: The layout “Official notice — state body \(Decree 30\/2020\/NĐ-CP\)” .*: Issuing body, Abbreviation of the issuing body, Place name\.Open Settings$/);
  await expect(page.getByTestId('checks-panel').getByRole('heading', { name: 'Worth another look' })).toBeVisible();
  // The finding is the way there.
  await inChecks.click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings).toBeVisible();
  await settings.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(settings).toHaveCount(0);

  await ui.button('Export…').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('Layout', { exact: true }).selectOption('party36');
  // The Party layout also prints the parent committee.
  const inExport = dialog.locator('[data-rule="organisation.missing"]');
  await expect(inExport).toContainText('Parent body, Issuing body');
  await dialog.getByRole('button', { name: /Open Settings$/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(settings).toBeVisible();
  await settings.getByLabel('Issuing body', { exact: true }).fill('Ban Tuyên giáo');
  await settings.getByLabel('Abbreviation of the issuing body', { exact: true }).fill('BTGTU');
  await settings.getByLabel('Place name', { exact: true }).fill('Điện Biên');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toHaveCount(0);
  // Saved settings reach the Checks tab: nothing missing for the state layout any more.
  await expect(inChecks).toHaveCount(0);
});
