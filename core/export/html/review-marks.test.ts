import { describe, expect, it } from 'vitest';
import { kitchenSinkReviewRelease } from '../../document/kitchen-sink-review';
import { MARK_NAMES } from '../../document/schema-names';
import { renderBlocks, renderInline, type BodyContext } from './body';

const ctx: BodyContext = { figure: (_node, caption) => `<figure>${caption}</figure>\n` };

describe('HTML export of a release under review (clean: as if its suggestions were accepted)', () => {
  it('has an entry for every mark of the schema, the review marks included', () => {
    for (const type of MARK_NAMES) {
      const attrs = type === 'link' ? { href: 'https://a.vn/' } : type === 'comment' ? { thread: 't' } : { id: 's' };
      expect(() => renderInline([{ type: 'text', text: 'x', marks: [{ type, attrs }] }], ctx)).not.toThrow();
    }
  });

  it('prints comment anchors as plain text, keeps suggested insertions and leaves suggested deletions out', () => {
    const { release } = kitchenSinkReviewRelease();
    const first = renderBlocks([release.body.content[1]!], ctx);
    expect(first).toBe(
      '<p>Sáng 8/1, <strong>Ban Tuyên giáo Tỉnh ủy Điện Biên</strong> tổ chức hội nghị tổng kết <em>công tác khoa giáo</em>, triển khai định hướng, nhiệm vụ năm 2019. Toàn văn báo cáo được đăng trên <a href="https://www.dienbien.gov.vn/" rel="noopener noreferrer">Cổng thông tin điện tử tỉnh</a>.</p>\n',
    );
    expect(first).not.toMatch(/comment|thread|<ins|<del|năm 2018|phương hướng/);
  });

  it('writes no empty paragraph for a paragraph whose whole text is suggested for removal', () => {
    const deletion = { type: 'deletion' as const, attrs: { id: 's', by: '', name: 'An', initials: 'A', at: '' } };
    expect(renderBlocks([{ type: 'paragraph', content: [{ type: 'text', text: 'bỏ', marks: [deletion] }, { type: 'hardBreak', marks: [deletion] }] }], ctx)).toBe('');
  });
});
