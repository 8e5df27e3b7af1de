/**
 * A body the editor cannot show (a nested doc, an object alt) is refused on every path that reads
 * or exports a release: the CLI (export to each format, verify) exits 1 with the damaged sentence
 * naming the place and writes nothing; the bridge (app and browser host) refuses to open, export,
 * save or verify it.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { badBodyFile, hugeSpanTableRelease, nestedDocRelease, objectAltRelease } from '../core/document/bad-bodies.fixture';
import type { ApiName, Handlers } from './api';
import { runCli } from './cli';
import { createHandlers, invokeHandler } from './handlers';
import { tempFolder, testHandlerDeps } from './test-helpers';

const CASES = [
  ['a nested doc', nestedDocRelease],
  ['an object alt', objectAltRelease],
  ['a table cell spanning a billion columns', hugeSpanTableRelease],
] as const;

describe.each(CASES)('a release with %s', (_name, make) => {
  let dir: string;
  let cleanup: () => Promise<void>;
  const bad = make();
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pressdesk-bad-body-'));
    await fsp.writeFile(join(dir, 'bad.pressdesk'), badBodyFile(bad));
  });
  afterEach(() => cleanup());

  const cli = async (...argv: string[]) => {
    const err: string[] = [];
    const out: string[] = [];
    const code = await runCli(argv, { cwd: dir, out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, err: err.join('\n'), out: out.join('\n') };
  };
  const damaged = (file: string) => `pressdesk: ${file}: This PressDesk file is damaged and cannot be read. (${bad.detail})`;

  it.each([
    ['docx', 'out.docx'],
    ['html', 'out.html'],
    ['cms', 'cms'],
  ])('pressdesk export --to %s exits 1 with the damaged sentence and the place, writing nothing', async (format, out) => {
    const result = await cli('export', 'bad.pressdesk', '--to', format, '--out', out, '--draft');
    expect(result).toEqual({ code: 1, err: damaged('bad.pressdesk'), out: '' });
    await expect(fsp.stat(join(dir, out))).rejects.toThrow(/ENOENT/);
  });

  it('pressdesk verify exits 1 with the same sentence', async () => {
    expect(await cli('verify', 'bad.pressdesk')).toMatchObject({ code: 1, err: damaged('bad.pressdesk') });
  });

  it('the bridge refuses to open it (damaged, with the place) and to export, save or verify it', async () => {
    const handlers: Handlers = createHandlers(testHandlerDeps(dir, { host: 'browser-host' }));
    const call = (name: ApiName, payload: unknown) => invokeHandler(handlers, name, payload);
    expect(await call('openFile', { path: join(dir, 'bad.pressdesk') })).toEqual({
      ok: false,
      error: { code: 'corrupt', params: { reason: 'invalid-document', detail: bad.detail } },
    });
    const field = `release.${bad.detail.split(':')[0]!.replace(/\[(\d+)\]/g, '.$1')}`;
    const refused = { ok: false, error: { code: 'invalid-request', params: { field } } };
    expect(await call('exportRelease', { release: bad.release, format: 'html', htmlImages: 'embed', path: join(dir, 'x.html'), draft: true })).toEqual(refused);
    expect(await call('saveFile', { release: bad.release, path: join(dir, 'y.pressdesk'), saveAs: false, expected: null, overwriteChanged: false })).toEqual(refused);
    expect(await call('verifyRelease', { release: bad.release })).toEqual(refused);
    expect(await fsp.readdir(dir)).toEqual(['bad.pressdesk']);
  });
});
