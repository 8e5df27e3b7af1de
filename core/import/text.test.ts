import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../document/plain-text';
import { releaseSchema, type PmNode } from '../document/release';
import { importMarkdown, importPlainText } from './text';

const FIXTURE = '/work/shared/fixtures/dien-bien-article.txt';
const valid = (r: unknown): void => expect(releaseSchema.safeParse(r).success).toBe(true);
const t = (text: string, ...marks: NonNullable<PmNode['marks']>): PmNode => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });

describe('importPlainText', () => {
  it('takes the first non-empty line as headline and blank-line-separated paragraphs; BOM, CRLF, NFC', () => {
    const decomposed = 'Tie\u0302\u0301ng Vie\u0323\u0302t'; // "Tiếng Việt" in Unicode tổ hợp
    const r = importPlainText(`\ufeff\r\n  ${decomposed}: tin mới  \r\n\r\nĐoạn một,\r\ndòng hai.\r\n\r\n\r\n   \r\nĐoạn\tba.\r\n`, 'news');
    valid(r);
    expect(r.kind).toBe('news');
    expect(r.headline).toBe('Tiếng Việt: tin mới');
    expect(r.body.content).toEqual([p(t('Đoạn một,'), { type: 'hardBreak' }, t('dòng hai.')), p(t('Đoạn ba.'))]);
  });

  it('gives the release the language its text is written in', () => {
    expect(importPlainText('Hội nghị tổng kết\n\nSáng nay, tỉnh đã tổ chức hội nghị.', 'news').language).toBe('vi');
    expect(importPlainText('Province opens a school\n\nThe province opened a new school on Monday.', 'press').language).toBe('en');
  });

  it('keeps U+00AD (a TCVN3 "ư" until the legacy converter has run)', () => {
    const r = importPlainText('Tít\n\nT\u00adêng', 'press');
    expect(bodyPlainText(r.body)).toBe('T\u00adêng');
    expect(r.kind).toBe('press');
  });

  it('gives an empty release for empty text, and survives a huge single paragraph', () => {
    const empty = importPlainText('\ufeff\r\n\r\n', 'notice');
    valid(empty);
    expect(empty.headline).toBe('');
    const huge = importPlainText(`Tít\n\n${'chữ '.repeat(60_000)}`, 'news');
    valid(huge);
    expect(bodyPlainText(huge.body).length).toBe(240_000 - 1);
  });

  it.skipIf(!existsSync(FIXTURE))('imports the Điện Biên article (shared fixture): its first line is the headline', () => {
    const r = importPlainText(readFileSync(FIXTURE, 'utf8'), 'news');
    valid(r);
    expect(r.headline).toBe('Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo');
    const text = bodyPlainText(r.body);
    expect(text).toContain('Việc phối hợp tập trung vào công tác xây dựng');
    expect(text).toContain('Giao Tuyến');
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('importMarkdown', () => {
  const md = [
    '\ufeff# Tin **mới** về Điện Biên',
    '',
    '## Phần một',
    'Đoạn *nghiêng*, _cũng nghiêng_, **đậm** và __đậm__, **đậm _lồng_**, [Cổng](https://dienbien.gov.vn/) và',
    '[xấu](javascript:alert(1)) [HOA](JaVaScRiPt:alert(1)) [tab](java\tscript:x) [thư](mailto:a@b.vn).',
    'snake_case_name 2 * 3 \\*không\\* `mã *x*`  ',
    'sau ngắt ![ảnh](anh.png)',
    '',
    '### Phần hai',
    '- một',
    '* hai',
    '  - con',
    '',
    '3. ba',
    '4) bốn',
    '',
    '> trích',
    '> dẫn',
    '',
    '---',
    'Cuối.',
  ].join('\r\n');

  it('maps headings, marks, safe links, lists and quotes; drops unsafe links but keeps their text', () => {
    const r = importMarkdown(md, 'news');
    valid(r);
    expect(r.headline).toBe('Tin mới về Điện Biên');
    const [h2, para, h3, bullets, ordered, quote, last] = r.body.content;
    expect(h2).toEqual({ type: 'heading', attrs: { level: 2 }, content: [t('Phần một')] });
    expect(para!.content).toEqual([
      t('Đoạn '), t('nghiêng', { type: 'italic' }), t(', '), t('cũng nghiêng', { type: 'italic' }), t(', '), t('đậm', { type: 'bold' }), t(' và '),
      t('đậm', { type: 'bold' }), t(', '), t('đậm ', { type: 'bold' }), t('lồng', { type: 'bold' }, { type: 'italic' }), t(', '),
      t('Cổng', { type: 'link', attrs: { href: 'https://dienbien.gov.vn/' } }), t(' và xấu HOA tab '),
      t('thư', { type: 'link', attrs: { href: 'mailto:a@b.vn' } }), t('. snake_case_name 2 * 3 *không* mã *x*'),
      { type: 'hardBreak' }, t('sau ngắt'),
    ]);
    expect(h3).toEqual({ type: 'heading', attrs: { level: 3 }, content: [t('Phần hai')] });
    expect(bullets!.type).toBe('bulletList');
    expect(bullets!.content).toHaveLength(2);
    expect(bullets!.content![1]!.content![1]!.type).toBe('bulletList');
    expect(ordered).toEqual({
      type: 'orderedList', attrs: { start: 3 },
      content: [{ type: 'listItem', content: [p(t('ba'))] }, { type: 'listItem', content: [p(t('bốn'))] }],
    });
    expect(quote).toEqual({ type: 'blockquote', content: [p(t('trích dẫn'))] });
    expect(last).toEqual(p(t('Cuối.')));
    expect(JSON.stringify(r)).not.toMatch(/javascript/i);
  });
});
