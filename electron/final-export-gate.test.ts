/**
 * The one final-export rule at both edges: the app's export handler (the browser host runs the
 * same handlers) and `pressdesk export` refuse a final export when a photo's bytes are not the
 * photo the approved release names. The asset store is wrapped so that it can hand out swapped
 * bytes: the store itself checks hashes, so this is the rule's own check being tested.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import type { Release } from '../core/document/release';
import { exportTrustedFile } from '../core/signoff/trusted';
import type { ApiName, ApiResults, Handlers } from './api';
import { runCli, type CliIo } from './cli';
import type * as AssetStoreModule from './services/asset-store';
import { createHandlers, invokeHandler } from './handlers';
import { writeReleaseFile } from './services/files';
import { createMemorySettingsStore, defaultSettings, type SettingsStore } from './services/settings';
import { invokeOk, tempFolder, testHandlerDeps } from './test-helpers';

const swap = vi.hoisted(() => ({ on: false }));

vi.mock('./services/asset-store', async (importOriginal) => {
  const real = await importOriginal<typeof AssetStoreModule>();
  return {
    ...real,
    createAssetStore: (...args: Parameters<typeof real.createAssetStore>) => {
      const store = real.createAssetStore(...args);
      return {
        ...store,
        async bytesFor(release: Release) {
          const bytes = await store.bytesFor(release);
          if (!swap.on) return bytes;
          // Another picture under the same name: one bit flipped near the end of the first photo.
          const [hash, original] = [...bytes][0]!;
          const other = new Uint8Array(original);
          other[other.length - 30] = other[other.length - 30]! ^ 0x01;
          return new Map(bytes).set(hash, other);
        },
      };
    },
  };
});

describe('a final export refuses swapped photo bytes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let settings: SettingsStore;
  let handlers: Handlers;

  const ok = <K extends ApiName>(name: K, payload: unknown): Promise<ApiResults[K]> => invokeOk(handlers, name, payload);

  const cli = async (...argv: string[]) => {
    const err: string[] = [];
    const io: CliIo = { cwd: dir, out: () => undefined, err: (l) => err.push(l) };
    return { code: await runCli(argv, io), err: err.join('\n') };
  };

  const exists = (path: string) => fsp.stat(path).then(() => true, () => false);

  /** The kitchen sink, opened, sent for review and approved in the app by this installation's (trusted) key. */
  async function approvedInApp(): Promise<Release> {
    const { release, assets } = kitchenSinkRelease();
    await writeReleaseFile(join(dir, 'sink.pressdesk'), release, { expected: null, overwriteChanged: true, assets });
    const opened = await ok('openFile', { path: join(dir, 'sink.pressdesk') });
    const inReview = await ok('moveWorkflow', { release: opened!.release, to: 'in-review', note: '' });
    const approved = await ok('approveRelease', { release: inReview, note: 'Đồng ý phát hành' });
    const me = await ok('getIdentity', {});
    const trusted = [{ name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: me.fingerprint, publicKey: me.publicKey }];
    const s = settings.get();
    settings.set({ ...s, organisation: { ...s.organisation, trustedApprovers: trusted } });
    await fsp.writeFile(join(dir, 'trusted.json'), exportTrustedFile(trusted));
    return approved;
  }

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    swap.on = false;
    const defaults = defaultSettings('vi');
    settings = createMemorySettingsStore({
      ...defaults,
      profile: { ...defaults.profile, fullName: 'Nguyễn Văn An', penName: 'Minh Anh', position: 'Chánh Văn phòng' },
    });
    // The kitchen sink's embargo lifts on 9/1/2019: approve it the day before.
    handlers = createHandlers(testHandlerDeps(dir, { settings, now: () => new Date(2019, 0, 8, 9, 0) }));
  });
  afterEach(() => cleanup());

  it('in the app: a final export is refused while a comment thread is unresolved (comments are not what the approval signs); a review copy is never final', async () => {
    const release = await approvedInApp();
    const who = { name: 'Trần Thị Bình', initials: 'TTB', fingerprint: '' };
    const thread = { id: 't1', general: true, quote: '', resolved: null, comments: [{ id: 'c1', by: who, at: '2019-01-08T09:00:00+07:00', text: 'Xem lại tiêu đề.', edited: null }] };
    const open = { ...release, threads: [thread] };
    const refused = await invokeHandler(handlers, 'exportRelease', { release: open, format: 'docx', path: join(dir, 'final.docx') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'review-open', params: { threads: 1, suggestions: 0 } } });
    expect(await exists(join(dir, 'final.docx'))).toBe(false);
    // The review copy goes out, not final, and publishes nothing.
    expect(await ok('exportRelease', { release: open, format: 'docx', path: join(dir, 'review.docx'), reviewCopy: true })).toEqual({ path: join(dir, 'review.docx'), final: false, release: null });
    const resolved = { ...open, threads: [{ ...thread, resolved: { by: who, at: '2019-01-08T09:30:00+07:00' } }] };
    expect(await ok('exportRelease', { release: resolved, format: 'docx', path: join(dir, 'final.docx') })).toMatchObject({ final: true });
  });

  it('in the app (and the browser host): not-approved, saying a photo changed, and nothing written', async () => {
    const release = await approvedInApp();
    expect(await ok('exportRelease', { release, format: 'html', path: join(dir, 'final.html'), htmlImages: 'embed' })).toMatchObject({ final: true });
    swap.on = true;
    const refused = await invokeHandler(handlers, 'exportRelease', { release, format: 'html', path: join(dir, 'swapped.html'), htmlImages: 'embed' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-approved', params: { reason: 'photo-changed' } } });
    expect(await exists(join(dir, 'swapped.html'))).toBe(false);
    // A draft is no claim of approval: it still exports.
    expect(await ok('exportRelease', { release, format: 'html', path: join(dir, 'draft.html'), htmlImages: 'embed', draft: true })).toMatchObject({ final: false });
  });

  it('in the CLI: exit 1 with the reason, and nothing written', async () => {
    const release = await approvedInApp();
    await ok('saveFile', { release, path: join(dir, 'approved.pressdesk'), saveAs: false, expected: null, overwriteChanged: true });
    expect(await cli('export', 'approved.pressdesk', '--to', 'html', '--out', 'final.html', '--trusted', 'trusted.json')).toEqual({ code: 0, err: '' });
    swap.on = true;
    const refused = await cli('export', 'approved.pressdesk', '--to', 'html', '--out', 'swapped.html', '--trusted', 'trusted.json');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('A photo in the file is not the photo the release names');
    expect(await exists(join(dir, 'swapped.html'))).toBe(false);
  });

  it('in the CLI: a photo swapped inside the .pressdesk ZIP is refused too, and nothing written', async () => {
    const release = await approvedInApp();
    await ok('saveFile', { release, path: join(dir, 'approved.pressdesk'), saveAs: false, expected: null, overwriteChanged: true });
    const files = unzipSync(new Uint8Array(await fsp.readFile(join(dir, 'approved.pressdesk'))));
    const name = Object.keys(files).find((n) => n.startsWith('assets/') && n.endsWith('.png'))!;
    const bytes = new Uint8Array(files[name]!);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0x01;
    files[name] = bytes;
    await fsp.writeFile(join(dir, 'approved.pressdesk'), zipSync(files));
    const refused = await cli('export', 'approved.pressdesk', '--to', 'docx', '--out', 'swapped.docx', '--trusted', 'trusted.json');
    expect(refused.code).toBe(1);
    expect(refused.err).not.toBe('');
    expect(await exists(join(dir, 'swapped.docx'))).toBe(false);
  });
});
