import { describe, expect, it } from 'vitest';
import { kitchenSinkRelease } from '../document/kitchen-sink';
import type { PmNode, Release } from '../document/release';
import { canonicalContent, contentHash } from './canonical';

const withBody = (...content: PmNode[]): Release => ({ ...kitchenSinkRelease().release, body: { type: 'doc', content } });
const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cell = (text: string, attrs?: Record<string, unknown>, type = 'tableCell'): PmNode => ({ type, ...(attrs ? { attrs } : {}), content: [p(text)] });
const table = (...rows: PmNode[][]): PmNode => ({ type: 'table', content: rows.map((cells) => ({ type: 'tableRow', content: cells })) });

describe('tables in the content hash', () => {
  it('a default span or no width hashes as a missing attribute (the export is the same)', () => {
    const bare = withBody(table([cell('a'), cell('b')]));
    const explicit = withBody(table([cell('a', { colspan: 1, rowspan: 1, colwidth: null }), cell('b', { colspan: 1, rowspan: 1, colwidth: null })]));
    expect(contentHash(explicit)).toBe(contentHash(bare));
    expect(canonicalContent(bare)['body']).toEqual({
      type: 'doc',
      content: [{ type: 'table', content: [{ type: 'tableRow', content: [1, 2].map((i) => ({ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: i === 1 ? 'a' : 'b' }] }] })) }] }],
    });
  });

  it('a merge, a width, a header cell or a cell’s text changes the hash', () => {
    const base = contentHash(withBody(table([cell('a'), cell('b')], [cell('c'), cell('d')])));
    const variants = [
      table([cell('a', { colspan: 2 })], [cell('c'), cell('d')]),
      table([cell('a', { rowspan: 2 }), cell('b')], [cell('d')]),
      table([cell('a', { colwidth: [120] }), cell('b')], [cell('c'), cell('d')]),
      table([cell('a', undefined, 'tableHeader'), cell('b', undefined, 'tableHeader')], [cell('c'), cell('d')]),
      table([cell('a'), cell('b')], [cell('c'), cell('D')]),
      table([cell('a'), cell('b'), cell('c'), cell('d')]),
    ];
    const hashes = variants.map((t) => contentHash(withBody(t)));
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(variants.length);
  });
});
