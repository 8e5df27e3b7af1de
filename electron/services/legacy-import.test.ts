import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
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
