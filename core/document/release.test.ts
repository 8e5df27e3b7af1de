import { describe, expect, it } from 'vitest';
import { createRelease, documentFileSchema, releaseSchema, type PmNode, type Release } from './release';

function withBody(content: PmNode[]): Release {
  return { ...createRelease('news'), body: { type: 'doc', content } };
}

const good = withBody([
  { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tin mới' }] },
  {
    type: 'paragraph',
    content: [
      { type: 'text', text: 'Xem ', marks: [{ type: 'bold' }, { type: 'italic' }] },
      { type: 'text', text: 'cổng thông tin', marks: [{ type: 'link', attrs: { href: 'https://dienbien.gov.vn' } }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'gạch chân', marks: [{ type: 'underline' }] },
    ],
  },
  { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }] }] }] },
  { type: 'blockquote', content: [{ type: 'paragraph' }] },
]);

const issuesOf = (value: unknown): string[] => {
  const result = releaseSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('releaseSchema', () => {
  it('accepts a release using every node and mark', () => {
    expect(issuesOf(good)).toEqual([]);
  });

  it('accepts each kind from createRelease', () => {
    for (const kind of ['news', 'press', 'notice'] as const) expect(issuesOf(createRelease(kind))).toEqual([]);
  });

  it('refuses an unknown node type, deep in the body', () => {
    const bad = withBody([{ type: 'blockquote', content: [{ type: 'iframe' }] }]);
    expect(issuesOf(bad).join()).toMatch(/unknown node type/);
  });

  it('refuses a javascript: link', () => {
    const bad = withBody([
      { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
    ]);
    expect(issuesOf(bad).join()).toMatch(/unsafe or missing link target/);
  });

  it('refuses a link without href and an unknown mark', () => {
    const noHref = withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link' }] }] }]);
    expect(issuesOf(noHref)).not.toEqual([]);
    const strike = withBody([{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'highlight' as 'bold' }] }] }]);
    expect(issuesOf(strike)).not.toEqual([]);
  });

  it('refuses extra keys at the top, in metadata and in a node', () => {
    expect(issuesOf({ ...good, secret: 1 })).not.toEqual([]);
    expect(issuesOf({ ...good, dateline: { ...good.dateline, time: '9:00' } })).not.toEqual([]);
    expect(issuesOf(withBody([{ type: 'paragraph', onclick: 'x' } as PmNode]))).not.toEqual([]);
  });

  it('refuses a wrong kind, a malformed date and a missing field', () => {
    expect(issuesOf({ ...good, kind: 'blog' })).not.toEqual([]);
    expect(issuesOf({ ...good, dateline: { place: 'Điện Biên', date: '8/1/2019' } })).not.toEqual([]);
    const { headline: _dropped, ...withoutHeadline } = good;
    expect(issuesOf(withoutHeadline)).not.toEqual([]);
  });

  it('keeps the places later issues fill empty for now', () => {
    expect(issuesOf({ ...good, approvals: [{ by: 'x' }] })).not.toEqual([]);
  });
});

describe('documentFileSchema', () => {
  it('wants the format name and a major.minor version', () => {
    expect(documentFileSchema.safeParse({ format: 'pressdesk', version: '1.0', release: good }).success).toBe(true);
    expect(documentFileSchema.safeParse({ format: 'other', version: '1.0', release: good }).success).toBe(false);
    expect(documentFileSchema.safeParse({ format: 'pressdesk', version: '1', release: good }).success).toBe(false);
  });
});
