/**
 * Issue 9 end to end, two people in turn on one file (browser host): each has their own profile
 * and signing key (their own user-data folder). The author writes and submits; the reviewer
 * comments and suggests, and requests changes; the author accepts one suggestion, rejects the
 * other, resolves the thread and edits a word; "Changes since my last review" then shows the
 * reviewer exactly what the author changed; the checks are green and the reviewer, another
 * person, approves. A second spec restores a kept version as suggestions, never silently.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type PressDeskApp } from './fixtures';
import { ReleasePage } from './release-page';

const tab = (page: Page, name: RegExp): Locator => page.getByRole('tab', { name });
const signoff = (page: Page): Locator => page.getByTestId('signoff-panel');

/** Selects `text` in the body (all of it, or only a caret in its middle), as a mouse drag would. */
async function select(ui: ReleasePage, text: string, caret = false): Promise<void> {
  await ui.body.evaluate(
    (root, { text, caret }) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        const middle = at + Math.floor(text.length / 2);
        range.setStart(node, caret ? middle : at);
        range.setEnd(node, caret ? middle : at + text.length);
        (root as HTMLElement).focus();
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`not in the body: ${text}`);
    },
    { text, caret },
  );
  // ProseMirror takes the DOM selection on selectionchange: let it.
  await ui.page.waitForTimeout(50);
}

/** Starts the app again as another person, or back as one; the recovery offer of their own last session is left for later. */
async function switchTo(app: PressDeskApp, who: { user: string } | { userData: string }): Promise<void> {
  await app.restart({ kill: false, ...who });
  const offer = app.page.getByTestId('recovery-dialog');
  // Offered only when that person's last session ended with an autosave copy.
  if (await offer.waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
    await offer.getByRole('button', { name: 'Not now', exact: true }).click();
  }
}

async function setName(ui: ReleasePage, name: string): Promise<void> {
  await ui.button('Settings').click();
  const settings = ui.page.getByTestId('settings-dialog');
  await settings.getByLabel('Full name', { exact: true }).fill(name);
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toHaveCount(0);
}

async function move(ui: ReleasePage, action: 'Submit for review' | 'Request changes', state: string): Promise<void> {
  await tab(ui.page, /^Sign-off$/).click();
  await signoff(ui.page).getByRole('button', { name: action, exact: true }).click();
  await expect(signoff(ui.page).getByTestId('workflow-state')).toHaveText(`Workflow state: ${state}`);
}

async function save(ui: ReleasePage): Promise<void> {
  await ui.page.keyboard.press('Control+s');
  await expect(ui.savedState).toHaveText(/^saved/i);
}

test('two people in turn: submit, comment and suggest, accept / reject / resolve, changes since my last review, approve', async ({ app }) => {
  // Four rounds, three app restarts, each on its own user data: far longer than one step.
  test.setTimeout(240_000);
  const ui = new ReleasePage(app);
  // The page is another one after each restart (another user's app).
  let page = app.page;
  const file = join(app.workspace, 'hoi-nghi.pressdesk');
  // Each person's profile and key live in their own user-data folder.
  const author = app.userData;

  // The author writes a complete release and submits it.
  await setName(ui, 'Nguyễn Văn An');
  await ui.headline.fill('Hội nghị tổng kết công tác năm 2026');
  await ui.sapo.fill('Sáng 26/11, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết.');
  await ui.typeParagraphs([
    'Hội nghị diễn ra sáng nay tại hội trường Tỉnh ủy.',
    'Đại biểu thảo luận kế hoạch năm 2027.',
    'Các đơn vị cam kết hoàn thành chỉ tiêu.',
  ]);
  await tab(page, /^Details$/).click();
  await ui.field('Place').fill('Điện Biên');
  await ui.field('Date').fill('2026-11-26');
  await ui.field('Pen name').fill('Giao Tuyến');
  await move(ui, 'Submit for review', 'In review');
  await ui.saveAs(file);
  await expect(ui.savedState).toHaveText(/^saved/i);

  // The reviewer, on another computer (profile and key): a comment and two suggestions, then changes requested.
  await switchTo(app, { user: 'reviewer' });
  page = app.page;
  await setName(ui, 'Trần Thị Bình');
  await ui.open(file);
  await expect(ui.headline).toHaveValue('Hội nghị tổng kết công tác năm 2026');
  await select(ui, 'kế hoạch năm 2027');
  await page.keyboard.press('Control+Alt+m');
  const box = page.getByLabel('Write a comment (Ctrl+Enter to post)', { exact: true });
  await box.fill('Nêu rõ các chỉ tiêu chính.');
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Comments' })).toContainText('Nêu rõ các chỉ tiêu chính.');

  const suggesting = ui.button('Suggesting');
  await suggesting.click();
  await expect(suggesting).toHaveAttribute('aria-pressed', 'true');
  await select(ui, 'sáng nay');
  await page.keyboard.insertText('chiều');
  await select(ui, 'Các');
  await page.keyboard.insertText('Mọi');
  await expect(ui.body.locator('ins')).toHaveText(['chiều', 'Mọi']);
  await expect(ui.body.locator('del')).toHaveText(['sáng nay', 'Các']);
  await suggesting.click();
  await move(ui, 'Request changes', 'Changes requested');
  await save(ui);

  // The author: accepts the first suggestion, rejects the second, resolves the thread, edits a word, submits again.
  await switchTo(app, { userData: author });
  page = app.page;
  await setName(ui, 'Nguyễn Văn An');
  await ui.open(file);
  // Opening is asynchronous: the reviewer's suggestion on screen says the file is in.
  await expect(ui.body.locator('ins').first()).toHaveText('chiều');
  await select(ui, 'chiều', true);
  await ui.button('Accept').click();
  await select(ui, 'Mọi', true);
  await ui.button('Reject').click();
  await expect(ui.body.locator('ins, del')).toHaveCount(0);
  await expect(ui.body).toContainText('Hội nghị diễn ra chiều tại hội trường Tỉnh ủy.');
  await expect(ui.body).toContainText('Các đơn vị cam kết hoàn thành chỉ tiêu.');
  await page.getByRole('complementary', { name: 'Comments' }).getByRole('button', { name: 'Resolve', exact: true }).click();
  await select(ui, 'thảo luận');
  await page.keyboard.insertText('bàn');
  await move(ui, 'Submit for review', 'In review');
  await save(ui);

  // The reviewer: one click shows exactly what changed since their request — and nothing else.
  await switchTo(app, { user: 'reviewer' });
  page = app.page;
  await setName(ui, 'Trần Thị Bình');
  await ui.open(file);
  await expect(ui.body).toContainText('Đại biểu bàn kế hoạch năm 2027.');
  await tab(page, /^Sign-off$/).click();
  const history = page.getByTestId('history-list');
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').first()).toContainText('Submitted by Nguyễn Văn An');
  await page.getByTestId('changes-since-mine').click();
  const compare = page.getByTestId('compare-dialog');
  await expect(compare.getByRole('heading', { level: 2 })).toContainText('Changes since “Changes requested” by Trần Thị Bình');
  await expect(compare.getByTestId('compare-summary')).toHaveText('Changed since this version: 2 place(s) in the text, 0 detail(s), 0 photo(s).');
  const redLine = compare.getByTestId('red-line');
  await expect(redLine.locator('del')).toHaveText(['sáng nay', 'thảo luận']);
  await expect(redLine.locator('ins')).toHaveText(['chiều', 'bàn']);
  await expect(redLine).toContainText('Các đơn vị cam kết hoàn thành chỉ tiêu.');
  await compare.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(compare).toHaveCount(0);

  // Nothing open any more: the checks are green, and the reviewer (not the author's key) approves.
  await tab(page, /^Checks/).click();
  await expect(page.getByRole('heading', { name: 'Must be fixed before approval' })).toHaveCount(0);
  await tab(page, /^Sign-off$/).click();
  const approve = signoff(page).getByRole('button', { name: 'Approve', exact: true });
  await expect(approve).toBeEnabled();
  await approve.click();
  const confirm = page.getByTestId('confirm-approve');
  await expect(confirm).not.toContainText('you are the author');
  await confirm.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: Approved');
  await expect(history.getByRole('listitem')).toHaveCount(4);
  await expect(history.getByRole('listitem').first()).toContainText('Approved by Trần Thị Bình');
});

test('a kept version comes back as suggestions by the current user, only after asking', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  await setName(ui, 'Nguyễn Văn An');
  await ui.headline.fill('Thông báo lịch tiếp công dân');
  await ui.typeParagraphs(['Lãnh đạo tiếp công dân vào sáng thứ Năm hằng tuần.']);
  await move(ui, 'Submit for review', 'In review');
  await move(ui, 'Request changes', 'Changes requested');
  await select(ui, 'sáng thứ Năm');
  await page.keyboard.insertText('chiều');
  await ui.headline.fill('Lịch tiếp công dân mới');

  await tab(page, /^Sign-off$/).click();
  await page.getByTestId('history-list').getByRole('listitem').last().getByRole('button', { name: 'Compare with current', exact: true }).click();
  const compare = page.getByTestId('compare-dialog');
  await expect(compare.getByTestId('compare-details')).toContainText('Headline');
  await expect(compare.getByTestId('compare-details').locator('del')).toHaveText('Thông báo lịch tiếp công dân');
  const axe = await new AxeBuilder({ page }).include('[data-testid="compare-dialog"]').include('[data-testid="history-section"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await compare.getByTestId('restore-snapshot').click();
  // Asked first; Cancel changes nothing.
  const ask = page.getByTestId('confirm-restore');
  await expect(ask).toContainText('comes back as your suggestions over the current text');
  await ask.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(ui.body.locator('ins, del')).toHaveCount(0);

  await page.getByTestId('history-list').getByRole('listitem').last().getByRole('button', { name: 'Compare with current', exact: true }).click();
  await page.getByTestId('compare-dialog').getByTestId('restore-snapshot').click();
  await page.getByTestId('confirm-restore').getByRole('button', { name: 'Restore as suggestions', exact: true }).click();
  await expect(ui.body.locator('del')).toHaveText('chiều');
  await expect(ui.body.locator('ins')).toHaveText('sáng thứ Năm');
  // The details are not restored: the headline stays as typed.
  await expect(ui.headline).toHaveValue('Lịch tiếp công dân mới');
  await select(ui, 'sáng thứ', true);
  await ui.button('Accept').click();
  await expect(ui.body).toContainText('Lãnh đạo tiếp công dân vào sáng thứ Năm hằng tuần.');
});
