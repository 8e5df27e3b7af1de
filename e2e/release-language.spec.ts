/**
 * A release has a language (browser host): set in Details, it decides every fixed label and date
 * of the press-release DOCX and the HTML page, whatever the UI's language (English here).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import { expect, test, type PressDeskApp } from './fixtures';
import { ReleasePage } from './release-page';

async function exportAs(app: PressDeskApp, ui: ReleasePage, format: string, path: string): Promise<string> {
  const dialog = app.page.getByTestId('export-dialog');
  if (!(await dialog.isVisible())) await ui.button('Export…').click();
  await dialog.getByRole('radio', { name: format }).check();
  await app.answerPathPrompt(path);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-status')).toHaveText(new RegExp(`^Exported to .*${path.replace(/\./g, '\\.')}$`));
  await dialog.getByRole('button', { name: /Close|Cancel/ }).first().click();
  return join(app.workspace, path);
}

test('the release language set in Details decides the press release’s labels in DOCX and HTML', async ({ app }) => {
  const ui = new ReleasePage(app);
  const { release, assets } = kitchenSinkRelease();
  await writeFile(join(app.workspace, 'thong-cao.pressdesk'), packRelease({ ...release, kind: 'press' }, { assets }));
  await ui.open('thong-cao.pressdesk');
  await expect(ui.headline).toHaveValue(release.headline);
  await expect(ui.field('Release language')).toHaveValue('vi');

  const viDocx = (await mammoth.extractRawText({ path: await exportAs(app, ui, 'Word document (DOCX)', 'vi.docx') })).value;
  expect(viDocx).toContain('THÔNG CÁO BÁO CHÍ');
  expect(viDocx).toContain('Liên hệ báo chí:');
  expect(viDocx).toContain('Điện Biên, ngày 08 tháng 01 năm 2019');
  expect(viDocx.trimEnd().endsWith('./.')).toBe(true);
  expect(viDocx).not.toMatch(/FOR IMMEDIATE|EMBARGOED|Media contact|January|###/);

  await ui.field('Release language').selectOption('en');
  const enDocx = (await mammoth.extractRawText({ path: await exportAs(app, ui, 'Word document (DOCX)', 'en.docx') })).value;
  expect(enDocx).toContain('EMBARGOED UNTIL January 9, 2019');
  expect(enDocx).toContain('Media contact:');
  expect(enDocx).toContain('ĐIỆN BIÊN, January 8, 2019 —');
  expect(enDocx.trimEnd().endsWith('###')).toBe(true);
  expect(enDocx).not.toMatch(/THÔNG CÁO BÁO CHÍ|Liên hệ báo chí|\.\/\./);

  const html = await readFile(await exportAs(app, ui, 'Web page (HTML)', 'en.html'), 'utf8');
  expect(html).toContain('<html lang="en">');
  expect(html).toContain('Media contact:');
});
