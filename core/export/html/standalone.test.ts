import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { figureAssetHashes } from '../../document/release';
import { renderStandaloneHtml } from './standalone';
import { findForbidden, kitchenSinkInput, largeInput } from './test-support';

type El = ReturnType<typeof DomUtils.findAll>[number];
const all = (html: string, name: string): El[] => DomUtils.findAll((e) => e.name === name, parseDocument(html).children);
const one = (html: string, selector: (e: El) => boolean): El | null => DomUtils.findOne(selector, parseDocument(html).children);
const text = (e: El | null): string => (e ? DomUtils.textContent(e) : '');
const hasClass = (cls: string) => (e: El) => (e.attribs['class'] ?? '').split(' ').includes(cls);

describe('renderStandaloneHtml: the kitchen sink', () => {
  for (const images of ['embed', 'files'] as const) {
    it(`is one semantic UTF-8 NFC page, nothing removed by the sanitizer (images: ${images})`, () => {
      const removed: string[] = [];
      const input = kitchenSinkInput('news');
      const { html, files } = renderStandaloneHtml(input, { images, onRemoved: (w) => removed.push(w) });
      expect(removed).toEqual([]);
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toBe(html.normalize('NFC'));
      expect(text(all(html, 'title')[0] ?? null)).toBe(input.release.headline);
      const article = all(html, 'article');
      expect(article).toHaveLength(1);
      const h1 = all(html, 'h1');
      expect(h1.map(text)).toEqual([input.release.headline]);
      expect(text(one(html, hasClass('sapo')))).toBe(input.release.sapo);
      expect(text(one(html, hasClass('subhead')))).toBe(input.release.subhead);
      expect(text(one(html, hasClass('dateline')))).toBe('Điện Biên, 8/1/2019');
      // Lead photo first (right after the header), pen name last.
      const children = article[0]!.children.filter((c): c is El => 'attribs' in c);
      expect(children.map((c) => c.name)).toEqual(expect.arrayContaining(['header', 'figure']));
      expect(children[0]!.name).toBe('header');
      expect(children[1]!.attribs['class']).toBe('image image--lead');
      expect(children.at(-1)!.attribs['class']).toBe('author');
      expect(text(children.at(-1)!)).toBe('Giao Tuyến');
      // Every figure: img with alt, width, height; caption with the credit.
      const figures = all(html, 'figure');
      expect(figures).toHaveLength(figureAssetHashes(input.release.body).length);
      for (const figure of figures) {
        const img = DomUtils.findOne((e) => e.name === 'img', figure.children)!;
        expect(img.attribs['alt']).not.toBe('');
        expect(Number(img.attribs['width'])).toBeGreaterThan(0);
        expect(text(DomUtils.findOne(hasClass('credit'), figure.children))).toMatch(/^Ảnh: /);
      }
      expect(figures[1]!.attribs['class']).toBe('image image--half image--right');
      // Every node and mark made it: headings, lists (nested), quote, breaks, marks, safe links.
      for (const name of ['h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'br', 'strong', 'em', 'u', 'a']) expect(all(html, name).length).toBeGreaterThan(0);
      expect(all(html, 'ul').length).toBe(2);
      for (const a of all(html, 'a')) expect(a.attribs['rel']).toBe('noopener noreferrer');
      expect(all(html, 'style')).toHaveLength(1);
      expect(findForbidden(html, { allowStyleElement: true, allowDataImages: images === 'embed', allowCenterStyle: false })).toEqual([]);

      const srcs = all(html, 'img').map((i) => i.attribs['src']!);
      if (images === 'embed') {
        expect(files.size).toBe(0);
        expect(srcs[0]).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
        expect(srcs[1]).toMatch(/^data:image\/jpeg;base64,\/9j\//);
      } else {
        expect(srcs).toEqual(['ban-tuyen-giao-tinh-uy-dien-bien-lam-tot-cong-anh-1.png', 'ban-tuyen-giao-tinh-uy-dien-bien-lam-tot-cong-anh-2.jpg']);
        expect([...files.keys()]).toEqual(srcs);
        expect(files.get(srcs[0]!)).toBe(input.assets.get(input.release.assets[0]!.hash));
      }
    });
  }

  it('writes the embargo line, contact block, boilerplate and ./. for a Vietnamese press release', () => {
    const { html } = renderStandaloneHtml(kitchenSinkInput('press'), { images: 'files' });
    expect(text(one(html, hasClass('release-status')))).toBe('Không đăng trước 9:00 ngày 9/1/2019 (GMT+07:00)');
    const contact = one(html, (e) => e.name === 'address')!;
    expect(text(contact)).toContain('Lò Thị Hoa');
    expect(DomUtils.findAll((e) => e.name === 'a', contact.children).map((a) => a.attribs['href'])).toEqual(['tel:+842153825123', 'mailto:banbientap@dienbien.gov.vn']);
    expect(text(one(html, hasClass('boilerplate')))).toContain('Ban Tuyên giáo Tỉnh ủy Điện Biên là cơ quan tham mưu');
    expect(text(one(html, hasClass('boilerplate'))).trimEnd().endsWith('./.')).toBe(true);
    expect(html).not.toContain('###');
    expect(html.indexOf('class="author"')).toBeLessThan(html.indexOf('class="boilerplate"'));
  });

  it('writes the official header, place-date line and signature block for a notice', () => {
    const input = kitchenSinkInput('notice');
    const party = renderStandaloneHtml(input, { images: 'files' }).html;
    expect(text(one(party, hasClass('notice-number')))).toBe('Số 05-TC-UBND');
    expect(party).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text(one(party, hasClass('dateline')))).toBe('Điện Biên, ngày 08 tháng 01 năm 2019');
    expect(text(one(party, hasClass('recipients')))).toContain('- Lưu: VT, BTGTU.');
    const state = renderStandaloneHtml({ ...input, organisation: { ...input.organisation, rulebook: 'state' } }, { images: 'files' }).html;
    expect(text(one(state, hasClass('notice-number')))).toBe('Số: 05/TC-UBND');
    expect(state).toContain('Độc lập - Tự do - Hạnh phúc');
  });

  it('writes the signature block line by line, and keeps the last two words of header and summary lines together', () => {
    const input = kitchenSinkInput('notice');
    const lines = [
      { authority: 'TM.' as const, title: 'Ủy ban nhân dân' },
      { authority: 'KT.' as const, title: 'Chủ tịch' },
      { authority: '' as const, title: 'Phó Chủ tịch' },
    ];
    const html = renderStandaloneHtml({ ...input, release: { ...input.release, notice: { ...input.release.notice, signatureLines: lines } } }, { images: 'files' }).html;
    const signature = one(html, hasClass('signature'));
    const levels = signature ? DomUtils.findAll(hasClass('signature-authority'), signature.children).map(text) : [];
    expect(levels).toEqual(['TM. Ủy ban nhân dân', 'KT. Chủ tịch', 'Phó Chủ tịch']);
    expect(text(one(html, hasClass('notice-issuer')))).toMatch(/ \S+\u00a0\S+$/);
    expect(text(one(html, hasClass('notice-summary')))).toBe('Về kết quả phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo năm\u00a02018');
  });

  it('uses lang="en" for a release in English, or the language asked for', () => {
    const input = kitchenSinkInput('press');
    const english = { ...input.release, language: 'en' as const, headline: 'Province opens a new school', sapo: 'The province opened a school on Monday.', subhead: '', body: { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The new school has twelve classrooms and a library for the children of the district.' }] }] } };
    const en = renderStandaloneHtml({ ...input, release: english }, { images: 'embed' }).html;
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Embargoed until January 9, 2019, 09:00 GMT+07:00');
    expect(en).toContain('<p class="dateline">Điện Biên, <time datetime="2019-01-08">January 8, 2019</time> —</p>');
    expect(renderStandaloneHtml(input, { images: 'embed', lang: 'en' }).html).toContain('<html lang="en">');
  });

  it('names image files after the given base name, one file per image however often it is used', () => {
    const input = kitchenSinkInput('news');
    const lead = input.release.body.content[0]!;
    const again = { ...lead, attrs: { ...lead.attrs, lead: false } };
    const release = { ...input.release, body: { type: 'doc' as const, content: [...input.release.body.content, again] } };
    const { html, files } = renderStandaloneHtml({ ...input, release }, { images: 'files', baseName: 'Thông cáo số 05' });
    expect([...files.keys()]).toEqual(['thong-cao-so-05-anh-1.png', 'thong-cao-so-05-anh-2.jpg']);
    expect(all(html, 'img').map((i) => i.attribs['src'])).toEqual(['thong-cao-so-05-anh-1.png', 'thong-cao-so-05-anh-2.jpg', 'thong-cao-so-05-anh-1.png']);
  });

  it('throws when a figure refers to image bytes that were not supplied', () => {
    const input = kitchenSinkInput('news');
    expect(() => renderStandaloneHtml({ ...input, assets: new Map() }, { images: 'embed' })).toThrow(/bytes of image [0-9a-f]{64}/);
  });
});

describe('renderStandaloneHtml: a 20,000-word release with 30 photos', () => {
  it('exports in seconds, not minutes, with images embedded', () => {
    const input = largeInput(20_000, 30);
    renderStandaloneHtml(input, { images: 'embed' }); // warm-up
    const started = performance.now();
    const { html } = renderStandaloneHtml(input, { images: 'embed' });
    const ms = performance.now() - started;
    console.log(`[html] standalone embed, 20,000 words + 30 photos of 250 KB: ${ms.toFixed(0)} ms, ${(html.length / 1e6).toFixed(1)} MB`);
    expect(html.match(/<img /g)).toHaveLength(30);
    expect(ms).toBeLessThan(5_000); // a loose bound: shared CI machines are slow; the log line has the figure
  }, 30_000);
});
