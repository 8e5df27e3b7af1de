/**
 * Export… and Import… from the UI, through the browser host: the kitchen-sink release to DOCX
 * (read back with mammoth), a standalone HTML page and a CMS folder; .txt, .md and .docx imported as new
 * unsaved releases; the official-notice fields in the Details panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { packRelease } from '../core/document/file-format';
import { pngImage } from '../core/document/image-fixtures';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import { expect, test, type PressDeskApp } from './fixtures';
import { ReleasePage } from './release-page';

async function openKitchenSink(app: PressDeskApp, ui: ReleasePage): Promise<string> {
  const { release, assets } = kitchenSinkRelease();
  await writeFile(join(app.workspace, 'kitchen-sink.pressdesk'), packRelease(release, { assets }));
  await ui.open('kitchen-sink.pressdesk');
  await expect(ui.headline).toHaveValue(release.headline);
  return release.headline;
}

async function exportAs(app: PressDeskApp, ui: ReleasePage, format: string | null, path: string): Promise<void> {
  const dialog = app.page.getByTestId('export-dialog');
  if (!(await dialog.isVisible())) await ui.button('Export…').click();
  await expect(dialog).toBeVisible();
  if (format !== null) await dialog.getByRole('radio', { name: format }).check();
  await app.answerPathPrompt(path);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const written = join(app.workspace, path);
  await expect(dialog.getByTestId('export-status')).toHaveText(new RegExp(`^Exported to .*${written.slice(-40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

test('the kitchen sink exports to DOCX, HTML and a CMS folder from the Export dialog', async ({ app }) => {
  const ui = new ReleasePage(app);
  const headline = await openKitchenSink(app, ui);
  const dialog = app.page.getByTestId('export-dialog');

  // DOCX: the template follows the kind (the kitchen sink is a news article).
  await ui.button('Export…').click();
  await expect(dialog.getByLabel('Layout', { exact: true })).toHaveValue('news');
  await exportAs(app, ui, null, 'kitchen-sink.docx');
  const docx = await mammoth.extractRawText({ path: join(app.workspace, 'kitchen-sink.docx') });
  expect(docx.value).toContain(headline);

  // HTML, photos as files beside the page.
  await exportAs(app, ui, 'Web page (HTML)', 'trang.html');
  const html = await readFile(join(app.workspace, 'trang.html'), 'utf8');
  expect(html).toContain('<article');
  expect(html).toContain(headline.slice(0, 40));
  const beside = (await readdir(app.workspace)).filter((n) => /^trang-anh-\d+\.(png|jpg)$/.test(n));
  expect(beside).toHaveLength(2);

  // CMS folder: body.html, the text fields, the photos as anh-N.
  await exportAs(app, ui, 'Portal CMS folder', 'cong-thong-tin');
  const folder = join(app.workspace, 'cong-thong-tin');
  const names = await readdir(folder);
  expect(names).toEqual(expect.arrayContaining(['body.html', 'title.txt', 'sapo.txt', 'author.txt']));
  expect(names.some((n) => /^anh-1\.(png|jpg)$/.test(n))).toBe(true);
  // Not approved, so a draft: the title carries the mark a portal editor cannot miss.
  expect((await readFile(join(folder, 'title.txt'), 'utf8')).trim()).toBe(`[DRAFT / BẢN NHÁP] ${headline}`);
  expect(await readFile(join(folder, 'body.html'), 'utf8')).toMatch(/^<p><strong>DRAFT \/ BẢN NHÁP<\/strong><\/p>/);
  expect(names).not.toContain('approval.txt');

  // The copy buttons put each field on the clipboard, with a visible confirmation.
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy title' }).click();
  await expect(dialog.getByTestId('cms-copy-status')).toHaveText('Copied to the clipboard: title');
  expect(await app.page.evaluate(() => navigator.clipboard.readText())).toBe(`[DRAFT / BẢN NHÁP] ${headline}`);
  await dialog.getByRole('button', { name: 'Copy body HTML' }).click();
  await expect(dialog.getByTestId('cms-copy-status')).toHaveText('Copied to the clipboard: body HTML');
  const body = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(body.trimEnd()).toBe((await readFile(join(folder, 'body.html'), 'utf8')).trimEnd());
  expect(body).toMatch(/src="anh-\d+\.(png|jpg)"/);

  // A folder that holds someone else's files is never written into.
  await writeFile(join(app.workspace, 'notes.txt'), 'mine');
  await app.answerPathPrompt('.');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-error')).toBeVisible();
  expect((await stat(join(app.workspace, 'notes.txt'))).size).toBe(4);
});

test('HTML export asks before replacing photo files beside the page; Keep writes nothing, Replace writes', async ({ app }) => {
  const ui = new ReleasePage(app);
  await openKitchenSink(app, ui);
  const dialog = app.page.getByTestId('export-dialog');
  await exportAs(app, ui, 'Web page (HTML)', 'mau.html');
  const photo = (await readdir(app.workspace)).find((n) => /^mau-anh-1\.(png|jpg)$/.test(n))!;
  expect(photo).toBeDefined();
  const theirs = join(app.workspace, photo.replace('mau-', 'trang-'));
  await writeFile(theirs, 'mine');

  const question = dialog.getByTestId('export-replace');
  const ask = async (): Promise<void> => {
    await app.answerPathPrompt('trang.html');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(question).toContainText(photo.replace('mau-', 'trang-'));
  };
  await ask();
  await expect(dialog.getByRole('button', { name: 'Keep them (cancel)' })).toBeFocused();
  expect(await readFile(theirs, 'utf8')).toBe('mine');
  await expect(stat(join(app.workspace, 'trang.html'))).rejects.toThrow();

  await dialog.getByRole('button', { name: 'Keep them (cancel)' }).click();
  await expect(question).toBeHidden();
  await expect(dialog.getByTestId('export-status')).toHaveText('');
  expect(await readFile(theirs, 'utf8')).toBe('mine');

  await ask();
  await dialog.getByRole('button', { name: 'Replace them' }).click();
  await expect(dialog.getByTestId('export-status')).toHaveText(/^Exported to .*trang\.html$/);
  expect(await readFile(theirs)).toEqual(await readFile(join(app.workspace, photo)));
  expect(await readFile(join(app.workspace, 'trang.html'), 'utf8')).toContain('<article');
});

test('Import… brings in .txt, .md and .docx files as new unsaved releases, and says what it left out', async ({ app }) => {
  const ui = new ReleasePage(app);
  await writeFile(join(app.workspace, 'bai-viet.txt'), 'Hội nghị tổng kết công tác khoa giáo\n\nĐoạn thứ nhất của bài.\n\nĐoạn thứ hai của bài.\n');
  await app.answerPathPrompt('bai-viet.txt');
  await ui.button('Import…').click();
  await expect(ui.headline).toHaveValue('Hội nghị tổng kết công tác khoa giáo');
  await expect(ui.body).toContainText('Đoạn thứ nhất của bài.');
  await expect(ui.body).toContainText('Đoạn thứ hai của bài.');
  await expect(ui.fileName).toHaveText('bai-viet.txt');
  await expect(ui.savedState).toHaveText(/unsaved/i);

  await writeFile(join(app.workspace, 'le-hoi.md'), '# Lễ hội Hoa Ban 2026\n\nMở đầu **lễ hội** là màn trình diễn.\n\n- Múa xòe\n- Thi người đẹp\n');
  await app.answerPathPrompt('le-hoi.md');
  await ui.button('Import…').click();
  const question = app.page.getByTestId('unsaved-dialog');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Don’t save' }).click();
  await expect(ui.headline).toHaveValue('Lễ hội Hoa Ban 2026');
  await expect(ui.body.locator('strong')).toHaveText('lễ hội');
  await expect(ui.body.locator('li')).toHaveCount(2);

  // A file that is not text is refused with a sentence; the draft stays.
  await writeFile(join(app.workspace, 'hong.txt'), Buffer.from([0x54, 0xe9, 0x74, 0xe9]));
  await app.answerPathPrompt('hong.txt');
  await ui.button('Import…').click();
  await expect(ui.alert).toHaveAttribute('data-code', 'import-failed');
  await expect(ui.headline).toHaveValue('Lễ hội Hoa Ban 2026');

  // A Word file with a photo PressDesk takes (PNG) and one it does not (BMP): the text and the PNG
  // come in, and the user is told that one photo was left out.
  const docx = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Ngày hội văn hóa các dân tộc', heading: HeadingLevel.TITLE }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: pngImage(40, 30), transformation: { width: 40, height: 30 } })] }),
            new Paragraph({ children: [new ImageRun({ type: 'bmp', data: new Uint8Array([0x42, 0x4d, ...new Array<number>(60).fill(0)]), transformation: { width: 4, height: 4 } })] }),
            new Paragraph({ text: 'Đoạn cuối của bài.' }),
          ],
        },
      ],
    }),
  );
  await writeFile(join(app.workspace, 'ngay-hoi.docx'), docx);
  await app.answerPathPrompt('ngay-hoi.docx');
  await ui.button('Import…').click();
  await question.getByRole('button', { name: 'Don’t save' }).click();
  await expect(ui.headline).toHaveValue('Ngày hội văn hóa các dân tộc');
  await expect(ui.body).toContainText('Đoạn cuối của bài.');
  await expect(ui.body.locator('figure img')).toHaveCount(1);
  await expect(ui.alert).toHaveAttribute('data-code', 'import-partial');
  await expect(ui.alert).toContainText('but 1 photo(s) in it could not be brought in');
});

test('the Details panel shows the notice fields for a notice and the boilerplate for a press release', async ({ app }) => {
  const ui = new ReleasePage(app);
  await ui.field('Kind').selectOption('notice');
  await ui.field('Number').fill('5');
  await ui.field('Symbol').fill('TC-UBND');
  await ui.field('Summary').fill('Về kết quả Lễ hội Hoa Ban');
  await ui.field('Signing authority, line 1').selectOption('TM.');
  await ui.field('Position, line 1').fill('Ủy ban nhân dân');
  await ui.field('Position, line 2').fill('Chủ tịch');
  await ui.field('Signer name').fill('Lê Thành Đô');
  await ui.field('Recipients (one per line)').fill('Như trên\nLưu: VT, VP');
  await expect(ui.field('Recipients (one per line)')).toHaveValue('Như trên\nLưu: VT, VP');
  await expect(ui.field('About the organisation (boilerplate)')).toHaveCount(0);

  await ui.field('Kind').selectOption('press');
  await expect(ui.field('Number')).toHaveCount(0);
  await ui.field('About the organisation (boilerplate)').fill('Về Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên.');

  // The notice values are kept while the kind changes back and forth.
  await ui.field('Kind').selectOption('notice');
  await expect(ui.field('Symbol')).toHaveValue('TC-UBND');
  await expect(ui.field('Signing authority, line 1')).toHaveValue('TM.');
  await expect(ui.field('Position, line 2')).toHaveValue('Chủ tịch');
});

test.describe('in Vietnamese', () => {
  test.use({ language: 'vi' });

  test('the Export dialog and the notice fields have Vietnamese names and no serious axe-core violations', async ({ app }) => {
    const ui = new ReleasePage(app);
    await ui.page.getByLabel('Loại bài', { exact: true }).selectOption('notice');
    for (const name of ['Số', 'Ký hiệu', 'Trích yếu', 'Thẩm quyền ký, dòng 1', 'Chức vụ, dòng 1', 'Chức vụ, dòng 3', 'Họ và tên người ký', 'Nơi nhận (mỗi dòng một nơi)']) {
      await expect(ui.page.getByLabel(name, { exact: true })).toBeVisible();
    }
    await ui.page.getByRole('button', { name: 'Xuất…', exact: true }).click();
    const dialog = ui.page.getByTestId('export-dialog');
    // A notice of a state body defaults to the Decree 30 layout.
    await expect(dialog.getByLabel('Mẫu trình bày', { exact: true })).toHaveValue('decree30');
    await dialog.getByRole('radio', { name: 'Thư mục cho cổng thông tin (CMS)' }).check();
    await expect(dialog.getByRole('button', { name: 'Chép nội dung HTML' })).toBeVisible();
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
