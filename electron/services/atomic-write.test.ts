import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-helpers';
import { removeStaleTempFiles, STALE_TEMP_MS, TEMP_FILE_NAME, tempPathFor, writeFileAtomic, type AtomicFileHandle, type AtomicFs } from './atomic-write';

const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Real fs, except the chosen step throws ENOSPC. */
function failingFs(step: 'writeFile' | 'sync' | 'rename' | 'open'): AtomicFs {
  return {
    async open(path, flags, mode) {
      if (step === 'open' && flags === 'wx') throw enospc();
      const real = await fsp.open(path, flags, mode);
      const handle: AtomicFileHandle = {
        writeFile: async (data) => {
          if (step === 'writeFile') {
            await real.writeFile(data.subarray(0, 3)); // a partial write, then the disk is full
            throw enospc();
          }
          await real.writeFile(data);
        },
        sync: async () => {
          if (step === 'sync' && flags === 'wx') throw enospc();
          await real.sync();
        },
        close: () => real.close(),
      };
      return handle;
    },
    rename: async (from, to) => {
      if (step === 'rename') throw enospc();
      await fsp.rename(from, to);
    },
    rm: (path, options) => fsp.rm(path, options),
    stat: (path) => fsp.stat(path),
  };
}

describe('writeFileAtomic', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('creates a new file and replaces an existing one', async () => {
    const target = join(dir, 'ban-tin.pressdesk');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...(await fsp.readFile(target))]).toEqual([1, 2, 3]);
    await writeFileAtomic(target, new Uint8Array([4, 5]));
    expect([...(await fsp.readFile(target))]).toEqual([4, 5]);
    expect(await fsp.readdir(dir)).toEqual(['ban-tin.pressdesk']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const target = join(dir, 'a.pressdesk');
    await fsp.writeFile(target, 'old');
    await fsp.chmod(target, 0o640);
    await writeFileAtomic(target, new Uint8Array([9]));
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o640);
  });

  it.each(['open', 'writeFile', 'sync', 'rename'] as const)(
    'when %s fails with ENOSPC the old file is intact and no temp file is left',
    async (step) => {
      const target = join(dir, 'thong-cao.pressdesk');
      const old = new Uint8Array([10, 20, 30, 40, 50]);
      await fsp.writeFile(target, old);
      const before = await fsp.stat(target);

      await expect(writeFileAtomic(target, new Uint8Array(1000).fill(7), failingFs(step))).rejects.toMatchObject({ code: 'ENOSPC' });

      expect(new Uint8Array(await fsp.readFile(target))).toEqual(old);
      expect((await fsp.stat(target)).mtimeMs).toBe(before.mtimeMs);
      expect(await fsp.readdir(dir)).toEqual(['thong-cao.pressdesk']);
    },
  );

  it('leaves no file at all when a first save fails', async () => {
    const target = join(dir, 'new.pressdesk');
    await expect(writeFileAtomic(target, new Uint8Array([1]), failingFs('rename'))).rejects.toThrow('ENOSPC');
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('retries a rename briefly refused (Windows virus scanner), but not forever', async () => {
    const target = join(dir, 'scanned.pressdesk');
    const real = failingFs('none' as never);
    let refusals = 2;
    const busy: AtomicFs = {
      ...real,
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
        await fsp.rename(from, to);
      },
    };
    await writeFileAtomic(target, new Uint8Array([3]), busy, { retryRename: true });
    expect([...(await fsp.readFile(target))]).toEqual([3]);

    refusals = 100;
    await expect(writeFileAtomic(target, new Uint8Array([4]), busy, { retryRename: true })).rejects.toMatchObject({ code: 'EBUSY' });
    expect([...(await fsp.readFile(target))]).toEqual([3]);
    expect(await fsp.readdir(dir)).toEqual(['scanned.pressdesk']);
  });

  it('ignores a folder that cannot be fsynced (Windows: EISDIR/EPERM)', async () => {
    const target = join(dir, 'win.pressdesk');
    const real = failingFs('none' as never);
    const fsImpl: AtomicFs = {
      ...real,
      open: async (path, flags, mode) => {
        if (path === dir) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        return real.open(path, flags, mode);
      },
    };
    await writeFileAtomic(target, new Uint8Array([1, 2]), fsImpl);
    expect([...(await fsp.readFile(target))]).toEqual([1, 2]);
  });
});

describe('removeStaleTempFiles', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  /** A file whose mtime is `ageMs` in the past. */
  async function fileAged(name: string, ageMs: number): Promise<void> {
    await fsp.writeFile(join(dir, name), 'x');
    const when = new Date(Date.now() - ageMs);
    await fsp.utimes(join(dir, name), when, when);
  }

  it('removes only stale files of our own exact temp-name pattern', async () => {
    const stale = STALE_TEMP_MS + 1_000;
    const ours = tempPathFor(join(dir, 'thong-cao.pressdesk')).slice(dir.length + 1);
    expect(ours).toMatch(TEMP_FILE_NAME);
    await fileAged(ours, stale);
    await fileAged('.bai.viet.v2.pressdesk.0123456789ab.tmp', stale); // dots in the name are fine
    const kept = [
      'thong-cao.pressdesk',
      '.thong-cao.pressdesk.0123456789ab.tmp.bak', // not ending in .tmp
      'thong-cao.pressdesk.0123456789ab.tmp', // no leading dot
      '.thong-cao.pressdesk.0123456789a.tmp', // 11 hex digits
      '.thong-cao.pressdesk.0123456789AB.tmp', // upper case: not what we make
      '.thong-cao.pressdesk.0123456789ag.tmp', // not hex
      '.0123456789ab.tmp', // nothing before the hex
      'notes.tmp',
    ];
    for (const name of kept) await fileAged(name, stale);
    await fsp.mkdir(join(dir, '.folder.pressdesk.0123456789ab.tmp'));
    await fsp.symlink(join(dir, 'thong-cao.pressdesk'), join(dir, '.link.pressdesk.0123456789ab.tmp'));

    expect(await removeStaleTempFiles(dir)).toBe(2);
    expect((await fsp.readdir(dir)).sort()).toEqual([...kept, '.folder.pressdesk.0123456789ab.tmp', '.link.pressdesk.0123456789ab.tmp'].sort());
  });

  it('leaves the temp file of a save still running (younger than the limit)', async () => {
    await fileAged('.a.pressdesk.0123456789ab.tmp', STALE_TEMP_MS - 30_000);
    await fileAged('.b.pressdesk.0123456789ab.tmp', 0);
    expect(await removeStaleTempFiles(dir)).toBe(0);
    expect(await fsp.readdir(dir)).toHaveLength(2);
    // The same files, seen later, are stale.
    expect(await removeStaleTempFiles(dir, Date.now() + STALE_TEMP_MS + 1_000)).toBe(2);
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('never throws: a missing folder removes nothing', async () => {
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toBe(0);
  });
});
