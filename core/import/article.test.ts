import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../document/plain-text';
import { releaseSchema, type PmNode } from '../document/release';
import { applyArticle, articleReport, recogniseArticle, releaseUnits, type ArticleParts } from './article';
import { importPlainText } from './text';
import { PORTAL_SAMPLES, type PortalSample } from './article-samples.fixture';
import { HELD_OUT_SAMPLES } from './article-heldout.fixture';

const FIXTURE = readFileSync('/work/shared/fixtures/dien-bien-article.txt', 'utf8');

function recognise(text: string): ArticleParts | null {
  return recogniseArticle(releaseUnits(importPlainText(text, 'news')));
}

const bodyText = (parts: ArticleParts): string => bodyPlainText({ type: 'doc', content: parts.body });

describe('recogniseArticle: the fixture (dien-bien-article.txt)', () => {
  const parts = recognise(FIXTURE)!;

  it('finds headline, caption, sapo, body, pen name and leaves the furniture out', () => {
    expect(parts).not.toBeNull();
    expect(parts.headline).toBe('Ban Tuyên giáo Tỉnh ủy Điện Biên: Làm tốt công tác phối hợp liên ngành trong khối tư tưởng văn hóa, khoa giáo');
    expect(parts.caption).toEqual({
      text: 'Đồng chí Nguyễn Đức Vượng, Ủy viên BTV, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị Tổng kết công tác khoa giáo 2018, phương hướng, nhiệm vụ 2019 (8/1/2019)',
      credit: '',
    });
    expect(parts.sapo).toMatch(/^Việc phối hợp tập trung vào công tác xây dựng/);
    expect(parts.sapo).toMatch(/tinh thần cho nhân dân\.$/);
    expect(parts.body).toHaveLength(7);
    expect(bodyText(parts)).toMatch(/^Ban Tuyên giáo Tỉnh ủy bám sát nhiệm vụ chính trị/);
    expect(bodyText(parts)).toMatch(/thực hiện hiệu quả nhiệm vụ được giao\.\/\.$/);
    expect(parts.penName).toBe('Giao Tuyến');
    expect(parts.leftOut).toEqual([
      'Có thể bạn quan tâm',
      'Phản hồi',
      'Thông tin người gửi phản hồi',
      'Các tin khác',
      'Mới nhất',
      'Liên kết website',
      'Xem nhiều nhất',
    ]);
  });

  it('never puts the caption, pen name or furniture in the body or the sapo', () => {
    const text = `${parts.sapo}\n${bodyText(parts)}`;
    for (const stray of ['Đồng chí Nguyễn Đức Vượng', 'Giao Tuyến', 'Phản hồi', 'Xem nhiều nhất']) expect(text).not.toContain(stray);
  });

  it('applies to a release that passes the schema, with the caption in the lead-photo slot', () => {
    const release = applyArticle(importPlainText(FIXTURE, 'news'), parts);
    expect(releaseSchema.safeParse(release).success).toBe(true);
    expect(release.leadPhoto).toEqual({ caption: parts.caption!.text, credit: '' });
    expect(release.author.penName).toBe('Giao Tuyến');
    expect(articleReport(parts)).toMatchObject({ sapo: true, paragraphs: 7, penName: 'Giao Tuyến', leftOut: parts.leftOut });
  });
});

describe('recogniseArticle: portal-shaped samples of other sites', () => {
  const check = (sample: PortalSample): void => {
    const parts = recognise(sample.text);
    if (sample.expect === null) {
      expect(parts, sample.name).toBeNull();
      return;
    }
    expect(parts, sample.name).not.toBeNull();
    const e = sample.expect;
    expect(parts!.headline, sample.name).toBe(e.headline);
    expect(parts!.caption, sample.name).toEqual(e.caption);
    expect(parts!.sapo.startsWith(e.sapoStart), `${sample.name}: ${parts!.sapo}`).toBe(true);
    expect(parts!.body.length, sample.name).toBe(e.paragraphs);
    expect(parts!.penName, sample.name).toBe(e.penName);
    expect(parts!.leftOut, sample.name).toEqual(e.leftOut);
  };
  for (const sample of PORTAL_SAMPLES) it(sample.name, () => check(sample));
});

describe('recogniseArticle: what stays whole', () => {
  it('a plain release without the signs of a portal copy', () => {
    expect(recognise('Tít\n\nĐoạn một của bài viết, có đủ câu chữ để thành một đoạn văn.\n\nĐoạn hai cũng là một câu văn hoàn chỉnh như thế này.')).toBeNull();
  });

  it('a notice ending ./. followed by its contact line (not furniture, not a pen name)', () => {
    const text = [
      'Thông cáo về Hội nghị tổng kết năm 2026',
      'Sáng 8/1, Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027.',
      'Hội nghị đã đánh giá kết quả đạt được và chỉ ra những hạn chế cần khắc phục trong năm tới./.',
      'Liên hệ báo chí: Lò Thị Hoa, điện thoại 0215 3825 123',
    ].join('\n\n');
    expect(recognise(text)).toBeNull();
  });

  it('a notice ending ./. followed by Nơi nhận and its recipient lines', () => {
    const text = [
      'THÔNG CÁO BÁO CHÍ',
      'Về kết quả kỳ họp thứ 10 Hội đồng nhân dân tỉnh',
      'Ngày 10/12/2026, Hội đồng nhân dân tỉnh khóa XV tổ chức kỳ họp thứ 10 với nhiều nội dung quan trọng.',
      'Kỳ họp đã thông qua 20 nghị quyết về phát triển kinh tế - xã hội của tỉnh./.',
      'Nơi nhận:',
      '- Các cơ quan báo chí;',
      '- Lưu: VT.',
    ].join('\n\n');
    expect(recognise(text)).toBeNull();
  });

  it('too little text to be an article', () => {
    expect(recognise('Tít\n\nGiao Tuyến')).toBeNull();
    expect(recogniseArticle([])).toBeNull();
  });
});

describe('recogniseArticle: held-out samples (written after tuning)', () => {
  for (const sample of HELD_OUT_SAMPLES) {
    it(sample.name, () => {
      const got = recognise(sample.text);
      if (sample.exp === null) {
        expect(got).toBeNull();
        return;
      }
      expect(got).not.toBeNull();
      expect({
        headline: got!.headline,
        caption: got!.caption?.text ?? null,
        sapo: got!.sapo.slice(0, sample.exp.sapo.length),
        paragraphs: got!.body.length,
        penName: got!.penName,
        leftOut: got!.leftOut.length,
      }).toEqual(sample.exp);
    });
  }
});

describe('recogniseArticle: blocks as a portal page pastes them', () => {
  const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const h = (level: number, text: string): PmNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
  const item = (text: string): PmNode => ({ type: 'listItem', content: [p(text)] });
  const sapo = 'Sáng 12/3, Sở Y tế tỉnh tổ chức hội nghị tổng kết công tác y tế cơ sở năm 2026, triển khai nhiệm vụ năm 2027.';
  const blocks: PmNode[] = [
    h(2, 'Sở Y tế tổng kết công tác y tế cơ sở'),
    p('12/03/2027 09:15'),
    h(2, sapo),
    p('Đại biểu dự hội nghị. (Ảnh: Quang Hưng)'),
    p('Trong năm 2026, toàn tỉnh có hơn 12.000 lượt người dân được tiếp cận các dịch vụ y tế cơ sở, tăng 15% so với cùng kỳ.'),
    p('Năm 2027, ngành tiếp tục đầu tư trang thiết bị cho các trạm y tế xã, nâng cao chất lượng khám chữa bệnh ban đầu./.'),
    p('Quang Hưng'),
    h(3, 'Tin cùng chuyên mục'),
    { type: 'bulletList', content: [item('Khánh thành trường mới'), item('Ra quân trồng rừng')] },
  ];

  it('takes a sapo set as a heading, the caption after it, and each related link as a line left out', () => {
    const parts = recogniseArticle(blocks.map((node) => ({ node })))!;
    expect(parts.sapo).toBe(sapo);
    expect(parts.caption).toEqual({ text: 'Đại biểu dự hội nghị.', credit: 'Ảnh: Quang Hưng' });
    expect(parts.body).toHaveLength(2);
    expect(parts.penName).toBe('Quang Hưng');
    expect(parts.leftOut).toEqual(['12/03/2027 09:15', 'Tin cùng chuyên mục', 'Khánh thành trường mới', 'Ra quân trồng rừng']);
  });

  it('a section heading (no sentence) is no sapo', () => {
    const parts = recogniseArticle([blocks[0]!, h(2, 'Kết quả nổi bật'), ...blocks.slice(4)].map((node) => ({ node })));
    expect(parts?.sapo ?? '').toBe('');
  });
});

describe('recogniseArticle: bounded work', () => {
  it('a 20,000-word article with long hostile lines is read in linear time', () => {
    const para = 'Các đơn vị đã triển khai đồng bộ nhiều giải pháp, bảo đảm tiến độ và chất lượng công việc được giao trong năm.';
    const hostile = ['1 '.repeat(100_000), `(Ảnh: ${'a '.repeat(50_000)}`, `Theo ${'A'.repeat(100_000)}`, '.'.repeat(100_000), `${' - '.repeat(30_000)}x`];
    const lines = ['Tít bài', 'Chú thích ảnh (Ảnh: PV)', ...Array.from({ length: 900 }, () => para), ...hostile, `${para}./.`, 'Giao Tuyến', ...Array.from({ length: 2_000 }, (_, i) => `Tin khác ${i}`)];
    const release = importPlainText(lines.join('\n\n'), 'news');
    const started = performance.now();
    const parts = recogniseArticle(releaseUnits(release));
    const elapsed = performance.now() - started;
    expect(parts?.leftOut).toHaveLength(2_000);
    // ~100-270 ms at load 15 on 2 cores; a quadratic pattern over the 100,000-character lines would take minutes.
    expect(elapsed).toBeLessThan(2_000);
  });
});
