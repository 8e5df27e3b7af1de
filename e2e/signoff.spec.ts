/**
 * Sign-off (issue 4) through the browser host: a new release is blocked by its checks; once they
 * are fixed it is submitted and approved (this installation's own key made trusted by exporting
 * and importing the trusted approvers list in Settings); the approved release is locked and
 * exports as final; withdrawing unlocks it, and after an edit only a draft export is allowed.
 * Opening a release whose approval record was altered shows an alert.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import type { Release } from '../core/document/release';
import { fakeSigner } from '../core/signoff/test-signer';
import { expect, test } from './fixtures';
import { ReleasePage } from './release-page';

const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const signoff = (page: Page) => page.getByTestId('signoff-panel');

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-testid="signoff-panel"]').include('.signoff-notices').analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('check, submit, approve, lock, export final; withdraw, edit, only a draft export', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;

  // Who signs: the profile. Trust this installation's own key: export the list, then import it.
  await ui.button('Settings').click();
  const settings = page.getByTestId('settings-dialog');
  await settings.getByLabel('Full name', { exact: true }).fill('Nguyễn Văn An');
  await settings.getByLabel('Position', { exact: true }).fill('Chánh Văn phòng');
  await expect(settings.getByTestId('own-fingerprint')).toHaveText(/[0-9a-f]{64}/);
  // The prompt proposes a file named after whose key the list carries.
  const proposed: string[] = [];
  page.on('dialog', (d) => void proposed.push(d.defaultValue()));
  await app.answerPathPrompt(join(app.workspace, 'trusted.pressdesk-trust.json'));
  await settings.getByRole('button', { name: 'Export list…', exact: true }).click();
  await expect(settings.getByTestId('trusted-list-status')).toHaveText(/^List written to /);
  expect(proposed).toEqual(['nguoi-duyet-nguyen-van-an.pressdesk-trust.json']);
  expect(JSON.parse(await readFile(join(app.workspace, 'trusted.pressdesk-trust.json'), 'utf8'))).toMatchObject({ format: 'pressdesk-trusted-approvers' });
  await app.answerPathPrompt(join(app.workspace, 'trusted.pressdesk-trust.json'));
  await settings.getByRole('button', { name: 'Import list…', exact: true }).click();
  await expect(settings.getByTestId('trusted-list-status')).toHaveText('Trusted approvers list imported.');
  await expect(settings.getByTestId('trusted-approvers')).toBeVisible();
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toHaveCount(0);

  // A new release: Approve is not even offered in Draft; the checks list the blockers.
  await tab(page, /^Sign-off$/).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: Draft');
  await expect(signoff(page).getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
  // The organisation profile may give a place: clear it so the place is missing too.
  await tab(page, /^Details$/).click();
  await ui.field('Place').fill('');
  await tab(page, /^Checks/).click();
  await expect(page.getByTestId('checks-panel').getByRole('button', { name: 'Blocks approval: The headline is missing.' })).toBeVisible();

  // Submitted with blockers: Approve is there but disabled, saying how many and which.
  await tab(page, /^Sign-off$/).click();
  await signoff(page).getByRole('button', { name: 'Submit for review', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: In review');
  const approve = signoff(page).getByRole('button', { name: 'Approve', exact: true });
  await expect(approve).toBeDisabled();
  await expect(signoff(page).getByTestId('approve-blocked')).toContainText('The headline is missing.');

  // Fix them.
  await ui.headline.fill('Hội nghị tổng kết công tác khoa giáo năm 2026');
  await ui.sapo.fill('Sáng 26/11, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết.');
  await ui.typeParagraphs(['Hội nghị diễn ra tại hội trường Tỉnh ủy.']);
  await tab(page, /^Details$/).click();
  await ui.field('Place').fill('Điện Biên');
  await ui.field('Date').fill('2026-11-26');
  await ui.field('Pen name').fill('Giao Tuyến');
  await tab(page, /^Checks/).click();
  await expect(page.getByRole('heading', { name: 'Must be fixed before approval' })).toHaveCount(0);

  // Approve is enabled now.
  await tab(page, /^Sign-off$/).click();
  await expect(approve).toBeEnabled();
  await signoff(page).getByLabel('Note (optional)', { exact: true }).fill('Đồng ý phát hành.');
  // Approving asks first, in one sentence; this key submitted it, so (rule: warn) the question says so too.
  await approve.click();
  const confirmApprove = page.getByTestId('confirm-approve');
  await expect(confirmApprove).toContainText(
    'Approve this version as Nguyễn Văn An, Chánh Văn phòng? Any later change will void the approval. Note: you are the author (the first to submit it) of this release',
  );
  await confirmApprove.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(confirmApprove).toHaveCount(0);
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: In review');
  await approve.click();
  await page.getByTestId('confirm-approve').getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: Approved');
  await expect(page.getByRole('status').filter({ hasText: /^Approved by Nguyễn Văn An \(Chánh Văn phòng\) on / })).toBeVisible();
  await expect(signoff(page).getByTestId('signoff-approvals')).toContainText('Valid: signed by a trusted approver, for this exact content.');
  await expect(signoff(page).getByTestId('signoff-history').getByRole('listitem')).toHaveCount(2);
  // Both moves are signed and chained: the state shown is the signed history's.
  await expect(signoff(page).getByTestId('signoff-history').locator('li[data-verdict="valid"]')).toHaveCount(2);
  await expect(signoff(page).getByTestId('signoff-history')).toContainText('Signed.');
  await expect(page.getByTestId('chain-banner')).toHaveCount(0);

  // Locked: body, headline and details cannot be edited; the note points to the Sign-off tab.
  await expect(ui.body).toHaveAttribute('contenteditable', 'false');
  await expect(ui.headline).toHaveAttribute('readonly', '');
  await expect(page.getByTestId('lock-note')).toContainText('Approved — withdraw the approval to edit');
  await expectNoSeriousAxeViolations(page);

  // Saved under a name: the final export below saves its Published move into this file.
  await ui.saveAs(join(app.workspace, 'hoi-nghi.pressdesk'));
  await expect(ui.savedState).toHaveText(/^saved/i);

  // A final DOCX export works (and moves the release to Published).
  await ui.button('Export…').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-kind')).toHaveText('Final (approved)');
  await app.answerPathPrompt(join(app.workspace, 'final.docx'));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  // Publishing asks first, saying the move is saved; it is, so the file never sits silently unsaved.
  const confirmFinal = page.getByTestId('confirm-final');
  await expect(confirmFinal).toHaveText(/Export this version as final\? The release moves to Published and that move is saved to the file\./);
  await confirmFinal.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-status')).toContainText(/^Exported to .*final\.docx/);
  await expect(dialog.getByTestId('published-state')).toHaveAttribute('data-state', 'saved');
  await expect(ui.savedState).toHaveText(/^saved/i);
  const finalText = await mammoth.extractRawText({ path: join(app.workspace, 'final.docx') });
  expect(finalText.value).toContain('Hội nghị tổng kết công tác khoa giáo năm 2026');
  expect(finalText.value).not.toContain('BẢN NHÁP');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: Published');

  // Withdraw (from the lock note's link to the Sign-off tab): unlocked, back in review.
  await tab(page, /^Details$/).click();
  await page.getByTestId('lock-note').getByRole('button', { name: 'Open Sign-off', exact: true }).click();
  await expect(tab(page, /^Sign-off$/)).toHaveAttribute('aria-selected', 'true');
  await signoff(page).getByRole('button', { name: 'Withdraw approval', exact: true }).click();
  await expect(page.getByTestId('confirm-withdraw')).toContainText('Withdraw the approval of this version? The release goes back to In review');
  await page.getByTestId('confirm-withdraw').getByRole('button', { name: 'Withdraw approval', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: In review');
  // Withdrawn everywhere: the approvals list never says "Valid" of it any more.
  await expect(signoff(page).getByTestId('signoff-approvals').getByRole('listitem')).toHaveAttribute('data-verdict', 'withdrawn');
  await expect(signoff(page).getByTestId('signoff-approvals')).toContainText('Withdrawn: this approval was withdrawn in the signed history');
  await expect(signoff(page).getByTestId('signoff-approvals')).not.toContainText('Valid:');
  await expect(signoff(page).getByTestId('signoff-history').locator('li[data-verdict="valid"]')).toHaveCount(4);
  await expect(page.getByTestId('lock-note')).toHaveCount(0);
  await expect(ui.body).toHaveAttribute('contenteditable', 'true');
  // The signature still matches the unchanged content, but a withdrawn approval is not an approval.
  await expect(page.getByTestId('signoff-banner')).toHaveAttribute('data-verdict', 'withdrawn');
  await expect(page.getByTestId('signoff-banner')).toHaveText(/^The approval by Nguyễn Văn An was withdrawn/);

  // Edit: the approval no longer matches the content.
  await ui.body.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Thêm một câu.');
  await expect(ui.body).toContainText('Thêm một câu.');

  // A final export is refused (not-approved); a draft export is allowed.
  await ui.button('Export…').click();
  await expect(dialog.getByTestId('export-kind')).toHaveText(/^Draft — will be marked DRAFT \/ BẢN NHÁP$/);
  await app.answerPathPrompt(join(app.workspace, 'nhap.docx'));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-status')).toHaveText(/^Exported to .*nhap\.docx$/);
  const draftText = await mammoth.extractRawText({ path: join(app.workspace, 'nhap.docx') });
  expect(draftText.value).toContain('Thêm một câu.');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: In review');
});

test('opening a release whose approval record was altered shows an alert', async ({ app }) => {
  const ui = new ReleasePage(app);
  const { release, assets } = kitchenSinkRelease();
  // Signed by a stand-in signer: under real Ed25519 the signature does not hold, as after tampering.
  const approval = fakeSigner('tampered').approve(release, 'Đồng ý.');
  const approved: Release = { ...release, approvals: [approval], workflow: { ...release.workflow, state: 'approved' } };
  await writeFile(join(app.workspace, 'da-sua.pressdesk'), packRelease(approved, { assets }));
  await ui.open('da-sua.pressdesk');
  await expect(ui.headline).toHaveValue(release.headline);
  const banner = app.page.getByRole('alert').filter({ hasText: 'The approval record by Nguyễn Văn An was altered after it was signed' });
  await expect(banner).toBeVisible();
  await expect(ui.headline).toHaveAttribute('readonly', '');
  await expect(ui.body).toHaveAttribute('contenteditable', 'false');
  await app.page.getByRole('tab', { name: /^Sign-off$/ }).click();
  await expect(signoff(app.page).getByTestId('signoff-approvals')).toContainText('Not valid: the approval record was altered after it was signed.');
  // The file says Approved, but no signed history backs it: the state shown is the history's (Draft).
  await expect(app.page.getByTestId('chain-banner')).toHaveText('The file says “Approved”, but its signed history says “Draft”: PressDesk goes by the signed history.');
  await expect(signoff(app.page).getByTestId('workflow-state')).toHaveText('Workflow state: Draft');
  // An altered approval does not count: only a draft export is offered.
  await ui.button('Export…').click();
  await expect(app.page.getByTestId('export-dialog').getByTestId('export-kind')).toHaveText(/^Draft — /);
});

test('separation of duties: with "do not allow", the key that submitted cannot approve; "Export list…" asks for the name first', async ({ app }) => {
  const ui = new ReleasePage(app);
  const page = app.page;
  await ui.button('Settings').click();
  const settings = page.getByTestId('settings-dialog');
  await settings.getByLabel('Full name', { exact: true }).fill('');
  await settings.getByLabel('Pen name', { exact: true }).fill('');
  // No name: nothing is written and no path is asked; the name is asked for first.
  const prompts: string[] = [];
  page.on('dialog', (d) => void prompts.push(d.message()));
  await settings.getByRole('button', { name: 'Export list…', exact: true }).click();
  await expect(settings.getByTestId('trusted-list-status')).toHaveText(/^Enter your full name before exporting the list/);
  expect(prompts).toEqual([]);
  await settings.getByLabel('Your full name (written on the trusted approvers list)', { exact: true }).fill('Trần Thị Bình');
  await app.answerPathPrompt(join(app.workspace, 'binh.pressdesk-trust.json'));
  await settings.getByRole('button', { name: 'Export list…', exact: true }).click();
  await expect(settings.getByTestId('trusted-list-status')).toHaveText(/^List written to /);
  expect(JSON.parse(await readFile(join(app.workspace, 'binh.pressdesk-trust.json'), 'utf8'))).toMatchObject({ approvers: [{ name: 'Trần Thị Bình' }] });
  await settings.getByLabel('Approver is the author or the one who submitted', { exact: true }).selectOption('refuse');
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(settings).toHaveCount(0);

  await tab(page, /^Sign-off$/).click();
  await signoff(page).getByRole('button', { name: 'Submit for review', exact: true }).click();
  await expect(signoff(page).getByTestId('workflow-state')).toHaveText('Workflow state: In review');
  // Decided by this installation's key in the signed history, not by the typed name.
  await expect(signoff(page).getByRole('button', { name: 'Approve', exact: true })).toBeDisabled();
  await expect(signoff(page).getByTestId('approve-duty')).toHaveText(
    'You are the author (the first to submit it) of this release, so you cannot approve it yourself (organisation rule): another approver is needed.',
  );
});
