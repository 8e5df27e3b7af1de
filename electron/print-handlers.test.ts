import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiName, Handlers } from './api';
import { createHandlers, invokeHandler } from './handlers';
import { createRootsPolicy } from './services/path-policy';
import type { Printer } from './services/printer';
import { createMemorySettingsStore, defaultSettings } from './services/settings';
import { tempFolder, testHandlerDeps, vietnameseRelease } from './test-helpers';

describe('Print… and Export ▸ PDF', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let pages: string[];
  let handlers: Handlers;
  const call = <K extends ApiName>(name: K, payload: unknown) => invokeHandler(handlers, name, payload);
  const printer: Printer = {
    pdf: async (html) => {
      pages.push(html);
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
    print: async (html) => {
      pages.push(html);
      return { url: null, printed: true };
    },
  };
  const make = (withPrinter: boolean): Handlers => {
    const settings = defaultSettings('vi');
    return createHandlers(
      testHandlerDeps(dir, {
        settings: createMemorySettingsStore({ ...settings, organisation: { ...settings.organisation, parentBody: 'Tỉnh ủy Điện Biên', issuingBody: 'Ban Tuyên giáo', rulebook: 'party' } }),
        paths: createRootsPolicy([dir], []),
        host: 'electron',
        ...(withPrinter ? { printer } : {}),
      }),
    );
  };

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    pages = [];
    handlers = make(true);
  });
  afterEach(() => cleanup());

  it('prints the print page of the release kind\'s layout, marked draft when it carries no approval', async () => {
    const release = { ...vietnameseRelease('Thông cáo về hội nghị'), kind: 'notice' as const };
    const result = await call('printRelease', { release });
    expect(result).toEqual({ ok: true, value: { url: null, printed: true, draft: true } });
    expect(pages).toHaveLength(1);
    // The Party rulebook from Settings picks Guideline 36.
    expect(pages[0]).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(pages[0]).toContain('<p class="draft-mark">DRAFT / BẢN NHÁP</p>');
    expect(pages[0]).not.toMatch(/<script/i);
  });

  it('prints in the layout asked for', async () => {
    await call('printRelease', { release: vietnameseRelease(), template: 'decree30' });
    expect(pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pages[0]).toContain('@top-center { content: counter(page);');
  });

  it('refuses a layout that is not one, like every call', async () => {
    const result = await call('printRelease', { release: vietnameseRelease(), template: 'letter' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(pages).toEqual([]);
  });

  it('writes a PDF through the printer (draft, .pdf added), and refuses a final one without approval', async () => {
    const release = vietnameseRelease('Hội nghị tổng kết năm 2025');
    const result = await call('exportRelease', { release, format: 'pdf', template: 'news', draft: true, path: join(dir, 'hoi-nghi') });
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'hoi-nghi.pdf'), final: false, release: null } });
    expect(await fsp.readFile(join(dir, 'hoi-nghi.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(pages[0]).toContain('<h1>Hội nghị tổng kết năm 2025</h1>');
    expect(pages[0]).toContain('@bottom-center { content: counter(page);');
    expect(await call('exportRelease', { release, format: 'pdf', path: join(dir, 'final') })).toMatchObject({ ok: false, error: { code: 'not-approved' } });
  });

  it('says PDF is unavailable where there is no printer', async () => {
    handlers = make(false);
    const release = vietnameseRelease();
    expect(await call('printRelease', { release })).toMatchObject({ ok: false, error: { code: 'pdf-unavailable' } });
    expect(await call('exportRelease', { release, format: 'pdf', draft: true, path: join(dir, 'x.pdf') })).toMatchObject({ ok: false, error: { code: 'pdf-unavailable' } });
  });
});
