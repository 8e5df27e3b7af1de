/**
 * The hostile corpus (electron/test-hostile-corpus.ts) through the browser host, in one running
 * app: each hostile .pressdesk is opened and each hostile import imported; the app shows the
 * refusal's code and sentence, and still answers afterwards (an ordinary file opens, no alert).
 * Cases that may succeed on the CLI, and those needing a second file (a trusted list), stay with
 * electron/hostile-corpus.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HOSTILE_CASES, expectedAppCode, goodReleaseFile } from '../electron/test-hostile-corpus';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

const cases = HOSTILE_CASES.filter((c) => expectedAppCode(c) !== null && c.beside === undefined);

test('every hostile file is refused with a sentence, and the app still answers after each', async ({ app }) => {
  test.setTimeout(15 * 60_000);
  const ui = new ReleasePage(app);
  await writeFile(join(app.workspace, 'alive.pressdesk'), goodReleaseFile());
  await ui.open('alive.pressdesk');
  await expect(ui.headline).toHaveValue('Bản tin bình thường', { timeout: 30_000 });

  for (const c of cases) {
    await writeFile(join(app.workspace, c.file), c.make());
    await app.answerPathPrompt(c.file);
    await ui.button(c.command === 'import' ? 'Import…' : 'Open').click();
    await expect(ui.alert, c.id).toHaveAttribute('data-code', expectedAppCode(c)!, { timeout: 60_000 });
    await expect(ui.alert, c.id).not.toBeEmpty();
    await expect(ui.alert, c.id).not.toContainText(/went wrong inside/i);

    await ui.open('alive.pressdesk');
    await expect(ui.headline, `${c.id}: the app answers after it`).toHaveValue('Bản tin bình thường', { timeout: 30_000 });
    await expect(ui.alert, `${c.id}: the app answers after it`).toBeHidden();
  }
});
