import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-helpers';
import { createAssetStore } from './asset-store';
import { importFromPath } from './import-file';
import type { LegacyReport } from '../../core/vi/legacy/detect';
import { encodeTcvn3, encodeVni } from '../../core/vi/legacy/test-encode';
import { docxHtmlLegacy, docxLegacyTransform, readLegacyAware } from './legacy-import';

const refuseNonUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const tcvn3 = (s: string): string => encodeTcvn3(s).map((r) => r.text).join('');

describe('legacy encodings on import', () => {
  it('reads a TCVN3 .txt saved as one-byte text, and still refuses other text that is not UTF-8', () => {
    const bytes = cp1252(`${tcvn3('Điện Biên: hội nghị')}\r\n\r\n${tcvn3('Việc phối hợp tập trung vào công tác xây dựng.')}`);
    expect(readLegacyAware(bytes, false, refuseNonUtf8)).toEqual({ text: 'Điện Biên: hội nghị\r\n\r\nViệc phối hợp tập trung vào công tác xây dựng.', legacy: { tcvn3: 2 } });
    expect(() => readLegacyAware(new Uint8Array([0x54, 0xe9, 0x74]), false, refuseNonUtf8)).toThrow();
    const unicode = new TextEncoder().encode('Ban Tuyên giáo Tỉnh ủy\n\nEnglish text, unchanged.');
    expect(readLegacyAware(unicode, false, refuseNonUtf8)).toEqual({ text: 'Ban Tuyên giáo Tỉnh ủy\n\nEnglish text, unchanged.', legacy: {} });
  });

  it('reads fonts in .html: a VNI page saved by Word', () => {
    const html = `<p><span style="font-family:'VNI-Times'">${encodeVni('Tuyên giáo Tỉnh ủy')}</span></p>`;
    expect(readLegacyAware(new TextEncoder().encode(html), true, refuseNonUtf8)).toEqual({ text: `<p><span style="font-family:'VNI-Times'">Tuyên giáo Tỉnh ủy</span></p>`, legacy: { vni: 1 } });
  });

  it('decodes .docx runs by their own font and by the document default font (styles.xml), capitals fonts included', async () => {
    const doc = new Document({
      styles: { default: { document: { run: { font: '.VnTime' } } } },
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun({ text: 'BAN TUY£N GI¸O', font: '.VnTimeH' })] }),
          new Paragraph({ children: [new TextRun({ text: tcvn3('Ban Thường vụ cấp ủy phối hợp') })] }),
          new Paragraph({ children: [new TextRun({ text: 'Unicode Điện Biên', font: 'Times New Roman' }), new TextRun({ text: ' ' + tcvn3('tư tưởng'), font: '.VnArial' })] }),
          new Paragraph({ children: [new TextRun({ text: encodeVni('Điện Biên Phủ'), font: 'VNI-Helve' })] }),
        ],
      }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const report: LegacyReport = {};
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { transformDocument: docxLegacyTransform(bytes, 100, report) });
    // Decoded by the fonts already (the default one from styles.xml), before the HTML pass looks at the text.
    expect(result.value).toContain('<p>Ban Thường vụ cấp ủy phối hợp</p>');
    const html = docxHtmlLegacy(result.value, report);
    expect(html).toBe('<p>BAN TUYÊN GIÁO</p><p>Ban Thường vụ cấp ủy phối hợp</p><p>Unicode Điện Biên tư tưởng</p><p>Điện Biên Phủ</p>');
    expect(report).toEqual({ tcvn3: 3, vni: 1 });
  });
});

const soffice = await promisify(execFile)('soffice', ['--version']).then(
  () => true,
  () => false,
);
if (!soffice) console.warn('soffice (LibreOffice) is missing: the LibreOffice TCVN3 .docx import test is skipped');

describe('a TCVN3 .docx written by LibreOffice', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder('pressdesk-lo-legacy-')));
  afterEach(() => cleanup());

  it.skipIf(!soffice)('imports as Unicode: the paragraph style font (.VnTime), a .VnTimeH span and a VNI-Times span', { timeout: 180_000 }, async () => {
    // A profile of its own: another soffice running on the machine must not hold ours.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx', '--outdir', dir, join(import.meta.dirname, 'legacy-tcvn3.fixture.fodt')], { timeout: 150_000 });
    const imported = await importFromPath(join(dir, 'legacy-tcvn3.fixture.docx'), 'news', createAssetStore(join(dir, 'cache')));
    expect(imported.release.headline).toBe('BAN TUYÊN GIÁO TỈNH ỦY ĐIỆN BIÊN');
    const text = imported.release.body.content.map((b) => (b.content ?? []).map((n) => n.text ?? '').join(''));
    expect(text).toEqual(['Việc phối hợp tập trung vào công tác xây dựng văn bản, tham mưu cho Thường trực Tỉnh ủy.', 'Tuyên giáo Tỉnh ủy Điện Biên']);
    expect(imported.legacy).toEqual({ tcvn3: 2, vni: 1 });
  });
});
