import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { createRelease, type Release } from '../core/document/release';
import { fakeSigner } from '../core/signoff/test-signer';
import { moveWorkflow } from '../core/signoff/workflow';
import { API_NAMES, type ApiName, type Handlers } from './api';
import { createHandlers, invokeHandler, type HandlerDeps } from './handlers';
import { STALE_TEMP_MS } from './services/atomic-write';
import type { Dialogs } from './services/dialogs';
import { createGrantPolicy, createRootsPolicy } from './services/path-policy';
import { tempFolder, testHandlerDeps, vietnameseRelease } from './test-helpers';

/** Dialogs answered from queues the test fills; an empty queue means "cancelled". */
function scriptedDialogs() {
  const opens: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const suggested: string[] = [];
  const dialogs: Dialogs = {
    chooseOpenPath: async () => opens.shift() ?? null,
    chooseSavePath: async (name) => {
      suggested.push(name);
      return saves.shift() ?? null;
    },
    chooseExportPath: async () => null,
    chooseImportPath: async () => null,
    chooseImagePath: async () => null,
    chooseTrustedImportPath: async () => null,
    chooseTrustedExportPath: async () => null,
  };
  return { dialogs, opens, saves, suggested };
}

describe('handlers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let script: ReturnType<typeof scriptedDialogs>;
  let deps: HandlerDeps;
  let handlers: Handlers;
  const call = <K extends ApiName>(name: K, payload: unknown) => invokeHandler(handlers, name, payload);

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    script = scriptedDialogs();
    deps = testHandlerDeps(dir, {
      dialogs: script.dialogs,
      paths: createGrantPolicy(),
      window: { setDocumentState: vi.fn(), close: vi.fn() },
      host: 'electron',
      openPathAtStart: '/start/here.pressdesk',
      loadSample: async () => vietnameseRelease('Bản tin mẫu'),
      now: () => new Date(2026, 0, 8, 23, 30),
    });
    handlers = createHandlers(deps);
  });
  afterEach(() => cleanup());

  it('implements every call of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...API_NAMES].sort());
  });

  describe('invokeHandler', () => {
    it.each([
      ['openFile', { path: 42 }],
      ['openFile', { path: '/a.pressdesk', extra: true }],
      ['saveFile', { release: { kind: 'poem' }, path: null, saveAs: false, expected: null, overwriteChanged: false }],
      ['writeRecovery', { id: '../../../etc', path: null, release: vietnameseRelease() }],
      ['setDocumentState', null],
      ['getStartup', 'hello'],
    ] as const)('rejects a bad %s payload with invalid-request', async (name, payload) => {
      const result = await call(name, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    });

    it('rejects names that are not calls, including prototype keys', async () => {
      for (const name of ['constructor', '__proto__', 'toString', 'deleteEverything']) {
        expect(await call(name as never, {})).toEqual({ ok: false, error: { code: 'invalid-request', params: { field: 'name' } } });
      }
    });

    it('refuses a request nested deeper than any file would be, before validating it (no stack overflow, no "internal")', async () => {
      let content: unknown[] = [{ type: 'text', text: 'x' }];
      for (let i = 0; i < 5_000; i++) content = [{ type: 'blockquote', content }];
      const release = { ...createRelease('news'), body: { type: 'doc', content } };
      expect(await call('saveFile', { release, path: join(dir, 'deep.pressdesk') })).toEqual({ ok: false, error: { code: 'too-complex', params: { reason: 'depth' } } });
    });

    it('never throws, and hides unexpected failures behind "internal"', async () => {
      const broken = { ...handlers, getStartup: () => Promise.reject(new Error('secret /home/an/.ssh')) } as Handlers;
      const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const result = await invokeHandler(broken, 'getStartup', {});
      expect(result).toEqual({ ok: false, error: { code: 'internal' } });
      expect(spy).toHaveBeenCalled();
    });
  });

  it('getStartup: sample only the first time, start path once, recovery listed', async () => {
    await call('writeRecovery', { id: 'draft-00000001', path: null, release: vietnameseRelease('Chưa lưu') });
    const first = await call('getStartup', {});
    expect(first.ok && first.value).toMatchObject({
      sample: { headline: 'Bản tin mẫu' },
      openPath: '/start/here.pressdesk',
      appVersion: '0.1.0',
      host: 'electron',
      settings: { language: 'vi', sampleShown: true },
      recovery: [{ id: 'draft-00000001', headline: 'Chưa lưu' }],
    });
    const second = await call('getStartup', {});
    expect(second.ok && second.value).toMatchObject({ sample: null, openPath: null });
  });

  it('getStartup asks for the sample in the UI language and dates it the day it is shown', async () => {
    const asked: string[] = [];
    deps.loadSample = async (language) => {
      asked.push(language);
      return { ...vietnameseRelease(language === 'en' ? 'Sample' : 'Bản tin mẫu'), dateline: { place: 'Điện Biên', date: '2025-01-15' } };
    };
    await call('updateSettings', { language: 'en' });
    handlers = createHandlers(deps);
    const result = await call('getStartup', {});
    expect(asked).toEqual(['en']);
    // deps.now is 8 January 2026, 23:30 local.
    expect(result.ok && result.value.sample).toMatchObject({ headline: 'Sample', dateline: { place: 'Điện Biên', date: '2026-01-08' } });
  });

  it('getStartup survives a missing sample (and tries again next time)', async () => {
    deps.loadSample = () => Promise.reject(new Error('ENOENT'));
    handlers = createHandlers(deps);
    const result = await call('getStartup', {});
    expect(result.ok && result.value.sample).toBeNull();
    expect(deps.settings.get().sampleShown).toBe(false);
  });

  it('newReleaseKind fills place, pen name and the local date', async () => {
    await call('updateSettings', { profile: { penName: 'Minh Anh' }, organisation: { placeName: 'Điện Biên' } });
    const result = await call('newReleaseKind', { kind: 'notice' });
    expect(result.ok && result.value).toMatchObject({ kind: 'notice', dateline: { place: 'Điện Biên', date: '2026-01-08' }, author: { penName: 'Minh Anh' } });
  });

  it('newReleaseKind takes the organisation’s release language (Vietnamese until Settings says otherwise)', async () => {
    const first = await call('newReleaseKind', { kind: 'press' });
    expect(first.ok && first.value.language).toBe('vi');
    await call('updateSettings', { organisation: { releaseLanguage: 'en' } });
    const second = await call('newReleaseKind', { kind: 'press' });
    expect(second.ok && second.value.language).toBe('en');
  });

  it('updateSettings refuses a relative recovery folder', async () => {
    expect(await call('updateSettings', { autosaveFolder: 'relative/dir' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('updateSettings', { autosaveFolder: join(dir, 'mine') })).toMatchObject({ ok: true });
    await call('writeRecovery', { id: 'draft-00000002', path: null, release: vietnameseRelease() });
    expect(await fsp.readdir(join(dir, 'mine'))).toContain('draft-00000002.text.pressdesk');
  });

  it('save with a dialog: slug from the headline, grants the path, adds it to recent files; then open it', async () => {
    const target = join(dir, 'chon.pressdesk');
    script.saves.push(target);
    const release = vietnameseRelease('Hội nghị tổng kết');
    const saved = await call('saveFile', { release, path: null, saveAs: false, expected: null, overwriteChanged: false });
    expect(script.suggested).toEqual(['hoi-nghi-tong-ket.pressdesk']);
    expect(saved).toMatchObject({ ok: true, value: { path: target } });
    expect(deps.settings.get().recentFiles).toEqual([target]);

    const opened = await call('openFile', { path: target });
    expect(opened.ok && opened.value?.release).toEqual(release);
    expect(opened.ok && saved.ok && opened.value?.fingerprint).toEqual(saved.ok && saved.value?.fingerprint);

    // plain Save to the same, now granted, path
    const again = await call('saveFile', { release, path: target, saveAs: false, expected: saved.ok ? saved.value!.fingerprint : null, overwriteChanged: false });
    expect(again.ok).toBe(true);
  });

  it('removes stale temp files of killed saves at the next save and at start, never a fresh one or a file of another name', async () => {
    const aged = async (path: string, ageMs: number): Promise<void> => {
      await fsp.mkdir(join(path, '..'), { recursive: true });
      await fsp.writeFile(path, 'half a file');
      const when = new Date(Date.now() - ageMs);
      await fsp.utimes(path, when, when);
    };
    const docs = join(dir, 'docs');
    const stale = join(docs, '.thong-cao.pressdesk.0123456789ab.tmp');
    const running = join(docs, '.other.pressdesk.abcdef012345.tmp'); // a save still under way
    const userFile = join(docs, '.notes.0123456789ab.tmp.txt');
    await aged(stale, STALE_TEMP_MS + 5_000);
    await aged(running, 1_000);
    await aged(userFile, STALE_TEMP_MS + 5_000);
    const target = join(docs, 'thong-cao.pressdesk');
    script.saves.push(target);
    expect((await call('saveFile', { release: vietnameseRelease(), path: null, saveAs: true, expected: null, overwriteChanged: false })).ok).toBe(true);
    expect((await fsp.readdir(docs)).sort()).toEqual([running, userFile, target].map((p) => p.slice(docs.length + 1)).sort());

    // At start: the recent files' folders and the recovery folder.
    const recoveryStale = join(dir, 'recovery', '.draft-00000001.pressdesk.0123456789ab.tmp');
    await aged(recoveryStale, STALE_TEMP_MS + 5_000);
    await aged(running, STALE_TEMP_MS + 5_000); // that save died after all
    expect((await call('getStartup', {})).ok).toBe(true);
    await vi.waitFor(async () => {
      await expect(fsp.stat(running)).rejects.toMatchObject({ code: 'ENOENT' });
      await expect(fsp.stat(recoveryStale)).rejects.toMatchObject({ code: 'ENOENT' });
    });
    expect(await fsp.readFile(userFile, 'utf8')).toBe('half a file');
  });

  it('a cancelled dialog is null, not an error', async () => {
    expect(await call('openFile', {})).toEqual({ ok: true, value: null });
    expect(await call('saveFile', { release: vietnameseRelease(''), path: null, saveAs: true, expected: null, overwriteChanged: false })).toEqual({ ok: true, value: null });
    expect(script.suggested).toEqual(['ban-thao.pressdesk']);
  });

  it('refuses to save to a path the user never chose', async () => {
    const victim = join(dir, 'victim.pressdesk');
    await fsp.writeFile(victim, 'precious');
    const result = await call('saveFile', { release: vietnameseRelease(), path: victim, saveAs: false, expected: null, overwriteChanged: true });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await fsp.readFile(victim, 'utf8')).toBe('precious');
  });

  it('opens through the dialog, and reports a corrupt file without writing', async () => {
    const path = join(dir, 'bad.zip');
    await fsp.writeFile(path, 'PK\u0003\u0004 not really');
    script.opens.push(path);
    expect(await call('openFile', {})).toMatchObject({ ok: false, error: { code: 'not-pressdesk' } });
    expect(await fsp.readFile(path, 'utf8')).toBe('PK\u0003\u0004 not really');
    expect(deps.settings.get().recentFiles).toEqual([]);
    expect(await call('openFile', { path: '/etc/passwd' })).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens dropped bytes like a file, without a path', async () => {
    const release: Release = vietnameseRelease('Kéo thả');
    const base64 = Buffer.from(packRelease(release)).toString('base64');
    expect(await call('openDroppedBytes', { name: 'keo-tha.pressdesk', base64 })).toEqual({ ok: true, value: { name: 'keo-tha.pressdesk', release } });
    expect(await call('openDroppedBytes', { name: 'x.pressdesk', base64: Buffer.from('hello').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'not-pressdesk' },
    });
  });

  it('recovery round trip through the handlers', async () => {
    const release = vietnameseRelease('Đang gõ dở');
    expect(await call('writeRecovery', { id: 'draft-12345678', path: '/a/b.pressdesk', release })).toMatchObject({ ok: true, value: { id: 'draft-12345678', path: '/a/b.pressdesk' } });
    expect(await call('readRecovery', { id: 'draft-12345678' })).toMatchObject({ ok: true, value: { release } });
    expect(await call('discardRecovery', { id: 'draft-12345678' })).toEqual({ ok: true, value: null });
    expect(await call('readRecovery', { id: 'draft-12345678' })).toEqual({ ok: false, error: { code: 'not-found' } });
  });

  it('a restored recovery copy keeps the fingerprint of the file it was based on', async () => {
    const target = join(dir, 'goc.pressdesk');
    script.saves.push(target);
    const saved = await call('saveFile', { release: vietnameseRelease('Gốc'), path: null, saveAs: false, expected: null, overwriteChanged: false });
    const fingerprint = saved.ok ? saved.value!.fingerprint : null;
    expect(fingerprint).not.toBeNull();
    await call('writeRecovery', { id: 'draft-restored1', path: target, fingerprint, release: vietnameseRelease('Sửa dở') });
    const restored = await call('readRecovery', { id: 'draft-restored1' });
    expect(restored.ok && restored.value.entry).toMatchObject({ path: target, fingerprint });

    // Someone else changes the file meanwhile: Save with the restored fingerprint asks first.
    await fsp.writeFile(target, await fsp.readFile(target));
    await fsp.utimes(target, new Date(2030, 0, 1), new Date(2030, 0, 1));
    const expected = restored.ok ? (restored.value.entry.fingerprint ?? null) : null;
    const request = { release: vietnameseRelease('Sửa dở'), path: target, saveAs: false, expected, overwriteChanged: false };
    expect(await call('saveFile', request)).toEqual({ ok: false, error: { code: 'changed-on-disk', params: { name: 'goc.pressdesk' } } });
    expect(await call('saveFile', { ...request, overwriteChanged: true })).toMatchObject({ ok: true });
  });

  describe('the approval lock', () => {
    const when = '2026-11-26T09:00:00+07:00';
    /** Approved with a key this installation does not trust (another office's): the lock does not care. */
    function approvedRelease(): Release {
      const reviewed = moveWorkflow(vietnameseRelease('Đã duyệt'), { to: 'in-review', who: 'Lê Thị Hoa', when });
      const signed = { ...reviewed, approvals: [fakeSigner('other-office').approve(reviewed)] };
      return moveWorkflow(signed, { to: 'approved', who: 'Nguyễn Văn An', when });
    }
    const save = (release: Release, more: Record<string, unknown> = {}) =>
      call('saveFile', { release, path: null, saveAs: false, expected: null, overwriteChanged: false, ...more });

    it('refuses to save an approved release edited without withdrawing, before asking where or writing', async () => {
      const target = join(dir, 'da-duyet.pressdesk');
      script.saves.push(target);
      const release = approvedRelease();
      const saved = await save(release);
      expect(saved).toMatchObject({ ok: true, value: { path: target } });
      const before = await fsp.readFile(target);

      const edited = { ...release, sapo: release.sapo + ' Thêm một câu.' };
      const fingerprint = saved.ok ? saved.value!.fingerprint : null;
      expect(await save(edited, { path: target, expected: fingerprint })).toEqual({ ok: false, error: { code: 'locked' } });
      expect(await save(edited, { path: target, saveAs: true })).toEqual({ ok: false, error: { code: 'locked' } });
      expect(script.suggested).toHaveLength(1); // no dialog for the refused Save As
      expect(await fsp.readFile(target)).toEqual(before);
    });

    it('saves an unchanged approved release (Save and Save As) and a published one', async () => {
      const release = approvedRelease();
      const target = join(dir, 'a.pressdesk');
      script.saves.push(target, join(dir, 'b.pressdesk'));
      const first = await save(release);
      expect(first).toMatchObject({ ok: true });
      expect(await save(release, { path: target, expected: first.ok ? first.value!.fingerprint : null })).toMatchObject({ ok: true });
      expect(await save(release, { path: target, saveAs: true })).toMatchObject({ ok: true, value: { path: join(dir, 'b.pressdesk') } });

      // The final export's move to Published saves; an edit after it does not.
      const published = moveWorkflow(release, { to: 'published', who: 'Nguyễn Văn An', when });
      expect(await save(published, { path: target, expected: null })).toMatchObject({ ok: true });
      expect(await save({ ...published, headline: 'Sửa sau khi phát hành' }, { path: target })).toEqual({ ok: false, error: { code: 'locked' } });
    });

    it('saves once the approval is withdrawn, edits and all', async () => {
      const withdrawn = moveWorkflow(approvedRelease(), { to: 'in-review', who: 'Nguyễn Văn An', when, note: 'Rút duyệt để sửa' });
      script.saves.push(join(dir, 'rut.pressdesk'));
      expect(await save({ ...withdrawn, headline: 'Đã sửa sau khi rút duyệt' })).toMatchObject({ ok: true });
    });

    it('never refuses autosave: the recovery copy keeps the work', async () => {
      const release = approvedRelease();
      const edited = { ...release, headline: 'Sửa khi đang khóa' };
      expect(await call('writeRecovery', { id: 'draft-locked01', path: null, release: edited })).toMatchObject({ ok: true });
      expect(await call('readRecovery', { id: 'draft-locked01' })).toMatchObject({ ok: true, value: { release: { headline: 'Sửa khi đang khóa' } } });
    });
  });

  it('window calls and recent-file clearing', async () => {
    await call('setDocumentState', { title: 'hoi-nghi.pressdesk', dirty: true });
    expect(deps.window.setDocumentState).toHaveBeenCalledWith('hoi-nghi.pressdesk', true);
    await call('closeWindow', {});
    expect(deps.window.close).toHaveBeenCalled();
    deps.settings.set({ ...deps.settings.get(), recentFiles: ['/a.pressdesk'] });
    expect(await call('clearRecentFiles', {})).toMatchObject({ ok: true, value: { recentFiles: [] } });
  });

  describe('browser host (roots policy)', () => {
    beforeEach(() => {
      deps.host = 'browser-host';
      deps.paths = createRootsPolicy([join(dir, 'root')]);
      handlers = createHandlers(deps);
    });

    it('keeps reads, writes and the recovery folder inside its roots', async () => {
      await fsp.mkdir(join(dir, 'root'));
      script.saves.push(join(dir, 'root', 'ok.pressdesk'), join(dir, 'elsewhere.pressdesk'));
      expect(await call('saveFile', { release: vietnameseRelease(), path: null, saveAs: true, expected: null, overwriteChanged: false })).toMatchObject({ ok: true });
      expect(await call('saveFile', { release: vietnameseRelease(), path: null, saveAs: true, expected: null, overwriteChanged: false })).toEqual({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await call('openFile', { path: join(dir, 'root', '..', 'x.pressdesk') })).toEqual({ ok: false, error: { code: 'forbidden' } });
      expect(await call('updateSettings', { autosaveFolder: '/etc' })).toEqual({ ok: false, error: { code: 'forbidden' } });
      expect(await call('updateSettings', { autosaveFolder: join(dir, 'root', 'rec') })).toMatchObject({ ok: true });
    });
  });
});
