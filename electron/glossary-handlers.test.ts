import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, invokeHandler } from './handlers';
import { invokeOk, tempFolder, testHandlerDeps } from './test-helpers';

const ENTRIES = [
  { name: 'Ban Tuyên giáo Tỉnh ủy', variants: ['Ban TG Tỉnh ủy'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', variants: [] },
];

describe('glossary file handlers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('writes the list as CSV with a BOM and a Vietnamese header, and reads it back without touching Settings', async () => {
    const deps = testHandlerDeps(dir);
    const handlers = createHandlers(deps);
    const path = join(dir, 'bang-ten.csv');
    expect(await invokeOk(handlers, 'exportGlossary', { path, entries: ENTRIES })).toEqual({ path });
    const bytes = await fsp.readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Tên chính thức,"Biến thể, viết tắt"\r\nBan Tuyên giáo Tỉnh ủy,Ban TG Tỉnh ủy\r\n"Sở Văn hóa, Thể thao và Du lịch"');
    expect(await invokeOk(handlers, 'importGlossary', { path })).toEqual({ entries: ENTRIES, skipped: 0 });
    // Reading only fills the form: the organisation's list changes when Settings is saved.
    expect(deps.settings.get().organisation.glossary).toEqual([]);
  });

  it('reads a .txt list, asks with the dialog when no path is given, and refuses a binary file and paths outside', async () => {
    const txt = join(dir, 'ten.txt');
    await fsp.writeFile(txt, 'Điện Biên Phủ\nỦy ban nhân dân tỉnh Điện Biên; UBND tỉnh Điện Biên\n');
    const handlers = createHandlers(testHandlerDeps(dir, { dialogs: { chooseGlossaryImportPath: async () => txt } }));
    expect(await invokeOk(handlers, 'importGlossary', {})).toEqual({
      entries: [
        { name: 'Điện Biên Phủ', variants: [] },
        { name: 'Ủy ban nhân dân tỉnh Điện Biên', variants: ['UBND tỉnh Điện Biên'] },
      ],
      skipped: 0,
    });
    const xlsx = join(dir, 'bang.csv');
    await fsp.writeFile(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00]));
    expect(await invokeHandler(handlers, 'importGlossary', { path: xlsx })).toMatchObject({ ok: false, error: { code: 'import-failed' } });
    expect(await invokeHandler(handlers, 'importGlossary', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invokeHandler(handlers, 'exportGlossary', { path: '/tmp/outside.csv', entries: ENTRIES })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Cancelled (the default test dialogs have no glossary dialog).
    expect(await invokeOk(createHandlers(testHandlerDeps(dir)), 'exportGlossary', { entries: ENTRIES })).toBeNull();
  });

  it('refuses an entry with an empty name in the request', async () => {
    const handlers = createHandlers(testHandlerDeps(dir));
    expect(await invokeHandler(handlers, 'exportGlossary', { path: join(dir, 'x.csv'), entries: [{ name: '', variants: [] }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });
});
