import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import { SAMPLE_APPROVAL } from '../../core/export/html/test-support';
import type { ExportInput } from '../../core/export/types';
import { tempFolder } from '../test-helpers';
import { AppFailure } from './errors';
import { exportToPath, suggestedExportName, withExportExtension } from './export-writer';

const ORG: ExportInput['organisation'] = { parentBody: 'UBND TỈNH ĐIỆN BIÊN', issuingBody: 'SỞ VĂN HÓA', abbreviation: 'SVH', placeName: 'Điện Biên', rulebook: 'state' };

function kitchenSink(): ExportInput {
  const { release, assets } = kitchenSinkRelease();
  return { release, assets, organisation: ORG, generator: 'PressDesk test' };
}

describe('export writer', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('suggests names from the headline and adds the extension', () => {
    expect(suggestedExportName('Hội nghị tổng kết', 'docx')).toBe('hoi-nghi-tong-ket.docx');
    expect(suggestedExportName('Hội nghị tổng kết', 'html')).toBe('hoi-nghi-tong-ket.html');
    expect(suggestedExportName('', 'cms', 'ban-thao')).toBe('ban-thao-cms');
    expect(withExportExtension('/a/b', 'docx')).toBe('/a/b.docx');
    expect(withExportExtension('/a/b.DOCX', 'docx')).toBe('/a/b.DOCX');
    expect(withExportExtension('/a/b.htm', 'html')).toBe('/a/b.htm');
    expect(withExportExtension('/a/b.docx', 'html')).toBe('/a/b.docx.html');
    expect(withExportExtension('/a/folder', 'cms')).toBe('/a/folder');
  });

  // Four DOCX packs and four mammoth reads: seconds when the whole suite runs in parallel.
  it('writes a DOCX that mammoth reads, with every template', { timeout: 20_000 }, async () => {
    const input = kitchenSink();
    for (const template of ['news', 'press', 'decree30', 'party36'] as const) {
      const path = await exportToPath(input, { format: 'docx', template }, join(dir, `ks-${template}`));
      expect(path).toBe(join(dir, `ks-${template}.docx`));
      const { value } = await mammoth.extractRawText({ path });
      // Notices print the summary line rather than the headline; the body is in every layout.
      expect(value, template).toContain('Ban Tuyên giáo Tỉnh ủy bám sát nhiệm vụ chính trị');
      if (template === 'news' || template === 'press') expect(value, template).toContain(input.release.headline);
    }
    // No temp files are left behind by the atomic writer.
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('signs a final notice with the approver and marks a draft', async () => {
    const input = kitchenSink();
    const approval = SAMPLE_APPROVAL;
    const signed = await exportToPath(input, { format: 'docx', template: 'decree30', approval }, join(dir, 'signed'));
    const text = (await mammoth.extractRawText({ path: signed })).value;
    expect(text).toContain('Trần Thị Bình');
    expect(text).not.toContain('BẢN NHÁP');
    const draft = await exportToPath(input, { format: 'docx', template: 'party36', draft: true }, join(dir, 'draft'));
    expect((await mammoth.extractRawText({ path: draft })).value.trimStart().startsWith('DRAFT / BẢN NHÁP')).toBe(true);
  });

  it('refuses a DOCX with a WebP photo in plain words, and writes nothing', async () => {
    const input = kitchenSink();
    const release = { ...input.release, assets: input.release.assets.map((a, i) => (i === 0 ? { ...a, ext: 'webp' as const, mime: 'image/webp' as const } : a)) };
    const failure = await exportToPath({ ...input, release }, { format: 'docx', template: 'news' }, join(dir, 'webp')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'image-refused', params: { reason: 'webp-in-docx' } });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('writes an HTML page with its photos beside it, or embedded', async () => {
    const input = kitchenSink();
    const page = await exportToPath(input, { format: 'html', htmlImages: 'files' }, join(dir, 'trang.html'));
    const html = await fsp.readFile(page, 'utf8');
    expect(html).toContain('<article');
    const photos = (await fsp.readdir(dir)).filter((n) => n.startsWith('trang-anh-'));
    expect(photos.sort()).toEqual(['trang-anh-1.png', 'trang-anh-2.jpg']);
    for (const photo of photos) expect(html).toContain(`src="${photo}"`);

    await fsp.mkdir(join(dir, 'sub'));
    const embedded = await exportToPath(input, { format: 'html', htmlImages: 'embed' }, join(dir, 'sub', 'nhung'));
    expect(embedded).toBe(join(dir, 'sub', 'nhung.html'));
    expect(await fsp.readdir(join(dir, 'sub'))).toEqual(['nhung.html']);
    expect(await fsp.readFile(embedded, 'utf8')).toContain('src="data:image/png;base64,');
  });

  it('writes a CMS folder, replaces its own earlier export, and refuses anyone else’s folder', async () => {
    const input = kitchenSink();
    const folder = join(dir, 'cms');
    expect(await exportToPath(input, { format: 'cms', cmsPreset: 'figure' }, folder)).toBe(folder);
    const names = (await fsp.readdir(folder)).sort();
    expect(names).toEqual(expect.arrayContaining(['author.txt', 'body.html', 'sapo.txt', 'title.txt', 'anh-1.png']));
    expect((await fsp.readFile(join(folder, 'title.txt'), 'utf8')).trim()).toBe(input.release.headline);
    const body = await fsp.readFile(join(folder, 'body.html'), 'utf8');
    expect(body).toContain('<figure class="image">');

    // An extra photo from an earlier export with more photos goes; the rest is rewritten.
    await fsp.writeFile(join(folder, 'anh-9.jpg'), 'old');
    await exportToPath(input, { format: 'cms', cmsPreset: 'centered' }, folder);
    expect(await fsp.readdir(folder)).not.toContain('anh-9.jpg');
    expect(await fsp.readFile(join(folder, 'body.html'), 'utf8')).toContain('<p style="text-align:center"><img');

    await fsp.writeFile(join(folder, 'ghi-chu.docx'), 'mine');
    const refused = await exportToPath(input, { format: 'cms' }, folder).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppFailure);
    expect((refused as AppFailure).code).toBe('forbidden');
    expect(await fsp.readFile(join(folder, 'ghi-chu.docx'), 'utf8')).toBe('mine');

    await fsp.writeFile(join(dir, 'a-file'), 'x');
    const notFolder = await exportToPath(input, { format: 'cms' }, join(dir, 'a-file')).catch((e: unknown) => e);
    expect((notFolder as AppFailure).code).toBe('forbidden');
  });

  it('writes a final CMS folder with approval.txt, and a draft over it removes the approval', async () => {
    const input = kitchenSink();
    const folder = join(dir, 'cms');
    await exportToPath(input, { format: 'cms', approval: SAMPLE_APPROVAL }, folder);
    expect(await fsp.readdir(folder)).toContain('approval.txt');
    const approval = await fsp.readFile(join(folder, 'approval.txt'), 'utf8');
    expect(approval).toContain(`Content hash: ${SAMPLE_APPROVAL.contentHash}\n`);
    expect(approval).toContain('Approved by: Trần Thị Bình\n');
    expect((await fsp.readFile(join(folder, 'title.txt'), 'utf8')).trim()).toBe(input.release.headline);
    expect(await fsp.readFile(join(folder, 'body.html'), 'utf8')).not.toContain('BẢN NHÁP');

    // Re-exported as a draft into the same folder: the final's approval.txt goes with it.
    await exportToPath(input, { format: 'cms', draft: true }, folder);
    expect(await fsp.readdir(folder)).not.toContain('approval.txt');
    expect((await fsp.readFile(join(folder, 'title.txt'), 'utf8')).trim()).toBe(`[DRAFT / BẢN NHÁP] ${input.release.headline}`);
    expect((await fsp.readFile(join(folder, 'body.html'), 'utf8')).startsWith('<p><strong>DRAFT / BẢN NHÁP</strong></p>')).toBe(true);

    // And final again: approval.txt is back; a foreign file still keeps the folder closed.
    await exportToPath(input, { format: 'cms', approval: SAMPLE_APPROVAL }, folder);
    expect(await fsp.readdir(folder)).toContain('approval.txt');
    await fsp.writeFile(join(folder, 'approval.txt.bak'), 'mine');
    const refused = await exportToPath(input, { format: 'cms', draft: true }, folder).catch((e: unknown) => e);
    expect((refused as AppFailure).code).toBe('forbidden');
    expect(await fsp.readdir(folder)).toContain('approval.txt');
  });

  it('refuses a CMS export that is both draft and final before touching the folder', async () => {
    const input = kitchenSink();
    const folder = join(dir, 'cms');
    await exportToPath(input, { format: 'cms', approval: SAMPLE_APPROVAL }, folder);
    await expect(exportToPath(input, { format: 'cms', draft: true, approval: SAMPLE_APPROVAL }, folder)).rejects.toThrow(/draft/);
    expect(await fsp.readdir(folder)).toContain('approval.txt');
  });
});
