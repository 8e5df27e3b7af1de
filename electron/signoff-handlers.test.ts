import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Release } from '../core/document/release';
import { fingerprintOfKey } from '../core/signoff/approval';
import { appendMove } from '../core/signoff/chain';
import { exportTrustedFile } from '../core/signoff/trusted';
import type { ApiName, ApiResults, Handlers } from './api';
import { createHandlers, invokeHandler } from './handlers';
import { createKeyService, type SecretBox } from './services/keys';
import { createGrantPolicy } from './services/path-policy';
import { createMemorySettingsStore, defaultSettings, type SettingsStore } from './services/settings';
import { invokeOk, tempFolder, testHandlerDeps, vietnameseRelease } from './test-helpers';

const plainBox: SecretBox = { isAvailable: () => false, encrypt: (b) => b, decrypt: (b) => b };

describe('sign-off handlers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let settings: SettingsStore;
  let handlers: Handlers;

  const ok = <K extends ApiName>(name: K, payload: unknown): Promise<ApiResults[K]> => invokeOk(handlers, name, payload);
  const call = <K extends ApiName>(name: K, payload: unknown) => invokeHandler(handlers, name, payload);

  /** Puts this installation's own key on the trusted list (as importing a shared list would). */
  async function trustMyself(): Promise<void> {
    const me = await ok('getIdentity', {});
    const list = exportTrustedFile([{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: me.fingerprint, publicKey: me.publicKey }]);
    await fsp.writeFile(join(dir, 'trust.pressdesk-trust.json'), list);
    const next = await ok('importTrustedApprovers', { path: join(dir, 'trust.pressdesk-trust.json') });
    expect(next?.organisation.trustedApprovers).toHaveLength(1);
  }

  async function approved(): Promise<Release> {
    const inReview = await ok('moveWorkflow', { release: vietnameseRelease(), to: 'in-review', note: '' });
    return ok('approveRelease', { release: inReview, note: 'Đồng ý phát hành' });
  }

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    const defaults = defaultSettings('vi');
    settings = createMemorySettingsStore({
      ...defaults,
      profile: { ...defaults.profile, fullName: 'Nguyễn Văn An', penName: 'Minh Anh', position: 'Chánh Văn phòng' },
      organisation: { ...defaults.organisation, placeName: 'Điện Biên', rulebook: 'party' },
    });
    handlers = createHandlers(testHandlerDeps(dir, { settings, now: () => new Date(2026, 0, 8, 9, 0) }));
  });
  afterEach(() => cleanup());

  it('moves through the workflow in the profile name, and refuses moves the workflow does not allow', async () => {
    const inReview = await ok('moveWorkflow', { release: vietnameseRelease(), to: 'in-review', note: 'Nhờ duyệt' });
    expect(inReview.workflow.state).toBe('in-review');
    expect(inReview.workflow.log.at(-1)).toMatchObject({ who: 'Nguyễn Văn An', from: 'draft', to: 'in-review', note: 'Nhờ duyệt' });
    // Approving is a signature, never a bare move; draft -> published is no move at all.
    expect(await call('moveWorkflow', { release: inReview, to: 'approved', note: '' })).toMatchObject({ ok: false, error: { code: 'invalid-move' } });
    expect(await call('moveWorkflow', { release: vietnameseRelease(), to: 'published', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-move', params: { from: 'draft', to: 'published' } },
    });
    // Approving a draft (not in review) is refused too.
    expect(await call('approveRelease', { release: vietnameseRelease(), note: '' })).toMatchObject({ ok: false, error: { code: 'invalid-move' } });
  });

  it('refuses to approve while blocking checks fail', async () => {
    const inReview = await ok('moveWorkflow', { release: { ...vietnameseRelease(), headline: '' }, to: 'in-review', note: '' });
    const refused = await call('approveRelease', { release: inReview, note: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'preflight-blocked' } });
    if (refused.ok) throw new Error('approved');
    expect(refused.error.params?.['count']).toBeGreaterThan(0);
  });

  it('refuses to approve while suggested edits are open, and approves once they are settled', async () => {
    const base = vietnameseRelease();
    const suggested = { id: 's1', by: '', name: 'Trần Bình', initials: 'TB', at: '2026-01-08T08:00:00.000Z' };
    const paragraph = { type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Câu đề xuất thêm.', marks: [{ type: 'insertion' as const, attrs: suggested }] }] };
    const withSuggestion: Release = { ...base, body: { ...base.body, content: [...(base.body.content ?? []), paragraph] } };
    const inReview = await ok('moveWorkflow', { release: withSuggestion, to: 'in-review', note: '' });
    expect(await call('approveRelease', { release: inReview, note: '' })).toMatchObject({ ok: false, error: { code: 'suggestions-open', params: { count: 1 } } });
    const settled: Release = { ...inReview, body: { ...inReview.body, content: (inReview.body.content ?? []).slice(0, -1) } };
    expect((await ok('approveRelease', { release: settled, note: '' })).workflow.state).toBe('approved');
  });

  it('signs an approval that counts only once the key is trusted, and not after an edit', async () => {
    const release = await approved();
    expect(release.workflow.state).toBe('approved');
    expect(release.approvals).toHaveLength(1);
    expect(release.approvals[0]).toMatchObject({ signerName: 'Nguyễn Văn An', signerPosition: 'Chánh Văn phòng', note: 'Đồng ý phát hành' });

    const untrusted = await ok('verifyRelease', { release });
    expect(untrusted.approved).toBe(false);
    expect(untrusted.approvals.map((a) => a.verdict)).toEqual(['untrusted-key']);

    await trustMyself();
    const trusted = await ok('verifyRelease', { release });
    expect(trusted).toMatchObject({ approved: true, approvals: [{ verdict: 'valid', signerName: 'Nguyễn Văn An', note: 'Đồng ý phát hành' }] });

    const edited = await ok('verifyRelease', { release: { ...release, sapo: release.sapo + ' Thêm một câu.' } });
    expect(edited.approved).toBe(false);
    expect(edited.approvals.map((a) => a.verdict)).toEqual(['content-changed']);
  });

  it('a withdrawn approval is not an approval, though its signature still holds', async () => {
    await trustMyself();
    const release = await approved();
    expect(await ok('verifyRelease', { release })).toMatchObject({ approved: true, approvals: [{ verdict: 'valid' }] });
    // Published by a final export still counts as approved.
    const published = await ok('exportRelease', { release, format: 'html', path: join(dir, 'final.html'), htmlImages: 'embed' });
    expect(published?.release?.workflow.state).toBe('published');
    expect((await ok('verifyRelease', { release: published!.release! })).approved).toBe(true);
    const withdrawn = await ok('moveWorkflow', { release, to: 'in-review', note: 'Rút lại duyệt' });
    expect(withdrawn.workflow.log.at(-1)).toMatchObject({ from: 'approved', to: 'in-review', note: 'Rút lại duyệt' });
    const verification = await ok('verifyRelease', { release: withdrawn });
    // The signature holds; the withdrawal is on this installation's list too ('withdrawn'), and the chain says In review.
    // The signed history names it first: the list entry only matters to copies kept from before.
    expect(verification).toMatchObject({ approved: false, approvals: [{ verdict: 'withdrawn', withdrawnBy: 'history' }], workflow: { state: 'in-review', reason: 'withdrawn' } });
    const back = await ok('moveWorkflow', { release: withdrawn, to: 'changes-requested', note: '' });
    expect((await ok('verifyRelease', { release: back })).approved).toBe(false);
  });

  it('withdrawing reaches copies kept from before: the local list carries it, exports it, and an import adds it', async () => {
    await trustMyself();
    const release = await approved();
    const approval = release.approvals[0]!;
    await ok('moveWorkflow', { release, to: 'in-review', note: 'Rút lại duyệt' });
    const entry = { contentHash: approval.contentHash, fingerprint: approval.fingerprint, chainHead: approval.chainHead };
    expect(settings.get().organisation.withdrawnApprovals).toEqual([entry]);
    // The copy from before the withdrawal (its chain ends at Approved) no longer verifies or exports as final.
    expect(await ok('verifyRelease', { release })).toMatchObject({ approved: false, approvals: [{ verdict: 'withdrawn' }], workflow: { state: 'approved', mismatch: false } });
    expect(await call('exportRelease', { release, format: 'html', path: join(dir, 'old.html') })).toMatchObject({ ok: false, error: { code: 'not-approved' } });
    // "Export list…" carries the withdrawal (version 2); another office importing it gets it.
    await ok('exportTrustedApprovers', { path: join(dir, 'list.pressdesk-trust.json') });
    const text = await fsp.readFile(join(dir, 'list.pressdesk-trust.json'), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ version: 2, withdrawn: [entry] });
    settings.set({ ...settings.get(), organisation: { ...settings.get().organisation, trustedApprovers: [], withdrawnApprovals: [] } });
    expect(await ok('verifyRelease', { release })).toMatchObject({ approvals: [{ verdict: 'untrusted-key' }] });
    await ok('importTrustedApprovers', { path: join(dir, 'list.pressdesk-trust.json') });
    expect(settings.get().organisation.withdrawnApprovals).toEqual([entry]);
    expect((await ok('verifyRelease', { release })).approved).toBe(false);
    // Importing an older list (without the withdrawal) does not undo it.
    await trustMyself();
    expect(settings.get().organisation.withdrawnApprovals).toEqual([entry]);
  });

  it('moves are signed and chained; the state comes from the chain, and a broken chain takes no more moves', async () => {
    await trustMyself();
    const release = await approved();
    const me = await ok('getIdentity', {});
    expect(release.workflow.log.map((e) => [e.fingerprint, e.publicKey, typeof e.signature])).toEqual([
      [me.fingerprint, me.publicKey, 'string'],
      [me.fingerprint, me.publicKey, 'string'],
    ]);
    expect(release.approvals[0]!.chainHead).toBe(release.workflow.log[1]!.prev);
    const clean = await ok('verifyRelease', { release });
    expect(clean).toMatchObject({ approved: true, workflow: { state: 'approved', stored: 'approved', mismatch: false, brokenAt: null, moves: ['valid', 'valid'], reason: 'approved' } });
    // A stored state nobody signed: reported, not believed; the next move starts where the chain is.
    const forged = { ...release, workflow: { ...release.workflow, state: 'draft' as const } };
    expect(await ok('verifyRelease', { release: forged })).toMatchObject({ approved: true, workflow: { state: 'approved', stored: 'draft', mismatch: true } });
    const moved = await ok('moveWorkflow', { release: forged, to: 'in-review', note: '' });
    expect(moved.workflow.log.at(-1)).toMatchObject({ from: 'approved', to: 'in-review' });
    expect(await call('approveRelease', { release: forged, note: '' })).toMatchObject({ ok: false, error: { code: 'invalid-move', params: { from: 'approved' } } });
    // A record removed: the chain is broken, nothing is approved, and no move is added after it.
    const cut = { ...release, workflow: { state: 'approved' as const, log: [release.workflow.log[1]!] } };
    expect(await ok('verifyRelease', { release: cut })).toMatchObject({ approved: false, workflow: { state: 'draft', brokenAt: 0, moves: ['broken-link'], reason: 'broken-chain' } });
    expect(await call('moveWorkflow', { release: cut, to: 'in-review', note: '' })).toMatchObject({ ok: false, error: { code: 'invalid-move' } });
    expect(await call('exportRelease', { release: cut, format: 'html', path: join(dir, 'cut.html') })).toMatchObject({ ok: false, error: { code: 'not-approved' } });
  });

  it('separation of duties by key: warn lets the approval through and says so; refuse stops it in the main process', async () => {
    const inReview = await ok('moveWorkflow', { release: vietnameseRelease(), to: 'in-review', note: '' });
    // This installation's key submitted it (the first submit: it is the author too).
    expect((await ok('verifyRelease', { release: inReview })).duty).toEqual({ conflict: 'authored', rule: 'warn' });
    expect((await ok('approveRelease', { release: inReview, note: '' })).workflow.state).toBe('approved');
    settings.set({ ...settings.get(), organisation: { ...settings.get().organisation, separationOfDuties: 'refuse' } });
    expect(await call('approveRelease', { release: inReview, note: '' })).toMatchObject({ ok: false, error: { code: 'separation-of-duties', params: { role: 'authored' } } });
    // Submitted by another key under the very same typed name: that is someone else, and approving goes through.
    const other = createKeyService({ dir: join(dir, 'other-keys'), secretBox: plainBox });
    const draft = vietnameseRelease();
    const byOther = appendMove(draft, await other.signMove(draft, 'draft', { to: 'in-review', who: 'Nguyễn Văn An', note: '' }, new Date(2026, 0, 8, 8, 0)));
    expect((await ok('verifyRelease', { release: byOther })).duty).toEqual({ conflict: null, rule: 'refuse' });
    expect((await ok('approveRelease', { release: byOther, note: '' })).workflow.state).toBe('approved');
  });

  it('verifying still answers when this computer\'s key cannot be read (the duty is then unknown, not an error)', async () => {
    const keys = testHandlerDeps(dir).keys;
    const locked = { ...keys, identity: () => Promise.reject(new Error('keyring locked')) };
    handlers = createHandlers(testHandlerDeps(dir, { settings, keys: locked }));
    expect(await ok('verifyRelease', { release: vietnameseRelease() })).toMatchObject({ approved: false, duty: { conflict: null, rule: 'warn' } });
  });

  it('"Export list…" never writes an empty name: it asks for one, keeps it in the profile and proposes a file named after it', async () => {
    settings.set({ ...settings.get(), profile: { ...settings.get().profile, fullName: '', penName: '' } });
    const suggested: string[] = [];
    handlers = createHandlers(
      testHandlerDeps(dir, { settings, dialogs: { chooseTrustedExportPath: async (name: string) => (suggested.push(name), join(dir, name)) } }),
    );
    expect(await call('exportTrustedApprovers', {})).toMatchObject({ ok: false, error: { code: 'invalid-request', params: { reason: 'name' } } });
    expect(suggested).toEqual([]);
    const out = await ok('exportTrustedApprovers', { name: ' Trần Thị Bình ' });
    expect(suggested).toEqual(['nguoi-duyet-tran-thi-binh.pressdesk-trust.json']);
    expect(out?.path).toBe(join(dir, 'nguoi-duyet-tran-thi-binh.pressdesk-trust.json'));
    expect(JSON.parse(await fsp.readFile(out!.path, 'utf8'))).toMatchObject({ approvers: [{ name: 'Trần Thị Bình' }] });
    expect(settings.get().profile.fullName).toBe('Trần Thị Bình');
  });

  it('keeps the trusted list out of settings patches and writes it out for others', async () => {
    await trustMyself();
    const patched = await ok('updateSettings', { organisation: { placeName: 'Lai Châu' } });
    expect(patched.organisation.trustedApprovers).toHaveLength(1);
    expect(await call('updateSettings', { organisation: { trustedApprovers: [] } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const out = await ok('exportTrustedApprovers', { path: join(dir, 'out.pressdesk-trust.json') });
    expect(out).toEqual({ path: join(dir, 'out.pressdesk-trust.json') });
    expect(JSON.parse(await fsp.readFile(join(dir, 'out.pressdesk-trust.json'), 'utf8'))).toMatchObject({ format: 'pressdesk-trusted-approvers', approvers: [{ name: 'Nguyễn Văn An' }] });
    await fsp.writeFile(join(dir, 'bad.json'), '{"format":"something else"}');
    expect(await call('importTrustedApprovers', { path: join(dir, 'bad.json') })).toMatchObject({ ok: false, error: { code: 'import-failed' } });
    expect(await call('importTrustedApprovers', {})).toEqual({ ok: true, value: null });
  });

  it('refuses a final export without a trusted approval; a draft carries the DRAFT mark and noindex', async () => {
    const release = vietnameseRelease();
    expect(await call('exportRelease', { release, format: 'docx', path: join(dir, 'final.docx') })).toMatchObject({ ok: false, error: { code: 'not-approved' } });
    // Approved by a key nobody trusts: still not approved.
    expect(await call('exportRelease', { release: await approved(), format: 'html', path: join(dir, 'final.html') })).toMatchObject({
      ok: false,
      error: { code: 'not-approved' },
    });
    await expect(fsp.stat(join(dir, 'final.docx'))).rejects.toThrow();

    const docx = await ok('exportRelease', { release, format: 'docx', path: join(dir, 'draft.docx'), draft: true });
    expect(docx).toEqual({ path: join(dir, 'draft.docx'), final: false, release: null });
    const files = unzipSync(await fsp.readFile(join(dir, 'draft.docx')));
    expect(strFromU8(files['word/document.xml']!)).toContain('DRAFT / BẢN NHÁP');

    await ok('exportRelease', { release, format: 'html', path: join(dir, 'draft.html'), draft: true, htmlImages: 'embed' });
    const page = await fsp.readFile(join(dir, 'draft.html'), 'utf8');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<p class="draft-mark">DRAFT / BẢN NHÁP</p>');
  });

  it('a final export names the approval and publishes the release', async () => {
    await trustMyself();
    const release = await approved();
    const approval = release.approvals[0]!;
    const result = await ok('exportRelease', { release, format: 'docx', path: join(dir, 'final.docx') });
    expect(result).toMatchObject({ path: join(dir, 'final.docx'), final: true, release: { workflow: { state: 'published' } } });
    expect(result?.release?.workflow.log.at(-1)).toMatchObject({ from: 'approved', to: 'published', who: 'Nguyễn Văn An' });
    const files = unzipSync(await fsp.readFile(join(dir, 'final.docx')));
    const custom = strFromU8(files['docProps/custom.xml']!);
    for (const value of [approval.contentHash, approval.fingerprint, approval.time, 'Nguyễn Văn An, Chánh Văn phòng']) expect(custom).toContain(value);
    expect(strFromU8(files['word/document.xml']!)).not.toContain('BẢN NHÁP');

    const html = await ok('exportRelease', { release, format: 'html', path: join(dir, 'final.html'), htmlImages: 'embed' });
    expect(html?.final).toBe(true);
    const page = await fsp.readFile(join(dir, 'final.html'), 'utf8');
    expect(page).toContain(`<meta name="pressdesk-content-hash" content="${approval.contentHash}">`);
    expect(page).toContain(`<meta name="pressdesk-key-fingerprint" content="${approval.fingerprint}">`);
    expect(page).not.toContain('noindex');
    // Once withdrawn (back in review), the same signature no longer allows a final export.
    const withdrawn = await ok('moveWorkflow', { release, to: 'in-review', note: 'Rút lại duyệt' });
    expect(await call('exportRelease', { release: withdrawn, format: 'docx', path: join(dir, 'again.docx') })).toMatchObject({ ok: false, error: { code: 'not-approved' } });
  });
});

describe('importing a trusted list in the app', () => {
  it('reads only the native dialog pick, never a path the renderer names', async () => {
    const { dir, cleanup } = await tempFolder();
    try {
      const key = new Uint8Array(32).fill(7);
      const list = exportTrustedFile([{ name: 'Lê Văn Bình', position: 'Phó Chánh Văn phòng', fingerprint: fingerprintOfKey(key), publicKey: Buffer.from(key).toString('base64') }]);
      // Named like a release, so the app's ordinary read rule (any absolute .pressdesk) would take it.
      const named = join(dir, 'swap.pressdesk');
      const picked = join(dir, 'office.pressdesk-trust.json');
      await fsp.writeFile(named, list);
      await fsp.writeFile(picked, list);
      const settings = createMemorySettingsStore({ language: 'vi' });
      const handlers = createHandlers(
        testHandlerDeps(dir, { settings, host: 'electron', paths: createGrantPolicy([named]), dialogs: { chooseTrustedImportPath: async () => picked } }),
      );
      expect(await invokeHandler(handlers, 'importTrustedApprovers', { path: named })).toEqual({ ok: false, error: { code: 'forbidden' } });
      expect(settings.get().organisation.trustedApprovers).toEqual([]);
      const fromDialog = await invokeHandler(handlers, 'importTrustedApprovers', {});
      expect(fromDialog).toMatchObject({ ok: true, value: { organisation: { trustedApprovers: [{ name: 'Lê Văn Bình' }] } } });
    } finally {
      await cleanup();
    }
  });
});
