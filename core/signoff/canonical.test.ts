import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import { releaseSchema, type PmNode, type Release } from '../document/release';
import { canonicalContentJson, canonicalJson, contentHash, PUBLISHED_NODE_ATTRS } from './canonical';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES } from '../document/schema-names';

const sink = (): Release => kitchenSinkRelease().release;

/** The same JSON with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

const mapNodes = (nodes: PmNode[], f: (n: PmNode) => PmNode): PmNode[] => nodes.map((n) => f({ ...n, ...(n.content ? { content: mapNodes(n.content, f) } : {}) }));

describe('canonicalJson', () => {
  it('sorts keys, writes no whitespace, NFC-normalises strings and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: ['x', { d: undefined, c: 'e\u0301' }] })).toBe('{"a":["x",{"c":"é"}],"b":1}');
  });
});

describe('contentHash', () => {
  it('is 64 hex digits and the canonical form is documented JSON starting with its version', () => {
    expect(contentHash(sink())).toMatch(/^[0-9a-f]{64}$/);
    expect(canonicalContentJson(sink()).startsWith('{"author":')).toBe(true);
    expect(canonicalContentJson(sink())).toContain('"canon":"pressdesk-content/1"');
  });

  it('does not change with key order', () => {
    const release = sink();
    expect(contentHash(reverseKeys(release))).toBe(contentHash(release));
  });

  it('does not change with editor-internal attributes, empty attrs, mark order or NFD text', () => {
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
    expect(contentHash(noisy)).toBe(contentHash(release));
    const emptyAttrs: Release = { ...release, body: { type: 'doc', content: mapNodes(release.body.content, (n) => (n.type === 'paragraph' ? { ...n, attrs: {} } : n)) } };
    expect(contentHash(emptyAttrs)).toBe(contentHash(release));
  });

  it('does not change with threads, approvals, workflow, unused assets or asset byte counts', () => {
    const release = sink();
    const other: Release = {
      ...release,
      workflow: { state: 'approved', log: [{ who: 'A', when: '2026-11-26T09:00:00+07:00', from: 'in-review', to: 'approved', note: '', contentHash: 'a'.repeat(64) }] },
      assets: [...release.assets, { hash: 'b'.repeat(64), ext: 'png', mime: 'image/png', width: 1, height: 1, bytes: 1 }],
    };
    expect(releaseSchema.safeParse(other).success).toBe(true);
    expect(contentHash(other)).toBe(contentHash(release));
  });

  it('changes with every published field', () => {
    const base = contentHash(sink());
    const changes: ((r: Release) => Release)[] = [
      (r) => ({ ...r, kind: 'press' }),
      (r) => ({ ...r, subhead: 'x' }),
      (r) => ({ ...r, dateline: { ...r.dateline, date: '2019-01-09' } }),
      (r) => ({ ...r, embargo: { mode: 'until', at: '2026-12-01T09:00:00+07:00' } }),
      (r) => ({ ...r, notice: { ...r.notice, recipients: [...r.notice.recipients, 'x'] } }),
      (r) => ({ ...r, contact: { ...r.contact, email: 'a@b.vn' } }),
      (r) => ({ ...r, assets: r.assets.map((a, i) => (i === 0 ? { ...a, width: a.width + 1 } : a)) }),
    ];
    for (const change of changes) expect(contentHash(change(sink()))).not.toBe(base);
  });

  it('lists the published attributes of every node in the schema, and refuses unknown nodes', () => {
    expect(Object.keys(PUBLISHED_NODE_ATTRS).sort()).toEqual([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES].sort());
    const bad = { ...sink(), body: { type: 'doc' as const, content: [{ type: 'video' }] } };
    expect(() => contentHash(bad)).toThrow(/unknown node type/);
  });
});
