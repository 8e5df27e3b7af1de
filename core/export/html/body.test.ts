import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../document/release';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES } from '../../document/schema-names';
import { creditLine, renderBlocks, renderInline, renderNode, type BodyContext } from './body';

const ctx: BodyContext = { figure: (_node, caption) => `<figure>${caption}</figure>\n` };
const t = (text: string, ...marks: NonNullable<PmNode['marks']>): PmNode => ({ type: 'text', text, marks });

describe('body HTML maps', () => {
  it('has an entry for every node name in the schema', () => {
    for (const type of [...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES]) {
      const node: PmNode = type === 'text' ? { type, text: 'x' } : { type, content: [] };
      expect(() => renderNode(node, ctx)).not.toThrow();
    }
  });

  it('throws naming an unknown node or mark', () => {
    expect(() => renderBlocks([{ type: 'codeBlock', content: [] }], ctx)).toThrow('HTML export: no mapping for node "codeBlock"');
    expect(() => renderInline([{ type: 'text', text: 'x', marks: [{ type: 'highlight' as 'bold' }] }], ctx)).toThrow('HTML export: no mapping for mark "highlight"');
  });

  it('writes paragraphs, headings 2 and 3, lists, quotes, breaks and figures', () => {
    const html = renderBlocks(
      [
        { type: 'heading', attrs: { level: 2 }, content: [t('Hai')] },
        { type: 'heading', attrs: { level: 3 }, content: [t('Ba')] },
        { type: 'paragraph', content: [t('a'), { type: 'hardBreak' }, t('b')] },
        { type: 'paragraph' },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [t('một')] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [t('trích')] }] },
        { type: 'figure', attrs: { asset: 'x' }, content: [t('chú thích', { type: 'italic' })] },
      ],
      ctx,
    );
    expect(html).toBe('<h2>Hai</h2>\n<h3>Ba</h3>\n<p>a<br>b</p>\n<ol start="3">\n<li>một</li>\n</ol>\n<blockquote>\n<p>trích</p>\n</blockquote>\n<figure><em>chú thích</em></figure>\n');
  });

  it('writes a lettered or roman list with its type, and nothing else as a type', () => {
    const item = { type: 'listItem', content: [{ type: 'paragraph', content: [t('điểm')] }] };
    const ol = (type: unknown) => renderBlocks([{ type: 'orderedList', attrs: { start: 2, type }, content: [item] }], ctx);
    expect(ol('a')).toBe('<ol start="2" type="a">\n<li>điểm</li>\n</ol>\n');
    expect(ol('I')).toContain('<ol start="2" type="I">');
    expect(ol('"><script>')).toContain('<ol start="2">');
    expect(ol(null)).toContain('<ol start="2">');
  });

  it('keeps marks open across neighbouring runs and the link outermost', () => {
    const link = { type: 'link' as const, attrs: { href: 'https://a.vn/' } };
    expect(renderInline([t('a', { type: 'bold' }, link), t('b', link), t('c', link, { type: 'italic' }, { type: 'underline' })], ctx)).toBe(
      '<a href="https://a.vn/" rel="noopener noreferrer"><strong>a</strong>b<em><u>c</u></em></a>',
    );
    expect(renderInline([t('<b>&amp;</b>')], ctx)).toBe('&lt;b&gt;&amp;amp;&lt;/b&gt;');
  });

  it('drops the link but keeps the text when a target is unsafe', () => {
    expect(renderInline([t('x', { type: 'link', attrs: { href: 'javascript:alert(1)' } })], ctx)).toBe('x');
  });

  it('prefixes a bare credit', () => {
    expect(creditLine('Minh Anh', 'vi')).toBe('Ảnh: Minh Anh');
    expect(creditLine('Ảnh: Minh Anh', 'vi')).toBe('Ảnh: Minh Anh');
    expect(creditLine('Reuters', 'en')).toBe('Photo: Reuters');
    expect(creditLine('  ', 'vi')).toBe('');
  });
});
