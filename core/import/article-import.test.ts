import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../document/plain-text';
import { releaseSchema } from '../document/release';
import { recogniseHtmlImport, recogniseTextImport } from './article-import';
import { portalStructure } from './article-html';
import { importHtml } from './html';
import { importMarkdown, importPlainText } from './text';

const FIXTURE = readFileSync('/work/shared/fixtures/dien-bien-article.txt', 'utf8');
const SAPO = 'Sáng 12/3, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2026, triển khai nhiệm vụ năm 2027.';
const BODY1 = 'Trong năm 2026, toàn tỉnh có hơn 12.000 lượt người dân được tiếp cận các dịch vụ y tế cơ sở, tăng 15% so với cùng kỳ năm trước.';
const BODY2 = 'Năm 2027, ngành tiếp tục đầu tư trang thiết bị cho các trạm y tế xã, nâng cao chất lượng khám chữa bệnh ban đầu./.';

/** A page saved from a portal: menus, the article with its CMS classes, related news, a footer. */
const PAGE = `<!doctype html><html><head><title>Sở Y tế tổng kết - Báo Tỉnh</title><meta name="author" content="Quang Hưng"></head>
<body><header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul><div>Hotline: 0215 3825 123</div></header>
<div class="container"><article class="detail">
<h1 class="detail-title">Sở Y tế tổng kết công tác y tế cơ sở</h1>
<div class="detail-time">12/03/2027 09:15</div>
<h2 class="detail-sapo">${SAPO}</h2>
<figure class="image"><img src="https://example.vn/anh.jpg" alt=""><figcaption>Đại biểu dự hội nghị. (Ảnh: Quang Hưng)</figcaption></figure>
<div class="detail-content"><p>${BODY1}</p><p>${BODY2}</p></div>
<p class="detail-author">Quang Hưng</p>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/a">Khánh thành trường mới</a></li><li><a href="/b">Ra quân trồng rừng</a></li></ul></div>
</article><aside><h3>Đọc nhiều</h3><p>Điện Biên đón khách du lịch</p></aside></div>
<footer><p>Cơ quan chủ quản: Báo Tỉnh. Điện thoại: 0215 3825 123.</p></footer></body></html>`;

describe('portalStructure', () => {
  it('reads the h1, the sapo and byline classes, figcaptions, meta author and the article element', () => {
    const s = portalStructure(PAGE);
    expect(s.headline).toBe('Sở Y tế tổng kết công tác y tế cơ sở');
    expect(s.sapo).toBe(SAPO);
    expect(s.author).toBe('Quang Hưng');
    expect(s.hints.get('Đại biểu dự hội nghị. (Ảnh: Quang Hưng)')).toBe('caption');
    expect(PAGE.slice(s.article!.start, s.article!.end)).toMatch(/^<article class="detail">[\s\S]*<\/article>$/);
  });

  it('has no article range without an article element', () => {
    expect(portalStructure('<h1>Tít</h1><p>Đoạn.</p>').article).toBeNull();
  });
});

describe('recogniseHtmlImport', () => {
  const result = recogniseHtmlImport(PAGE, (html) => importHtml(html, { kind: 'news' }));

  it('puts the parts of a saved portal page in their fields and leaves the page around them out', () => {
    const r = result.release;
    expect(releaseSchema.safeParse(r).success).toBe(true);
    expect(r.headline).toBe('Sở Y tế tổng kết công tác y tế cơ sở');
    expect(r.sapo).toBe(SAPO);
    expect(r.leadPhoto).toEqual({ caption: 'Đại biểu dự hội nghị.', credit: 'Ảnh: Quang Hưng' });
    expect(bodyPlainText(r.body)).toBe(`${BODY1}\n${BODY2}`);
    expect(r.author.penName).toBe('Quang Hưng');
    const report = result.article!.report;
    expect(report.leftOut).toEqual(expect.arrayContaining(['Trang chủ', 'Hotline: 0215 3825 123', 'Tin cùng chuyên mục', 'Đọc nhiều', '12/03/2027 09:15']));
  });

  it('keeps the release as imported for undo', () => {
    const body = bodyPlainText(result.article!.original.body);
    for (const line of [SAPO, 'Trang chủ', 'Quang Hưng', 'Đọc nhiều']) expect(body).toContain(line);
  });

  it('a page that is no article stays as imported', () => {
    const page = '<h1>Giới thiệu</h1><p>Chúng tôi là một cơ quan báo chí của tỉnh.</p><p>Liên hệ: 0215 3825 123</p>';
    const plain = recogniseHtmlImport(page, (html) => importHtml(html, { kind: 'news' }));
    expect(plain.article).toBeNull();
    expect(plain.release.headline).toBe('Giới thiệu');
  });
});

describe('recogniseTextImport', () => {
  it('recognises the fixture as text and as Markdown; the original keeps everything in the body', () => {
    for (const release of [importPlainText(FIXTURE, 'news'), importMarkdown(FIXTURE, 'news')]) {
      const result = recogniseTextImport(release);
      expect(result.article).not.toBeNull();
      expect(result.release.author.penName).toBe('Giao Tuyến');
      expect(result.article!.report).toMatchObject({ sapo: true, paragraphs: 7, leftOutCount: 7 });
      expect(bodyPlainText(result.article!.original.body)).toContain('Xem nhiều nhất');
    }
  });
});

describe('portalStructure: bounded like the importer', () => {
  it('refuses a page nested past the depth limit, and reads a wide one in one pass', () => {
    expect(() => portalStructure('<div>'.repeat(10_000))).toThrow(/html-depth/);
    const wide = `<article><h1>Tít</h1>${'<p class="sapo">x</p>'.repeat(50_000)}</article>`;
    const started = performance.now();
    expect(portalStructure(wide).sapo).toBe('x');
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('a saved page without an article element (NukeViet-like <div>s)', () => {
  const SAPO2 = 'Chiều 20/3, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết quý I năm 2027 với sự tham dự của các sở, ngành.';
  const BODY = 'Trong quý I, tổng thu ngân sách trên địa bàn tỉnh đạt hơn 500 tỷ đồng, bằng 28% dự toán năm./.';
  const page =
    '<html><body><div id="header"><ul><li>Trang chủ</li><li>Tin tức - Sự kiện</li><li>Văn bản</li></ul></div><div class="wraper"><div class="col-left">' +
    `<div class="news_column"><h1 class="title">Sơ kết quý I năm 2027</h1><div class="hometext">${SAPO2}</div><div id="news-bodyhtml" class="bodytext"><p>${BODY}</p></div>` +
    '<div class="author">Thu Hà</div></div><div class="related"><p>Các tin khác</p><ul><li>Tin một</li><li>Tin hai</li></ul></div></div>' +
    '<div class="col-right"><p>Liên kết website</p></div></div><div id="footer"><p>Bản quyền thuộc UBND tỉnh</p></div></body></html>';

  it('reads the element holding both the h1 and the byline; the menus and sidebars are left out', () => {
    const s = portalStructure(page);
    expect(page.slice(s.article!.start, s.article!.end)).toMatch(/^<div class="news_column">[\s\S]*Thu Hà<\/div><\/div>$/);
    const result = recogniseHtmlImport(page, (html) => importHtml(html, { kind: 'news' }));
    expect(result.release).toMatchObject({ headline: 'Sơ kết quý I năm 2027', sapo: SAPO2, author: { penName: 'Thu Hà' } });
    expect(bodyPlainText(result.release.body)).toBe(BODY);
    expect(result.article!.report.leftOut).toEqual(expect.arrayContaining(['Trang chủ', 'Các tin khác', 'Liên kết website', 'Bản quyền thuộc UBND tỉnh']));
  });
});
