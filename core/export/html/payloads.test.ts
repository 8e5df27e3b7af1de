import { describe, expect, it } from 'vitest';
import { renderCmsExport } from './cms';
import { sanitizeHtml } from './sanitize';
import { renderStandaloneHtml } from './standalone';
import { BAD_HREFS, PAYLOADS, findForbidden, payloadInput } from './test-support';

describe('the payload corpus in the model never survives into any output', () => {
  for (const kind of ['news', 'press', 'notice'] as const) {
    for (const images of ['embed', 'files'] as const) {
      it(`standalone page, ${kind}, images ${images}`, () => {
        const { html, files } = renderStandaloneHtml(payloadInput(kind), { images });
        expect(findForbidden(html, { allowStyleElement: true, allowDataImages: images === 'embed', allowCenterStyle: false })).toEqual([]);
        // The payload text is still there, as visible text.
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        for (const name of files.keys()) expect(name).toMatch(/^[a-z0-9-]+\.(png|jpg)$/);
      });
    }
    for (const preset of ['figure', 'centered'] as const) {
      it(`CMS fragment and fields, ${kind}, preset ${preset}`, () => {
        const { fields } = renderCmsExport(payloadInput(kind), { preset });
        expect(findForbidden(fields.bodyHtml, { allowStyleElement: false, allowDataImages: false, allowCenterStyle: preset === 'centered' })).toEqual([]);
        for (const field of [fields.title, fields.sapo, fields.author, fields.leadCaption]) expect(field).not.toContain('\u00ad');
        for (const href of BAD_HREFS) expect(fields.bodyHtml).not.toContain(`href="${href}`);
      });
    }
  }
});

describe('sanitizeHtml on hostile markup', () => {
  const fragment = (html: string, profile: 'cms-figure' | 'cms-centered' = 'cms-figure'): string => sanitizeHtml(html, { profile, images: 'files' });

  it('drops every payload element with its content and keeps harmless text', () => {
    for (const payload of PAYLOADS) {
      const out = fragment(`<p>trước ${payload} sau</p>`);
      expect(findForbidden(out, { allowStyleElement: false, allowDataImages: false, allowCenterStyle: false })).toEqual([]);
      expect(out.startsWith('<p>trước ')).toBe(true);
      expect(out).toContain(' sau');
    }
    expect(fragment('<p>a<script>alert(1)</script>b</p>')).toBe('<p>ab</p>');
    expect(fragment('<svg onload=alert(1)><text>x</text></svg><p>ok</p>')).toBe('<p>ok</p>');
  });

  it('lets links through only with safe targets, always with rel', () => {
    for (const href of [...BAD_HREFS.filter((h) => !h.includes('"')), 'jav&#x09;ascript:alert(1)', 'java\nscript:alert(1)', '  JAVASCRIPT:alert(1)', 'data:image/png;base64,AAAA']) {
      expect(fragment(`<p><a href="${href}">x</a></p>`)).toBe('<p>x</p>');
    }
    expect(fragment('<p><a href="https://a.vn/" onclick="x()" rel="opener" target="_blank">x</a></p>')).toBe('<p><a href="https://a.vn/" rel="noopener noreferrer">x</a></p>');
  });

  it('keeps the sign-off meta tags, robots only as noindex, and the draft banner class', () => {
    const head = (meta: string): string =>
      sanitizeHtml(`<!DOCTYPE html><html lang="vi"><head>${meta}</head><body><p class="draft-mark">BẢN NHÁP</p></body></html>`, { profile: 'standalone', images: 'files' });
    expect(head('<meta name="robots" content="noindex">')).toContain('<meta name="robots" content="noindex">');
    expect(head('<meta name="robots" content="index, follow">')).not.toContain('robots');
    expect(head('<meta name="pressdesk-approver" content="Trần Thị Bình">')).toContain('<meta name="pressdesk-approver" content="Trần Thị Bình">');
    expect(head('<meta name="referrer" content="unsafe-url">')).not.toContain('referrer');
    expect(head('')).toContain('<p class="draft-mark">BẢN NHÁP</p>');
  });

  it('allows data: images only on the embedded standalone page, and only raster base64', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(fragment(`<p><img src="${png}" alt=""></p>`)).toBe('<p></p>');
    const page = (src: string, images: 'embed' | 'files'): string => sanitizeHtml(`<p><img src="${src}" alt="a"></p>`, { profile: 'standalone', images });
    expect(page(png, 'embed')).toBe(`<p><img src="${png}" alt="a"></p>`);
    expect(page(png, 'files')).toBe('<p></p>');
    expect(page('data:image/svg+xml;base64,PHN2Zz4=', 'embed')).toBe('<p></p>');
    expect(page('data:text/html,<script>alert(1)</script>', 'embed')).toBe('<p></p>');
    expect(page('../../etc/passwd.png', 'files')).toBe('<p></p>');
    expect(page('anh-1.jpg', 'files')).toBe('<p><img src="anh-1.jpg" alt="a"></p>');
  });

  it('survives random tag soup built from the payload pieces (deterministic fuzz)', () => {
    const pieces = [...PAYLOADS, '<p>', '</p>', '<a href="https://a.vn/">', '</a>', '<img src="anh-1.jpg" alt="', '">', '"', "'", '<', '>', '</', '<!--', '-->',
      '<![CDATA[', ']]>', '<svg>', '<math>', '<table><tr><td>', '<select><option>', '<textarea>', '</textarea>', '<noscript>', '<style>', '</style>',
      '<script>', '</script>', '<iframe srcdoc="<script>alert(1)</script>">', 'java\tscript:', 'onerror=', ' ', 'chữ', '&', '&#0;', '&#x0a;', '\u0000'];
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 400; round++) {
      let html = '';
      for (let i = 0; i < 12; i++) html += pieces[Math.floor(next() * pieces.length)];
      for (const profile of ['cms-figure', 'cms-centered', 'standalone'] as const) {
        for (const images of ['embed', 'files'] as const) {
          const out = sanitizeHtml(html, { profile, images, stylesheet: 'p{}' });
          expect(findForbidden(out, { allowStyleElement: false, allowDataImages: images === 'embed', allowCenterStyle: profile === 'cms-centered' }), html).toEqual([]);
          expect(sanitizeHtml(out, { profile, images, stylesheet: 'p{}' }), html).toBe(out);
        }
      }
    }
  });

  it('puts embedded images back unchanged, wherever the data: text was, and refuses a forged placeholder', () => {
    const uri = 'data:image/png;base64,iVBORw0KGgo=';
    const html = `<p>src="${uri}"</p><p><img src="${uri}" alt="a"><img src="pressdesk-img-abcdefgh-0" alt="b"></p>`;
    expect(sanitizeHtml(html, { profile: 'standalone', images: 'embed' })).toBe(`<p>src="${uri}"</p><p><img src="${uri}" alt="a"></p>`);
  });

  it('keeps no style attribute but text-align:center on paragraphs of the centered preset; no fonts, no mso, no review marks', () => {
    expect(fragment('<p style="text-align:center">x</p>', 'cms-centered')).toBe('<p style="text-align:center">x</p>');
    expect(fragment('<p style="text-align:center">x</p>')).toBe('<p>x</p>');
    expect(fragment('<p style="text-align:center;font-family:Arial">x</p>', 'cms-centered')).toBe('<p>x</p>');
    expect(fragment('<p class="MsoNormal" style="mso-line-height-rule:exactly"><span style="font-size:14pt;font-family:\'Times New Roman\'">x</span></p>')).toBe('<p>x</p>');
    expect(fragment('<p><ins data-suggestion="1">thêm</ins><del>bớt</del><mark class="comment">ghi chú</mark><font face="Arial">chữ</font></p>')).toBe('<p>thêmbớtghi chúchữ</p>');
    expect(fragment('<p>a&shy;b\u00adc</p>')).toBe('<p>abc</p>');
  });

  it('keeps only the exporter stylesheet in the head of a standalone page', () => {
    const css = 'p { color: #000; }';
    const page = (head: string): string => sanitizeHtml(`<!DOCTYPE html><html lang="vi"><head>${head}</head><body><p>x</p></body></html>`, { profile: 'standalone', images: 'files', stylesheet: css });
    expect(page(`<style>${css}</style>`)).toContain(`<style>${css}</style>`);
    expect(page('<style>@import url(https://evil.example/x.css);</style>')).not.toContain('<style');
    expect(page('<meta http-equiv="refresh" content="0;url=https://evil.example/">')).not.toContain('<meta');
    expect(page('<base href="https://evil.example/"><link rel="stylesheet" href="x.css">')).toBe('<!DOCTYPE html><html lang="vi"><head></head><body><p>x</p></body></html>');
    expect(sanitizeHtml(`<p><style>${css}</style>x</p>`, { profile: 'standalone', images: 'files', stylesheet: css })).toBe('<p>x</p>');
  });
});
