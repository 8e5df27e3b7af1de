/**
 * Every fixed label and date an export prints follows the release's language (never the UI's):
 * the press and news DOCX templates, the standalone HTML page and the CMS fields, in vi and en.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Release, ReleaseLanguage } from '../document/release';
import { docxBytes } from './docx/index';
import { kitchenSinkInput } from './docx/test-inputs';
import { renderCmsExport } from './html/cms';
import { renderStandaloneHtml } from './html/standalone';
import { EXPORT_LABELS } from './labels';
import type { DocxTemplate, ExportInput } from './types';

/** The document's text, a line per paragraph. */
async function docxText(input: ExportInput, template: DocxTemplate): Promise<string> {
  const xml = strFromU8(unzipSync(await docxBytes(input, { template }))['word/document.xml']!);
  return xml.replace(/<w:br\/>/g, '\n').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

const inLanguage = (template: DocxTemplate | 'notice', language: ReleaseLanguage, patch: Partial<Release> = {}): ExportInput => {
  const input = kitchenSinkInput(template === 'notice' ? 'decree30' : template);
  return { ...input, release: { ...input.release, language, ...patch } };
};

const ENGLISH_FURNITURE = /FOR IMMEDIATE RELEASE|EMBARGOED|Media contact|Photo \d|About |###|January/;
const VIETNAMESE_FURNITURE = /THÔNG CÁO BÁO CHÍ|Tin cấm đăng|Liên hệ báo chí|Ảnh \d:|Về Sở|\.\/\.|ngày 08 tháng 01/;

describe('the press release DOCX follows the release’s language', () => {
  it('vi: THÔNG CÁO BÁO CHÍ, the embargo in words, Liên hệ báo chí, the place-date line, Ảnh n:, Về …, ./. and nothing English', async () => {
    const text = await docxText(inLanguage('press', 'vi'), 'press');
    expect(text.startsWith('THÔNG CÁO BÁO CHÍ\nTin cấm đăng trước 9 giờ ngày 09/01/2019\nLiên hệ báo chí:\n')).toBe(true);
    expect(text).toContain('\nĐiện Biên, ngày 08 tháng 01 năm 2019\n');
    expect(text).toContain('Ảnh 1: ');
    expect(text).toContain('\nVề Sở Thông tin và Truyền thông\n');
    expect(text.trimEnd().endsWith('./.')).toBe(true);
    expect(text).not.toMatch(ENGLISH_FURNITURE);
  });

  it('en: FOR IMMEDIATE RELEASE, Media contact, CITY, Month D, YYYY —, Photo n:, About …, ### and no Vietnamese furniture', async () => {
    const text = await docxText(inLanguage('press', 'en', { embargo: { mode: 'immediate' } }), 'press');
    expect(text.startsWith('FOR IMMEDIATE RELEASE\nMedia contact:\n')).toBe(true);
    expect(text).toContain('ĐIỆN BIÊN, January 8, 2019 — ');
    expect(text).toContain('Photo 2: ');
    expect(text.trimEnd().endsWith('\n###')).toBe(true);
    expect(text).not.toMatch(VIETNAMESE_FURNITURE);
  });

  it('prints no stray "— " when the dateline is empty, in either language', async () => {
    for (const language of ['en', 'vi'] as const) {
      const text = await docxText(inLanguage('press', language, { dateline: { place: '', date: '' } }), 'press');
      expect(text, language).not.toContain('—');
      expect(text, language).toContain('\nViệc phối hợp tập trung');
    }
  });

  it('adds the end mark only when the release does not end with it already', async () => {
    const vi = inLanguage('press', 'vi', { boilerplate: 'Ban Tuyên giáo Tỉnh ủy Điện Biên./.' });
    expect((await docxText(vi, 'press')).match(/\.\/\./g)).toHaveLength(1);
    const noAbout = inLanguage('press', 'vi', { boilerplate: '', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hết./.' }] }, { type: 'paragraph' }] }, assets: [] });
    expect((await docxText(noAbout, 'press')).match(/\.\/\./g)).toHaveLength(1);
    const en = inLanguage('press', 'en', { boilerplate: 'About us.\n###' });
    expect((await docxText(en, 'press')).match(/###/g)).toHaveLength(1);
  });
});

describe('the news article DOCX has the dateline and the contact the HTML page shows', () => {
  it.each([
    ['vi', 'Điện Biên, 8/1/2019', 'Liên hệ báo chí:\nLò Thị Hoa\nĐiện thoại: +84 215 3825 123\nThư điện tử: banbientap@dienbien.gov.vn'],
    ['en', 'Điện Biên, January 8, 2019', 'Media contact:\nLò Thị Hoa\nPhone: +84 215 3825 123\nEmail: banbientap@dienbien.gov.vn'],
  ] as const)('%s', async (language, dateline, contact) => {
    const input = inLanguage('news', language);
    const text = await docxText(input, 'news');
    expect(text).toContain(`\n${dateline}\n`);
    expect(text.trimEnd().endsWith(contact)).toBe(true);
    const html = renderStandaloneHtml(input, { images: 'embed' }).html;
    expect(html).toContain(`>${dateline.slice(dateline.indexOf(', ') + 2)}</time>`);
    const none = await docxText(inLanguage('news', language, { dateline: { place: '', date: '' }, contact: { name: '', phone: '', email: '' } }), 'news');
    expect(none).not.toContain(EXPORT_LABELS[language].contact);
    expect(none).not.toMatch(/Điện Biên, (8\/1|January)/);
  });
});

describe('the HTML page and the CMS fields follow the release’s language, not a guess from its text', () => {
  it('a Vietnamese release set to English prints English labels, and the reverse', () => {
    const en = renderStandaloneHtml(inLanguage('press', 'en'), { images: 'embed' }).html;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Embargoed until January 9, 2019');
    expect(en).toContain('<span class="label">Media contact:</span>');
    expect(en).toContain('<p class="end-mark">###</p>');
    const vi = renderStandaloneHtml(inLanguage('press', 'vi'), { images: 'embed' }).html;
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('<span class="label">Liên hệ báo chí:</span>');
    expect(vi).toContain('<p class="dateline">Điện Biên, <time datetime="2019-01-08">ngày 08 tháng 01 năm 2019</time></p>');
    expect(vi).not.toContain('###');
    expect(vi).toMatch(/\.\/\.<\/p>\n<\/div>/); // ./. closes the boilerplate
  });

  it('the CMS credit prefix follows the language', () => {
    const credit = (language: ReleaseLanguage): string => {
      const input = inLanguage('news', language);
      const body = input.release.body.content.map((n) => (n.type === 'figure' ? { ...n, attrs: { ...n.attrs, credit: 'Minh Hà' } } : n));
      return renderCmsExport({ ...input, release: { ...input.release, body: { type: 'doc', content: body } } }, { preset: 'figure' }).fields.bodyHtml;
    };
    expect(credit('vi')).toContain('Ảnh: Minh Hà');
    expect(credit('en')).toContain('Photo: Minh Hà');
  });
});
