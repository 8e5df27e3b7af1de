import { describe, expect, it } from 'vitest';
import { countWords } from '../vi/word-count';
import { kitchenSinkRelease } from './kitchen-sink';
import { releaseSchema, type PmNode } from './release';
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES, REVIEW_MARK_NAMES } from './schema-names';
import { kitchenSinkReviewRelease } from './kitchen-sink-review';
import { sha256Hex } from './sha256';
import { tablesBody } from './tables.fixture';
import { marksFootnotesBody } from './marks-footnotes.fixture';

const all = (list: PmNode[]): PmNode[] => list.flatMap((n) => [n, ...all(n.content ?? [])]);
const plain = (list: PmNode[]): string => all(list).map((n) => n.text ?? ' ').join('');

describe('kitchenSinkRelease', () => {
  const { release, assets } = kitchenSinkRelease();
  const nodes = all(release.body.content);

  it('is a valid release, and so is its review variant (threads, anchors, suggestions)', () => {
    expect(releaseSchema.safeParse(release).error?.issues ?? []).toEqual([]);
    const review = kitchenSinkReviewRelease().release;
    expect(releaseSchema.safeParse(review).error?.issues ?? []).toEqual([]);
    expect(review.threads.length).toBeGreaterThan(4);
  });

  it('uses every node and mark of the schema (issue 10\'s in their own fixtures: this body\'s hash is pinned by signed approvals)', () => {
    // Tables, strike, sub/superscript and footnotes came after approvals of this body were signed.
    const issue10 = all([...tablesBody().content, ...marksFootnotesBody().content]);
    const types = new Set([...nodes, ...issue10].map((n) => n.type));
    for (const name of [...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES].filter((n) => n !== 'doc')) expect(types).toContain(name);
    const marks = new Set([...nodes, ...issue10].flatMap((n) => (n.marks ?? []).map((m) => m.type)));
    // Review marks are in the review variant below: this one's hash is pinned by signed approvals.
    for (const name of MARK_NAMES.filter((n) => !(REVIEW_MARK_NAMES as readonly string[]).includes(n))) expect(marks).toContain(name);
    const review = all(kitchenSinkReviewRelease().release.body.content).flatMap((n) => (n.marks ?? []).map((m) => m.type));
    for (const name of REVIEW_MARK_NAMES) expect(review).toContain(name);
    const levels = new Set(nodes.filter((n) => n.type === 'heading').map((n) => n.attrs?.['level']));
    expect(levels).toEqual(new Set([2, 3]));
    // Nested lists of both kinds.
    const nested = (kind: string): boolean =>
      nodes.some((n) => n.type === kind && all(n.content ?? []).some((c) => c.type === kind));
    expect(nested('bulletList')).toBe(true);
    expect(nested('orderedList')).toBe(true);
    const figures = nodes.filter((n) => n.type === 'figure');
    expect(figures).toHaveLength(2);
    expect(figures.filter((f) => f.attrs?.['lead'] === true)).toHaveLength(1);
    for (const f of figures) {
      expect(f.attrs?.['alt']).not.toBe('');
      expect(f.attrs?.['credit']).toMatch(/^Ảnh: /);
    }
  });

  it('is long, NFC Vietnamese text', () => {
    const text = plain(release.body.content);
    expect(countWords(text)).toBeGreaterThan(1_400);
    expect(countWords(text)).toBeLessThan(1_800);
    expect(text.normalize('NFC')).toBe(text);
    expect(text).toContain('Điện Biên');
  });

  it('fills the notice fields and the boilerplate', () => {
    expect(release.boilerplate).not.toBe('');
    for (const [key, value] of Object.entries(release.notice)) expect(value, key).not.toHaveLength(0);
  });

  it('carries a real PNG and a real baseline JPEG whose hashes and sizes match the asset entries', () => {
    expect(assets.size).toBe(2);
    for (const asset of release.assets) {
      const bytes = assets.get(asset.hash)!;
      expect(sha256Hex(bytes)).toBe(asset.hash);
      expect(bytes.length).toBe(asset.bytes);
      if (asset.ext === 'png') {
        expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const view = new DataView(bytes.buffer, bytes.byteOffset);
        expect([view.getUint32(16), view.getUint32(20)]).toEqual([asset.width, asset.height]);
      } else {
        expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xd8]);
        expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
        const sof = bytes.findIndex((b, i) => b === 0xff && bytes[i + 1] === 0xc0); // baseline
        expect(sof).toBeGreaterThan(0);
        const view = new DataView(bytes.buffer, bytes.byteOffset);
        expect([view.getUint16(sof + 7), view.getUint16(sof + 5)]).toEqual([asset.width, asset.height]);
      }
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(kitchenSinkRelease().release)).toBe(JSON.stringify(release));
  });
});
