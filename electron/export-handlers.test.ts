import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease } from '../core/document/file-format';
import { kitchenSinkRelease } from '../core/document/kitchen-sink';
import type { ApiName, ExportFormat, Handlers } from './api';
import { createHandlers, invokeHandler, type HandlerDeps } from './handlers';
import type { Dialogs } from './services/dialogs';
import { createGrantPolicy, createRootsPolicy } from './services/path-policy';
import { createMemorySettingsStore, defaultSettings } from './services/settings';
import { tempFolder, testHandlerDeps, vietnameseRelease } from './test-helpers';

describe('export and import handlers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let exports: (string | null)[];
  let imports: (string | null)[];
  let asked: { name: string; format: ExportFormat }[];
  let handlers: Handlers;
  const call = <K extends ApiName>(name: K, payload: unknown) => invokeHandler(handlers, name, payload);

  const make = (paths: HandlerDeps['paths']): Handlers => {
    const dialogs: Partial<Dialogs> = {
      chooseExportPath: async (name, format) => {
        asked.push({ name, format });
        return exports.shift() ?? null;
      },
      chooseImportPath: async () => imports.shift() ?? null,
    };
    const settings = defaultSettings('vi');
    return createHandlers(
      testHandlerDeps(dir, {
        settings: createMemorySettingsStore({
          ...settings,
          profile: { ...settings.profile, penName: 'Minh Anh' },
          organisation: { ...settings.organisation, placeName: 'Điện Biên', rulebook: 'party' },
        }),
        dialogs,
        paths,
        host: 'electron',
        now: () => new Date(2026, 0, 8, 9, 0),
      }),
    );
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    exports = [];
    imports = [];
    asked = [];
    handlers = make(createGrantPolicy());
  });
  afterEach(() => cleanup());

  it('exports to the path picked in the dialog, named after the headline; cancel is null', async () => {
    const release = vietnameseRelease('Hội nghị tổng kết năm 2025');
    exports.push(join(dir, 'chosen'));
    const result = await call('exportRelease', { release, format: 'docx', draft: true });
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'chosen.docx'), final: false, release: null } });
    expect(asked).toEqual([{ name: 'hoi-nghi-tong-ket-nam-2025.docx', format: 'docx' }]);
    expect((await mammoth.extractRawText({ path: join(dir, 'chosen.docx') })).value).toContain('Hội nghị tổng kết năm 2025');

    expect(await call('exportRelease', { release, format: 'html', draft: true })).toEqual({ ok: true, value: null });
  });

  it('refuses a path the user did not pick (Electron) or outside the host folders', async () => {
    const release = vietnameseRelease();
    const refused = await call('exportRelease', { release, format: 'docx', path: join(dir, 'x.docx'), draft: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(fsp.stat(join(dir, 'x.docx'))).rejects.toThrow();

    handlers = make(createRootsPolicy([join(dir, 'ws')]));
    await fsp.mkdir(join(dir, 'ws'));
    expect(await call('exportRelease', { release, format: 'html', path: join(dir, 'ws', 'page.html'), draft: true })).toMatchObject({ ok: true });
    expect(await call('exportRelease', { release, format: 'html', path: join(dir, 'page.html'), draft: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('importFile', { path: join(dir, 'elsewhere.txt') })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('exports the images the release uses, from the asset store', async () => {
    const { release, assets } = kitchenSinkRelease();
    handlers = make(createRootsPolicy([dir]));
    // Opening the file is what puts its images in the store.
    await fsp.writeFile(join(dir, 'ks.pressdesk'), packRelease(release, { assets }));
    expect(await call('openFile', { path: join(dir, 'ks.pressdesk') })).toMatchObject({ ok: true });
    const result = await call('exportRelease', { release, format: 'cms', path: join(dir, 'cms'), draft: true });
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'cms'), final: false, release: null } });
    expect(await fsp.readdir(join(dir, 'cms'))).toEqual(expect.arrayContaining(['anh-1.png', 'body.html']));
  });

  it('asks before replacing photo files beside an HTML page, then replaces them when told (the dialog’s path)', async () => {
    const { release, assets } = kitchenSinkRelease();
    await fsp.writeFile(join(dir, 'ks.pressdesk'), packRelease(release, { assets }));
    expect(await call('openFile', { path: join(dir, 'ks.pressdesk') })).toMatchObject({ ok: true });
    await fsp.writeFile(join(dir, 'trang-anh-1.png'), 'mine');
    exports.push(join(dir, 'trang.html'));
    const asked = await call('exportRelease', { release, format: 'html', htmlImages: 'files', draft: true });
    expect(asked).toEqual({ ok: false, error: { code: 'exists', params: { path: join(dir, 'trang.html'), names: 'trang-anh-1.png', count: 1 } } });
    expect(await fsp.readFile(join(dir, 'trang-anh-1.png'), 'utf8')).toBe('mine');
    await expect(fsp.stat(join(dir, 'trang.html'))).rejects.toThrow();
    // "Replace": the same path (granted by the dialog), with overwrite.
    const replaced = await call('exportRelease', { release, format: 'html', htmlImages: 'files', draft: true, path: join(dir, 'trang.html'), overwrite: true });
    expect(replaced).toEqual({ ok: true, value: { path: join(dir, 'trang.html'), final: false, release: null } });
    expect(await fsp.readFile(join(dir, 'trang-anh-1.png'), 'utf8')).not.toBe('mine');
    // overwrite is no key to paths nobody chose.
    expect(await call('exportRelease', { release, format: 'html', draft: true, path: join(dir, 'other.html'), overwrite: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('imports a file picked in the dialog as a new release with the profile defaults', async () => {
    await fsp.writeFile(join(dir, 'bai.md'), '# Lễ hội Hoa Ban\n\nĐoạn **một**.\n');
    imports.push(join(dir, 'bai.md'));
    const result = await call('importFile', { kind: 'press' });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value === null) throw new Error('no import');
    expect(result.value.name).toBe('bai.md');
    expect(result.value.release).toMatchObject({
      kind: 'press',
      headline: 'Lễ hội Hoa Ban',
      dateline: { place: 'Điện Biên', date: '2026-01-08' },
      author: { penName: 'Minh Anh' },
    });
    expect(await call('importFile', {})).toEqual({ ok: true, value: null });
  });

  it('turns an unreadable import into import-failed', async () => {
    handlers = make(createRootsPolicy([dir]));
    await fsp.writeFile(join(dir, 'x.docx'), 'not a zip');
    expect(await call('importFile', { path: join(dir, 'x.docx') })).toMatchObject({ ok: false, error: { code: 'import-failed' } });
    expect(await call('importFile', { path: join(dir, 'missing.txt') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
