import { execFileSync, spawnSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { packRelease, unpackRelease } from '../../core/document/file-format';
import { sniffImage } from '../../core/document/image-info';
import { webpExtendedHeader, webpLossyHeader } from '../../core/document/image-fixtures';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import { SAMPLE_APPROVAL } from '../../core/export/html/test-support';
import type { ExportInput } from '../../core/export/types';
import { tempFolder, withWebpFirstPhoto } from '../test-helpers';
import { picture, webpEncoder } from '../test-webp';
import { STALE_TEMP_MS } from './atomic-write';
import { AppFailure } from './errors';
import { exportToPath, refuseReplacing, suggestedExportName, withExportExtension } from './export-writer';

const ORG: ExportInput['organisation'] = { parentBody: 'UBND TỈNH ĐIỆN BIÊN', issuingBody: 'SỞ VĂN HÓA', abbreviation: 'SVH', placeName: 'Điện Biên', rulebook: 'state' };

function kitchenSink(): ExportInput {
  const { release, assets } = kitchenSinkRelease();
  return { release, assets, organisation: ORG, generator: 'PressDesk test' };
}

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const SOFFICE = ['soffice', 'libreoffice'].find(onPath);

/** A real WebP from libwebp's encoder: a smooth gradient, opaque unless `alpha` says otherwise (then lossless). */
async function makeWebp(width: number, height: number, alpha?: (x: number) => number): Promise<Uint8Array> {
  const encode = await webpEncoder();
  return encode(picture(width, height, alpha), width, height, alpha !== undefined);
}

/** The kitchen sink with its lead photo (the 64 x 40 PNG) replaced by `bytes`, declared as a WebP of that size. */
function withWebpLead(bytes: Uint8Array, width = 64, height = 40): ExportInput {
  const input = kitchenSink();
  return { ...input, ...withWebpFirstPhoto(input, bytes, width, height) };
}

/** The images a DOCX carries: word/media/<name> -> bytes. */
function docxMedia(docx: Uint8Array): Map<string, Uint8Array> {
  const files = unzipSync(docx, { filter: (f) => f.name.startsWith('word/media/') });
  return new Map(Object.entries(files));
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

  it('converts an opaque WebP photo to JPEG for Word only: the release and the HTML keep the WebP', { timeout: 60_000 }, async () => {
    const webp = await makeWebp(64, 40);
    const input = withWebpLead(webp);
    const before = packRelease(input.release, { assets: input.assets });
    const path = await exportToPath(input, { format: 'docx', template: 'news' }, join(dir, 'webp'));
    const media = [...docxMedia(await fsp.readFile(path)).values()].map((bytes) => sniffImage(bytes));
    expect(media).toEqual(expect.arrayContaining([{ ext: 'jpg', mime: 'image/jpeg', width: 64, height: 40 }]));
    expect(media.some((m) => m.ext === 'webp')).toBe(false);
    const html = (await mammoth.convertToHtml({ path })).value;
    // The converted lead photo and the kitchen sink's own JPEG.
    expect(html.match(/<img [^>]*src="data:image\/jpeg;base64,/g)?.length).toBe(2);

    // Nothing of the release changed: its asset entry, its bytes and the file it saves to.
    expect(input.release.assets[0]).toMatchObject({ ext: 'webp', mime: 'image/webp' });
    expect(input.assets.get(input.release.assets[0]!.hash)).toEqual(webp);
    const after = packRelease(input.release, { assets: input.assets });
    expect(after).toEqual(before);
    expect(unpackRelease(after).assets.get(input.release.assets[0]!.hash)).toEqual(webp);

    await exportToPath(input, { format: 'html', htmlImages: 'files' }, join(dir, 'trang.html'));
    expect((await fsp.readdir(dir)).filter((n) => n.startsWith('trang-anh-')).sort()).toEqual(['trang-anh-1.webp', 'trang-anh-2.jpg']);

    if (SOFFICE === undefined) return; // LibreOffice is optional on a developer machine
    const profile = join(dir, 'lo-profile');
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { timeout: 50_000, stdio: 'ignore' });
    expect((await fsp.readFile(join(dir, 'webp.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!onPath('pdfimages')) return;
    // Both photos reach the PDF, the converted one at its own pixel size.
    const list = execFileSync('pdfimages', ['-list', join(dir, 'webp.pdf')], { encoding: 'utf8' });
    expect(list).toMatch(/^\s*\d+\s+\d+\s+image\s+64\s+40\s/m);
  });

  it('converts a WebP photo with transparency to PNG for Word', async () => {
    const input = withWebpLead(await makeWebp(64, 40, (x) => (x < 32 ? 255 : 128)));
    const path = await exportToPath(input, { format: 'docx', template: 'press' }, join(dir, 'alpha'));
    const media = [...docxMedia(await fsp.readFile(path)).values()].map((bytes) => sniffImage(bytes));
    expect(media).toEqual(expect.arrayContaining([{ ext: 'png', mime: 'image/png', width: 64, height: 40 }]));
    expect(media.filter((m) => m.ext === 'jpg')).toHaveLength(1); // the kitchen sink's own JPEG, untouched
    expect((await mammoth.convertToHtml({ path })).value).toMatch(/<img [^>]*src="data:image\/png;base64,/);
  });

  it('refuses a WebP over 40 megapixels before decoding it, and a damaged WebP, in plain words; writes nothing', async () => {
    const huge = withWebpLead(webpExtendedHeader(8000, 6000), 8000, 6000);
    const tooBig = await exportToPath(huge, { format: 'docx', template: 'news' }, join(dir, 'huge')).catch((e: unknown) => e);
    expect(tooBig).toBeInstanceOf(AppFailure);
    expect(tooBig).toMatchObject({ code: 'image-refused', params: { reason: 'too-many-pixels' } });

    const damaged = withWebpLead(webpLossyHeader(64, 40));
    const failure = await exportToPath(damaged, { format: 'docx', template: 'news' }, join(dir, 'damaged')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure).toMatchObject({ code: 'image-refused', params: { reason: 'webp-unreadable' } });
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

  it('HTML with photo files: refuses to replace other files of the same names unless told, lists at most five', async () => {
    const input = kitchenSink();
    const page = join(dir, 'trang.html');
    await exportToPath(input, { format: 'html', htmlImages: 'files' }, page);
    const photos = (await fsp.readdir(dir)).filter((n) => n.startsWith('trang-anh-')).sort();
    expect(photos.length).toBeGreaterThan(0);
    // Unchanged photos replace nothing: no question.
    await expect(exportToPath(input, { format: 'html', htmlImages: 'files' }, page)).resolves.toBe(page);
    // Different bytes, or something that is not a file, under a photo's name: asked, nothing written.
    await fsp.writeFile(join(dir, photos[0]!), 'mine');
    const before = await fsp.readFile(page, 'utf8');
    await fsp.rm(page);
    const refused = await exportToPath(input, { format: 'html', htmlImages: 'files' }, page).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppFailure);
    expect(refused).toMatchObject({ code: 'exists', params: { path: page, names: photos[0], count: 1 } });
    await expect(fsp.stat(page)).rejects.toThrow();
    expect(await fsp.readFile(join(dir, photos[0]!), 'utf8')).toBe('mine');
    // Embedded photos write no files beside the page: nothing to ask.
    await expect(exportToPath(input, { format: 'html', htmlImages: 'embed' }, page)).resolves.toBe(page);
    await fsp.rm(page);
    await expect(exportToPath(input, { format: 'html', htmlImages: 'files', overwrite: true }, page)).resolves.toBe(page);
    expect(await fsp.readFile(page, 'utf8')).toBe(before);
    expect(await fsp.readFile(join(dir, photos[0]!), 'utf8')).not.toBe('mine');

    // Many photos: the first five names and an ellipsis, with the full count.
    const many = Array.from({ length: 7 }, (_, i) => `nhieu-anh-${i + 1}.png`);
    const files = new Map(many.map((name) => [name, new Uint8Array([1])]));
    for (const name of many) await fsp.writeFile(join(dir, name), 'x');
    await fsp.mkdir(join(dir, 'a-folder'));
    files.set('a-folder', new Uint8Array([1]));
    await expect(refuseReplacing(dir, files, join(dir, 'nhieu.html'))).rejects.toMatchObject({
      code: 'exists',
      params: { path: join(dir, 'nhieu.html'), names: `${many.slice(0, 5).join(', ')}, …`, count: 8 },
    });
  });

  it('a temp file left in a CMS folder by a killed export is removed, not taken for someone else’s file', async () => {
    const folder = join(dir, 'cms');
    await exportToPath(kitchenSink(), { format: 'cms' }, folder);
    const temp = join(folder, '.body.html.0123456789ab.tmp');
    await fsp.writeFile(temp, '<p>half');
    const old = new Date(Date.now() - STALE_TEMP_MS - 5_000);
    await fsp.utimes(temp, old, old);
    expect(await exportToPath(kitchenSink(), { format: 'cms' }, folder)).toBe(folder);
    expect(await fsp.readdir(folder)).not.toContain('.body.html.0123456789ab.tmp');
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
