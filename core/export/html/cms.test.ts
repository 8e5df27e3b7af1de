import { strFromU8 } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { CMS_DRAFT_TITLE_PREFIX, cmsFolderFiles, cmsTitle, renderCmsExport } from './cms';
import { HTML_DRAFT_MARK } from './standalone';
import { SAMPLE_APPROVAL, findForbidden, kitchenSinkInput } from './test-support';

const elements = (html: string): Set<string> => new Set(DomUtils.findAll(() => true, parseDocument(html).children).map((e) => e.name));

describe('renderCmsExport: the kitchen sink', () => {
  for (const preset of ['figure', 'centered'] as const) {
    it(`gives the portal fields and a clean body fragment (preset: ${preset})`, () => {
      const input = kitchenSinkInput('news');
      const removed: string[] = [];
      const { fields, files } = renderCmsExport(input, { preset, onRemoved: (w) => removed.push(w) });
      expect(removed).toEqual([]);
      expect(fields.title).toBe(input.release.headline);
      expect(fields.sapo).toBe(input.release.sapo);
      expect(fields.author).toBe('Giao Tuyến');
      expect(fields.leadImage).toBe('anh-1.png');
      expect(fields.leadCaption).toBe(
        'Đồng chí Nguyễn Đức Vượng, Ủy viên BTV, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị Tổng kết công tác khoa giáo 2018, phương hướng, nhiệm vụ 2019 (8/1/2019). Ảnh: Giao Tuyến',
      );
      expect([...files.keys()]).toEqual(['anh-1.png', 'anh-2.jpg']);
      const body = fields.bodyHtml;
      expect(body).toBe(body.normalize('NFC'));
      expect(body).not.toMatch(/<(html|head|body|style|h1|div|span(?! class="credit"))[\s>]/);
      expect(body).not.toMatch(/font|mso-|&shy;|\u00ad|class="(?!image"|credit")/i);
      // The lead photo is a separate field, not repeated in the body.
      expect(body).not.toContain('anh-1.png');
      expect(findForbidden(body, { allowStyleElement: false, allowDataImages: false, allowCenterStyle: preset === 'centered' })).toEqual([]);
      const names = elements(body);
      for (const name of ['p', 'strong', 'em', 'u', 'a', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'br', 'img']) expect(names).toContain(name);
      if (preset === 'figure') {
        expect(body).toContain(
          '<figure class="image"><img src="anh-2.jpg" alt="Các đại biểu dự hội nghị ký kết tuyên truyền biển, đảo"><figcaption>Hội nghị ký kết tuyên truyền biển, đảo và biên giới đất liền giữa Tỉnh ủy Điện Biên và <em>Quân chủng Hải quân</em>. <span class="credit">Ảnh: Minh Anh</span></figcaption></figure>',
        );
        expect(body).not.toContain('style=');
      } else {
        expect(body).toContain(
          '<p style="text-align:center"><img src="anh-2.jpg" alt="Các đại biểu dự hội nghị ký kết tuyên truyền biển, đảo"></p>\n' +
            '<p style="text-align:center"><em>Hội nghị ký kết tuyên truyền biển, đảo và biên giới đất liền giữa Tỉnh ủy Điện Biên và <em>Quân chủng Hải quân</em>. Ảnh: Minh Anh</em></p>',
        );
        expect(names).not.toContain('figure');
        expect(body.match(/style="[^"]*"/g)!.every((s) => s === 'style="text-align:center"')).toBe(true);
      }
    });
  }

  it('has no lead image when no figure is the lead photo, and keeps every figure in the body', () => {
    const input = kitchenSinkInput('news');
    const content = input.release.body.content.map((n) => (n.type === 'figure' ? { ...n, attrs: { ...n.attrs, lead: false } } : n));
    const { fields, files } = renderCmsExport({ ...input, release: { ...input.release, body: { type: 'doc', content } } }, { preset: 'figure' });
    expect(fields.leadImage).toBeNull();
    expect(fields.leadCaption).toBe('');
    expect(fields.bodyHtml.match(/<img /g)).toHaveLength(2);
    expect([...files.keys()]).toEqual(['anh-1.png', 'anh-2.jpg']);
  });

  it('gives the folder: body.html, title/sapo/author/lead-caption .txt and the images', () => {
    const result = renderCmsExport(kitchenSinkInput('news'), { preset: 'figure' });
    const folder = cmsFolderFiles(result);
    expect([...folder.keys()]).toEqual(['body.html', 'title.txt', 'sapo.txt', 'author.txt', 'lead-caption.txt', 'anh-1.png', 'anh-2.jpg']);
    expect(strFromU8(folder.get('body.html')!)).toBe(result.fields.bodyHtml);
    expect(strFromU8(folder.get('title.txt')!)).toBe(`${result.fields.title}\n`);
    expect(strFromU8(folder.get('author.txt')!)).toBe('Giao Tuyến\n');
    expect(folder.get('anh-2.jpg')).toBe(result.files.get('anh-2.jpg'));
  });
});

describe('renderCmsExport: sign-off', () => {
  for (const preset of ['figure', 'centered'] as const) {
    it(`marks a draft in the body and the title, and the mark survives the sanitizer (preset: ${preset})`, () => {
      const input = kitchenSinkInput('news');
      const removed: string[] = [];
      const result = renderCmsExport(input, { preset, draft: true, onRemoved: (w) => removed.push(w) });
      expect(removed).toEqual([]);
      expect(result.fields.bodyHtml.startsWith(`<p><strong>${HTML_DRAFT_MARK}</strong></p>\n`)).toBe(true);
      expect(result.fields.title).toBe(`[DRAFT / BẢN NHÁP] ${input.release.headline}`);
      expect(result.approvalText).toBeNull();
      expect(findForbidden(result.fields.bodyHtml, { allowStyleElement: false, allowDataImages: false, allowCenterStyle: preset === 'centered' })).toEqual([]);
      const folder = cmsFolderFiles(result);
      expect(folder.has('approval.txt')).toBe(false);
      expect(strFromU8(folder.get('title.txt')!)).toBe(`[DRAFT / BẢN NHÁP] ${input.release.headline}\n`);
      expect(strFromU8(folder.get('body.html')!)).toContain(`<strong>${HTML_DRAFT_MARK}</strong>`);
      // Otherwise the same fragment as the plain export.
      const plainBody = renderCmsExport(input, { preset }).fields.bodyHtml;
      expect(result.fields.bodyHtml).toBe(`<p><strong>${HTML_DRAFT_MARK}</strong></p>\n${plainBody}`);
    });
  }

  it('writes no draft mark into a final export, and the approval as approval.txt', () => {
    const input = kitchenSinkInput('news');
    const result = renderCmsExport(input, { preset: 'figure', approval: SAMPLE_APPROVAL });
    expect(result.fields.bodyHtml).not.toContain(HTML_DRAFT_MARK);
    expect(result.fields.bodyHtml).not.toContain('BẢN NHÁP');
    expect(result.fields.title).toBe(input.release.headline);
    const folder = cmsFolderFiles(result);
    expect([...folder.keys()]).toEqual(['body.html', 'title.txt', 'sapo.txt', 'author.txt', 'lead-caption.txt', 'approval.txt', 'anh-1.png', 'anh-2.jpg']);
    expect(strFromU8(folder.get('approval.txt')!)).toBe(
      `Content hash: ${'b'.repeat(64)}\n` +
        'Approved by: Trần Thị Bình\n' +
        'Position: Phó Trưởng ban\n' +
        'Approved at: 2026-11-26T09:30:00+07:00\n' +
        `Key fingerprint: ${'a'.repeat(64)}\n`,
    );
  });

  it('leaves out an empty position and keeps every value on its line', () => {
    const approval = { ...SAMPLE_APPROVAL, signerName: ' Trần\nThị\u00adBình ', signerPosition: '  ' };
    const text = renderCmsExport(kitchenSinkInput('news'), { preset: 'figure', approval }).approvalText;
    expect(text).toBe(`Content hash: ${'b'.repeat(64)}\nApproved by: Trần ThịBình\nApproved at: 2026-11-26T09:30:00+07:00\nKey fingerprint: ${'a'.repeat(64)}\n`);
  });

  it('writes neither marks nor approval.txt without sign-off options', () => {
    const result = renderCmsExport(kitchenSinkInput('news'), { preset: 'figure' });
    expect(result.fields.bodyHtml).not.toContain(HTML_DRAFT_MARK);
    expect(result.approvalText).toBeNull();
    expect(cmsFolderFiles(result).has('approval.txt')).toBe(false);
  });

  it('refuses a draft that carries an approval', () => {
    expect(() => renderCmsExport(kitchenSinkInput('news'), { preset: 'figure', draft: true, approval: SAMPLE_APPROVAL })).toThrow(/draft/);
  });

  it('prefixes a draft title with the HTML draft mark, and only a draft', () => {
    expect(CMS_DRAFT_TITLE_PREFIX).toBe(`[${HTML_DRAFT_MARK}] `);
    expect(cmsTitle('  Hội nghị\u00ad tổng kết ', true)).toBe('[DRAFT / BẢN NHÁP] Hội nghị tổng kết');
    expect(cmsTitle('  Hội nghị tổng kết ', false)).toBe('Hội nghị tổng kết');
    expect(cmsTitle('', true)).toBe('[DRAFT / BẢN NHÁP]');
  });
});
