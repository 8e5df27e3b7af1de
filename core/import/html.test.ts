import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { bodyPlainText } from '../document/plain-text';
import { releaseSchema, type Asset, type PmNode } from '../document/release';
import { renderStandaloneHtml } from '../export/html/standalone';
import { importHtml } from './html';

const valid = (r: unknown): void => expect(releaseSchema.safeParse(r).success).toBe(true);
const t = (text: string, ...marks: NonNullable<PmNode['marks']>): PmNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const asset = (n: number): Asset => ({ hash: String(n).repeat(64), ext: 'png', mime: 'image/png', width: 10, height: 8, bytes: 99 });
const resolveImage = (src: string): Asset | null => (/^asset:\d$/.test(src) ? asset(Number(src.slice(6))) : null);

describe('importHtml', () => {
  it('drops scripts, styles, iframes, svg and objects with their content; unwraps the rest', () => {
    const html = `<html><head><title>Tiêu đề trang</title><style>p{color:red}</style><script>alert(1)</script></head>
      <body onload="alert(1)"><nav>Trang chủ | Tin tức</nav>
      <p>Một<script>alert(2)</script> <span style="font-family:Arial">hai</span><iframe src="https://x">ba</iframe>
      <svg onload="alert(3)"><text>bốn</text></svg><object data="x">năm</object><!-- ghi chú --> sáu <font face=".VnTime">bảy</font></p>
      <noscript>tám</noscript><template><p>chín</p></template><textarea>mười</textarea></body></html>`;
    const r = importHtml(html, { kind: 'news' });
    valid(r);
    expect(r.headline).toBe('Tiêu đề trang');
    expect(r.body.content).toEqual([p(t('Một hai sáu bảy'))]);
  });

  it('keeps nested formatting, safe links only, breaks, headings and lists', () => {
    const html = `<h1>Tít <b>chính</b></h1><h1>Tít hai</h1><h2>Mục</h2><h4>Mục nhỏ</h4>
      <div><p>a <b>b <i>c <u>d</u></i></b> <strong><a href="https://a.vn/x">e</a></strong>
      <a href="javascript:alert(1)">f</a> <a href="JaVaScRiPt:alert(1)">g</a> <a href="java&#9;script:x">h</a> <a href="data:text/html,x">i</a></p></div>
      <div>dòng<br>ngắt</div>
      <ul><li>một</li><li><p>hai</p><ol start="3"><li>ba</li></ol></li></ul>
      <blockquote><p>trích <em>dẫn</em></p></blockquote>`;
    const r = importHtml(html, { kind: 'press' });
    valid(r);
    expect(r.kind).toBe('press');
    expect(r.headline).toBe('Tít chính');
    expect(r.body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [t('Tít hai')] },
      { type: 'heading', attrs: { level: 2 }, content: [t('Mục')] },
      { type: 'heading', attrs: { level: 3 }, content: [t('Mục nhỏ')] },
      p(t('a '), t('b ', { type: 'bold' }), t('c ', { type: 'bold' }, { type: 'italic' }), t('d', { type: 'bold' }, { type: 'italic' }, { type: 'underline' }), t(' '),
        t('e', { type: 'bold' }, { type: 'link', attrs: { href: 'https://a.vn/x' } }), t(' f g h i')),
      p(t('dòng'), { type: 'hardBreak' }, t('ngắt')),
      { type: 'bulletList', content: [
        { type: 'listItem', content: [p(t('một'))] },
        { type: 'listItem', content: [p(t('hai')), { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(t('ba'))] }] }] },
      ] },
      { type: 'blockquote', content: [p(t('trích '), t('dẫn', { type: 'italic' }))] },
    ]);
  });

  it('turns resolved images into figures (alt, caption, credit) and drops the others', () => {
    const html = `<p>Trước <img src="asset:1" alt="Ảnh một"> sau <img src="https://tracker.example/x.gif"></p>
      <figure><img src="asset:2" alt="Ảnh hai"><figcaption>Hội nghị <em>tổng kết</em>. Ảnh: Minh Anh</figcaption></figure>
      <figure><img src="asset:3" alt=""><figcaption>Chú thích <span class="credit">Ảnh: Giao Tuyến</span></figcaption></figure>
      <figure><img src="nope.png" alt="x"><figcaption>Chú thích còn lại</figcaption></figure>
      <p><img src="asset:1" alt="lại"></p>`;
    const r = importHtml(html, { kind: 'news', resolveImage });
    valid(r);
    expect(r.assets.map((a) => a.hash)).toEqual([asset(1).hash, asset(2).hash, asset(3).hash]);
    const [before, fig1, after, fig2, fig3, leftover, again] = r.body.content;
    expect(before).toEqual(p(t('Trước')));
    expect(fig1).toEqual({ type: 'figure', attrs: { alt: 'Ảnh một', credit: '', width: 'full', align: 'center', lead: false, asset: asset(1).hash } });
    expect(after).toEqual(p(t('sau')));
    expect(fig2!.attrs).toMatchObject({ alt: 'Ảnh hai', credit: 'Ảnh: Minh Anh' });
    expect(fig2!.content).toEqual([t('Hội nghị '), t('tổng kết', { type: 'italic' }), t('.')]);
    expect(fig3!.attrs).toMatchObject({ credit: 'Ảnh: Giao Tuyến' });
    expect(fig3!.content).toEqual([t('Chú thích')]);
    expect(leftover).toEqual(p(t('Chú thích còn lại')));
    expect(again!.attrs).toMatchObject({ asset: asset(1).hash, alt: 'lại' });
    // Without a resolver every image is dropped.
    const none = importHtml(html, { kind: 'news' });
    valid(none);
    expect(none.assets).toEqual([]);
    expect(JSON.stringify(none.body)).not.toContain('figure');
  });

  it('can take the first block as the headline when there is no <h1> or <title> (mammoth output)', () => {
    const html = '<p><strong>Tít của văn bản Word</strong></p><p>Đoạn một.</p>';
    expect(importHtml(html, { kind: 'news' }).headline).toBe('');
    const r = importHtml(html, { kind: 'news', firstBlockAsHeadline: true });
    valid(r);
    expect(r.headline).toBe('Tít của văn bản Word');
    expect(r.body.content).toEqual([p(t('Đoạn một.'))]);
    expect(importHtml('<h1>Tít</h1><p>Đoạn.</p>', { kind: 'news', firstBlockAsHeadline: true }).body.content).toEqual([p(t('Đoạn.'))]);
  });

  it('puts text in NFC and keeps U+00AD as it is', () => {
    const r = importHtml('<p>Vie\u0323\u0302t T\u00adêng &amp; &lt;b&gt;</p>', { kind: 'news' });
    valid(r);
    expect(bodyPlainText(r.body)).toBe('Việt T\u00adêng & <b>');
  });

  it('reads its own standalone export back: headline, sapo, pen name, lead photo, figures and text', () => {
    const { release, assets } = kitchenSinkRelease();
    const input = { release, assets, organisation: { parentBody: '', issuingBody: '', abbreviation: '', placeName: '', rulebook: 'state' as const }, generator: 'PressDesk' };
    const { html } = renderStandaloneHtml(input, { images: 'files', baseName: 'x' });
    const byName = new Map([['x-anh-1.png', release.assets[0]!], ['x-anh-2.jpg', release.assets[1]!]]);
    const back = importHtml(html, { kind: 'news', resolveImage: (src) => byName.get(src) ?? null });
    valid(back);
    expect(back.headline).toBe(release.headline);
    expect(back.sapo).toBe(release.sapo);
    expect(back.author.penName).toBe('Giao Tuyến');
    expect(back.assets).toEqual(release.assets);
    const figures = back.body.content.filter((n) => n.type === 'figure');
    expect(figures.map((f) => f.attrs?.['lead'])).toEqual([true, false]);
    expect(figures.map((f) => f.attrs?.['credit'])).toEqual(['Ảnh: Giao Tuyến', 'Ảnh: Minh Anh']);
    // The body text comes back (the subhead and dateline come back as paragraphs).
    expect(bodyPlainText(back.body)).toContain(bodyPlainText({ type: 'doc', content: release.body.content.slice(1, 3) }).split('\n')[0]);
  });

  it('always gives a valid release, even for empty or hostile input', () => {
    for (const html of ['', '<html></html>', '<script>x</script>', '<ul></ul><ol><li></li></ol><blockquote></blockquote>', '<h2></h2><p> \n </p>', '<li>lẻ</li><ul>x<li>y</li></ul>']) {
      valid(importHtml(html, { kind: 'notice', resolveImage }));
    }
    const long = importHtml(`<h1>${'x'.repeat(3_000)}</h1><p>${'y'.repeat(150_000)}</p>`, { kind: 'news' });
    valid(long);
    expect(long.headline.length).toBe(2_000);
  });
});
