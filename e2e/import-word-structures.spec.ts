/**
 * Issue 10, the one cleaner on import, in the Vietnamese UI through the browser host: a .docx that
 * LibreOffice made (core/import/corpus/web-structures.docx), with an equation added to its main
 * part and the main part moved out of word/document.xml (the package relationship says where),
 * imports with its list from 3 going on at 5 after the table inside it, both tables, headings and
 * marks; the message names the equation it left out.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test.use({ language: 'vi' });

const CORPUS = resolve(import.meta.dirname, '../core/import/corpus');
const EQUATION = '<m:oMathPara xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:oMath><m:r><m:t>E=mc2</m:t></m:r></m:oMath></m:oMathPara>';

/** The corpus file with an equation in its last paragraph and its main part at content/main.xml. */
async function wordFileWithEquation(): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await readFile(join(CORPUS, 'web-structures.docx'))));
  const xml = strFromU8(files['word/document.xml']!).replace(/(<w:t[^>]*>Kết thúc\.<\/w:t><\/w:r>)/, `$1${EQUATION}`);
  delete files['word/document.xml'];
  files['word/main.xml'] = strToU8(xml);
  files['word/_rels/main.xml.rels'] = files['word/_rels/document.xml.rels']!;
  delete files['word/_rels/document.xml.rels'];
  files['_rels/.rels'] = strToU8(strFromU8(files['_rels/.rels']!).replace('word/document.xml', 'word/main.xml'));
  files['[Content_Types].xml'] = strToU8(strFromU8(files['[Content_Types].xml']!).replace('/word/document.xml', '/word/main.xml'));
  return zipSync(files);
}

test('Import… of a Word file keeps its lists, tables and headings, and names the equation it left out', async ({ app }) => {
  const ui = new ReleasePage(app, (_en, vi) => vi);
  await writeFile(join(app.workspace, 'cau-truc.docx'), await wordFileWithEquation());
  await app.answerPathPrompt('cau-truc.docx');
  await ui.button('Import…', 'Nhập…').click();
  await expect(ui.headline).toHaveValue('Bản tin thử nghiệm từ trang web');
  await expect(ui.body.locator(':scope > ol')).toHaveCount(2);
  await expect(ui.body.locator(':scope > ol').first()).toHaveAttribute('start', '3');
  await expect(ui.body.locator(':scope > ol').nth(1)).toHaveAttribute('start', '5');
  await expect(ui.body.locator(':scope > ol').first().locator(':scope > li > p')).toHaveText(['Mục ba', 'Mục bốn có bảng']);
  await expect(ui.body.locator('table')).toHaveCount(2);
  await expect(ui.body.locator('h2')).toHaveText(['Mục hai']);
  await expect(ui.body.locator('h3')).toHaveText(['Mục ba', 'Mục bốn', 'Mục năm', 'Mục sáu']);
  await expect(ui.body.locator('u')).toHaveText(['gạch dưới']);
  await expect(ui.body.locator('s')).toHaveText(['gạch ngang']);
  await expect(ui.alert).toContainText('Đã nhập tệp, nhưng những thứ sau không đưa vào bản tin được: 1 công thức toán.');
  await app.page.screenshot({ path: test.info().outputPath('import-word.png') });
});
