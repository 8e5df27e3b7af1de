import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packRelease, unpackRelease } from '../core/document/file-format';
import { createRelease } from '../core/document/release';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

const releaseFile = (headline: string): Uint8Array =>
  packRelease({
    ...createRelease('press'),
    headline,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Nội dung của ${headline}.` }] }] },
  });

test('a .pressdesk file dragged onto the window opens', async ({ app }) => {
  const ui = new ReleasePage(app);
  const bytes = Buffer.from(releaseFile('Thông cáo kéo thả')).toString('base64');
  const dataTransfer = await app.page.evaluateHandle(async (b64) => {
    const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bin], 'keo-tha.pressdesk', { type: 'application/zip' }));
    return transfer;
  }, bytes);
  await ui.body.dispatchEvent('dragover', { dataTransfer });
  await ui.body.dispatchEvent('drop', { dataTransfer });
  await expect(ui.headline).toHaveValue('Thông cáo kéo thả');
  await expect(ui.body).toHaveText('Nội dung của Thông cáo kéo thả.');
  await expect(ui.fileName).toHaveText('keo-tha.pressdesk');
});

test('New with unsaved changes asks first: Cancel keeps the draft, Don’t save drops it', async ({ app }) => {
  const ui = new ReleasePage(app);
  await ui.headline.click();
  await app.page.keyboard.insertText('Bản nháp chưa lưu');

  const askNew = async (): Promise<void> => {
    await ui.button('New').click();
    await app.page.getByRole('menuitem', { name: 'Press release' }).click();
  };
  await askNew();
  const question = app.page.getByTestId('unsaved-dialog');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeHidden();
  await expect(ui.headline).toHaveValue('Bản nháp chưa lưu');

  await askNew();
  await question.getByRole('button', { name: 'Don’t save' }).click();
  await expect(ui.headline).toHaveValue('');
  await expect(ui.field('Kind')).toHaveValue('press');
  await expect(ui.savedState).not.toHaveText(/unsaved/i);
});

test('saving over a file someone else changed asks before overwriting', async ({ app }) => {
  const ui = new ReleasePage(app);
  const path = join(app.workspace, 'chung.pressdesk');
  await writeFile(path, releaseFile('Bản của tôi'));
  await ui.open('chung.pressdesk');
  await expect(ui.headline).toHaveValue('Bản của tôi');

  // A colleague saves the shared file meanwhile.
  const theirs = releaseFile('Bản của đồng nghiệp');
  await writeFile(path, theirs);

  await ui.headline.fill('Bản của tôi, đã sửa');
  await ui.button('Save').click();
  const question = app.page.getByTestId('changed-dialog');
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Cancel' }).click();
  expect(Buffer.from(await readFile(path))).toEqual(Buffer.from(theirs));

  await ui.button('Save').click();
  await question.getByRole('button', { name: 'Overwrite' }).click();
  await expect(ui.savedState).toHaveText(/^saved/i);
  expect(unpackRelease(new Uint8Array(await readFile(path))).release.headline).toBe('Bản của tôi, đã sửa');
});

test('recent files reopen a release', async ({ app }) => {
  const ui = new ReleasePage(app);
  await writeFile(join(app.workspace, 'gan-day.pressdesk'), releaseFile('Tệp gần đây'));
  await ui.open('gan-day.pressdesk');
  await expect(ui.headline).toHaveValue('Tệp gần đây');
  await ui.button('New').click();
  await app.page.getByRole('menuitem', { name: 'News article' }).click();
  await expect(ui.headline).toHaveValue('');

  await ui.button('Recent files').click();
  await app.page.getByRole('menuitem', { name: 'gan-day.pressdesk' }).click();
  await expect(ui.headline).toHaveValue('Tệp gần đây');
});

test('pasted HTML cannot run script, and unsafe links do not survive', async ({ app }) => {
  const ui = new ReleasePage(app);
  let dialogs = 0;
  app.page.on('dialog', () => dialogs++);
  await ui.body.click();
  await app.page.evaluate(() => {
    const html =
      '<p>Văn bản <img src="x" onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>' +
      '<a href="javascript:window.__pwned=3">nhấn</a> <a href="https://dienbien.gov.vn">cổng</a> ' +
      'Tuye\u0302n gia\u0301o</p><iframe src="javascript:alert(1)"></iframe>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Văn bản');
    document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(ui.body).toContainText('Tuyên giáo');
  await ui.body.locator('a').first().waitFor();
  expect(await ui.body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['https://dienbien.gov.vn']);
  await expect(ui.body.locator('img, script, iframe')).toHaveCount(0);
  expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  // The pasted decomposed text is NFC in the document.
  expect(await ui.body.innerText()).toContain('Tuyên giáo'.normalize('NFC'));
});
