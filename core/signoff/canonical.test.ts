import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { releaseSchema, type PmNode, type Release } from '../document/release';
import {
  CANONICAL_CONTENT_VERSION,
  canonicalContent,
  canonicalContentJson,
  canonicalJson,
  CONTENT_FORM_V1,
  CONTENT_FORM_V2,
  contentHash,
  hashMatchesContent,
  PUBLISHED_MARK_ATTRS,
  PUBLISHED_NODE_ATTRS,
  type ContentForm,
} from './canonical';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES } from '../document/schema-names';

const sink = (): Release => kitchenSinkRelease().release;
const FORMS: readonly ContentForm[] = [CONTENT_FORM_V1, CONTENT_FORM_V2];

/**
 * The kitchen sink's hashes, pinned. Form 1 was computed before form 2 existed (commit 162cfac):
 * approvals signed since issue 4 carry it, so it must never change. Form 2 is pinned the day it
 * was made, for the same reason.
 */
const SINK_V1 = '142d3e8ab8bcb08d1fd2c7685f1ae230fd5f149a2cb9118c27136945262e756f';
const SINK_V2 = '58c3443b80d0b87ec34f6584d523670cf3733e83b1ae847463cdec40a6f72b4d';

/** The same JSON with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

const mapNodes = (nodes: PmNode[], f: (n: PmNode) => PmNode): PmNode[] => nodes.map((n) => f({ ...n, ...(n.content ? { content: mapNodes(n.content, f) } : {}) }));

/** A release whose body is these blocks (marks typed loosely: review marks are not in the schema yet). */
const withBody = (...content: unknown[]): Release => ({ ...sink(), body: { type: 'doc', content: content as PmNode[] } });
const para = (...content: unknown[]): unknown => ({ type: 'paragraph', content });
const t = (text: string, ...marks: unknown[]): unknown => (marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
const bodyOf = (release: Release, form: ContentForm): unknown => canonicalContent(release, form)['body'];

describe('canonicalJson', () => {
  it('sorts keys, writes no whitespace, NFC-normalises strings and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: ['x', { d: undefined, c: 'e\u0301' }] })).toBe('{"a":["x",{"c":"é"}],"b":1}');
  });

  it('writes non-finite numbers, holes and functions in arrays as null; drops functions in objects; NFC keys', () => {
    expect(canonicalJson([undefined, Number.NaN, Infinity, () => 1, true, false, null, 0, -3])).toBe('[null,null,null,null,true,false,null,0,-3]');
    expect(canonicalJson({ f: () => 1, 'e\u0301': 'x', n: null })).toBe('{"n":null,"é":"x"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
  });
});

describe('contentHash, both forms', () => {
  it('pins the kitchen sink: form 1 is byte for byte what approvals before form 2 signed', () => {
    expect(contentHash(sink(), CONTENT_FORM_V1)).toBe(SINK_V1);
    expect(contentHash(sink(), CONTENT_FORM_V2)).toBe(SINK_V2);
    // New approvals sign form 2; the default is form 2.
    expect(CANONICAL_CONTENT_VERSION).toBe('pressdesk-content/2');
    expect(contentHash(sink())).toBe(SINK_V2);
  });

  it('names its form at the start of the hashed text', () => {
    expect(canonicalContentJson(sink(), CONTENT_FORM_V1)).toContain('"canon":"pressdesk-content/1"');
    expect(canonicalContentJson(sink())).toContain('"canon":"pressdesk-content/2"');
    expect(canonicalContentJson(sink()).startsWith('{"author":')).toBe(true);
  });

  it.each(FORMS)('%s: does not change with key order', (form) => {
    expect(contentHash(reverseKeys(sink()), form)).toBe(contentHash(sink(), form));
  });

  it.each(FORMS)('%s: does not change with editor-internal attributes, empty attrs, mark order or NFD text', (form) => {
    const release = sink();
    const noisy: Release = {
      ...release,
      headline: release.headline.normalize('NFD'),
      body: {
        type: 'doc',
        content: mapNodes(release.body.content, (n) => ({
          ...n,
          attrs: { ...(n.attrs ?? {}), id: 'x-123', textAlign: null, dataTrack: 7 },
          ...(n.marks ? { marks: [...n.marks].reverse().map((m) => (m.type === 'link' ? { ...m, attrs: { ...m.attrs, target: '_blank', rel: 'noopener' } } : m)) } : {}),
        })),
      },
    };
    expect(contentHash(noisy, form)).toBe(contentHash(release, form));
    const emptyAttrs: Release = { ...release, body: { type: 'doc', content: mapNodes(release.body.content, (n) => (n.type === 'paragraph' ? { ...n, attrs: {} } : n)) } };
    expect(contentHash(emptyAttrs, form)).toBe(contentHash(release, form));
  });

  it.each(FORMS)('%s: does not change with threads, approvals, workflow, unused assets or asset byte counts', (form) => {
    const release = sink();
    const other: Release = {
      ...release,
      workflow: { state: 'approved', log: [{ who: 'A', when: '2026-11-26T09:00:00+07:00', from: 'in-review', to: 'approved', note: '', contentHash: 'a'.repeat(64) }] },
      assets: [...release.assets.map((a) => ({ ...a, bytes: a.bytes + 1 })), { hash: 'b'.repeat(64), ext: 'png', mime: 'image/png', width: 1, height: 1, bytes: 1 }],
    };
    expect(releaseSchema.safeParse(other).success).toBe(true);
    expect(contentHash(other, form)).toBe(contentHash(release, form));
  });

  it.each(FORMS)('%s: changes with every published field', (form) => {
    const base = contentHash(sink(), form);
    const changes: ((r: Release) => Release)[] = [
      (r) => ({ ...r, kind: 'press' }),
      (r) => ({ ...r, headline: 'x' }),
      (r) => ({ ...r, subhead: 'x' }),
      (r) => ({ ...r, sapo: 'x' }),
      (r) => ({ ...r, boilerplate: 'x' }),
      (r) => ({ ...r, dateline: { ...r.dateline, date: '2019-01-09' } }),
      (r) => ({ ...r, dateline: { ...r.dateline, place: 'Lai Châu' } }),
      (r) => ({ ...r, author: { penName: 'x' } }),
      (r) => ({ ...r, embargo: { mode: 'immediate' } }),
      (r) => ({ ...r, embargo: { mode: 'until', at: '2026-12-01T09:00:00+07:00' } }),
      (r) => ({ ...r, contact: { ...r.contact, name: 'x' } }),
      (r) => ({ ...r, contact: { ...r.contact, phone: 'x' } }),
      (r) => ({ ...r, contact: { ...r.contact, email: 'a@b.vn' } }),
      ...(['number', 'symbol', 'summary', 'signerName'] as const).map((key) => (r: Release) => ({ ...r, notice: { ...r.notice, [key]: 'x' } })),
      (r) => ({ ...r, notice: { ...r.notice, signatureLines: r.notice.signatureLines.map((l, i) => (i === 0 ? { ...l, authority: 'TM.' as const } : l)) } }),
      (r) => ({ ...r, notice: { ...r.notice, signatureLines: r.notice.signatureLines.map((l, i) => (i === 1 ? { ...l, title: 'x' } : l)) } }),
      (r) => ({ ...r, notice: { ...r.notice, signatureLines: r.notice.signatureLines.map((l, i) => (i === 1 ? { ...l, authority: 'KT.' as const } : l)) } }),
      (r) => ({ ...r, notice: { ...r.notice, recipients: [...r.notice.recipients, 'x'] } }),
      (r) => ({ ...r, assets: r.assets.map((a, i) => (i === 0 ? { ...a, width: a.width + 1 } : a)) }),
      (r) => ({ ...r, assets: r.assets.map((a, i) => (i === 0 ? { ...a, height: a.height + 1 } : a)) }),
      (r) => ({ ...r, assets: r.assets.map((a) => (a.ext === 'jpg' ? { ...a, ext: 'webp' } : a)) }),
    ];
    const seen = new Set([base]);
    for (const change of changes) seen.add(contentHash(change(sink()), form));
    expect(seen.size).toBe(changes.length + 1);
  });

  it.each(FORMS)('%s: pins heading level, list start and boolean figure attributes', (form) => {
    const base = contentHash(sink(), form);
    const edit = (f: (n: PmNode) => PmNode): string => contentHash({ ...sink(), body: { type: 'doc', content: mapNodes(sink().body.content, f) } }, form);
    expect(edit((n) => (n.type === 'heading' && n.attrs?.['level'] === 2 ? { ...n, attrs: { level: 3 } } : n))).not.toBe(base);
    expect(edit((n) => (n.type === 'orderedList' ? { ...n, attrs: { start: 4 } } : n))).not.toBe(base);
    expect(edit((n) => (n.type === 'figure' ? { ...n, attrs: { ...n.attrs, lead: !n.attrs?.['lead'] } } : n))).not.toBe(base);
    for (const [key, value] of [['alt', 'x'], ['credit', 'x'], ['width', 'half'], ['align', 'left']] as const) {
      expect(edit((n) => (n.type === 'figure' && n.attrs?.['lead'] === true ? { ...n, attrs: { ...n.attrs, [key]: value } } : n)), key).not.toBe(base);
    }
    // A missing attribute hashes as its default: lead false and no lead are the same figure.
    expect(edit((n) => (n.type === 'figure' && n.attrs?.['lead'] === false ? { ...n, attrs: { ...n.attrs, lead: undefined } } : n))).toBe(base);
    // A null attribute is no attribute: a heading without a level is not a level-2 heading.
    const h = (attrs: unknown): Release => withBody({ type: 'heading', attrs, content: [t('x')] });
    expect(contentHash(h({ level: null }), form)).toBe(contentHash(h(undefined), form));
    expect(contentHash(h({ level: undefined }), form)).toBe(contentHash(h(undefined), form));
    expect(contentHash(h({ level: 2 }), form)).not.toBe(contentHash(h(undefined), form));
    expect(bodyOf(h({ level: 2, id: 'x' }), form)).toEqual({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'x' }] }] });
  });

  it.each(FORMS)('%s: drops empty content and marks arrays, keeps marks sorted whatever their order', (form) => {
    const plain = withBody(para(t('a')), { type: 'paragraph' });
    const empties = withBody({ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [] }] }, { type: 'paragraph', content: [] });
    expect(contentHash(empties, form)).toBe(contentHash(plain, form));
    expect(bodyOf(empties, form)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }, { type: 'paragraph' }] });
    const link = { type: 'link', attrs: { href: 'https://a.vn/', title: 'x' } };
    const one = withBody(para(t('a', { type: 'italic' }, link, { type: 'bold' })));
    const other = withBody(para(t('a', { type: 'bold' }, { type: 'italic' }, link)));
    expect(contentHash(one, form)).toBe(contentHash(other, form));
    expect(bodyOf(one, form)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://a.vn/' } }, { type: 'bold' }, { type: 'italic' }] }] }],
    });
    expect(contentHash(withBody(para(t('a', { type: 'link', attrs: { href: 'https://b.vn/' } }))), form)).not.toBe(contentHash(withBody(para(t('a', link))), form));
  });

  it.each(FORMS)('%s: a figure whose image is missing still enters by its hash; images are sorted by hash', (form) => {
    const figure = (asset: string): unknown => ({ type: 'figure', attrs: { asset } });
    const release = withBody(figure('f'.repeat(64)), figure('0'.repeat(64)));
    expect(canonicalContent({ ...release, assets: [] }, form)['images']).toEqual([
      { hash: '0'.repeat(64), ext: 'png', width: 0, height: 0 },
      { hash: 'f'.repeat(64), ext: 'png', width: 0, height: 0 },
    ]);
  });

  it.each(FORMS)('%s: lists the published attributes of every node in the schema, and refuses unknown nodes', (form) => {
    expect(Object.keys(PUBLISHED_NODE_ATTRS).sort()).toEqual([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES].sort());
    expect(() => contentHash(withBody({ type: 'video' }), form)).toThrow(/unknown node type "video"/);
    // Names of Object.prototype are no table entries.
    expect(() => contentHash(withBody({ type: 'constructor' }), form)).toThrow(/unknown node type/);
  });

  it('hashMatchesContent: either form\'s hash of this content, and nothing else', () => {
    const release = sink();
    expect(hashMatchesContent(release, SINK_V1)).toBe(true);
    expect(hashMatchesContent(release, SINK_V2)).toBe(true);
    expect(hashMatchesContent({ ...release, headline: 'x' }, SINK_V1)).toBe(false);
    expect(hashMatchesContent({ ...release, headline: 'x' }, SINK_V2)).toBe(false);
  });
});

describe('form 2: what review marks and text splits cannot disturb', () => {
  const bold = { type: 'bold' };
  const comment = { type: 'comment', attrs: { id: 'c1' } };

  it('merges neighbouring text with equal marks: where the text splits does not matter', () => {
    const whole = withBody(para(t('abcdef')));
    const split = withBody(para(t('abc'), t('de'), t('f')));
    expect(contentHash(split)).toBe(contentHash(whole));
    expect(bodyOf(split, CONTENT_FORM_V2)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'abcdef' }] }] });
    expect(contentHash(withBody(para(t('ab', bold), t('cd', bold))))).toBe(contentHash(withBody(para(t('abcd', bold)))));
    // Form 1 hashes the split as it is (old approvals keep their meaning).
    expect(contentHash(split, CONTENT_FORM_V1)).not.toBe(contentHash(whole, CONTENT_FORM_V1));
  });

  it('does not merge text whose marks differ, nor across a hard break or an inline node', () => {
    expect(contentHash(withBody(para(t('abc', bold), t('def'))))).not.toBe(contentHash(withBody(para(t('abcdef')))));
    const broken = withBody(para(t('a'), { type: 'hardBreak' }, t('b'), t('c')));
    expect(bodyOf(broken, CONTENT_FORM_V2)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'bc' }] }],
    });
    const twoBlocks = withBody(para(t('a')), para(t('b')));
    expect(bodyOf(twoBlocks, CONTENT_FORM_V2)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] });
  });

  it('merges before NFC: a letter and its accent split over two nodes are one character', () => {
    expect(contentHash(withBody(para(t('Vie'), t('\u0302t'))))).toBe(contentHash(withBody(para(t('Viêt')))));
  });

  it('drops empty text nodes (and text nodes without text); a paragraph of them is an empty paragraph', () => {
    expect(contentHash(withBody(para(t('ab'), t(''), { type: 'text' }, t('c'))))).toBe(contentHash(withBody(para(t('abc')))));
    expect(bodyOf(withBody(para(t(''), { type: 'text', marks: [bold] })), CONTENT_FORM_V2)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('ignores comment marks and every mark it does not publish; form 1 does not', () => {
    const plain = withBody(para(t('Đồng chí Trưởng ban phát biểu.')));
    const commented = withBody(para(t('Đồng chí '), t('Trưởng ban', comment, { type: 'suggestion', attrs: { id: 's' } }), t(' phát biểu.')));
    expect(contentHash(commented)).toBe(contentHash(plain));
    expect(contentHash(commented, CONTENT_FORM_V1)).not.toBe(contentHash(plain, CONTENT_FORM_V1));
    // Form 1 takes an unknown mark by its type alone (no attributes): it never throws.
    expect(bodyOf(withBody(para(t('a', comment))), CONTENT_FORM_V1)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'comment' }] }] }] });
    // A published mark beside a comment still counts; a mark named after Object.prototype is dropped.
    expect(contentHash(withBody(para(t('a', comment, bold), t('b', bold))))).toBe(contentHash(withBody(para(t('ab', bold)))));
    expect(contentHash(withBody(para(t('a', { type: 'constructor' }, { type: 'toString' }))))).toBe(contentHash(withBody(para(t('a')))));
  });

  it('publishes bold, italic, underline, link (href), strike, subscript, superscript and open suggestions', () => {
    expect(Object.keys(PUBLISHED_MARK_ATTRS).sort()).toEqual(['bold', 'deletion', 'insertion', 'italic', 'link', 'strike', 'subscript', 'superscript', 'underline']);
    expect(PUBLISHED_MARK_ATTRS['link']).toEqual(['href']);
    const plain = contentHash(withBody(para(t('a'))));
    const seen = new Set([plain]);
    for (const type of Object.keys(PUBLISHED_MARK_ATTRS)) seen.add(contentHash(withBody(para(t('a', { type, attrs: { href: 'https://a.vn/' } })))));
    expect(seen.size).toBe(10);
    // Every mark the editor has is published but the comment anchor.
    for (const name of MARK_NAMES.filter((n) => n !== 'comment')) expect(PUBLISHED_MARK_ATTRS).toHaveProperty(name);
    expect(PUBLISHED_MARK_ATTRS).not.toHaveProperty('comment');
  });

  it('issue 9: adding or removing a comment (anchor and thread) keeps the hash; a suggestion changes it', () => {
    const by = { name: 'Nguyễn Văn An', initials: 'NVA', fingerprint: 'ab'.repeat(32) };
    const anchor = { type: 'comment', attrs: { thread: 't1' } };
    const plain = withBody(para(t('Đồng chí Trưởng ban phát biểu.')));
    const commented = {
      ...withBody(para(t('Đồng chí '), t('Trưởng ban', anchor), t(' phát biểu.'))),
      threads: [{ id: 't1', general: false, quote: 'Trưởng ban', resolved: null, comments: [{ id: 'c1', by, at: '2026-11-28T09:00:00+07:00', text: 'Ghi rõ họ tên', edited: null }] }],
    };
    expect(releaseSchema.safeParse(commented).success).toBe(true);
    expect(contentHash(commented)).toBe(contentHash(plain));
    const suggestion = (type: string) => ({ type, attrs: { id: 's1', by: by.fingerprint, name: by.name, initials: 'NVA', at: '2026-11-28T09:00:00+07:00' } });
    const inserted = withBody(para(t('Đồng chí Trưởng ban '), t('tỉnh ', suggestion('insertion')), t('phát biểu.')));
    const deleted = withBody(para(t('Đồng chí '), t('Trưởng ban', suggestion('deletion')), t(' phát biểu.')));
    expect(releaseSchema.safeParse(inserted).success).toBe(true);
    expect(contentHash(inserted)).not.toBe(contentHash(withBody(para(t('Đồng chí Trưởng ban tỉnh phát biểu.')))));
    expect(contentHash(deleted)).not.toBe(contentHash(plain));
    // Who suggested it is not signed: the same suggestion by another reviewer hashes alike.
    const other = withBody(para(t('Đồng chí '), t('Trưởng ban', { type: 'deletion', attrs: { id: 's9', by: '', name: 'Word', initials: 'W', at: '' } }), t(' phát biểu.')));
    expect(contentHash(other)).toBe(contentHash(deleted));
  });

  it('counts a mark once: bold twice is bold (form 1 keeps both)', () => {
    const twice = withBody(para(t('a', bold, { type: 'bold', attrs: { id: 1 } })));
    const once = withBody(para(t('a', bold)));
    expect(contentHash(twice)).toBe(contentHash(once));
    expect(contentHash(twice, CONTENT_FORM_V1)).not.toBe(contentHash(once, CONTENT_FORM_V1));
    const links = withBody(para(t('a', { type: 'link', attrs: { href: 'https://b.vn/' } }, { type: 'link', attrs: { href: 'https://a.vn/' } })));
    expect(bodyOf(links, CONTENT_FORM_V2)).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://a.vn/' } }, { type: 'link', attrs: { href: 'https://b.vn/' } }] }] }],
    });
  });

  it('keeps figure captions, list items and quotes: merging happens at every level', () => {
    const caption = (...content: unknown[]): Release => withBody({ type: 'figure', attrs: { asset: sink().assets[0]!.hash }, content });
    expect(contentHash(caption(t('Ảnh '), t('hội nghị', comment)))).toBe(contentHash(caption(t('Ảnh hội nghị'))));
    const quote = (...content: unknown[]): Release => withBody({ type: 'blockquote', content: [para(...content)] });
    expect(contentHash(quote(t('a'), t('b')))).toBe(contentHash(quote(t('ab'))));
  });
});
