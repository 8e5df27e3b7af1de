import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packRelease } from '../core/document/file-format';
import type { Release } from '../core/document/release';
import { API_NAMES, type ApiName, type Handlers } from './api';
import { createHandlers, invokeHandler, type HandlerDeps } from './handlers';
import type { Dialogs } from './services/dialogs';
import { createGrantPolicy, createRootsPolicy } from './services/path-policy';
import { createMemorySettingsStore } from './services/settings';
import { tempFolder, testKeys, vietnameseRelease } from './test-helpers';

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
    deps = {
      settings: createMemorySettingsStore({ language: 'vi' }),
      dialogs: script.dialogs,
      paths: createGrantPolicy(),
      defaultRecoveryDir: join(dir, 'recovery'),
      assetCacheDir: join(dir, 'asset-cache'),
      window: { setDocumentState: vi.fn(), close: vi.fn() },
      appVersion: '0.1.0',
      host: 'electron',
      openPathAtStart: '/start/here.pressdesk',
      loadSample: async () => vietnameseRelease('Bản tin mẫu'),
      keys: testKeys(dir),
      now: () => new Date(2026, 0, 8, 23, 30),
    };
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

  it('updateSettings refuses a relative recovery folder', async () => {
    expect(await call('updateSettings', { autosaveFolder: 'relative/dir' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('updateSettings', { autosaveFolder: join(dir, 'mine') })).toMatchObject({ ok: true });
    await call('writeRecovery', { id: 'draft-00000002', path: null, release: vietnameseRelease() });
    expect(await fsp.readdir(join(dir, 'mine'))).toContain('draft-00000002.pressdesk');
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
