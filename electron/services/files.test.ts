import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../../core/document/file-format';
import { tempFolder, vietnameseRelease } from '../test-helpers';
import { toAppError } from './errors';
import { MAX_FILE_BYTES, ensurePressdeskExtension, fingerprintOf, readReleaseFile, writeReleaseFile } from './files';

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    return toAppError(e);
  }
  throw new Error('expected a failure');
}

describe('.pressdesk files on disk', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('round-trips a release: save, open, identical content, same fingerprint', async () => {
    const release = vietnameseRelease();
    const saved = await writeReleaseFile(join(dir, 'hoi-nghi.pressdesk'), release, { expected: null, overwriteChanged: false });
    const opened = await readReleaseFile(saved.path);
    expect(opened.release).toEqual(release);
    expect(opened.fingerprint).toEqual(saved.fingerprint);
    expect(await fingerprintOf(saved.path)).toEqual(saved.fingerprint);
  });

  it('normalises decomposed Vietnamese to NFC on save and on open', async () => {
    const nfd = vietnameseRelease('Hội nghị'.normalize('NFD'));
    const path = join(dir, 'nfd.pressdesk');
    await fsp.writeFile(path, packRelease(nfd)); // written by some other tool, decomposed
    expect((await readReleaseFile(path)).release.headline).toBe('Hội nghị'.normalize('NFC'));
    const saved = await writeReleaseFile(join(dir, 'b.pressdesk'), nfd, { expected: null, overwriteChanged: false });
    expect((await readReleaseFile(saved.path)).release.headline).toBe('Hội nghị'.normalize('NFC'));
  });

  it('only writes .pressdesk files', async () => {
    expect(ensurePressdeskExtension('/x/bao-cao.docx')).toBe('/x/bao-cao.docx.pressdesk');
    expect(ensurePressdeskExtension('/x/A.PRESSDESK')).toBe('/x/A.PRESSDESK');
    await fsp.writeFile(join(dir, 'report.docx'), 'word file');
    const saved = await writeReleaseFile(join(dir, 'report.docx'), vietnameseRelease(), { expected: null, overwriteChanged: false });
    expect(saved.path).toBe(join(dir, 'report.docx.pressdesk'));
    expect(await fsp.readFile(join(dir, 'report.docx'), 'utf8')).toBe('word file');
  });

  describe('changed on disk', () => {
    it('refuses to overwrite a file modified since it was opened, unless told to', async () => {
      const path = join(dir, 'shared.pressdesk');
      await writeReleaseFile(path, vietnameseRelease('Bản đầu'), { expected: null, overwriteChanged: false });
      const opened = await readReleaseFile(path);

      // A colleague saves over it from another computer.
      await fsp.writeFile(path, packRelease(vietnameseRelease('Bản của đồng nghiệp')));
      const theirs = await fsp.readFile(path);

      const mine = vietnameseRelease('Bản của tôi');
      expect(await failureOf(writeReleaseFile(path, mine, { expected: opened.fingerprint, overwriteChanged: false }))).toMatchObject({
        code: 'changed-on-disk',
      });
      expect(Buffer.compare(await fsp.readFile(path), theirs)).toBe(0);

      await writeReleaseFile(path, mine, { expected: opened.fingerprint, overwriteChanged: true });
      expect((await readReleaseFile(path)).release.headline).toBe('Bản của tôi');
    });

    it('notices a change that keeps size and content but not mtime', async () => {
      const path = join(dir, 'touched.pressdesk');
      const saved = await writeReleaseFile(path, vietnameseRelease(), { expected: null, overwriteChanged: false });
      await fsp.utimes(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
      expect(await failureOf(writeReleaseFile(path, vietnameseRelease(), { expected: saved.fingerprint, overwriteChanged: false }))).toEqual({
        code: 'changed-on-disk',
        params: { name: 'touched.pressdesk' },
      });
    });

    it('saves again after its own save (the new fingerprint is the expected one)', async () => {
      const path = join(dir, 'again.pressdesk');
      const first = await writeReleaseFile(path, vietnameseRelease('Một'), { expected: null, overwriteChanged: false });
      const second = await writeReleaseFile(path, vietnameseRelease('Hai'), { expected: first.fingerprint, overwriteChanged: false });
      await writeReleaseFile(path, vietnameseRelease('Ba'), { expected: second.fingerprint, overwriteChanged: false });
      expect((await readReleaseFile(path)).release.headline).toBe('Ba');
    });

    it('writes over an existing file at a Save As destination (expected null)', async () => {
      const path = join(dir, 'chosen.pressdesk');
      await fsp.writeFile(path, 'whatever was there');
      await writeReleaseFile(path, vietnameseRelease('Mới'), { expected: null, overwriteChanged: false });
      expect((await readReleaseFile(path)).release.headline).toBe('Mới');
    });

    it('re-creates a file deleted since it was opened', async () => {
      const path = join(dir, 'gone.pressdesk');
      const saved = await writeReleaseFile(path, vietnameseRelease(), { expected: null, overwriteChanged: false });
      await fsp.rm(path);
      await writeReleaseFile(path, vietnameseRelease('Lại'), { expected: saved.fingerprint, overwriteChanged: false });
      expect((await readReleaseFile(path)).release.headline).toBe('Lại');
    });
  });

  describe('opening refuses bad files and never writes', () => {
    const cases: [string, () => Uint8Array, string][] = [
      ['a corrupt .pressdesk (truncated)', () => packRelease(vietnameseRelease()).subarray(0, 200), 'not-pressdesk|corrupt'],
      ['random bytes', () => new Uint8Array(4096).map((_, i) => (i * 7919) % 256), 'not-pressdesk'],
      ['a random ZIP', () => zipSync({ 'hello.txt': strToU8('xin chào'), 'photo.jpg': new Uint8Array(100) }), 'not-pressdesk'],
      [
        'our manifest with a damaged document',
        () =>
          zipSync({
            'manifest.json': strToU8(JSON.stringify({ format: 'pressdesk', version: '1.0', generator: 'x' })),
            'document.json': strToU8('{"format":"pressdesk","version":"1.0","release":{"kind":"poem"}}'),
          }),
        'corrupt',
      ],
    ];
    it.each(cases)('%s', async (_name, bytes, codes) => {
      const path = join(dir, 'bad.pressdesk');
      await fsp.writeFile(path, bytes());
      const before = await fsp.stat(path);
      const content = await fsp.readFile(path);

      const error = await failureOf(readReleaseFile(path));
      expect(error.code).toMatch(new RegExp(`^(${codes})$`));

      const after = await fsp.stat(path);
      expect(after.mtimeMs).toBe(before.mtimeMs);
      expect(after.size).toBe(before.size);
      expect(Buffer.compare(await fsp.readFile(path), content)).toBe(0);
      expect(await fsp.readdir(dir)).toEqual(['bad.pressdesk']);
    });

    it('refuses a future major version, naming it', async () => {
      const path = join(dir, 'future.pressdesk');
      const release = vietnameseRelease();
      await fsp.writeFile(
        path,
        zipSync({
          'manifest.json': strToU8(JSON.stringify({ format: 'pressdesk', version: '9.0', generator: 'PressDesk 9' })),
          'document.json': strToU8(JSON.stringify({ format: 'pressdesk', version: '9.0', release })),
        }),
      );
      expect(await failureOf(readReleaseFile(path))).toMatchObject({ code: 'unsupported-version' });
    });

    it('refuses a file above 1.5 GiB before reading it', async () => {
      const path = join(dir, 'huge.pressdesk');
      const handle = await fsp.open(path, 'w');
      await handle.truncate(MAX_FILE_BYTES + 1); // sparse: no disk used
      await handle.close();
      expect(await failureOf(readReleaseFile(path))).toMatchObject({ code: 'too-large' });
    });

    it('maps a missing file to not-found and a folder to not-pressdesk', async () => {
      expect(await failureOf(readReleaseFile(join(dir, 'nope.pressdesk')))).toEqual({ code: 'not-found' });
      await fsp.mkdir(join(dir, 'folder.pressdesk'));
      expect((await failureOf(readReleaseFile(join(dir, 'folder.pressdesk')))).code).toBe('not-pressdesk');
    });
  });
});
