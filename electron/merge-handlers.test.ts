/**
 * mergeReviewedCopy through the bridge's invokeHandler: a path from the request (browser host) or
 * the dialog (app), checked by the path policy; the merged release comes back with the report,
 * nothing is written; a cancelled dialog is null; a path outside the allowed folders is refused.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkReviewRelease, REVIEW_REVIEWER } from '../core/document/kitchen-sink-review';
import { createHandlers, invokeHandler } from './handlers';
import { invokeOk, tempFolder, testHandlerDeps } from './test-helpers';

describe('mergeReviewedCopy handler', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-merge-handler-')));
  afterEach(() => cleanup());

  /** The author's release, and beside it a reviewer's copy with one new thread on "Toàn văn báo cáo" (no anchor). */
  async function copyOnDisk(): Promise<{ release: ReturnType<typeof kitchenSinkReviewRelease>['release']; path: string }> {
    const { release, assets } = kitchenSinkReviewRelease();
    const copy = structuredClone(release);
    copy.threads.push({ id: 'moi', general: false, quote: 'Toàn văn báo cáo', resolved: null, comments: [{ id: 'moi-1', by: REVIEW_REVIEWER, at: '2026-11-29T10:00:00+07:00', text: 'Thêm giờ.', edited: null }] });
    const path = join(dir, 'gop-y.pressdesk');
    await fsp.writeFile(path, packRelease(copy, { assets }));
    return { release, path };
  }

  it('merges the copy named in the request and writes nothing', async () => {
    const { release, path } = await copyOnDisk();
    const handlers = createHandlers(testHandlerDeps(dir));
    const before = await fsp.readdir(dir);
    const result = await invokeOk(handlers, 'mergeReviewedCopy', { release, path });
    expect(result).not.toBeNull();
    expect(result!.name).toBe('gop-y.pressdesk');
    expect(result!.report).toMatchObject({ threadsAdded: 1, unplaced: [] });
    // Placed on its quote: the copy had no anchor for it.
    expect(JSON.stringify(result!.release.body)).toContain('"thread":"moi"');
    expect(await fsp.readdir(dir)).toEqual(before);
  });

  it('asks the dialog for the copy when no path is given; cancelling is null', async () => {
    const { release, path } = await copyOnDisk();
    const answers: (string | null)[] = [path, null];
    const handlers = createHandlers(testHandlerDeps(dir, { dialogs: { chooseReviewedCopyPath: async () => answers.shift() ?? null } }));
    expect((await invokeOk(handlers, 'mergeReviewedCopy', { release }))!.report.threadsAdded).toBe(1);
    expect(await invokeOk(handlers, 'mergeReviewedCopy', { release })).toBeNull();
  });

  it('refuses a copy outside the allowed folders and one that is not a copy', async () => {
    const { release } = await copyOnDisk();
    const handlers = createHandlers(testHandlerDeps(dir));
    const outside = await invokeHandler(handlers, 'mergeReviewedCopy', { release, path: '/etc/passwd' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await fsp.writeFile(join(dir, 'ghi-chu.txt'), 'x');
    const wrongType = await invokeHandler(handlers, 'mergeReviewedCopy', { release, path: join(dir, 'ghi-chu.txt') });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'not-pressdesk' } });
  });
});
