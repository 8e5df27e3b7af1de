import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { historyFileHash } from '../core/document/history-entry';
import type { Release } from '../core/document/release';
import { contentHash } from '../core/signoff/canonical';
import type { ApiName, ApiResults, Handlers } from './api';
import { createHandlers, invokeHandler } from './handlers';
import { createMemorySettingsStore, defaultSettings, type SettingsStore } from './services/settings';
import { invokeOk, tempFolder, testHandlerDeps, vietnameseRelease } from './test-helpers';

describe('history: a snapshot at each submit, request changes and approve', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let settings: SettingsStore;
  let handlers: Handlers;
  const ok = <K extends ApiName>(name: K, payload: unknown): Promise<ApiResults[K]> => invokeOk(handlers, name, payload);
  const hashOf = (release: Release, i: number): string => historyFileHash(release.history[i]!.file)!;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    const defaults = defaultSettings('vi');
    settings = createMemorySettingsStore({ ...defaults, profile: { ...defaults.profile, fullName: 'Nguyễn Văn An', initials: '', penName: 'Minh Anh' } });
    handlers = createHandlers(testHandlerDeps(dir, { settings, now: () => new Date(Date.UTC(2026, 0, 8, 2, 0)) }));
  });
  afterEach(() => cleanup());

  it('records who (profile and key), the move and the content hash, and serves the snapshot', async () => {
    const me = await ok('getIdentity', {});
    const draft = vietnameseRelease();
    const submitted = await ok('moveWorkflow', { release: draft, to: 'in-review', note: '' });
    expect(submitted.history).toEqual([
      expect.objectContaining({ move: 'submit', by: { name: 'Nguyễn Văn An', initials: 'NVA', fingerprint: me.fingerprint }, at: '2026-01-08T02:00:00.000Z', contentHash: contentHash(draft) }),
    ]);
    const snapshot = await ok('readSnapshot', { hash: hashOf(submitted, 0) });
    expect(snapshot.headline).toBe(draft.headline);
    expect(snapshot.body).toEqual(draft.body);

    const changes = await ok('moveWorkflow', { release: submitted, to: 'changes-requested', note: 'Sửa đoạn 2' });
    expect(changes.history.map((h) => h.move)).toEqual(['submit', 'request-changes']);
    // Going back to draft keeps none; the same content is one file.
    const back = await ok('moveWorkflow', { release: changes, to: 'draft', note: '' });
    expect(back.history).toHaveLength(2);
    expect(hashOf(changes, 1)).toBe(hashOf(changes, 0));
  });

  it('keeps the snapshots through save, open and a recovery copy, each file once', async () => {
    const submitted = await ok('moveWorkflow', { release: vietnameseRelease(), to: 'in-review', note: '' });
    const edited: Release = { ...submitted, headline: 'Tiêu đề mới' };
    const path = join(dir, 'ban-tin.pressdesk');
    await ok('saveFile', { release: edited, path, saveAs: false, expected: null, overwriteChanged: false });
    const names = Object.keys(unzipSync(new Uint8Array(await fsp.readFile(path))));
    expect(names.filter((n) => n.startsWith('history/'))).toEqual([`history/${hashOf(submitted, 0)}.json`]);

    // A fresh process (empty store) opens it and still shows the snapshot.
    const fresh = createHandlers(testHandlerDeps(dir, { settings, assetCacheDir: join(dir, 'other-cache') }));
    const opened = await invokeOk(fresh, 'openFile', { path });
    expect(opened?.release.history).toEqual(submitted.history);
    expect((await invokeOk(fresh, 'readSnapshot', { hash: hashOf(submitted, 0) })).headline).toBe(submitted.headline);

    await invokeOk(fresh, 'writeRecovery', { id: 'draft-0001', path: null, release: opened!.release });
    const third = createHandlers(testHandlerDeps(dir, { settings, assetCacheDir: join(dir, 'third-cache') }));
    const restored = await invokeOk(third, 'readRecovery', { id: 'draft-0001' });
    expect(restored.release.history).toEqual(submitted.history);
    expect((await invokeOk(third, 'readSnapshot', { hash: hashOf(submitted, 0) })).headline).toBe(submitted.headline);
  });

  it('refuses to save a history whose snapshot this session never had, and answers not-found for an unknown one', async () => {
    const submitted = await ok('moveWorkflow', { release: vietnameseRelease(), to: 'in-review', note: '' });
    const other = createHandlers(testHandlerDeps(dir, { settings, assetCacheDir: join(dir, 'other-cache') }));
    const saved = await invokeHandler(other, 'saveFile', { release: submitted, path: join(dir, 'x.pressdesk'), saveAs: false, expected: null, overwriteChanged: false });
    expect(saved).toMatchObject({ ok: false, error: { code: 'corrupt', params: { reason: 'missing-snapshot' } } });
    expect(await invokeHandler(other, 'readSnapshot', { hash: 'cd'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
