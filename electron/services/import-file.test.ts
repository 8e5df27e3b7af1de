import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pngImage } from '../../core/document/image-fixtures';
import { AppFailure } from './errors';
import { importFolderPerTest, nodesOfType as find } from './import-test-helpers';
import { checkDocxZip, decodeText, importFormatOf, importFromPath } from './import-file';

const codeOf = async (p: Promise<unknown> | (() => unknown)): Promise<string> => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e instanceof AppFailure ? `${e.code}${e.params?.['reason'] ? `/${e.params['reason']}` : ''}` : String(e);
  }
  return 'ok';
};


async function docxWith(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe('import-file', () => {
  const tmp = importFolderPerTest();

  it('picks the reader by extension, case-insensitively', () => {
    expect(importFormatOf('/a/B.TXT')).toBe('text');
    expect(importFormatOf('x.Md')).toBe('markdown');
    expect(importFormatOf('x.HTM')).toBe('html');
    expect(importFormatOf('x.docx')).toBe('docx');
    expect(importFormatOf('x.doc')).toBeNull();
  });

  it('decodes UTF-8 (BOM or not) and UTF-16 with a BOM, to NFC; refuses other encodings', async () => {
    expect(decodeText(strToU8('\uFEFFTiêu đề'))).toBe('Tiêu đề');
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'Điện Biên'].map((c) => c.charCodeAt(0))).buffer)]);
    expect(decodeText(le)).toBe('Điện Biên');
    expect(decodeText(strToU8('Tie\u0302u'))).toBe('Tiêu');
    expect(await codeOf(() => decodeText(new Uint8Array([0x54, 0xe9, 0x74])))).toBe('import-failed/encoding');
  });

  it('imports a text file as a new release named after the file', async () => {
    const path = join(tmp.dir, 'Bai-viet.TXT');
    await fsp.writeFile(path, 'Hội nghị tổng kết\n\nĐoạn một.\n\nĐoạn hai.\n');
    const { release, name } = await importFromPath(path, 'press', tmp.store);
    expect(name).toBe('Bai-viet.TXT');
    expect(release.kind).toBe('press');
    expect(release.headline).toBe('Hội nghị tổng kết');
    expect(JSON.stringify(release.body)).toContain('Đoạn hai.');
  });

  it('refuses unknown types and huge files', async () => {
    await fsp.writeFile(join(tmp.dir, 'a.pdf'), 'x');
    expect(await codeOf(importFromPath(join(tmp.dir, 'a.pdf'), 'news', tmp.store))).toBe('import-failed/unsupported-type');
    expect(await codeOf(importFromPath(join(tmp.dir, 'none.txt'), 'news', tmp.store))).toMatch(/ENOENT/);
  });

  it('imports a .docx with a heading, bold text and a photo (through the asset store)', async () => {
    const png = pngImage(40, 30);
    const bytes = await docxWith([
      new Paragraph({ text: 'Lễ hội Hoa Ban', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'Chương trình', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun({ text: 'Đậm', bold: true }), new TextRun(' và thường.')] }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 30 } })] }),
    ]);
    const path = join(tmp.dir, 'le-hoi.docx');
    await fsp.writeFile(path, bytes);
    const { release, warnings, droppedImages } = await importFromPath(path, 'news', tmp.store);
    expect(release.headline).toBe('Lễ hội Hoa Ban');
    expect(JSON.stringify(release.body)).toContain('Chương trình');
    expect(JSON.stringify(release.body)).toContain('"bold"');
    const figures = find(release.body.content, 'figure');
    expect(figures).toHaveLength(1);
    const hash = String(figures[0]!.attrs?.['asset']);
    expect(release.assets.map((a) => a.hash)).toEqual([hash]);
    expect(await tmp.store.read(hash)).toEqual(png);
    expect(warnings.filter((w) => w.includes('dropped'))).toEqual([]);
    expect(droppedImages).toBe(0);
  });

  it('imports the rest of a .docx whose photo we cannot take, and counts the photo left out', async () => {
    // A BMP is a picture Word carries but PressDesk does not take (PNG, JPEG, WebP, GIF only).
    const bmp = new Uint8Array([0x42, 0x4d, ...new Array<number>(60).fill(0)]);
    const bytes = await docxWith([
      new Paragraph({ text: 'Lễ hội Hoa Ban', heading: HeadingLevel.TITLE }),
      new Paragraph({ children: [new ImageRun({ type: 'bmp', data: bmp, transformation: { width: 4, height: 4 } })] }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: pngImage(8, 6), transformation: { width: 8, height: 6 } })] }),
      new Paragraph({ text: 'Đoạn cuối.' }),
    ]);
    const path = join(tmp.dir, 'co-anh-bmp.docx');
    await fsp.writeFile(path, bytes);
    const { release, droppedImages, warnings } = await importFromPath(path, 'news', tmp.store);
    expect(droppedImages).toBe(1);
    expect(warnings.filter((w) => w.includes('dropped'))).toHaveLength(1);
    expect(find(release.body.content, 'figure')).toHaveLength(1);
    expect(JSON.stringify(release.body)).toContain('Đoạn cuối.');
  });

  it('runs the ZIP guards before mammoth: a bomb is too-large, a non-docx ZIP import-failed', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'word/document.xml': [zeros, { level: 9 }] });
    expect(await codeOf(() => checkDocxZip(bomb))).toBe('too-large/ratio');
    await fsp.writeFile(join(tmp.dir, 'bomb.docx'), bomb);
    expect(await codeOf(importFromPath(join(tmp.dir, 'bomb.docx'), 'news', tmp.store))).toBe('too-large/ratio');

    const many: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<x/>') };
    for (let i = 0; i < 2_001; i++) many[`f${i}.xml`] = strToU8('x');
    expect(await codeOf(() => checkDocxZip(zipSync(many)))).toBe('too-large/entries');

    expect(await codeOf(() => checkDocxZip(zipSync({ 'a.txt': strToU8('hi') })))).toBe('import-failed/not-docx');
    expect(await codeOf(() => checkDocxZip(strToU8('not a zip at all')))).toBe('import-failed/not-docx');
  });
});
