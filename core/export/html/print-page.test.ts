import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import type { PmNode } from '../../document/release';
import { LAYOUT_NAMES } from '../layout';
import { printPageCsp, renderPrintHtml, PRINT_DRAFT_MARK } from './print-page';
import { printStylesheet } from './print-stylesheet';
import { findForbidden, kitchenSinkInput, payloadInput, SAMPLE_APPROVAL } from './test-support';

const dom = (html: string) => parseDocument(html);
const byClass = (html: string, cls: string): Element[] => DomUtils.findAll((e) => (e.attribs['class'] ?? '').split(' ').includes(cls), dom(html).children);
const text = (e: Element | undefined): string => (e ? DomUtils.textContent(e).replace(/\u00a0/g, ' ') : '');

/** What must never be in output, but for the page's own CSP meta (exactly one http-equiv, ours). */
function forbidden(html: string) {
  expect(html.match(/<meta http-equiv/g)).toHaveLength(1);
  return findForbidden(html, { allowStyleElement: true, allowDataImages: true, allowCenterStyle: false }).filter((f) => f.problem !== 'meta http-equiv');
}

describe('renderPrintHtml', () => {
  it.each(LAYOUT_NAMES)('%s: a whole page, nothing removed by the sanitizer, no script, its own CSP and stylesheet', (layout) => {
    const removed: string[] = [];
    const html = renderPrintHtml(kitchenSinkInput(layout === 'news' ? 'news' : layout === 'press' ? 'press' : 'notice'), { layout, onRemoved: (w) => removed.push(w) });
    expect(removed).toEqual([]);
    expect(html).toContain(`<style>${printStylesheet(layout)}</style>`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${printPageCsp(printStylesheet(layout)).replace(/'/g, '&#39;')}">`);
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(forbidden(html)).toEqual([]);
    // Photos are embedded: the page must print with nothing beside it.
    expect(html).toMatch(/<img src="data:image\/(png|jpeg);base64,/);
    expect(html).not.toContain(PRINT_DRAFT_MARK);
  });

  it('hashes the stylesheet into the policy (sha256, base64), so only that stylesheet applies', () => {
    expect(printPageCsp('body { color: red; }')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src data:;/);
    expect(printPageCsp('a')).not.toBe(printPageCsp('b'));
  });

  it('lays a Decree 30 notice out as the DOCX does: two header columns, THÔNG CÁO, summary, body ending ./., Nơi nhận beside the signature', () => {
    const input = kitchenSinkInput('notice');
    const html = renderPrintHtml({ ...input, organisation: { ...input.organisation, rulebook: 'state' } }, { layout: 'decree30' });
    const head = byClass(html, 'notice-head')[0]!;
    const columns = head.children.filter((c): c is Element => c.type === 'tag');
    expect(columns).toHaveLength(4);
    expect(text(columns[0])).toContain('TỈNH ỦY ĐIỆN BIÊN');
    expect(text(columns[1])).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(columns[1])).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text(columns[2])).toBe('\nSố: 05/TC-UBND\n');
    expect(text(columns[3]).trim()).toBe('Điện Biên, ngày 08 tháng 01 năm 2019');
    expect(text(byClass(html, 'notice-title')[0])).toBe('THÔNG CÁO');
    const foot = byClass(html, 'notice-foot')[0]!;
    expect(text(byClass(html, 'recipients')[0])).toContain('- Lưu: VT, BTGTU.');
    expect(DomUtils.textContent(foot).indexOf('Nơi nhận:')).toBeLessThan(DomUtils.textContent(foot).indexOf(input.release.notice.signerName));
    const body = DomUtils.textContent(dom(html));
    expect(body.slice(0, body.indexOf('Nơi nhận:')).trimEnd().endsWith('/.')).toBe(true);
  });

  it('writes the Party header: ĐẢNG CỘNG SẢN VIỆT NAM, the number without a colon', () => {
    const html = renderPrintHtml(kitchenSinkInput('notice'), { layout: 'party36' });
    expect(text(byClass(html, 'notice-state')[0])).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text(byClass(html, 'notice-number')[0])).toBe('Số 05-TC-UBND');
  });

  it('numbers captions in notices ("Ảnh 1: …") and not in the news layout', () => {
    const notice = renderPrintHtml(kitchenSinkInput('notice'), { layout: 'decree30' });
    const news = renderPrintHtml(kitchenSinkInput('news'), { layout: 'news' });
    const captions = (html: string) => DomUtils.findAll((e) => e.name === 'figcaption', dom(html).children).map(text);
    expect(captions(notice)[0]).toMatch(/^Ảnh 1: /);
    expect(captions(notice)[1] ?? 'Ảnh 2').toMatch(/^Ảnh 2/);
    expect(captions(news)[0]).not.toMatch(/^Ảnh 1/);
  });

  it('marks a draft on page 1 and on every page; signs a final notice with the approver', () => {
    const draft = renderPrintHtml(kitchenSinkInput('news'), { layout: 'news', draft: true });
    expect(text(byClass(draft, 'draft-mark')[0])).toBe(PRINT_DRAFT_MARK);
    expect(draft).toContain('@top-right { content: "DRAFT / BẢN NHÁP"');
    const signed = renderPrintHtml(kitchenSinkInput('notice'), { layout: 'party36', approval: SAMPLE_APPROVAL });
    expect(text(byClass(signed, 'signature-name')[0])).toBe(SAMPLE_APPROVAL.signerName);
  });

  it('prints an English press release the wire way: FOR IMMEDIATE RELEASE or the embargo, dateline leading the first paragraph, ###', () => {
    const input = kitchenSinkInput('press');
    const release = { ...input.release, language: 'en' as const, embargo: { mode: 'immediate' as const }, boilerplate: '' };
    const html = renderPrintHtml({ ...input, release }, { layout: 'press' });
    expect(text(byClass(html, 'release-status')[0])).toBe('FOR IMMEDIATE RELEASE');
    expect(html).toMatch(/<p><strong>ĐIỆN BIÊN, January 8, 2019 —<\/strong> /);
    expect(text(byClass(html, 'end-mark')[0])).toBe('###');
  });

  it('keeps hostile text as text', () => {
    for (const layout of LAYOUT_NAMES) {
      const html = renderPrintHtml(payloadInput(layout === 'news' ? 'news' : layout === 'press' ? 'press' : 'notice'), { layout });
      expect(forbidden(html)).toEqual([]);
      expect(html).not.toMatch(/<script/i);
    }
  });
});

describe('renderPrintHtml: what the other exports carry in the body', () => {
  const body: PmNode[] = [
    { type: 'paragraph', content: [{ type: 'text', text: 'CO' }, { type: 'text', text: '2', marks: [{ type: 'subscript' }] }, { type: 'text', text: ' giảm' }, { type: 'footnote', attrs: { text: 'Số liệu của Sở Tài nguyên và Môi trường.' } }, { type: 'text', text: '.' }] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Huyện' }] }] }, { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Số xã' }] }] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mường Chà' }] }] }, { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '12' }] }] }] },
      ],
    },
  ];

  it.each(LAYOUT_NAMES)('%s: a table with its header row, subscripts, and footnotes listed after the body', (layout) => {
    const input = kitchenSinkInput(layout === 'news' ? 'news' : layout === 'press' ? 'press' : 'notice');
    const removed: string[] = [];
    const html = renderPrintHtml({ ...input, release: { ...input.release, body: { type: 'doc', content: body } } }, { layout, onRemoved: (w) => removed.push(w) });
    expect(removed).toEqual([]);
    expect(html).toContain('<thead>\n<tr><th>Huyện</th><th>Số xã</th></tr>\n</thead>');
    expect(html).toMatch(/CO<sub>2<\/sub> giảm<sup><a href="#fn-1" id="fnref-1"[^>]*>1<\/a><\/sup>\./);
    expect(text(byClass(html, 'footnotes')[0])).toContain('Số liệu của Sở Tài nguyên và Môi trường.');
    // The notes come before the signature block of a notice.
    if (layout === 'decree30' || layout === 'party36') expect(html.indexOf('class="footnotes"')).toBeLessThan(html.indexOf('class="notice-foot"'));
  });
});
