import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder, vietnameseRelease } from '../test-helpers';
import { toAppError } from './errors';
import { discardRecovery, listRecovery, readRecovery, writeRecovery } from './recovery';

describe('recovery folder', () => {
  let root: string;
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir: root, cleanup } = await tempFolder());
    dir = join(root, 'userData', 'recovery');
  });
  afterEach(() => cleanup());

  it('is created on demand, private to the user', async () => {
    expect(await listRecovery(dir)).toEqual([]);
    await writeRecovery(dir, 'draft-0001', null, vietnameseRelease(), new Date('2026-01-08T01:00:00Z'));
    if (process.platform !== 'win32') expect((await fsp.stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('writes, lists newest first, reads back and discards', async () => {
    const first = await writeRecovery(dir, 'draft-aaaa', null, vietnameseRelease('Bản nháp thứ nhất'), new Date('2026-01-08T01:00:00Z'));
    await writeRecovery(dir, 'draft-bbbb', '/docs/thong-cao.pressdesk', vietnameseRelease('Bản nháp thứ hai'), new Date('2026-01-08T02:00:00Z'));
    expect(first).toEqual({ id: 'draft-aaaa', path: null, headline: 'Bản nháp thứ nhất', savedAt: '2026-01-08T01:00:00.000Z' });

    const list = await listRecovery(dir);
    expect(list.map((e) => e.id)).toEqual(['draft-bbbb', 'draft-aaaa']);
    expect(list[0]).toMatchObject({ path: '/docs/thong-cao.pressdesk', headline: 'Bản nháp thứ hai' });

    const { entry, release } = await readRecovery(dir, 'draft-aaaa');
    expect(entry).toEqual(first);
    expect(release).toEqual(vietnameseRelease('Bản nháp thứ nhất'));

    await discardRecovery(dir, 'draft-aaaa');
    expect((await listRecovery(dir)).map((e) => e.id)).toEqual(['draft-bbbb']);
    await discardRecovery(dir, 'draft-aaaa'); // twice is fine
    expect(await fsp.readdir(dir)).toEqual(expect.arrayContaining(['draft-bbbb.json', 'draft-bbbb.text.pressdesk']));
  });

  it('keeps the fingerprint of the file the edits were based on, and loads entries without one', async () => {
    const fingerprint = { mtimeMs: 1767834000123.5, size: 4096, sha256: 'ab'.repeat(32) };
    const path = '/docs/thong-cao.pressdesk';
    const written = await writeRecovery(dir, 'draft-fp01', path, vietnameseRelease(), new Date('2026-01-08T01:00:00Z'), new Map(), fingerprint);
    expect(written).toEqual({ id: 'draft-fp01', path, headline: vietnameseRelease().headline, savedAt: '2026-01-08T01:00:00.000Z', fingerprint });
    expect((await readRecovery(dir, 'draft-fp01')).entry).toEqual(written);
    expect((await listRecovery(dir))[0]).toEqual(written);

    // A never-saved release has no file to compare with: no fingerprint is kept.
    const unsaved = await writeRecovery(dir, 'draft-fp02', null, vietnameseRelease(), new Date('2026-01-08T01:00:00Z'), new Map(), fingerprint);
    expect(unsaved).not.toHaveProperty('fingerprint');
    expect((await readRecovery(dir, 'draft-fp02')).entry).not.toHaveProperty('fingerprint');

    // An entry written before the fingerprint was recorded still restores (without one).
    await writeRecovery(dir, 'draft-old1', path, vietnameseRelease('Bản cũ'), new Date('2026-01-08T01:00:00Z'));
    const old = { id: 'draft-old1', path, headline: 'Bản cũ', savedAt: '2026-01-08T01:00:00.000Z' };
    await fsp.writeFile(join(dir, 'draft-old1.json'), JSON.stringify(old));
    const restored = await readRecovery(dir, 'draft-old1');
    expect(restored.entry).toEqual(old);
    expect(restored.entry).not.toHaveProperty('fingerprint');
    expect(restored.release.headline).toBe('Bản cũ');

    // A malformed fingerprint is a damaged entry, like any other bad meta field.
    await fsp.writeFile(join(dir, 'draft-old1.json'), JSON.stringify({ ...old, fingerprint: { mtimeMs: 1, size: -1, sha256: 'x' } }));
    expect(toAppError(await readRecovery(dir, 'draft-old1').catch((e: unknown) => e)).code).toBe('corrupt');
  });

  it('replaces the previous copy with the same id', async () => {
    await writeRecovery(dir, 'draft-cccc', null, vietnameseRelease('Cũ'), new Date('2026-01-08T01:00:00Z'));
    await writeRecovery(dir, 'draft-cccc', null, vietnameseRelease('Mới'), new Date('2026-01-08T01:00:01Z'));
    expect((await readRecovery(dir, 'draft-cccc')).release.headline).toBe('Mới');
    expect((await fsp.readdir(dir)).sort()).toEqual(['draft-cccc.json', 'draft-cccc.text.pressdesk', 'photos']);
  });

  it('skips damaged or half-written entries instead of failing', async () => {
    await writeRecovery(dir, 'draft-good', null, vietnameseRelease('Còn tốt'), new Date('2026-01-08T01:00:00Z'));
    await writeRecovery(dir, 'draft-zipbad', null, vietnameseRelease(), new Date('2026-01-08T01:00:00Z'));
    await fsp.writeFile(join(dir, 'draft-zipbad.text.pressdesk'), 'not a zip');
    await writeRecovery(dir, 'draft-jsonbad', null, vietnameseRelease(), new Date('2026-01-08T01:00:00Z'));
    await fsp.writeFile(join(dir, 'draft-jsonbad.json'), '{"id":');
    await writeRecovery(dir, 'draft-otherid', null, vietnameseRelease(), new Date('2026-01-08T01:00:00Z'));
    await fsp.writeFile(join(dir, 'draft-otherid.json'), JSON.stringify({ id: 'draft-good', path: null, headline: '', savedAt: '' }));
    await fsp.writeFile(join(dir, 'draft-nozip.json'), JSON.stringify({ id: 'draft-nozip', path: null, headline: '', savedAt: '' }));
    await fsp.writeFile(join(dir, '..evil.json'), '{}');
    await fsp.writeFile(join(dir, 'notes.txt'), 'hello');

    expect((await listRecovery(dir)).map((e) => e.id)).toEqual(['draft-good']);
    expect(toAppError(await readRecovery(dir, 'draft-zipbad').catch((e: unknown) => e)).code).toBe('not-pressdesk');
    expect(toAppError(await readRecovery(dir, 'draft-jsonbad').catch((e: unknown) => e)).code).toBe('corrupt');
  });

  it('never builds a path from an invalid id', async () => {
    for (const id of ['../../etc/passwd', 'short', 'a/b/c/d/e/f', 'draft.0001', '']) {
      await expect(writeRecovery(dir, id, null, vietnameseRelease(), new Date())).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(readRecovery(dir, id)).rejects.toMatchObject({ code: 'invalid-request' });
      await expect(discardRecovery(dir, id)).rejects.toMatchObject({ code: 'invalid-request' });
    }
    await expect(fsp.readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a missing entry as not-found', async () => {
    expect(toAppError(await readRecovery(dir, 'draft-none').catch((e: unknown) => e))).toEqual({ code: 'not-found' });
  });
});
