import { readFileSync } from 'node:fs';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_DEPTH, checkBody, describeBodyProblem } from './body-check';
import { bodyPmSchema } from './body-schema';
import { kitchenSinkRelease } from './kitchen-sink';
import type { PmNode } from './release';

const HASH = 'a'.repeat(64);
const t = (text: string, marks?: PmNode['marks']): PmNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: PmNode[]): PmNode => ({ type: 'paragraph', content });
const doc = (...content: PmNode[]): unknown => ({ type: 'doc', content });
const figure = (attrs: Record<string, unknown>): PmNode => ({
  type: 'figure',
  attrs: { asset: HASH, alt: '', credit: '', width: 'full', align: 'center', lead: false, ...attrs },
  content: [t('Caption')],
});

/** Whether ProseMirror itself (fromJSON + check) accepts the body. */
function pmAccepts(body: unknown): boolean {
  try {
    Node.fromJSON(bodyPmSchema, body as Record<string, unknown>).check();
    return true;
  } catch {
    return false;
  }
}

const problem = (body: unknown): string | null => {
  const found = checkBody(body);
  return found === null ? null : describeBodyProblem(found);
};

describe('checkBody accepts what the editor and our converters make', () => {
  it('the kitchen sink, the sample release and an empty body', () => {
    const sample = JSON.parse(readFileSync(new URL('../../assets/sample-release.json', import.meta.url), 'utf8')) as { body?: unknown; release?: { body: unknown } };
    for (const body of [kitchenSinkRelease().release.body, sample.release?.body ?? sample.body, doc({ type: 'paragraph' })]) {
      expect(problem(body)).toBeNull();
      expect(pmAccepts(body)).toBe(true);
    }
  });

  it('every attribute the editor writes, with its values', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [t('A')] },
      { type: 'heading', attrs: { level: 3 }, content: [t('B')] },
      { type: 'orderedList', attrs: { start: 7, type: null }, content: [{ type: 'listItem', content: [p(t('x'))] }] },
      { type: 'orderedList', attrs: { start: 0, type: 'a' }, content: [{ type: 'listItem', content: [p(), { type: 'bulletList', content: [{ type: 'listItem', content: [p()] }] }] }] },
      figure({ alt: 'Ảnh', credit: 'Ảnh: X', width: 'half', align: 'right', lead: true }),
      p(t('link', [{ type: 'link', attrs: { href: 'https://example.vn', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }, { type: 'bold' }])),
      p(t('mail', [{ type: 'italic' }, { type: 'link', attrs: { href: 'mailto:a@b.vn' } }]), { type: 'hardBreak', marks: [{ type: 'underline' }] }, t('x')),
      { type: 'blockquote', content: [p(t('q'))] },
    );
    expect(problem(body)).toBeNull();
    expect(pmAccepts(body)).toBe(true);
  });
});

describe('checkBody refuses a body the editor cannot show, naming the place', () => {
  // Each case: the body, the exact detail, and whether ProseMirror alone also refuses it.
  const cases: [string, unknown, string, boolean][] = [
    ['a doc inside the body', doc(p(t('a')), { type: 'doc', content: [p(t('b'))] }), 'body.content[1]: doc cannot go inside doc here (doc holds block+)', true],
    ['a figure whose alt is an object', doc(p(), p(), p(), { type: 'blockquote', content: [figure({ alt: { x: 1 } })] }), 'body.content[3].content[0]: figure attribute alt must be text', true],
    ['credit a number', doc(figure({ credit: 5 })), 'body.content[0]: figure attribute credit must be text', true],
    ['an unknown width', doc(figure({ width: 'huge' })), 'body.content[0]: figure attribute width must be one of full, two-thirds, half', true],
    ['an unknown alignment', doc(figure({ align: 'top' })), 'body.content[0]: figure attribute align must be one of center, left, right', true],
    ['lead as a string', doc(figure({ lead: 'true' })), 'body.content[0]: figure attribute lead must be true or false', true],
    ['a figure without its photo', doc({ type: 'figure', content: [] }), "body.content[0]: figure attribute asset must be a photo's sha256 (64 hex digits)", true],
    ['heading level 4', doc({ type: 'heading', attrs: { level: 4 }, content: [t('h')] }), 'body.content[0]: heading attribute level must be one of 2, 3', true],
    ['heading level "2"', doc({ type: 'heading', attrs: { level: '2' } }), 'body.content[0]: heading attribute level must be one of 2, 3', true],
    ['a heading without a level', doc({ type: 'heading' }), 'body.content[0]: heading attribute level must be one of 2, 3', true],
    ['a fractional list start', doc({ type: 'orderedList', attrs: { start: 1.5 }, content: [{ type: 'listItem', content: [p()] }] }), 'body.content[0]: orderedList attribute start must be a whole number', true],
    ['a list start as text', doc({ type: 'orderedList', attrs: { start: '3' }, content: [{ type: 'listItem', content: [p()] }] }), 'body.content[0]: orderedList attribute start must be a whole number', true],
    ['a NaN list start (what TipTap reads from <ol start="x">)', doc({ type: 'orderedList', attrs: { start: NaN }, content: [{ type: 'listItem', content: [p()] }] }), 'body.content[0]: orderedList attribute start must be a whole number', true],
    ['a list type as an object', doc({ type: 'orderedList', attrs: { type: {} }, content: [{ type: 'listItem', content: [p()] }] }), 'body.content[0]: orderedList attribute type must be text or empty', true],
    ['a javascript: link', doc(p(t('a'), t('b', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))), 'body.content[0].content[1].marks[0]: link attribute href must be a web, mail or phone link', true],
    ['a link without a target', doc(p(t('b', [{ type: 'bold' }, { type: 'link' }]))), 'body.content[0].content[0].marks[1]: link attribute href must be a web, mail or phone link', true],
    ['a link title as a number', doc(p(t('b', [{ type: 'link', attrs: { href: 'https://a.vn', title: 3 } }]))), 'body.content[0].content[0].marks[0]: link attribute title must be text or empty', true],
    ['bold twice', doc(p(t('b', [{ type: 'bold' }, { type: 'bold' }]))), 'body.content[0].content[0]: marks bold, bold cannot go together', true],
    ['an unknown mark', doc(p(t('b', [{ type: 'highlight' } as never]))), 'body.content[0].content[0].marks[0]: unknown mark "highlight"', true],
    ['a mark on a block', doc({ type: 'paragraph', marks: [{ type: 'bold' }] }), 'body.content[0]: mark bold is not allowed inside doc', true],
    ['an unknown node', doc(p(), { type: 'codeBlock' }), 'body.content[1]: unknown node type "codeBlock"', true],
    ['text straight in the doc', doc(t('loose')), 'body.content[0]: text cannot go inside doc here (doc holds block+)', true],
    ['empty text', doc(p({ type: 'text', text: '' })), 'body.content[0].content[0]: text must not be empty', true],
    ['a block inside a paragraph', doc(p(t('a'), p(t('b')))), 'body.content[0].content[1]: paragraph cannot go inside paragraph here (paragraph holds inline*)', true],
    ['a list item starting with a heading', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 2 } }] }] }), 'body.content[0].content[0].content[0]: heading cannot go inside listItem here (listItem holds paragraph block*)', true],
    ['a paragraph straight in a list', doc({ type: 'bulletList', content: [p(t('x'))] }), 'body.content[0].content[0]: paragraph cannot go inside bulletList here (bulletList holds listItem+)', true],
    ['an empty list', doc({ type: 'bulletList', content: [] }), 'body.content[0]: bulletList is incomplete (it holds listItem+)', true],
    ['an empty quote', doc({ type: 'blockquote' }), 'body.content[0]: blockquote is incomplete (it holds block+)', true],
    ['an empty body', doc(), 'body: doc is incomplete (it holds block+)', true],
    ['a line break holding text', doc(p({ type: 'hardBreak', content: [t('x')] })), 'body.content[0].content[0].content[0]: text cannot go inside hardBreak here (hardBreak holds nothing)', true],
    // ProseMirror builds any node as the top one; the body must be a doc.
    ['a paragraph as the body', { type: 'paragraph' }, 'body: the body must be a doc, not paragraph', false],
    ['not an object', 'doc', 'body: a node must be an object', true],
    // ProseMirror drops attributes it does not know; a file carrying them was not written by us.
    ['an unknown attribute', doc({ type: 'paragraph', attrs: { onclick: 'x' } }), 'body.content[0]: paragraph has no attribute onclick', false],
    ['an attribute name with a terminal escape', doc({ type: 'paragraph', attrs: { '\u001b[2Jx': 1 } }), 'body.content[0]: paragraph has no attribute "\\u001b[2Jx"', false],
    ['attributes on text', doc(p({ type: 'text', text: 'a', attrs: { x: 1 } } as PmNode)), 'body.content[0].content[0]: text has no content or attributes', false],
  ];

  it.each(cases)('%s', (_name, body, detail, pmRefuses) => {
    expect(problem(body)).toBe(detail);
    expect(pmAccepts(body)).toBe(!pmRefuses);
  });

  it('names the first problem in document order', () => {
    const body = doc(p(t('ok')), { type: 'blockquote', content: [figure({ lead: 1 })] }, figure({ alt: null }));
    expect(problem(body)).toBe('body.content[1].content[0]: figure attribute lead must be true or false');
  });

  it('refuses nesting past the limit without recursing (100,000 quotes deep)', () => {
    let body: PmNode = p(t('deep'));
    for (let i = 0; i < 100_000; i++) body = { type: 'blockquote', content: [body] };
    const found = checkBody({ type: 'doc', content: [body] });
    expect(found?.problem).toBe(`nested deeper than ${MAX_BODY_DEPTH} levels`);
    expect(found?.path).toBe(`body${'.content[0]'.repeat(MAX_BODY_DEPTH + 1)}`);
  });

  it('accepts nesting up to the limit', () => {
    let body: PmNode = p(t('deep'));
    // doc > quote x 98 > paragraph (depth 99) > text (depth 100).
    for (let i = 2; i < MAX_BODY_DEPTH; i++) body = { type: 'blockquote', content: [body] };
    expect(checkBody({ type: 'doc', content: [body] })).toBeNull();
    expect(checkBody({ type: 'doc', content: [{ type: 'blockquote', content: [body] }] })?.problem).toMatch(/nested deeper/);
  });
});
