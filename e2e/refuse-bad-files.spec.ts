import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { badBodyFile, nestedDocRelease, objectAltRelease } from '../core/document/bad-bodies.fixture';
import { packRelease } from '../core/document/file-format';
import { createRelease } from '../core/document/release';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

test('a corrupt .pressdesk and a foreign ZIP are refused with a message, and nothing is lost', async ({ app }) => {
  const ui = new ReleasePage(app);
  const good = packRelease({ ...createRelease('news'), headline: 'Bản tin tốt' });
  await writeFile(join(app.workspace, 'truncated.pressdesk'), good.subarray(0, Math.floor(good.length / 2)));
  await writeFile(join(app.workspace, 'photos.pressdesk'), zipSync({ 'IMG_0001.txt': strToU8('not a release') }));
  const tampered = zipSync({
    'manifest.json': strToU8(JSON.stringify({ format: 'pressdesk', version: '1.0', generator: 'x' })),
    'document.json': strToU8('{"format":"pressdesk","version":"1.0","release":{"kind":"poem"}}'),
  });
  await writeFile(join(app.workspace, 'tampered.pressdesk'), tampered);
  await writeFile(join(app.workspace, 'future.pressdesk'), zipSync({
    'manifest.json': strToU8(JSON.stringify({ format: 'pressdesk', version: '7.2', generator: 'PressDesk 9' })),
    'document.json': strToU8('{}'),
  }));

  await ui.headline.click();
  await app.page.keyboard.insertText('Bản đang soạn');

  await ui.open('photos.pressdesk');
  await expect(ui.alert).toBeVisible();
  await expect(ui.alert).toContainText(/not a PressDesk/i);

  // A truncated ZIP has lost its central directory: it can no longer be told from a foreign file.
  await ui.open('truncated.pressdesk');
  await expect(ui.alert).toContainText(/not a PressDesk|damaged/i);
  await ui.open('tampered.pressdesk');
  await expect(ui.alert).toContainText(/damaged/i);

  await ui.open('future.pressdesk');
  await expect(ui.alert).toContainText('7.2');

  // The draft on screen is untouched and the refused files were not modified.
  await expect(ui.headline).toHaveValue('Bản đang soạn');
  expect(await readFile(join(app.workspace, 'tampered.pressdesk'))).toEqual(Buffer.from(tampered));
});

test('a body the editor cannot show (a nested doc, an object alt) is refused naming the place; the draft stays on screen', async ({ app }) => {
  const ui = new ReleasePage(app);
  const cases = [nestedDocRelease(), objectAltRelease()];
  for (const [i, bad] of cases.entries()) await writeFile(join(app.workspace, `bad-body-${i}.pressdesk`), badBodyFile(bad));
  await writeFile(join(app.workspace, 'good.pressdesk'), packRelease({ ...createRelease('news'), headline: 'Bản tin tốt' }));

  await ui.headline.click();
  await app.page.keyboard.insertText('Bản đang soạn');
  await ui.body.click();
  await app.page.keyboard.insertText('Đoạn văn đang viết dở.');

  for (const [i, bad] of cases.entries()) {
    await ui.open(`bad-body-${i}.pressdesk`);
    await expect(ui.alert).toContainText(/damaged/i);
    // The place and what is wrong there, e.g. "body.content[3].content[0]: figure attribute alt must be text".
    await expect(ui.alert).toContainText(bad.detail);
    await expect(ui.headline).toHaveValue('Bản đang soạn');
    await expect(ui.body).toHaveText('Đoạn văn đang viết dở.');
  }

  // The app still answers: a good file opens after the refused ones (once the draft is let go).
  await ui.open('good.pressdesk');
  await ui.button('Don’t save').click();
  await expect(ui.headline).toHaveValue('Bản tin tốt');
});
