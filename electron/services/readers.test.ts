/**
 * The readers as the app, the host and the CLI call them: real files through the real worker
 * (reader-worker.ts), the same results and errors as the parsers run in-thread.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileFormatError } from '../../core/document/file-format';
import { sniffImage } from '../../core/document/image-info';
import { makePng, pngImage } from '../../core/document/image-fixtures';
import { kitchenSinkRelease } from '../../core/document/kitchen-sink';
import type { Release } from '../../core/document/release';
import { buildZip, documentJson, manifestJson } from '../../core/document/zip-fixtures';
import { exportTrustedFile, TrustedFileError } from '../../core/signoff/trusted';
import { picture, webpEncoder } from '../test-webp';
import { tempFolder, testKeys, vietnameseRelease, withWebpFirstPhoto } from '../test-helpers';
import { createAssetStore } from './asset-store';
import { AppFailure, toAppError } from './errors';
import { readReleaseFile, sha256Hex, writeReleaseFile } from './files';
import { boundedWebpTranscoder, DOCX_EXPORT_TIME_MS, docxExportBounded, importFileBounded, openReleaseBytes, openReleaseFile, readers, readOutsideFile, readTrustedList } from './readers';
import { WebpDecodeError } from './webp-transcode';

afterAll(() => readers().close());

const failure = (p: Promise<unknown>): Promise<unknown> => p.then(
  () => {
    throw new Error('expected a failure');
  },
  (e: unknown) => e,
);

/** The release with its first photo replaced by 256 x 256 pixels of noise (~200 KB: a file worth moving, not copying). */
function withNoisePhoto(input: { release: Release; assets: Map<string, Uint8Array> }): { release: Release; assets: Map<string, Uint8Array> } {
  let seed = 7;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
  const png = makePng(256, 256, () => [next(), next(), next()]);
  const old = input.release.assets[0]!;
  const asset = { hash: sha256Hex(png), ext: 'png' as const, mime: 'image/png' as const, width: 256, height: 256, bytes: png.length };
  const body = JSON.parse(JSON.stringify(input.release.body).replaceAll(old.hash, asset.hash)) as Release['body'];
  const assets = new Map(input.assets);
  assets.delete(old.hash);
  assets.set(asset.hash, png);
  return { release: { ...input.release, body, assets: [asset, ...input.release.assets.slice(1)] }, assets };
}

describe('bounded readers', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-readers-test-')));
  afterEach(() => cleanup());

  it('opens a .pressdesk in the worker exactly as it opens in-thread', async () => {
    const { release, assets } = kitchenSinkRelease();
    const saved = await writeReleaseFile(join(dir, 'bai.pressdesk'), release, { expected: null, overwriteChanged: true, assets });
    const bounded = await openReleaseFile(saved.path);
    const direct = await readReleaseFile(saved.path);
    expect(bounded.release).toEqual(direct.release);
    expect(bounded.fingerprint).toEqual(saved.fingerprint);
    expect(bounded.assets.size).toBeGreaterThan(0);
    for (const [hash, bytes] of bounded.assets) expect(sha256Hex(bytes)).toBe(hash);
  });

  it('opens dropped bytes (moved to the worker), and rebuilds the file-format errors', async () => {
    const { release, assets } = withNoisePhoto(kitchenSinkRelease());
    const saved = await writeReleaseFile(join(dir, 'bai.pressdesk'), release, { expected: null, overwriteChanged: true, assets });
    const bytes = new Uint8Array(await fsp.readFile(saved.path));
    expect(bytes.length).toBeGreaterThan(64 * 1024); // big enough to be moved, not copied
    expect((await openReleaseBytes(bytes)).release.headline).toBe(release.headline);
    expect(bytes.byteLength).toBe(0);
    const foreign = await failure(openReleaseBytes(new TextEncoder().encode('not a zip at all')));
    expect(foreign).toBeInstanceOf(FileFormatError);
    expect(toAppError(foreign)).toMatchObject({ code: 'not-pressdesk' });
    expect(toAppError(await failure(openReleaseFile(join(dir, 'none.pressdesk'))))).toEqual({ code: 'not-found' });
  });

  it('refuses a body nested 100,000 deep with a plain code, and the next open works', async () => {
    const depth = 100_000;
    const deep = '{"type":"doc","content":' + '[{"type":"blockquote","content":'.repeat(depth) + '[]' + '}]'.repeat(depth) + '}';
    const document = documentJson({ ...vietnameseRelease(), body: 'BODY' as never }).replace('"BODY"', deep);
    const path = join(dir, 'deep.pressdesk');
    await fsp.writeFile(path, buildZip([{ name: 'manifest.json', data: manifestJson() }, { name: 'document.json', data: document }]));
    const error = toAppError(await failure(openReleaseFile(path)));
    // A2's pre-scan, B's body check or the worker's stack: whichever stops it first, never 'internal'.
    expect(['corrupt', 'too-large', 'too-complex']).toContain(error.code);
    const fine = await writeReleaseFile(join(dir, 'fine.pressdesk'), vietnameseRelease(), { expected: null, overwriteChanged: true });
    expect((await openReleaseFile(fine.path)).release.headline).toBe(vietnameseRelease().headline);
  });

  it('imports a .docx in the worker; its photo is checked there and kept in the store', async () => {
    const png = pngImage(20, 10);
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Hội nghị tổng kết')] }), new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 20, height: 10 } })] })] }],
    });
    const path = join(dir, 'bai.docx');
    await fsp.writeFile(path, await Packer.toBuffer(doc));
    const store = createAssetStore(join(dir, 'cache'));
    const imported = await importFileBounded(path, 'news', store);
    expect(imported.release.headline).toBe('Hội nghị tổng kết');
    expect(imported.release.assets).toHaveLength(1);
    expect(await store.read(imported.release.assets[0]!.hash)).toEqual(png);
    await fsp.writeFile(join(dir, 'x.pdf'), 'x');
    const refused = await failure(importFileBounded(join(dir, 'x.pdf'), 'news', store));
    expect(refused).toBeInstanceOf(AppFailure);
    expect(refused).toMatchObject({ code: 'import-failed', params: { reason: 'unsupported-type' } });
  });

  it('reads a trusted-approvers list; not a list is a TrustedFileError, a huge one too-large', async () => {
    const id = await testKeys(dir).identity();
    const approver = { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng', fingerprint: id.fingerprint, publicKey: id.publicKey };
    await fsp.writeFile(join(dir, 'list.json'), exportTrustedFile([approver]));
    expect((await readTrustedList(join(dir, 'list.json'))).approvers).toEqual([approver]);
    await fsp.writeFile(join(dir, 'bad.json'), '{');
    const bad = await failure(readTrustedList(join(dir, 'bad.json')));
    expect(bad).toBeInstanceOf(TrustedFileError);
    expect((bad as Error).message).toContain('not JSON');
    expect(await failure(readTrustedList(join(dir, 'list.json'), 10))).toMatchObject({ code: 'too-large' });
  });

  it('transcodes a WebP for Word in the worker; a damaged one is a WebpDecodeError', async () => {
    const webp = await (await webpEncoder())(picture(64, 40), 64, 40);
    const transcode = boundedWebpTranscoder();
    const out = await transcode(webp, 64 * 40);
    expect(out).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', width: 64, height: 40 });
    expect([...out.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(webp.byteLength).toBeGreaterThan(0); // the caller's photo is left as it was
    const damaged = webp.slice(0, 40);
    expect(await failure(transcode(damaged, 64 * 40))).toBeInstanceOf(WebpDecodeError);
  });

  it('builds a whole DOCX in the worker: the options reach buildDocx as given, a WebP goes in as JPEG, the caller keeps its photos', async () => {
    const webp = await (await webpEncoder())(picture(64, 40), 64, 40);
    const sink = kitchenSinkRelease();
    const organisation = { parentBody: 'UBND TỈNH ĐIỆN BIÊN', issuingBody: 'SỞ VĂN HÓA', abbreviation: 'SVH', placeName: 'Điện Biên', rulebook: 'state' as const };
    const input = { ...withWebpFirstPhoto(sink, webp, 64, 40), organisation, generator: 'PressDesk test' };
    const options = { template: 'decree30' as const, draft: true };
    const run = vi.spyOn(readers(), 'run');
    try {
      const docx = await docxExportBounded(input, options);
      expect(run).toHaveBeenCalledTimes(1);
      const [task, payload, budget] = run.mock.calls[0]!;
      expect(task).toBe('docxExport');
      expect(payload).toEqual({ input, options });
      // Our own build on the user's release: a budget of its own, far past the readers' 4 s.
      expect(budget?.timeMs).toBeGreaterThanOrEqual(DOCX_EXPORT_TIME_MS);
      const files = unzipSync(docx);
      expect(strFromU8(files['word/document.xml']!)).toContain('DRAFT / BẢN NHÁP');
      const media = Object.entries(files).filter(([name]) => name.startsWith('word/media/')).map(([, bytes]) => sniffImage(bytes).ext);
      expect(media).toContain('jpg');
      expect(media).not.toContain('webp');
      expect(input.assets.get(input.release.assets[0]!.hash)).toEqual(webp);
    } finally {
      run.mockRestore();
    }
    // Failures come back as the user is told them: a damaged WebP refused in plain words, a missing photo internal.
    const damaged = { ...input, ...withWebpFirstPhoto(sink, webp.slice(0, 40), 64, 40) };
    expect(await failure(docxExportBounded(damaged, options))).toMatchObject({ code: 'image-refused', params: { reason: 'webp-unreadable' } });
    const missing = await failure(docxExportBounded({ ...input, assets: new Map() }, options));
    expect(toAppError(missing).code).toBe('internal');
    expect((missing as Error).message).toContain('missing image');
  });

  it('readOutsideFile (for the hostile corpus): null when taken, else what the user is told, by extension', async () => {
    const { release, assets } = kitchenSinkRelease();
    await writeReleaseFile(join(dir, 'bai.pressdesk'), release, { expected: null, overwriteChanged: true, assets });
    expect(await readOutsideFile(join(dir, 'bai.pressdesk'))).toBeNull();
    await fsp.writeFile(join(dir, 'bai.md'), '# Tiêu đề\n\nĐoạn một.\n');
    expect(await readOutsideFile(join(dir, 'bai.md'))).toBeNull();
    await fsp.writeFile(join(dir, 'latin1.txt'), new Uint8Array([0x54, 0xe9, 0x74]));
    expect(await readOutsideFile(join(dir, 'latin1.txt'))).toEqual({ code: 'import-failed', params: { reason: 'encoding' } });
    await fsp.writeFile(join(dir, 'list.json'), '[[[[');
    expect(await readOutsideFile(join(dir, 'list.json'))).toMatchObject({ code: 'import-failed' });
    const webp = await (await webpEncoder())(picture(32, 32), 32, 32);
    await fsp.writeFile(join(dir, 'anh.webp'), webp);
    expect(await readOutsideFile(join(dir, 'anh.webp'))).toBeNull();
    // A header that lies: it says 32 x 32 WebP, the data after it is noise.
    await fsp.writeFile(join(dir, 'lying.webp'), new Uint8Array([...webp.subarray(0, 30), ...new Uint8Array(2_000).fill(0x5a)]));
    expect(await readOutsideFile(join(dir, 'lying.webp'))).toEqual({ code: 'image-refused', params: { reason: 'webp-unreadable' } });
    await fsp.writeFile(join(dir, 'anh.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(await readOutsideFile(join(dir, 'anh.svg'))).toMatchObject({ code: 'image-refused', params: { reason: 'svg' } });
  });
});
