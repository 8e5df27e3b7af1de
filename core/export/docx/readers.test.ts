/**
 * Every template's DOCX (from the kitchen-sink release) checked with real readers:
 * pandoc (text back, exactly, for the news article; every body paragraph in order for the others),
 * mammoth (headings, bold, italic, lists, links, images kept), LibreOffice headless (converts all
 * four to PDF in one run; the PDF text has the Vietnamese furniture), and page 1 rendered to PNG
 * under the OS temp folder (never the repo) for a person to look at.
 * A reader missing from PATH skips its tests with the reason in the test name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocxTemplate } from '../types';
import { docxBytes } from './index';
import { DOCX_TEMPLATES } from './build';
import { TEMPLATES, bodyParagraphs, kitchenSinkInput, newsParagraphs, normaliseReaderText, normaliseText } from './test-inputs';

const onPath = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const HAS_PANDOC = onPath('pandoc');
const SOFFICE = ['soffice', 'libreoffice'].find(onPath);
const HAS_POPPLER = onPath('pdftoppm') && onPath('pdftotext');
const skipNote = (tool: string, present: boolean): string => (present ? '' : ` (SKIPPED: ${tool} is not on PATH)`);

const dir = mkdtempSync(join(tmpdir(), 'pressdesk-docx-'));
/** Page-1 renders, outside the repo. */
const RENDER_DIR = join(tmpdir(), 'pressdesk-docx-render');
const docx = new Map<DocxTemplate, Uint8Array>();
const path = (template: DocxTemplate, ext: string): string => join(dir, `${template}.${ext}`);

beforeAll(async () => {
  for (const template of TEMPLATES) {
    const bytes = await docxBytes(kitchenSinkInput(template), { template });
    docx.set(template, bytes);
    writeFileSync(path(template, 'docx'), bytes);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pandocPlain(template: DocxTemplate): string {
  // -s keeps the Title paragraph, which pandoc moves into the metadata.
  return execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', '-s', path(template, 'docx')], { encoding: 'utf8' });
}

describe.skipIf(!HAS_PANDOC)(`pandoc reads every template${skipNote('pandoc', HAS_PANDOC)}`, () => {
  it('gives back exactly the news article’s text (NFC, same paragraphs)', () => {
    const release = kitchenSinkInput('news').release;
    const out = pandocPlain('news');
    expect(out.normalize('NFC')).toBe(out);
    const expected = normaliseText(newsParagraphs(release).join('\n'));
    expect(expected.length).toBeGreaterThan(8_000);
    expect(normaliseReaderText(out)).toBe(expected);
  });

  it.each(TEMPLATES.filter((t) => t !== 'news'))('gives back every paragraph of the %s body, in order', (template) => {
    const release = kitchenSinkInput(template).release;
    const out = normaliseReaderText(pandocPlain(template));
    let from = 0;
    const spec = DOCX_TEMPLATES[template].specFor?.(kitchenSinkInput(template)) ?? DOCX_TEMPLATES[template].spec;
    for (const paragraph of bodyParagraphs(release.body.content, spec.captionLabel)) {
      const expected = normaliseText(paragraph);
      const at = out.indexOf(expected, from);
      expect(at, `missing or out of order: ${expected.slice(0, 80)}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    if (template === 'press') {
      // The kitchen sink is Vietnamese: the Vietnamese press-release furniture, ./. after the boilerplate.
      expect(out.startsWith('THÔNG CÁO BÁO CHÍ Tin cấm đăng trước 9 giờ ngày 09/01/2019 Liên hệ báo chí:')).toBe(true);
      expect(out).toContain(normaliseText(release.headline));
      expect(out).toContain(normaliseText(release.subhead));
      expect(out).toContain('Điện Biên, ngày 08 tháng 01 năm 2019');
      expect(out.endsWith('./.')).toBe(true);
      expect(out).not.toMatch(/Photo|About|###|EMBARGOED/);
    } else {
      expect(out).toContain('THÔNG CÁO');
      expect(out).toContain('Hội nghị kết thúc vào chiều cùng ngày./.');
      expect(out).toContain(template === 'party36' ? 'Số 15-TB/BTGTU' : 'Số: 05/TC-UBND');
      expect(out).toContain('Điện Biên, ngày 08 tháng 01 năm 2019');
    }
  });
});

describe('mammoth reads every template', () => {
  it.each(TEMPLATES)('%s: headings, bold, italic, lists, links and images kept', async (template) => {
    const buffer = Buffer.from(docx.get(template)!);
    const { value: html } = await mammoth.convertToHtml({ buffer });
    expect(html).toContain('<h1>Phối hợp chặt chẽ trong khối khoa giáo</h1>');
    expect(html).toContain('<h2>Thông tin đối ngoại và văn hóa</h2>');
    expect(html).toContain('<strong>Ban Tuyên giáo Tỉnh ủy Điện Biên</strong>');
    expect(html).toContain('<em>tổng kết công tác khoa giáo</em>');
    expect(html).toMatch(/<a href="https:\/\/www\.dienbien\.gov\.vn\/">(<u>)?Cổng thông tin điện tử tỉnh/);
    expect(html).toMatch(/<ul><li>Xây dựng và thẩm định/);
    expect(html).toMatch(/<ol><li>Ban Chỉ đạo 160/);
    expect(html).toMatch(/<li>Ban Chỉ đạo khẩn nguy hàng không và nhân quyền tỉnh, gồm:<ol><li>Tiểu ban khẩn nguy hàng không;/);
    expect((html.match(/<img /g) ?? []).length).toBe(2);
    expect(html).toContain('alt="Đồng chí Nguyễn Đức Vượng phát biểu tại hội nghị"');
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(text).toContain(kitchenSinkInput(template).release.headline.split(':')[0]!);
    if (template === 'news') expect(text.trim().endsWith('banbientap@dienbien.gov.vn')).toBe(true);
  });
});

describe.skipIf(!SOFFICE)(`LibreOffice converts every template to PDF${skipNote('soffice', SOFFICE !== undefined)}`, () => {
  beforeAll(() => {
    // One soffice run for all four files; a private profile so parallel runs don't clash.
    const profile = join(dir, `lo-${Math.random().toString(36).slice(2)}`);
    execFileSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...TEMPLATES.map((t) => path(t, 'docx'))],
      { timeout: 90_000, stdio: 'ignore' },
    );
  }, 120_000);

  it.each(TEMPLATES)('%s: a PDF whose text has the template’s Vietnamese furniture', (template) => {
    const pdf = readFileSync(path(template, 'pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!HAS_POPPLER) return;
    const text = execFileSync('pdftotext', ['-layout', path(template, 'pdf'), '-'], { encoding: 'utf8' }).normalize('NFC');
    const expected: Record<DocxTemplate, string[]> = {
      news: ['Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp', 'Giao Tuyến', 'Hội nghị đánh giá cao'],
      press: ['THÔNG CÁO BÁO CHÍ', 'Tin cấm đăng trước 9 giờ ngày 09/01/2019', 'Liên hệ báo chí:', 'Điện Biên, ngày 08 tháng 01 năm 2019', 'Về Sở Thông tin và Truyền thông', './.', 'Ảnh 2:'],
      decree30: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SỞ THÔNG TIN VÀ', 'Số: 05/TC-UBND', 'Điện Biên, ngày 08 tháng 01 năm 2019', 'THÔNG CÁO', 'Nơi nhận:', 'Nguyễn Văn Thắng', 'Ảnh 1:'],
      party36: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY ĐIỆN BIÊN', 'BAN TUYÊN GIÁO', 'Số 15-TB/BTGTU', 'Điện Biên, ngày 08 tháng 01 năm 2019', 'THÔNG CÁO', 'K/T TRƯỞNG BAN', 'Nơi nhận:'],
    };
    for (const s of expected[template]) expect(text, s).toContain(s);
    // A wrapped header line never leaves its last word alone: "SỞ THÔNG TIN VÀ / TRUYỀN THÔNG".
    if (template === 'decree30') expect(text).toMatch(/^\s*TRUYỀN[ \u00a0]THÔNG\s*$/m);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path(template, 'pdf')], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    if (template === 'decree30' || template === 'party36') {
      // Page numbers from page 2 only: page 1 has no lone "1" line at the top, page 2 starts with "2".
      const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', path(template, 'pdf'), '-'], { encoding: 'utf8' });
      expect(page2.trimStart().startsWith('2')).toBe(true);
      const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', path(template, 'pdf'), '-'], { encoding: 'utf8' });
      expect(page1.trimStart().startsWith('1\n')).toBe(false);
    }
    // Page 1 as a PNG for a person to look at (outside the repo).
    mkdirSync(RENDER_DIR, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path(template, 'pdf'), join(RENDER_DIR, template)]);
  });
});
